/// Decodes UTF-8 that arrives in pieces (a program's output read 64 KiB at a time) without
/// splitting a character between two pieces: an unfinished one waits for the next piece.
struct UTF8Pieces {
    private var pending: [UInt8] = []

    /// The text of `piece` up to its last whole character; the rest waits for the next piece.
    mutating func text(of piece: [UInt8]) -> String {
        var bytes = pending + piece
        pending = []
        guard !bytes.isEmpty else { return "" }
        // A character is at most 4 bytes: look for an unfinished one among the last 3.
        var cut = bytes.count
        for back in 1...min(3, bytes.count) {
            let byte = bytes[bytes.count - back]
            if byte & 0xC0 == 0x80 { continue }          // a continuation byte
            if byte >= 0xC0 {                            // a lead byte: is its character whole?
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                if length > back { cut = bytes.count - back }
            }
            break
        }
        pending = Array(bytes[cut...])
        bytes.removeLast(bytes.count - cut)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What is left at the end (an unfinished character, shown as U+FFFD).
    mutating func finish() -> String {
        defer { pending = [] }
        return String(decoding: pending, as: UTF8.self)
    }
}

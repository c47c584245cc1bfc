#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The tool's environment variables.
enum Environment {
    /// The value of `name`, or nil when it is unset or empty.
    static func value(_ name: String) -> String? {
        guard let pointer = getenv(name), pointer.pointee != 0 else { return nil }
        return String(cString: pointer)
    }

    /// A duration in seconds from `name`: nil when unset; a value that is not a finite number
    /// greater than 0 is reported once (a warning naming the variable) and taken as unset.
    static func seconds(_ name: String) -> Double? {
        guard let text = value(name) else { return nil }
        if let seconds = Double(text), seconds > 0, seconds.isFinite { return seconds }
        warnedVariables.withLock { warned in
            guard warned.insert(name).inserted else { return }
            Report.shared.add(.warning, .invalidEnvironment, "\(name) must be a number of seconds greater than 0, found `\(text)`; the default applies")
        }
        return nil
    }

    private static let warnedVariables = Mutex<Set<String>>([])

    /// `60 s`, `0.5 s`: a duration as the messages say it.
    static func describe(seconds value: Double) -> String {
        value == value.rounded() && value < 1e15 ? "\(Int(value)) s" : "\(value) s"
    }
}

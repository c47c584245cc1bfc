#if canImport(Glibc)
import Glibc
#endif

/// The tool's environment variables.
enum Environment {
    /// The value of `name`, or nil when it is unset or empty.
    static func value(_ name: String) -> String? {
        guard let pointer = getenv(name), pointer.pointee != 0 else { return nil }
        return String(cString: pointer)
    }
}

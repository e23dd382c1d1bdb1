#if canImport(Glibc)
    import Glibc
#endif

/// The process's memory, read from /proc (Linux).
public enum ResidentMemory {
    /// Resident set size now, in bytes (0 where /proc is not available).
    public static func current() -> Int {
        field(line: "VmRSS:")
    }

    /// The peak resident set size so far, in bytes.
    public static func peak() -> Int {
        field(line: "VmHWM:")
    }

    private static func field(line prefix: String) -> Int {
        guard let status = TextFile.read("/proc/self/status") else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(prefix) {
            let digits = line.dropFirst(prefix.count).filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }
}

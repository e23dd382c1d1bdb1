/// Why a file could not be read as a document. Every case names the file, and the line where
/// one applies, so a historian can open it and see.
public enum DocumentError: Error, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case missing(path: String)
    /// The file exists but could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The file has no content.
    case empty(path: String)
    /// The file holds binary data (a NUL byte) rather than text.
    case binary(path: String, line: Int, byteOffset: Int)
    /// The file is not valid UTF-8.
    case notUTF8(path: String, line: Int, byteOffset: Int)
    /// The file's structure is broken (XML or CSV syntax, a required column missing).
    case malformed(path: String, line: Int?, message: String)
    /// No reader understands this kind of file.
    case unsupported(path: String, reason: String)

    public var path: String {
        switch self {
        case .missing(let path), .unreadable(let path, _), .empty(let path), .binary(let path, _, _),
            .notUTF8(let path, _, _), .malformed(let path, _, _), .unsupported(let path, _):
            path
        }
    }

    public var line: Int? {
        switch self {
        case .binary(_, let line, _), .notUTF8(_, let line, _): line
        case .malformed(_, let line, _): line
        default: nil
        }
    }

    /// The message without the location.
    public var reason: String {
        switch self {
        case .missing: "no such file or folder"
        case .unreadable(_, let reason): "cannot be read: \(reason)"
        case .empty: "the file is empty"
        case .binary(_, _, let offset): "binary data, not text (a NUL byte at byte \(offset))"
        case .notUTF8(_, _, let offset): "not UTF-8 text (an invalid byte at byte \(offset)); re-save it as UTF-8"
        case .malformed(_, _, let message): message
        case .unsupported(_, let reason): reason
        }
    }

    /// `path:line: reason`, the form editors and terminals link to.
    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}

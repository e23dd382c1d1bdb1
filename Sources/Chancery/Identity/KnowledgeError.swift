/// Why the authority file, the gazetteer or another table of `Data/` could not be loaded.
public enum KnowledgeError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case malformed(path: String, line: Int?, message: String)

    public var description: String {
        switch self {
        case .missing(let path): "\(path): no such file"
        case .malformed(let path, let line?, let message): "\(path):\(line): \(message)"
        case .malformed(let path, nil, let message): "\(path): \(message)"
        }
    }
}

/// Where a fact comes from: a span of a source file, an entry of `Data/`, or a user's correction.
public enum Evidence: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A span of a document, with the text it covers.
    case document(id: String, path: String, span: SourceSpan, quote: String)
    /// A line of a data file (the authority file, the gazetteer, a calendar), with the source it names.
    case dataFile(path: String, line: Int, source: String)
    /// A user's curation, with their note.
    case curation(note: String)

    public var description: String {
        switch self {
        case .document(_, let path, let span, let quote): "\(path) @\(span): \u{201C}\(quote)\u{201D}"
        case .dataFile(let path, let line, let source): source.isEmpty ? "\(path):\(line)" : "\(path):\(line) (\(source))"
        case .curation(let note): "curation: \(note)"
        }
    }
}

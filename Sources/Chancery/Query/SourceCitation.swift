/// A one-line citation of a document for captions: who to whom and when, the edition, the
/// translator, and the file.
public enum SourceCitation {
    public static func line(for analysis: DocumentAnalysis, names: EntityNames) -> String {
        let document = analysis.document
        var parts: [String] = []
        if let main = analysis.mainEvent {
            let from = main.participants(.sender).map { names.name($0.entityID) }.joined(separator: ", ")
            let to = main.participants(.recipient).map { names.name($0.entityID) }.joined(separator: ", ")
            var head = (main.type ?? "Document")
            if !from.isEmpty || !to.isEmpty { head += " \(from.isEmpty ? "?" : from) to \(to.isEmpty ? "?" : to)" }
            if let date = main.date { head += ", " + date.display }
            parts.append(head)
        }
        if let source = document.field(.source)?.text {
            var citation = source
            if let range = citation.range(of: " Translated") { citation = String(citation[..<range.lowerBound]) }
            parts.append(citation.trimmingWhitespace().trimmingCharacters(in: ". "))
        }
        if let translator = document.field(.translator)?.text { parts.append("trans. " + translator) }
        parts.append("Wilson Center Digital Archive")
        parts.append(document.path.fileName)
        return parts.joined(separator: "; ")
    }

    /// Text broken into lines of at most `width` characters, at spaces.
    public static func wrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.wrapped(width: width).joined(separator: "\n") }
            .joined(separator: "\n")
    }
}

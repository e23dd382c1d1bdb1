/// The text of a document that extraction reads: title, body, footnotes and summary, in order,
/// separated by blank lines — what peer tools are given in the comparison.
public enum HistoricalText {
    public static func of(_ document: Document) -> String {
        var sections = [document.title, document.archiveDate].compactMap { $0 } + document.blocks.compactMap(\.body)
        sections += document.footnotes.map(\.content) + [document.summary].compactMap { $0 }
        return sections.map(\.text).joined(separator: "\n\n")
    }
}

/// The curation file: plain text, one correction per line, tab-separated, `#` for comments.
///
///     alias  add     Fillipov  stalin  1952-01  1952-12  a slip in the 1952 telegrams
///     alias  remove  Kuznetsov  stalin             the GRU officer, not Stalin, in 1949
///     merge  new:belov  belov  the same general
///     link   add     doc:record:113636  doc:record:113640  replies-to  answered by number
///     date   record:113636  1952-02-03  date from the register
enum CurationFile {
    static let header = """
        # Chancery curation: one correction per line, tab-separated.
        # alias add|remove NAME ENTITY [FROM TO] NOTE · merge ENTITY INTO NOTE · link add|remove FROM TO KIND NOTE · date DOCUMENT EDTF NOTE

        """

    /// A line, with tabs and line breaks in cells made spaces (a note can never add a line).
    static func line(_ cells: [String]) -> String {
        cells.map { cell in String(cell.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) }.joined(separator: "\t")
    }

    static func parse(_ text: String, path: String) throws(StoreError) -> [CorpusStore.Correction] {
        var corrections: [CorpusStore.Correction] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            func cell(_ index: Int) -> String { index < cells.count ? cells[index].trimmingWhitespace() : "" }
            func fail(_ message: String) -> StoreError { .malformed(path: path, line: number, message: message) }
            switch (cell(0), cell(1)) {
            case ("alias", "add"):
                guard cells.count >= 4, !cell(2).isEmpty, !cell(3).isEmpty else { throw fail("alias add needs NAME and ENTITY") }
                let from = cell(4).isEmpty ? nil : cell(4)
                let to = cell(5).isEmpty ? nil : cell(5)
                for date in [from, to].compactMap({ $0 }) where CalendarDate(iso: date) == nil {
                    throw fail("'\(date)' is not a date (1952, 1952-03, 1952-03-11)")
                }
                corrections.append(.addAlias(name: cell(2), entity: cell(3), from: from, to: to, note: cell(6)))
            case ("alias", "remove"):
                guard cells.count >= 4, !cell(2).isEmpty, !cell(3).isEmpty else {
                    throw fail("alias remove needs NAME and ENTITY")
                }
                corrections.append(.removeAlias(name: cell(2), entity: cell(3), note: cell(6).isEmpty ? cell(4) : cell(6)))
            case ("merge", _):
                guard cells.count >= 3, !cell(1).isEmpty, !cell(2).isEmpty else { throw fail("merge needs ENTITY and INTO") }
                corrections.append(.merge(entity: cell(1), into: cell(2), note: cell(3)))
            case ("link", "add"), ("link", "remove"):
                guard let kind = EventLink.Kind(rawValue: cell(4)), !cell(2).isEmpty, !cell(3).isEmpty else {
                    throw fail(
                        "link needs FROM, TO and a kind (\(EventLink.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                corrections.append(
                    cell(1) == "add"
                        ? .addLink(from: cell(2), to: cell(3), kind: kind, note: cell(5))
                        : .removeLink(from: cell(2), to: cell(3), kind: kind, note: cell(5)))
            case ("date", _):
                guard !cell(1).isEmpty, HistoricalDate(edtf: cell(2)) != nil else {
                    throw fail("date needs DOCUMENT and an EDTF date")
                }
                corrections.append(.setDate(document: cell(1), edtf: cell(2), note: cell(3)))
            default:
                throw fail("unknown correction '\(cell(0)) \(cell(1))' (alias, merge, link or date)")
            }
        }
        return corrections
    }
}

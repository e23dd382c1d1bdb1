/// A tab-separated file with a header line, as `Data/` keeps its tables. Lines starting with `#`
/// and blank lines are skipped; every row must have the header's number of cells.
struct TSVTable {
    struct Row {
        /// 1-based line number in the file.
        let line: Int
        let cells: [String]
        let columns: [String: Int]

        /// The cell of a column, or nil when it is empty.
        subscript(column: String) -> String? {
            guard let index = columns[column], index < cells.count else { return nil }
            let value = cells[index].trimmingWhitespace()
            return value.isEmpty ? nil : value
        }
    }

    let path: String
    let header: [String]
    let rows: [Row]

    /// Parses a table; throws naming the file and line of a malformed row or a missing column.
    init(text: String, path: String, requiredColumns: [String]) throws(KnowledgeError) {
        self.path = path
        var header: [String]?
        var columns: [String: Int] = [:]
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let knownHeader = header else {
                let names = cells.map { $0.trimmingWhitespace() }
                for column in requiredColumns where !names.contains(column) {
                    throw .malformed(path: path, line: lineNumber, message: "the header has no column '\(column)'")
                }
                header = names
                for (index, name) in names.enumerated() { columns[name] = index }
                continue
            }
            guard cells.count == knownHeader.count else {
                throw .malformed(
                    path: path, line: lineNumber,
                    message: "expected \(knownHeader.count) tab-separated cells, found \(cells.count)")
            }
            rows.append(Row(line: lineNumber, cells: cells, columns: columns))
        }
        guard let header else { throw .malformed(path: path, line: nil, message: "the file has no header line") }
        self.header = header
        self.rows = rows
    }
}

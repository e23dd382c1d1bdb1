/// A comma-separated file (RFC 4180): quoted cells with commas, quotes and line breaks, CRLF or
/// LF line ends, a header line. Each row keeps its byte range and line number, for evidence and
/// for errors that name the line.
struct CSVTable {
    struct Row {
        /// 1-based line on which the row starts.
        let line: Int
        /// The row's bytes in the file, without its line end.
        let range: Range<Int>
        let cells: [String]
    }

    let header: [String]
    let rows: [Row]
    /// Column positions by name (the first, for a name the header repeats).
    private let columns: [String: Int]

    /// Parses a table.
    /// - Throws: ``DocumentError/malformed(path:line:message:)`` for an unclosed quote or a row
    ///   with more cells than the header.
    init(bytes: [UInt8], path: String) throws(DocumentError) {
        var rows: [Row] = []
        var index = 0
        var line = 1
        let count = bytes.count
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var header: [String]?
        while index < count {
            let rowStart = index
            let rowLine = line
            var cells: [String] = []
            var cell: [UInt8] = []
            var inQuotes = false
            var rowEnd = index
            rowLoop: while index <= count {
                if index == count {
                    if inQuotes { throw .malformed(path: path, line: rowLine, message: "a quoted cell is not closed") }
                    rowEnd = index
                    break rowLoop
                }
                let byte = bytes[index]
                if inQuotes {
                    if byte == 0x22 {
                        if index + 1 < count, bytes[index + 1] == 0x22 {
                            cell.append(0x22)
                            index += 2
                            continue
                        }
                        inQuotes = false
                    } else {
                        if byte == 0x0A { line += 1 }
                        cell.append(byte)
                    }
                    index += 1
                    continue
                }
                switch byte {
                case 0x22 where cell.isEmpty:
                    inQuotes = true
                case 0x2C:
                    cells.append(String(decoding: cell, as: UTF8.self))
                    cell = []
                case 0x0A, 0x0D:
                    rowEnd = index
                    if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                    index += 1
                    line += 1
                    break rowLoop
                default:
                    cell.append(byte)
                }
                index += 1
            }
            cells.append(String(decoding: cell, as: UTF8.self))
            if cells.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { continue }
            guard let known = header else {
                header = cells.map { $0.trimmingWhitespace().lowercased() }
                continue
            }
            guard cells.count <= known.count else {
                throw .malformed(
                    path: path, line: rowLine, message: "expected at most \(known.count) cells, found \(cells.count)")
            }
            rows.append(Row(line: rowLine, range: rowStart..<rowEnd, cells: cells))
        }
        guard let header else { throw .empty(path: path) }
        self.header = header
        self.rows = rows
        columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The cell of a column in a row, trimmed; nil when empty or absent.
    func cell(_ row: Row, _ column: String) -> String? {
        guard let index = columns[column], index < row.cells.count else { return nil }
        let value = row.cells[index].trimmingWhitespace()
        return value.isEmpty ? nil : value
    }
}

/// CSV as RFC 4180 writes it: every line ends in CRLF; a cell with a comma, a quote or a line
/// break is quoted, its quotes doubled.
enum CSVText {
    /// The header line and the rows.
    static func table(_ columns: [String], _ rows: [[String]]) -> String {
        var text = ""
        for row in [columns] + rows { text += row.map(cell).joined(separator: ",") + "\r\n" }
        return text
    }

    /// One cell. By scalars, so that a quote followed by a combining mark, or a CRLF (one
    /// `Character`), is still seen.
    static func cell(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}

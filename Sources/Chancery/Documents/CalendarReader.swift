/// Reads a calendar of letters as CSV: one message per row, with the header of
/// `Data/README.md` (`date`, `sender`, `recipient` required; `date_written`, `sender_as`,
/// `recipient_as`, `via`, `via_as`, `type`, `number`, `archival_reference`, `record_id`,
/// `replies_to`, `source`, `id` optional). Each row becomes a ``Document`` of format
/// `calendar` whose text is the row itself, so that every fact points to its line.
public struct CalendarReader: Sendable {
    public init() {}

    public static let requiredColumns = ["date", "sender", "recipient"]

    /// The rows of a calendar file.
    /// - Throws: ``DocumentError`` naming the file and line of a malformed row, a missing
    ///   required column, or a date that is not EDTF.
    public func read(bytes: [UInt8], path: String, contentHash: String? = nil) throws(DocumentError) -> [Document] {
        try TextValidation.validate(bytes, path: path)
        let table = try CSVTable(bytes: bytes, path: path)
        for column in Self.requiredColumns where !table.header.contains(column) {
            throw .malformed(path: path, line: 1, message: "the header has no column '\(column)'")
        }
        let stem = DocumentLoader.stem(of: path)
        let hash = contentHash ?? SHA256.hex(bytes)
        var documents: [Document] = []
        for row in table.rows {
            let rowID = table.cell(row, "id") ?? "row\(row.line)"
            if let date = table.cell(row, "date"), HistoricalDate(edtf: date) == nil {
                throw .malformed(
                    path: path, line: row.line, message: "date '\(date)' is not an EDTF date (1952-03-11, 1952-03, 1952)")
            }
            let entry = CalendarEntry(
                rowID: rowID, dateWritten: table.cell(row, "date_written"), date: table.cell(row, "date"),
                senders: parties(table, row, "sender"), recipients: parties(table, row, "recipient"),
                via: parties(table, row, "via"),
                type: table.cell(row, "type"), number: table.cell(row, "number"),
                archivalReference: table.cell(row, "archival_reference"), recordID: table.cell(row, "record_id"),
                repliesTo: table.cell(row, "replies_to"), source: table.cell(row, "source"))
            let text = String(decoding: bytes[row.range], as: UTF8.self)
            documents.append(
                Document(
                    id: "calendar:\(stem)#\(rowID)", path: path, fragment: rowID, format: .calendar, layout: .plain,
                    contentHash: hash, source: text,
                    origin: [Document.OriginPoint(textOffset: 0, fileOffset: row.range.lowerBound, fileLine: row.line)],
                    calendarEntry: entry))
        }
        return documents
    }

    /// `Stalin; Mao Zedong` with `sender_as` `Filippov;` → two parties, the first used as Filippov.
    private func parties(_ table: CSVTable, _ row: CSVTable.Row, _ column: String) -> [CalendarEntry.Party] {
        let names = (table.cell(row, column) ?? "").split(separator: ";").map { $0.trimmingWhitespace() }
        let used = (table.cell(row, column + "_as") ?? "").split(separator: ";", omittingEmptySubsequences: false)
            .map { $0.trimmingWhitespace() }
        return names.enumerated().compactMap { offset, name in
            guard !name.isEmpty else { return nil }
            let alias = offset < used.count && !used[offset].isEmpty ? used[offset] : nil
            return CalendarEntry.Party(name: name, nameUsed: alias)
        }
    }
}

/// Reads a CMIF file (a TEI file of `correspDesc` records, as correspSearch aggregates them and
/// ``GraphExporter`` writes them) as a calendar of letters: one ``Document`` of format `cmif`
/// per `correspDesc`, carrying a ``CalendarEntry`` so that its facts become a catalogue event
/// exactly as a calendar row's do. The document's text is the `correspDesc`'s own XML, and its
/// origin maps every line of it to the file, so that evidence points to a line.
///
/// - The row id is the `correspDesc`'s `key`, else its `ref`, else its `xml:id`, else its
///   position (`cd12`).
/// - Parties are the `persName`s and `orgName`s of the `sent` (senders), `received`
///   (recipients) and `transmitted`, `forwarded` or `redirected` (intermediaries) actions, with
///   the Wikidata id of a `ref` to Wikidata; CMIF's `Unknown` is no one.
/// - The date is the `sent` action's (else the first action's that has one): `when` as it is,
///   `notBefore`/`notAfter` or `from`/`to` as an EDTF interval, `?` when `cert="low"`. Only one
///   bound cannot be an EDTF date here: it is kept in the entry's written date (`after
///   1952-03-01`).
/// - From the `note`, as ``CMIFWriter`` writes it: `ref`s of type `messageType`, `number` and
///   `nameUsed` (the name a party was written under).
/// - Replies from `correspContext`: a `ref type="prev"` to another record of the file is the
///   letter this one answers; a `ref type="next"` on another record names this one as its
///   answer. Links marked `cert="low"` are left for the linker to infer again.
public struct CMIFReader: Sendable {
    public init() {}

    /// Whether a file's bytes are CMIF rather than a TEI edition: they hold `correspDesc`
    /// records and none of the `<div type="document">` that ``TEIReader`` reads.
    public static func looksLikeCMIF(_ bytes: [UInt8]) -> Bool {
        contains(bytes, "<correspDesc") && !contains(bytes, "type=\"document\"")
    }

    /// The letters of a CMIF file.
    /// - Throws: ``DocumentError`` naming the file and line when it is not UTF-8 XML, has no
    ///   TEI root, or has a `correspDesc` that is not closed, has no date, or no party.
    public func read(bytes: [UInt8], path: String, contentHash: String? = nil) throws(DocumentError) -> [Document] {
        try TextValidation.validate(bytes, path: path)
        var scanner = XMLScanner(bytes: bytes)
        let root = XMLTree.build(&scanner)
        let lines = LineIndex(bytes)
        let topLevel = root.children.compactMap { node -> XMLTree.Element? in
            if case .element(let element) = node { return element }
            return nil
        }
        guard let first = topLevel.first else {
            throw .malformed(path: path, line: scanner.problem.map { lines.line(at: $0.offset) }, message: "not XML: no element")
        }
        guard Self.localName(first.name) == "TEI" else {
            throw .malformed(
                path: path, line: lines.line(at: first.offset),
                message: "no TEI root element: the file starts with <\(first.name)>, CMIF with <TEI>")
        }
        let records = Self.elements(first, named: "correspDesc")
        guard !records.isEmpty else { throw .malformed(path: path, line: 1, message: "no <correspDesc> in the file") }
        let stem = DocumentLoader.stem(of: path)
        let hash = contentHash ?? SHA256.hex(bytes)

        // Row ids first, so that replies can point forward.
        var rowIDs: [String] = []
        var byPointer: [String: String] = [:]
        var used = Set<String>()
        for (index, record) in records.enumerated() {
            let attributes = record.attributes
            var rowID =
                [attributes["key"], attributes["ref"], attributes["xml:id"]].compactMap { $0?.trimmingWhitespace() }
                .first { !$0.isEmpty } ?? "cd\(index + 1)"
            if used.contains(rowID) { rowID += "@\(index + 1)" }
            used.insert(rowID)
            rowIDs.append(rowID)
            if let id = attributes["xml:id"] { byPointer["#" + id] = rowID }
            for pointer in [attributes["key"], attributes["ref"]].compactMap({ $0 }) where byPointer[pointer] == nil {
                byPointer[pointer] = rowID
            }
        }
        var answers: [String: String] = [:]
        for (index, record) in records.enumerated() {
            for ref in Self.contextRefs(record, type: "next") {
                if let reply = byPointer[ref], answers[reply] == nil { answers[reply] = rowIDs[index] }
            }
        }

        var documents: [Document] = []
        for (index, record) in records.enumerated() {
            let line = lines.line(at: record.offset)
            guard let end = record.end else {
                throw .malformed(path: path, line: line, message: "the <correspDesc> starting here is not closed")
            }
            let rowID = rowIDs[index]
            var entry = try Self.entry(record, rowID: rowID, path: path, line: line, lines: lines)
            entry.repliesTo =
                Self.contextRefs(record, type: "prev").compactMap { byPointer[$0] }.first { $0 != rowID }
                ?? answers[rowID]
            let range = record.offset..<end
            var origin = [Document.OriginPoint(textOffset: 0, fileOffset: range.lowerBound, fileLine: line)]
            for offset in range where bytes[offset] == 0x0A && offset + 1 < range.upperBound {
                origin.append(
                    Document.OriginPoint(
                        textOffset: offset + 1 - range.lowerBound, fileOffset: offset + 1, fileLine: lines.line(at: offset + 1)))
            }
            documents.append(
                Document(
                    id: "cmif:\(stem)#\(rowID)", path: path, fragment: rowID, format: .cmif, layout: .plain, contentHash: hash,
                    source: String(decoding: bytes[range], as: UTF8.self), origin: origin, calendarEntry: entry))
        }
        return documents
    }

    /// The catalogue facts of one `correspDesc`.
    static func entry(
        _ record: XMLTree.Element, rowID: String, path: String, line: Int, lines: LineIndex
    ) throws(DocumentError) -> CalendarEntry {
        var senders: [CalendarEntry.Party] = []
        var recipients: [CalendarEntry.Party] = []
        var via: [CalendarEntry.Party] = []
        var dates: [(action: String, element: XMLTree.Element)] = []
        var notes: [(type: String, subtype: String?, position: Int?, text: String)] = []
        for note in elements(record, named: "note") {
            for ref in elements(note, named: "ref") {
                guard let type = ref.attributes["type"] else { continue }
                notes.append((type, ref.attributes["subtype"], ref.attributes["n"].flatMap { Int($0) }, ref.plainText))
            }
        }
        func note(_ type: String) -> String? {
            notes.first { $0.type == type }.map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        }
        for action in elements(record, named: "correspAction") {
            let type = action.attributes["type"] ?? ""
            var parties: [CalendarEntry.Party] = []
            for child in action.children {
                guard case .element(let element) = child else { continue }
                switch localName(element.name) {
                case "persName", "orgName", "name":
                    let name = element.plainText
                    guard !name.isEmpty, name.lowercased() != "unknown" else { continue }
                    let position = parties.count + 1
                    let used = notes.first { $0.type == "nameUsed" && $0.subtype == type && $0.position == position }?.text
                    parties.append(
                        CalendarEntry.Party(
                            name: name, nameUsed: used.flatMap { $0.isEmpty || $0 == name ? nil : $0 },
                            wikidata: element.attributes["ref"].flatMap(wikidataID)))
                case "date":
                    dates.append((type, element))
                default:
                    break
                }
            }
            switch type {
            case "sent": senders += parties
            case "received": recipients += parties
            case "transmitted", "forwarded", "redirected": via += parties
            default: break
            }
        }
        guard !senders.isEmpty || !recipients.isEmpty else {
            throw .malformed(
                path: path, line: line, message: "the <correspDesc> '\(rowID)' names no sender or recipient (persName or orgName)"
            )
        }
        let dated = dates.first { $0.action == "sent" } ?? dates.first
        guard let dated, let date = try Self.date(dated.element, path: path, lines: lines) else {
            throw .malformed(
                path: path, line: line,
                message: "the <correspDesc> '\(rowID)' has no date (a <date> with when, notBefore, notAfter, from or to)")
        }
        return CalendarEntry(
            rowID: rowID, dateWritten: date.written, date: date.edtf, senders: senders, recipients: recipients, via: via,
            type: note("messageType"), number: note("number"), archivalReference: nil, recordID: nil, repliesTo: nil,
            source: nil)
    }

    /// The EDTF date of a `<date>`, or for a single bound the bound in words; nil without any
    /// dating attribute.
    static func date(
        _ element: XMLTree.Element, path: String, lines: LineIndex
    ) throws(DocumentError) -> (edtf: String?, written: String?)? {
        let suffix = element.attributes["cert"] == "low" ? "?" : ""
        func value(_ name: String) throws(DocumentError) -> String? {
            guard let text = element.attributes[name]?.trimmingWhitespace(), !text.isEmpty else { return nil }
            guard CalendarDate(iso: text) != nil else {
                throw .malformed(
                    path: path, line: lines.line(at: element.offset),
                    message: "\(name) '\(text)' is not a date CMIF allows (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
            return text
        }
        if let when = try value("when") { return (when + suffix, nil) }
        let notBefore = try value("notBefore")
        let from = try value("from")
        let notAfter = try value("notAfter")
        let to = try value("to")
        let start = notBefore ?? from
        let end = notAfter ?? to
        switch (start, end) {
        case (let start?, let end?):
            let edtf = start + suffix + "/" + end + suffix
            guard HistoricalDate(edtf: edtf) != nil else {
                throw .malformed(
                    path: path, line: lines.line(at: element.offset),
                    message: "the date ends (\(end)) before it starts (\(start))")
            }
            return (edtf, nil)
        case (let start?, nil): return (nil, "after \(start)")
        case (nil, let end?): return (nil, "before \(end)")
        case (nil, nil): return nil
        }
    }

    /// The targets of a record's certain `correspContext/ref`s of a type.
    static func contextRefs(_ record: XMLTree.Element, type: String) -> [String] {
        var targets: [String] = []
        for context in elements(record, named: "correspContext") {
            for pointer in elements(context, named: "ref") + elements(context, named: "ptr") {
                guard pointer.attributes["type"] == type, pointer.attributes["cert"] != "low" else { continue }
                targets += (pointer.attributes["target"] ?? "").split(separator: " ").map(String.init)
            }
        }
        return targets
    }

    /// `Q855` from `https://www.wikidata.org/entity/Q855`, `http://www.wikidata.org/wiki/Q855` or `wd:Q855`.
    static func wikidataID(_ reference: String) -> String? {
        for pointer in reference.split(separator: " ") where pointer.contains("wikidata.org/") || pointer.hasPrefix("wd:") {
            let last = pointer.split(whereSeparator: { $0 == "/" || $0 == ":" }).last ?? ""
            let id = last.uppercased()
            let digits = id.dropFirst()
            if id.hasPrefix("Q"), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return id }
        }
        return nil
    }

    /// Every element below `element` whose name, without a namespace prefix, is `name`.
    static func elements(_ element: XMLTree.Element, named name: String) -> [XMLTree.Element] {
        var found: [XMLTree.Element] = []
        func visit(_ parent: XMLTree.Element) {
            for child in parent.children {
                guard case .element(let inner) = child else { continue }
                if localName(inner.name) == name { found.append(inner) }
                visit(inner)
            }
        }
        visit(element)
        return found
    }

    static func localName(_ name: String) -> Substring {
        name.split(separator: ":").last ?? Substring(name)
    }

    private static func contains(_ bytes: [UInt8], _ literal: String) -> Bool {
        bytes.firstRange(of: Array(literal.utf8)) != nil
    }
}

/// Reads a TEI edition such as a FRUS volume: one ``Document`` per `<div type="document">`,
/// with its head as the title, its dateline's date, its text, its footnotes, its source note,
/// and the markup that names people (`persName/@corresp`), places, dates and other documents
/// (`ref/@target`) kept as annotations with their spans.
///
/// The document's text is the markup's text with whitespace collapsed, the head and dateline
/// first, the body next and the footnotes moved after it as `[n] …`; `Document.origin` maps every
/// piece back to the file. Truncated files are read as far as they go: documents cut off by
/// the end of the file are left out.
public struct TEIReader: Sendable {
    public init() {}

    /// The documents in a TEI file.
    /// - Throws: ``DocumentError`` when the file is not UTF-8 text or holds no TEI document.
    public func read(bytes: [UInt8], path: String, contentHash: String? = nil) throws(DocumentError) -> [Document] {
        try TextValidation.validate(bytes, path: path)
        var scanner = XMLScanner(bytes: bytes)
        let root = XMLTree.build(&scanner)
        let lines = LineIndex(bytes)
        let persons = Self.personList(root)
        let stem = DocumentLoader.stem(of: path)
        let hash = contentHash ?? SHA256.hex(bytes)
        var documents: [Document] = []
        var unclosed: XMLTree.Element?
        for div in root.descendants(named: "div") where div.attributes["type"] == "document" {
            guard div.isClosed else {
                if unclosed == nil { unclosed = div }
                continue
            }
            guard let id = div.attributes["xml:id"] else { continue }
            var builder = TEIDocumentBuilder(lines: lines, persons: persons)
            documents.append(builder.build(div, id: id, stem: stem, path: path, hash: hash))
        }
        guard !documents.isEmpty else {
            if let unclosed {
                throw .malformed(
                    path: path, line: lines.line(at: unclosed.offset),
                    message:
                        "the document \(unclosed.attributes["xml:id"] ?? "") starting here is not closed before the end of the file"
                )
            }
            let line = scanner.problem.map { lines.line(at: $0.offset) }
            throw .malformed(
                path: path, line: line,
                message: scanner.problem.map { "no complete TEI document: \($0.message)" }
                    ?? "no <div type=\"document\"> in the file")
        }
        return documents
    }

    /// `Sebald, William J.` for `p_SWJ1`, from the volume's list of persons.
    static func personList(_ root: XMLTree.Element) -> [String: String] {
        var names: [String: String] = [:]
        for list in root.descendants(named: "div") where list.attributes["xml:id"] == "persons" {
            for person in list.descendants(named: "persName") {
                if let id = person.attributes["xml:id"] { names["#" + id] = person.plainText }
            }
        }
        return names
    }

}

/// Builds one document's text, sections and annotations from its `<div>`.
private struct TEIDocumentBuilder {
    let lines: LineIndex
    let persons: [String: String]
    var text = ""
    var origin: [Document.OriginPoint] = []
    var annotations: [MarkupAnnotation] = []
    var notes: [(element: XMLTree.Element, anchor: Int)] = []
    var pendingSpace = false

    init(lines: LineIndex, persons: [String: String]) {
        self.lines = lines
        self.persons = persons
    }

    var offset: Int { text.utf8.count }

    mutating func build(_ div: XMLTree.Element, id: String, stem: String, path: String, hash: String) -> Document {
        var fields: [LabelledField] = []
        var titleSection: TextSection?
        var dateSection: TextSection?
        var bodyStart: Int?
        for child in div.children {
            guard case .element(let element) = child else {
                if case .text = child, bodyStart != nil { emit(child) }
                continue
            }
            switch element.name {
            case "note" where element.attributes["type"] == "source":
                paragraphBreak()
                let valueStart = offset
                emitChildren(element)
                fields.append(LabelledField(label: .source, labelText: "source note", value: section(valueStart, offset)))
                paragraphBreak()
            case "head":
                paragraphBreak()
                let start = offset
                emitChildren(element)
                titleSection = trimmedTitle(section(start, offset))
                paragraphBreak()
            case "dateline":
                paragraphBreak()
                let start = offset
                emitChildren(element)
                dateSection = section(start, offset)
                paragraphBreak()
            default:
                if bodyStart == nil {
                    paragraphBreak()
                    bodyStart = offset
                }
                emit(child)
            }
        }
        let body = bodyStart.map { section($0, offset) }
        var footnotes: [Footnote] = []
        var index = 0
        while index < notes.count {
            let (note, anchor) = notes[index]
            index += 1
            paragraphBreak()
            let start = offset
            let marker = note.attributes["n"] ?? String(index)
            raw("[\(marker)] ")
            let contentStart = offset
            emitChildren(note)
            let whole = section(start, offset)
            footnotes.append(Footnote(marker: marker, section: whole, content: section(contentStart, offset), anchor: anchor))
        }
        var keyNames: [String: String] = [:]
        for annotation in annotations {
            if let key = annotation.key, let name = persons[key] { keyNames[key] = name }
        }
        return Document(
            id: "tei:\(stem)#\(id)", path: path, fragment: id, format: .tei, layout: .plain, contentHash: hash, source: text,
            title: titleSection, archiveDate: dateSection,
            blocks: [
                Document.LanguageBlock(language: "en", body: body.flatMap { $0.text.isEmpty ? nil : $0 }, footnotes: footnotes)
            ],
            fields: fields, annotations: annotations, origin: origin, keyNames: keyNames)
    }

    /// `No. 472 The Secretary of State to …` without the number.
    func trimmedTitle(_ title: TextSection) -> TextSection {
        let bytes = Array(title.text.utf8)
        guard bytes.starts(with: Array("No. ".utf8)) else { return title }
        var index = 4
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        let span = SourceSpan(start: title.span.start + index, end: title.span.end)
        return TextSection(span: span, text: String(decoding: bytes[index...], as: UTF8.self))
    }

    // MARK: - Emitting text

    mutating func emit(_ node: XMLTree.Node) {
        switch node {
        case .text(let string, let range):
            append(string, fileOffset: range.lowerBound)
        case .element(let element):
            emitElement(element)
        }
    }

    mutating func emitChildren(_ element: XMLTree.Element) {
        for child in element.children { emit(child) }
    }

    mutating func emitElement(_ element: XMLTree.Element) {
        switch element.name {
        case "note":
            notes.append((element, offset))
            return
        case "lb":
            pendingSpace = true
            return
        case "pb", "milestone", "figure", "graphic":
            return
        default:
            break
        }
        let isBlock = [
            "p", "item", "list", "closer", "signed", "salute", "opener", "table", "row", "quote", "postscript", "frus:attachment",
            "div", "ab", "label",
        ].contains(element.name)
        let isLine = ["signed", "salute", "item", "row", "closer", "dateline"].contains(element.name)
        if isBlock { isLine ? lineBreak() : paragraphBreak() }
        let start = offset
        emitChildren(element)
        if isBlock { isLine ? lineBreak() : paragraphBreak() }
        let span = SourceSpan(start: leadingTrimmed(start), end: trimmedEnd(offset))
        guard span.start < span.end else { return }
        switch element.name {
        case "persName":
            annotations.append(MarkupAnnotation(kind: .person, span: span, key: element.attributes["corresp"]))
            if let type = element.attributes["type"] {
                annotations.append(
                    MarkupAnnotation(kind: type == "from" ? .sender : .recipient, span: span, key: element.attributes["corresp"]))
            }
        case "placeName":
            annotations.append(
                MarkupAnnotation(kind: .place, span: span, key: element.attributes["corresp"] ?? element.attributes["ref"]))
        case "orgName":
            annotations.append(MarkupAnnotation(kind: .organisation, span: span, key: element.attributes["corresp"]))
        case "date":
            annotations.append(
                MarkupAnnotation(kind: .date, span: span, key: element.attributes["when"] ?? element.attributes["from"]))
        case "ref":
            annotations.append(MarkupAnnotation(kind: .reference, span: span, key: element.attributes["target"]))
        case "gloss":
            if let type = element.attributes["type"], type == "from" || type == "to" {
                annotations.append(MarkupAnnotation(kind: type == "from" ? .sender : .recipient, span: span, key: nil))
            }
        case "signed":
            annotations.append(MarkupAnnotation(kind: .signer, span: span, key: nil))
        case "list" where element.attributes["type"] == "participants":
            annotations.append(MarkupAnnotation(kind: .participant, span: span, key: nil))
        default:
            break
        }
    }

    /// Appends text with its whitespace collapsed, recording where each run comes from.
    mutating func append(_ string: String, fileOffset: Int) {
        var runStart: Int?
        var position = fileOffset
        var run = ""
        func flush(_ builder: inout TEIDocumentBuilder) {
            guard let start = runStart, !run.isEmpty else { return }
            if builder.pendingSpace, !builder.text.isEmpty, !builder.text.hasSuffix(" "), !builder.text.hasSuffix("\n") {
                builder.text += " "
            }
            builder.pendingSpace = false
            builder.origin.append(
                Document.OriginPoint(textOffset: builder.offset, fileOffset: start, fileLine: builder.lines.line(at: start)))
            builder.text += run
            run = ""
            runStart = nil
        }
        for scalar in string.unicodeScalars {
            let width = scalar.value < 0x80 ? 1 : scalar.value < 0x800 ? 2 : scalar.value < 0x10000 ? 3 : 4
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                flush(&self)
                pendingSpace = true
            } else {
                if runStart == nil { runStart = position }
                run.unicodeScalars.append(scalar)
            }
            position += width
        }
        flush(&self)
    }

    /// Text that has no place in the file (the `[n] ` before a footnote).
    mutating func raw(_ string: String) {
        text += string
        pendingSpace = false
    }

    mutating func paragraphBreak() {
        while text.hasSuffix(" ") { text.removeLast() }
        if !text.isEmpty, !text.hasSuffix("\n\n") { text += text.hasSuffix("\n") ? "\n" : "\n\n" }
        pendingSpace = false
    }

    mutating func lineBreak() {
        while text.hasSuffix(" ") { text.removeLast() }
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        pendingSpace = false
    }

    /// `start` moved past a space that `append` put before the element's first word.
    func leadingTrimmed(_ start: Int) -> Int {
        let utf8 = text.utf8
        guard start < utf8.count else { return start }
        var index = utf8.index(utf8.startIndex, offsetBy: start)
        var result = start
        while index < utf8.endIndex, utf8[index] == 0x20 || utf8[index] == 0x0A {
            index = utf8.index(after: index)
            result += 1
        }
        return result
    }

    /// `end` moved back over trailing spaces and line breaks (which are always at the text's end).
    func trimmedEnd(_ end: Int) -> Int {
        var end = end
        var index = text.utf8.endIndex
        while end > 0, index > text.utf8.startIndex {
            index = text.utf8.index(before: index)
            let byte = text.utf8[index]
            guard byte == 0x20 || byte == 0x0A else { break }
            end -= 1
        }
        return end
    }

    /// The text between two offsets, trimmed; only those bytes are copied (a volume's
    /// footnotes make many sections of a long text).
    func section(_ start: Int, _ end: Int) -> TextSection {
        let utf8 = text.utf8
        let upper = min(end, utf8.count)
        let lower = min(start, upper)
        let bytes = Array(utf8[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)])
        let trimmed = PageLines.trim(bytes, 0..<bytes.count)
        return TextSection(
            span: SourceSpan((lower + trimmed.lowerBound)..<(lower + trimmed.upperBound)),
            text: String(decoding: bytes[trimmed], as: UTF8.self))
    }
}

/// Line numbers of byte offsets in a file.
struct LineIndex: Sendable {
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        self.starts = starts
    }

    /// The 1-based line of an offset.
    func line(at offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}

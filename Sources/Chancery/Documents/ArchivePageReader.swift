/// Reads a page of an online archive saved as text — the Wilson Center Digital Archive's
/// catalogue, citation and listing layouts — into a ``Document``.
///
/// The reader separates the document from the page around it (navigation, rights boilerplate,
/// related links), finds its title, date, body, footnotes, summary and labelled fields, and
/// marks the editor's square brackets. It never drops text silently: what is not the document
/// is kept as residue, with its span.
public struct ArchivePageReader: Sendable {
    public init() {}

    /// Reads one page.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - path: the file's path, for the document and for errors.
    /// - Throws: ``DocumentError`` when the file is empty, binary or not UTF-8.
    public func read(bytes: [UInt8], path: String, contentHash: String? = nil) throws(DocumentError) -> Document {
        try TextValidation.validate(bytes, path: path)
        let source = String(decoding: bytes, as: UTF8.self)
        let lines = PageLines(bytes)
        var page = PageBuilder(lines: lines)
        page.read()
        let hash = contentHash ?? SHA256.hex(bytes)
        var document = Document(
            id: "sha256:" + hash.prefix(16), path: path, format: .archivePage, layout: page.layout, contentHash: hash,
            source: source, title: page.title, archiveDate: page.archiveDate, blocks: page.blocks, summary: page.summary,
            fields: page.fields, residue: page.residue, entries: page.entries)
        if let record = document.recordID, !record.isEmpty, record.allSatisfy(\.isNumber) {
            document.id = "record:" + record
        }
        document.brackets = EditorialBrackets.find(in: lines.bytes, sections: page.bracketedSections)
        return document
    }
}

/// The line-by-line reading of one page.
private struct PageBuilder {
    let lines: PageLines
    var layout: PageLayout = .plain
    var title: TextSection?
    var archiveDate: TextSection?
    var blocks: [Document.LanguageBlock] = []
    var summary: TextSection?
    var fields: [LabelledField] = []
    var residue: [Document.Residue] = []
    var entries: [Document.ListingEntry] = []

    init(lines: PageLines) { self.lines = lines }

    /// The sections in which editorial brackets are marked.
    var bracketedSections: [TextSection] {
        var sections: [TextSection] = []
        if let title { sections.append(title) }
        for block in blocks {
            if let body = block.body { sections.append(body) }
            sections += block.footnotes.map(\.section)
        }
        if let summary { sections.append(summary) }
        sections += entries.map(\.title)
        return sections
    }

    mutating func read() {
        let start = skipNavigation(from: 0)
        if isListing(from: start) {
            layout = .listing
            readListing(from: start)
        } else if isCitationLayout(from: start) {
            layout = .citation
            readCitation(from: start)
        } else if let first = lines.nextNonBlank(from: start), DateScanner.wholeDate(lines.text(first)) != nil,
            let titleLine = lines.nextNonBlank(from: first + 1), !isTailMarker(titleLine)
        {
            layout = .catalogue
            readCatalogue(dateLine: first, titleLine: titleLine)
        } else {
            layout = .plain
            readPlain(from: start)
        }
    }

    // MARK: - Navigation and markers

    static let navigationLines: Set<String> = [
        "skip to content", "search in", "digital archive international history declassified", "menu", "search",
        "main navigation", "breadcrumb", "home", "digital archive", "documents", "back to top", "results:", "results",
        "search results", "wilson center digital archive", "international history declassified",
    ]

    /// Skips navigation lines at the top of the page, keeping them as residue.
    mutating func skipNavigation(from index: Int) -> Int {
        var index = index
        while let next = lines.nextNonBlank(from: index) {
            guard let lower = lines.lowercasedIfShort(next), Self.navigationLines.contains(lower) else { return next }
            if let section = lines.section(next, next) { residue.append(.init(kind: .navigation, section: section)) }
            index = next + 1
        }
        return index
    }

    static let tailMarkers: Set<String> = [
        "related documents", "document information", "author(s):", "author(s)", "authors:", "authors",
        "associated people & organizations", "associated people and organizations", "associated places",
        "associated topics", "subjects discussed", "more documents",
    ]

    func isTailMarker(_ index: Int) -> Bool {
        guard let text = lines.lowercasedIfShort(index, limit: 200) else { return false }
        return Self.tailMarkers.contains(text) || text.hasPrefix("author(s):")
    }

    /// The first tail marker at or after `index`, or the end of the page.
    func tailStart(from index: Int) -> Int {
        var index = index
        while index < lines.count {
            if !lines[index].isBlank, isTailMarker(index) { return index }
            index += 1
        }
        return lines.count
    }

    // MARK: - Catalogue layout

    mutating func readCatalogue(dateLine: Int, titleLine: Int) {
        archiveDate = lines.section(dateLine, dateLine)
        title = lines.section(titleLine, titleLine)
        let tail = tailStart(from: titleLine + 1)
        blocks = [readBlock(from: titleLine + 1, to: tail, language: nil, heading: nil, takesSummary: tail < lines.count)]
        readTail(from: tail)
        if let language = field(.language)?.text, let code = Self.languageCode(language) {
            blocks[0].language = code
        }
    }

    /// Reads body, footnotes and (when the page has a tail) the summary between two lines.
    mutating func readBlock(
        from start: Int, to end: Int, language: String?, heading: TextSection?, takesSummary: Bool
    ) -> Document.LanguageBlock {
        var contentEnd = end
        if takesSummary, let summaryRange = lastParagraph(before: end, after: start),
            !startsWithFootnoteMarker(summaryRange.lowerBound), hasContent(from: start, to: summaryRange.lowerBound)
        {
            summary = lines.section(summaryRange.lowerBound, summaryRange.upperBound)
            contentEnd = summaryRange.lowerBound
        }
        var footnoteStart = contentEnd
        var index = start
        while index < contentEnd {
            if !lines[index].isBlank, startsWithFootnoteMarker(index), hasContent(from: start, to: index) {
                footnoteStart = index
                break
            }
            index += 1
        }
        let body = footnoteStart > start ? lines.section(start, footnoteStart - 1) : nil
        return Document.LanguageBlock(
            language: language, heading: heading, body: body, footnotes: readFootnotes(from: footnoteStart, to: contentEnd))
    }

    func hasContent(from start: Int, to end: Int) -> Bool {
        lines.nextNonBlank(from: start, before: end) != nil
    }

    /// The first and last line of the last paragraph before `end`.
    func lastParagraph(before end: Int, after start: Int) -> ClosedRange<Int>? {
        var last = end - 1
        while last >= start, lines[last].isBlank { last -= 1 }
        guard last >= start else { return nil }
        var first = last
        while first - 1 >= start, !lines[first - 1].isBlank { first -= 1 }
        return first...last
    }

    /// Whether a line opens a footnote: `[12] text`.
    func startsWithFootnoteMarker(_ index: Int) -> Bool {
        footnoteMarker(index) != nil
    }

    /// The marker's number and the byte where the note's text starts.
    func footnoteMarker(_ index: Int) -> (String, Int)? {
        let range = lines[index].trimmed
        let bytes = lines.bytes
        guard range.count >= 4, bytes[range.lowerBound] == 0x5B else { return nil }
        var position = range.lowerBound + 1
        while position < range.upperBound, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
        let digits = position - range.lowerBound - 1
        guard (1...3).contains(digits), position < range.upperBound, bytes[position] == 0x5D else { return nil }
        let marker = String(decoding: bytes[(range.lowerBound + 1)..<position], as: UTF8.self)
        position += 1
        let textStart = PageLines.trim(bytes, position..<range.upperBound).lowerBound
        guard textStart < range.upperBound else { return nil }
        return (marker, textStart)
    }

    /// Footnotes from `start` to `end`: each opens with a marker; other paragraphs continue the
    /// note before them.
    func readFootnotes(from start: Int, to end: Int) -> [Footnote] {
        var notes: [Footnote] = []
        var current: (marker: String, first: Int, textStart: Int, last: Int)?
        func flush() {
            guard let note = current, let section = lines.section(note.first, note.last) else { return }
            let content = lines.section(note.textStart..<section.span.end)
            notes.append(Footnote(marker: note.marker, section: section, content: content))
        }
        var index = start
        while index < end {
            if !lines[index].isBlank {
                if let (marker, textStart) = footnoteMarker(index) {
                    flush()
                    current = (marker, index, textStart, index)
                } else if current != nil {
                    current?.last = index
                }
            }
            index += 1
        }
        flush()
        return notes
    }

    // MARK: - Tail: labelled fields

    /// Reads "Related Documents", "Document Information" and the labelled fields after them.
    mutating func readTail(from start: Int) {
        var index = start
        var pendingLabel: (label: LabelledField.Label, text: String, line: Int)?
        var valueStart: Int?
        var inRelated = false
        var sawLabel = false

        func closeValue(at end: Int, _ builder: inout PageBuilder) {
            guard let label = pendingLabel else { return }
            let value =
                valueStart.flatMap { builder.lines.section($0, end - 1) }
                ?? TextSection(
                    span: SourceSpan(
                        start: builder.lines[label.line].trimmed.upperBound, end: builder.lines[label.line].trimmed.upperBound),
                    text: "")
            builder.addField(label.label, labelText: label.text, value: value)
            pendingLabel = nil
            valueStart = nil
        }

        while index < lines.count {
            if lines[index].isBlank {
                index += 1
                continue
            }
            let text = lines.text(index)
            let lower = text.lowercased()
            if lower == "related documents" || lower == "document information" || lower.hasPrefix("associated ") {
                closeValue(at: index, &self)
                if let section = lines.section(index, index) { residue.append(.init(kind: .heading, section: section)) }
                inRelated = lower == "related documents" || lower.hasPrefix("associated ")
                index += 1
                continue
            }
            if lower.hasPrefix("author(s):") || lower.hasPrefix("authors:") {
                closeValue(at: index, &self)
                let colon = lines.bytes[lines[index].trimmed].firstIndex(of: 0x3A)!
                let after = PageLines.trim(lines.bytes, (colon + 1)..<lines[index].trimmed.upperBound)
                if !after.isEmpty {
                    addField(.authors, labelText: "Author(s)", value: lines.section(after))
                } else {
                    pendingLabel = (.authors, "Author(s)", index)
                    valueStart = nil
                }
                sawLabel = true
                inRelated = false
                index += 1
                continue
            }
            if let label = LabelledField.Label.recognise(text), text.count <= 40 {
                closeValue(at: index, &self)
                pendingLabel = (label, text, index)
                sawLabel = true
                inRelated = false
                index += 1
                continue
            }
            // A paragraph that is not a label.
            let paragraphEnd = lines.paragraphEnd(from: index)
            if pendingLabel != nil {
                if valueStart == nil { valueStart = index }
            } else if Self.isRightsBoilerplate(lower) {
                if let section = lines.section(index, paragraphEnd) { addRights(section) }
            } else if inRelated {
                if let section = lines.section(index, paragraphEnd) {
                    residue.append(.init(kind: .relatedDocuments, section: section))
                }
            } else if !sawLabel, field(.source) == nil, let section = lines.section(index, paragraphEnd) {
                // The seed's layout: the source citation stands unlabelled after "Document Information".
                addField(.source, labelText: "", value: section)
            } else if let section = lines.section(index, paragraphEnd) {
                residue.append(.init(kind: .relatedDocuments, section: section))
            }
            index = paragraphEnd + 1
        }
        closeValue(at: lines.count, &self)
    }

    static func isRightsBoilerplate(_ lower: String) -> Bool {
        lower.contains("welcomes reuse") || lower.contains("rights status") || lower.contains("rights holders")
            || lower.contains("subject to copyright")
    }

    mutating func addRights(_ section: TextSection) {
        if let index = fields.firstIndex(where: { $0.label == .rights }) {
            let start = fields[index].value.span.start
            let span = SourceSpan(start: start, end: section.span.end)
            fields[index].value = lines.section(span.range)
        } else {
            fields.append(LabelledField(label: .rights, labelText: "", value: section))
        }
    }

    mutating func addField(_ label: LabelledField.Label, labelText: String, value: TextSection) {
        if label == .rights, !value.text.isEmpty {
            addRights(value)
            return
        }
        fields.append(LabelledField(label: label, labelText: labelText, value: value))
        if label == .source || label == .citation, let translator = Translators.find(in: value, bytes: lines.bytes) {
            fields.append(LabelledField(label: .translator, labelText: "", value: translator))
        }
    }

    func field(_ label: LabelledField.Label) -> TextSection? {
        fields.first { $0.label == label }?.value
    }

    // MARK: - Citation layout

    static func isControlsLine(_ lower: String) -> Bool {
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return !words.isEmpty && words.allSatisfy { ["citation", "share", "download", "print", "email"].contains($0) }
    }

    /// A language block's heading: `View Document In English HTML`, `RUSSIAN (TRANSCRIPTION) HTML`.
    static func languageHeading(_ text: String) -> String? {
        var lower = text.lowercased()
        guard lower.hasSuffix(" html") || lower.hasSuffix(" pdf") else { return nil }
        if lower.hasPrefix("view document in ") { lower.removeFirst("view document in ".count) }
        let name = lower.split(separator: " ").first.map(String.init) ?? ""
        guard lower.split(separator: " ").count <= 4 else { return nil }
        return languageCode(name)
    }

    static func languageCode(_ name: String) -> String? {
        let table = [
            "english": "en", "russian": "ru", "chinese": "zh", "korean": "ko", "german": "de", "french": "fr",
            "japanese": "ja", "mongolian": "mn", "vietnamese": "vi", "polish": "pl", "czech": "cs", "hungarian": "hu",
            "romanian": "ro", "bulgarian": "bg", "albanian": "sq", "serbian": "sr", "italian": "it", "spanish": "es",
        ]
        return table[name.lowercased().trimmingWhitespace()]
    }

    func isCitationLayout(from start: Int) -> Bool {
        var index = start
        var seen = 0
        while index < lines.count, seen < 60 {
            if !lines[index].isBlank {
                seen += 1
                let text = lines.text(index)
                if Self.isControlsLine(text.lowercased()), text.lowercased().contains("citation") { return true }
                if text.lowercased().hasPrefix("view document in "), Self.languageHeading(text) != nil { return true }
            }
            index += 1
        }
        return false
    }

    mutating func readCitation(from start: Int) {
        var index = start
        var firstHeading: Int?
        // Title, controls, summary and citation come before the first language block.
        while let next = lines.nextNonBlank(from: index) {
            let text = lines.text(next)
            let lower = text.lowercased()
            if Self.languageHeading(text) != nil {
                firstHeading = next
                break
            }
            if isTailMarker(next) { break }
            let paragraphEnd = lines.paragraphEnd(from: next)
            if Self.isControlsLine(lower) {
                if let section = lines.section(next, next) { residue.append(.init(kind: .controls, section: section)) }
                index = next + 1
                continue
            }
            if archiveDate == nil, title == nil, DateScanner.wholeDate(text) != nil {
                archiveDate = lines.section(next, next)
            } else if title == nil {
                title = lines.section(next, next)
            } else if (text.hasPrefix("\"") || text.hasPrefix("\u{201C}")) && lower.contains("digital archive") {
                if let section = lines.section(next, paragraphEnd) {
                    addField(.citation, labelText: "", value: section)
                    readCitationSentence(section)
                }
            } else if DateScanner.wholeDate(text) != nil, archiveDate == nil {
                archiveDate = lines.section(next, next)
            } else if summary == nil {
                summary = lines.section(next, paragraphEnd)
            } else if let section = lines.section(next, paragraphEnd) {
                residue.append(.init(kind: .controls, section: section))
            }
            index = paragraphEnd + 1
        }
        let tail = tailStart(from: firstHeading ?? index)
        if var heading = firstHeading {
            while heading < tail {
                var next = heading + 1
                while next < tail, lines[next].isBlank || Self.languageHeading(lines.text(next)) == nil { next += 1 }
                let language = Self.languageHeading(lines.text(heading))
                blocks.append(
                    readBlock(
                        from: heading + 1, to: next, language: language, heading: lines.section(heading, heading),
                        takesSummary: false))
                heading = next
            }
        }
        readTail(from: tail)
    }

    /// Takes the date and the record id out of `"Title," February 23, 1952, History and … /document/123148`.
    mutating func readCitationSentence(_ section: TextSection) {
        let bytes = Array(section.text.utf8)
        let closing: [[UInt8]] = [Array(",\"".utf8), Array(",\u{201D}".utf8), Array("\",".utf8), Array("\u{201D},".utf8)]
        if archiveDate == nil, let quoteEnd = closing.compactMap({ bytes.firstRange(of: $0)?.upperBound }).min(),
            let archive = bytes.firstRange(of: Array(", History and Public Policy".utf8))?.lowerBound
                ?? bytes.firstRange(of: Array(", Wilson Center".utf8))?.lowerBound, quoteEnd < archive
        {
            let range = PageLines.trim(bytes, quoteEnd..<archive)
            let dateText = String(decoding: bytes[range], as: UTF8.self)
            if DateScanner.wholeDate(dateText) != nil {
                archiveDate = lines.section((section.span.start + range.lowerBound)..<(section.span.start + range.upperBound))
            }
        }
        if field(.recordID) == nil, let marker = bytes.firstRange(of: Array("/document/".utf8)) {
            var end = marker.upperBound
            while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
            if end > marker.upperBound {
                let span = (section.span.start + marker.upperBound)..<(section.span.start + end)
                fields.append(LabelledField(label: .recordID, labelText: "", value: lines.section(span)))
            }
        }
    }

    // MARK: - Listing layout

    /// `21 - 27 of 27`, `Results: 51 - 60 of 96`.
    static func isResultCount(_ text: String) -> Bool {
        // "1 - 25 of 1,234" and "Results: 1-10 of 57" are short and have digits: most lines are neither.
        guard text.utf8.count <= 48, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var words = String(text.lowercased().map { $0 == "\u{2013}" ? "-" : $0 }).split(separator: " ")
        if words.first == "results:" { words.removeFirst() }
        let joined = words.joined(separator: " ")
        let parts = joined.split(separator: " of ")
        guard parts.count == 2, parts[1].allSatisfy(\.isNumber) else { return false }
        let range = parts[0].split(separator: "-").map { $0.trimmingWhitespace() }
        return range.count == 2 && range.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    static func strippingBullet(_ text: String) -> String {
        var text = Substring(text)
        while let first = text.first, first == "\u{2022}" || first == "\u{00B7}" || first == "*" || first == " " {
            text = text.dropFirst()
        }
        return String(text)
    }

    func isListing(from start: Int) -> Bool {
        var index = start
        var seen = 0
        var bulletDates = 0
        while index < lines.count, seen < 40 {
            if !lines[index].isBlank {
                seen += 1
                let text = lines.text(index)
                if seen <= 6, Self.isResultCount(text) { return true }
                if text.hasPrefix("\u{2022}"), DateScanner.wholeDate(Self.strippingBullet(text)) != nil { bulletDates += 1 }
            }
            index += 1
        }
        return bulletDates >= 2
    }

    mutating func readListing(from start: Int) {
        var index = start
        var dateLines: [Int] = []
        while index < lines.count {
            if !lines[index].isBlank {
                let text = lines.text(index)
                if Self.isResultCount(text) || Self.navigationLines.contains(text.lowercased()) {
                    if let section = lines.section(index, index) { residue.append(.init(kind: .navigation, section: section)) }
                } else if DateScanner.wholeDate(Self.strippingBullet(text)) != nil,
                    let next = lines.nextNonBlank(from: index + 1),
                    DateScanner.wholeDate(Self.strippingBullet(lines.text(next))) == nil
                {
                    dateLines.append(index)
                }
            }
            index += 1
        }
        for (position, dateLine) in dateLines.enumerated() {
            let limit = position + 1 < dateLines.count ? dateLines[position + 1] : lines.count
            guard let titleLine = lines.nextNonBlank(from: dateLine + 1, before: limit),
                let date = bulletStripped(dateLine), let title = bulletStripped(titleLine)
            else { continue }
            var summary: TextSection?
            if let first = lines.nextNonBlank(from: titleLine + 1, before: limit) {
                summary = lines.section(first, limit - 1)
            }
            entries.append(Document.ListingEntry(date: date, title: title, summary: summary))
        }
    }

    /// A line's section without a leading bullet.
    func bulletStripped(_ index: Int) -> TextSection? {
        guard let section = lines.section(index, index) else { return nil }
        let bytes = lines.bytes
        var start = section.span.start
        let end = section.span.end
        while start < end {
            if bytes[start] == 0x2A || bytes[start] == 0x20 {
                start += 1
            } else if start + 2 < end, bytes[start] == 0xE2, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA2 {
                start += 3
            } else if start + 1 < end, bytes[start] == 0xC2, bytes[start + 1] == 0xB7 {
                start += 2
            } else {
                break
            }
        }
        return lines.section(PageLines.trim(bytes, start..<end))
    }

    // MARK: - Plain text

    mutating func readPlain(from start: Int) {
        let tail = tailStart(from: start)
        blocks = [readBlock(from: start, to: tail, language: nil, heading: nil, takesSummary: false)]
        readTail(from: tail)
    }
}

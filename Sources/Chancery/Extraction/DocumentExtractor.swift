/// Runs every extractor over a document's parts: dates, names, the correspondence header, the
/// body's address and signature, alias statements and mentioned messages.
///
/// Pure and per document: it reads the document's own text with the authority file and the
/// gazetteer, and nothing else, so documents can be extracted in parallel.
public struct DocumentExtractor: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    public func extract(_ document: Document) -> Extraction {
        var source = document.source
        return source.withUTF8 { bytes in
            extract(document, bytes: bytes)
        }
    }

    private func extract(_ document: Document, bytes: UnsafeBufferPointer<UInt8>) -> Extraction {
        let names = NameScanner(knowledge: knowledge)
        let aliasScanner = AliasStatementScanner(knowledge: knowledge)

        // The sections that hold the historical text, in source order.
        var sections: [TextSection] = []
        if let title = document.title { sections.append(title) }
        if document.format == .tei, let dateline = document.archiveDate { sections.append(dateline) }
        for block in document.blocks {
            if let body = block.body { sections.append(body) }
            sections += block.footnotes.map(\.content)
        }
        if let summary = document.summary { sections.append(summary) }
        let texts = sections.map { TokenText(bytes: bytes, range: $0.span.range) }

        let markup = document.format == .tei ? MarkupExtractor(knowledge: knowledge, document: document) : nil

        // The document's date first, as the context for dates written without a year.
        var documentDate: DateMention? = markup?.documentDate()
        if documentDate == nil, let line = document.archiveDate, let date = DateScanner.wholeDate(line.text) {
            documentDate = DateMention(span: line.span, date: date, rule: "archive-date-line")
        }
        if documentDate == nil, let bodyIndex = sections.firstIndex(where: { $0 == document.body }) {
            let undated = DateScanner(context: nil).scan(texts[bodyIndex])
            documentDate = undated.mentions.first { $0.date.start.precision == .day }
        }
        if documentDate == nil, document.title != nil {
            documentDate = DateScanner(context: nil).scan(texts[0]).mentions.first
        }
        let context = documentDate?.date.start

        var dates: [DateMention] = []
        var issues: [DateIssue] = []
        if let line = document.archiveDate, let archive = documentDate, archive.rule == "archive-date-line" {
            dates.append(DateMention(span: line.span, date: archive.date, rule: "archive-date-line"))
        }
        if markup != nil, let archive = documentDate, archive.rule == "tei-dateline" {
            dates.append(archive)
        }
        var allNames: [NameMention] = []
        var aliases: [AliasStatement] = []
        var references: [MessageReference] = []
        var perSection: [(dates: [DateMention], names: [NameMention])] = []
        let referenceScanner = MessageReferenceScanner()
        let footnoteSpans = Set(document.footnotes.map(\.content.span))
        // The names the markup tags, looked up once for the whole document.
        let marked = markup?.markedNames() ?? []
        for (sectionIndex, text) in texts.enumerated() {
            let scanned = DateScanner(context: context).scan(text)
            var found = names.scan(text, in: 0..<text.count)
            if markup != nil, let first = text.tokens.first, let last = text.tokens.last {
                let span = SourceSpan(start: first.start, end: last.end)
                found = MarkupExtractor.names(marked: marked, merging: found, within: span)
            }
            dates += scanned.mentions
            issues += scanned.issues
            allNames += found
            aliases += aliasScanner.scan(text, in: 0..<text.count, names: found)
            // The title and the archive's summary describe the document itself.
            let isTitle = (sectionIndex == 0 && document.title != nil) || sections[sectionIndex] == document.summary
            references += referenceScanner.scan(
                text, in: 0..<text.count, dates: scanned.mentions, names: found, isTitle: isTitle,
                isFootnote: footnoteSpans.contains(sections[sectionIndex].span))
            perSection.append((scanned.mentions, found))
        }

        // `Generalissimo Chiang Kai-shek … The Generalissimo replied`: a title standing for the
        // one person the document introduced with it.
        let (titled, titleStatements) = TitleCoreference.find(in: texts, names: allNames)
        allNames = (allNames + titled).sorted { $0.span < $1.span }
        aliases += titleStatements

        // The header: the title's, else a footnote's `This is a telegram from A to B.`
        var header: CorrespondenceHeader?
        if document.title != nil, let first = texts.first {
            header = TitleHeaderParser(first).parse(0..<first.count)
        }
        if header == nil || header?.hasParties == false {
            for (index, section) in sections.enumerated() where footnoteSpans.contains(section.span) {
                if let parsed = footnoteHeader(texts[index]) {
                    header = parsed
                    break
                }
            }
        }

        var bodyHeader = BodyHeader()
        if let markup {
            // The markup's signer stands in for the scanned body header.
            if let title = document.title { header = markup.header(title: title, scanned: header) }
            bodyHeader.signature = markup.signer()
            references = markup.linkReferences(references)
        } else if let body = document.body, let index = sections.firstIndex(of: body) {
            bodyHeader = BodyHeaderScanner(knowledge: knowledge).scan(
                texts[index], in: 0..<texts[index].count, dates: perSection[index].dates, names: perSection[index].names)
        }

        let (type, typeRaw) = documentType(document, header: header)
        return Extraction(
            documentID: document.id, documentDate: documentDate, dates: dates, dateIssues: issues, header: header,
            bodyHeader: bodyHeader, names: allNames, aliases: aliases, references: references,
            apparatus: apparatus(document), documentType: type, documentTypeRaw: typeRaw,
            entries: listingEntries(document, bytes: bytes))
    }

    /// `This is a telegram from Mao Zedong to Stalin.` in a footnote.
    private func footnoteHeader(_ text: TokenText) -> CorrespondenceHeader? {
        guard text.isWord(0, in: ["this", "it", "the"]),
            text.isWord(1, in: ["is", "was"]) || text.isWord(1, in: TitleHeaderParser.typeWords)
        else { return nil }
        var end = 0
        while end < text.count, !(text.isPunctuation(end, ".") && end + 1 < text.count && text[end + 1].isCapitalized) {
            end += 1
        }
        return TitleHeaderParser(text).parse(0..<end)
    }

    /// Translators and editors named in the source citation, one mention per name.
    private func apparatus(_ document: Document) -> [NameMention] {
        var names: [NameMention] = []
        for field in document.fields where field.label == .translator || field.label == .authors {
            let bytes = Array(field.value.text.utf8)
            var pieceStart = 0
            var index = 0
            func addPiece(_ range: Range<Int>) {
                let trimmed = PageLines.trim(bytes, range)
                guard !trimmed.isEmpty else { return }
                let span = SourceSpan(
                    start: field.value.span.start + trimmed.lowerBound, end: field.value.span.start + trimmed.upperBound)
                let surface = String(decoding: bytes[trimmed], as: UTF8.self)
                names.append(
                    NameMention(
                        kind: .person, span: span, surface: surface, rule: field.label == .translator ? "translator" : "author",
                        confidence: 0.95))
            }
            while index < bytes.count {
                let separator: Int? =
                    bytes[index...].starts(with: " and ".utf8)
                    ? 5
                    : bytes[index...].starts(with: ", ".utf8)
                        ? 2
                        : bytes[index...].starts(with: " & ".utf8) ? 3 : nil
                if let separator {
                    addPiece(pieceStart..<index)
                    index += separator
                    pieceStart = index
                } else {
                    index += 1
                }
            }
            addPiece(pieceStart..<bytes.count)
        }
        return names
    }

    /// The type from the archive's `Type` field, else from the title; normalised for comparison.
    private func documentType(_ document: Document, header: CorrespondenceHeader?) -> (String?, String?) {
        if document.format == .tei {
            // FRUS: the source note ends with the type (`611.94/1–1452: Telegram`).
            if let title = document.title?.text, title.lowercased().hasPrefix("editorial note") {
                return ("Editorial Note", title)
            }
            if let source = document.field(.source)?.text, let colon = source.lastIndex(of: ":") {
                let raw = source[source.index(after: colon)...].trimmingWhitespace().trimmingCharacters(in: ".")
                if !raw.isEmpty, raw.count < 40 { return (Self.normalisedType(raw), raw) }
            }
        }
        if let field = document.typeLabel?.trimmingWhitespace(), !field.isEmpty {
            return (Self.normalisedType(field), field)
        }
        guard let raw = header?.type else { return (header?.isMeeting == true ? "Memorandum of Conversation" : nil, nil) }
        return (Self.normalisedType(raw), raw)
    }

    /// `Ciphered Telegram` → `Telegram`, `Cablegram` → `Cable`, `Record of Conversation` →
    /// `Memorandum of Conversation`, `Hand delivered note` → `Note`.
    static func normalisedType(_ raw: String) -> String {
        let lower = raw.lowercased()
        if lower.contains("conversation") || lower.contains("talk") { return "Memorandum of Conversation" }
        if lower.contains("cable") { return "Cable" }
        if lower.contains("telegram") || lower.contains("radiogram") || lower.contains("telex") { return "Telegram" }
        for word in [
            "letter", "memorandum", "note", "report", "minutes", "decision", "resolution", "directive", "instructions", "message",
            "reply", "protocol", "diary", "journal",
        ] where lower.contains(word) {
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        return raw.prefix(1).uppercased() + raw.dropFirst()
    }

    /// A listing page's entries: each title's header and each date line.
    private func listingEntries(_ document: Document, bytes: UnsafeBufferPointer<UInt8>) -> [Extraction.Entry] {
        document.entries.map { entry in
            let title = TokenText(bytes: bytes, range: entry.title.span.range)
            let found = NameScanner(knowledge: knowledge).scan(title, in: 0..<title.count)
            let date = DateScanner.wholeDate(entry.date.text).map {
                DateMention(span: entry.date.span, date: $0, rule: "listing-date-line")
            }
            return Extraction.Entry(
                date: date, header: TitleHeaderParser(title).parse(0..<title.count), title: entry.title, names: found,
                aliases: AliasStatementScanner(knowledge: knowledge).scan(title, in: 0..<title.count, names: found))
        }
    }
}

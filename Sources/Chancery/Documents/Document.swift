/// One document as read from a file: its parts, each with the span of the source it came from.
///
/// Readers fill what their format has; extraction reads the parts, never the raw file again.
public struct Document: Sendable, Hashable, Codable, Identifiable {
    /// A stable id: `record:113636` when the archive gives a record id, else `sha256:` and the
    /// first 16 hex digits of the content hash; TEI documents use their `xml:id`.
    public var id: String
    /// The file the document was read from, as given.
    public var path: String
    /// For a file that holds several documents (a TEI volume): this document's `xml:id`.
    public var fragment: String?
    public var format: DocumentFormat
    public var layout: PageLayout
    /// SHA-256 of the file's bytes, in hex.
    public var contentHash: String
    /// The whole source text; every span indexes its UTF-8 bytes.
    public var source: String
    /// The catalogue title (`Cable from Mao Zedong to Stalin, '…'`).
    public var title: TextSection?
    /// The archive's date for the document, as written on its own line.
    public var archiveDate: TextSection?
    /// The text, one block per language (a bilingual page has two).
    public var blocks: [LanguageBlock]
    /// The archive's one-line summary.
    public var summary: TextSection?
    /// The labelled fields (`Source`, `Type`, `Record ID`, the translator, …).
    public var fields: [LabelledField]
    /// Page furniture that is not the document: navigation, rights boilerplate, related links.
    public var residue: [Residue]
    /// The editor's square brackets in title, body and footnotes.
    public var brackets: [EditorialBracket]
    /// For a listing page: one entry per document listed.
    public var entries: [ListingEntry]
    /// Markup that names a person, place or date (TEI), with its key.
    public var annotations: [MarkupAnnotation]
    /// For text derived from its file (TEI, with markup removed and notes moved after the body):
    /// where each piece of the text is in the file. Empty when the text is the file itself.
    public var origin: [OriginPoint]
    /// Names the file's own apparatus gives to markup keys (TEI: `#p_SWJ1` → `Sebald, William J.`).
    public var keyNames: [String: String]
    /// For a row of a calendar of letters: its facts.
    public var calendarEntry: CalendarEntry?

    public init(
        id: String, path: String, fragment: String? = nil, format: DocumentFormat, layout: PageLayout, contentHash: String,
        source: String,
        title: TextSection? = nil, archiveDate: TextSection? = nil, blocks: [LanguageBlock] = [],
        summary: TextSection? = nil, fields: [LabelledField] = [], residue: [Residue] = [],
        brackets: [EditorialBracket] = [], entries: [ListingEntry] = [], annotations: [MarkupAnnotation] = [],
        origin: [OriginPoint] = [], keyNames: [String: String] = [:], calendarEntry: CalendarEntry? = nil
    ) {
        self.id = id
        self.path = path
        self.fragment = fragment
        self.format = format
        self.layout = layout
        self.contentHash = contentHash
        self.source = source
        self.title = title
        self.archiveDate = archiveDate
        self.blocks = blocks
        self.summary = summary
        self.fields = fields
        self.residue = residue
        self.brackets = brackets
        self.entries = entries
        self.annotations = annotations
        self.origin = origin
        self.keyNames = keyNames
        self.calendarEntry = calendarEntry
    }

    /// The first block's body: the document's text in its main language.
    public var body: TextSection? { blocks.first?.body }

    /// Every footnote of every block.
    public var footnotes: [Footnote] { blocks.flatMap(\.footnotes) }

    /// The value of the first field with this label.
    public func field(_ label: LabelledField.Label) -> TextSection? {
        fields.first { $0.label == label }?.value
    }

    /// The archive's record id, when the page gives one.
    public var recordID: String? { field(.recordID)?.text }

    /// The document type as the archive labels it (`Telegram`, `Cable`, `Memorandum of Conversation`).
    public var typeLabel: String? { field(.type)?.text }

    /// The source text of a span.
    public func text(_ span: SourceSpan) -> String {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: span.start)
        let end = utf8.index(start, offsetBy: span.length)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The 1-based line of the file on which a byte offset of the text falls. For many
    /// lookups in one document, ``lineLocator()`` is faster.
    public func line(at offset: Int) -> Int {
        lineLocator().line(at: offset)
    }

    /// Finds lines of offsets in this document in logarithmic time.
    public func lineLocator() -> LineLocator {
        LineLocator(document: self)
    }

    /// The lines of a document's offsets: through `origin` for derived text, else by counting.
    public struct LineLocator: Sendable {
        private let origin: [OriginPoint]
        private let lines: LineIndex?

        init(document: Document) {
            origin = document.origin
            lines = document.origin.isEmpty ? LineIndex(Array(document.source.utf8)) : nil
        }

        public func line(at offset: Int) -> Int {
            if let lines { return lines.line(at: offset) }
            return Document.originPoint(in: origin, for: offset)?.fileLine ?? 1
        }
    }

    /// The span of the file that a span of the text comes from (the same span when the text is
    /// the file).
    public func fileSpan(_ span: SourceSpan) -> SourceSpan {
        guard let first = originPoint(for: span.start) else { return span }
        let last = originPoint(for: max(span.start, span.end - 1)) ?? first
        return SourceSpan(
            start: first.fileOffset + (span.start - first.textOffset), end: last.fileOffset + (span.end - last.textOffset))
    }

    private func originPoint(for offset: Int) -> OriginPoint? {
        Self.originPoint(in: origin, for: offset)
    }

    static func originPoint(in origin: [OriginPoint], for offset: Int) -> OriginPoint? {
        guard !origin.isEmpty else { return nil }
        var low = 0
        var high = origin.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if origin[middle].textOffset <= offset { low = middle } else { high = middle - 1 }
        }
        return origin[low]
    }

    /// Where a piece of derived text starts in the file.
    public struct OriginPoint: Sendable, Hashable, Codable {
        public var textOffset: Int
        public var fileOffset: Int
        public var fileLine: Int
    }

    /// The footnote whose text holds a span, if any.
    public func footnote(containing span: SourceSpan) -> Footnote? {
        footnotes.first { $0.section.span.contains(span) }
    }

    /// A block of text in one language.
    public struct LanguageBlock: Sendable, Hashable, Codable {
        /// ISO 639-1 code (`en`, `ru`, `zh`), when known.
        public var language: String?
        /// The line that opened the block (`RUSSIAN (TRANSCRIPTION) HTML`).
        public var heading: TextSection?
        public var body: TextSection?
        public var footnotes: [Footnote]

        public init(language: String?, heading: TextSection? = nil, body: TextSection?, footnotes: [Footnote] = []) {
            self.language = language
            self.heading = heading
            self.body = body
            self.footnotes = footnotes
        }
    }

    /// Page furniture kept apart from the document.
    public struct Residue: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case navigation, rights, relatedDocuments, controls, heading
        }
        public var kind: Kind
        public var section: TextSection

        public init(kind: Kind, section: TextSection) {
            self.kind = kind
            self.section = section
        }
    }

    /// One document of a search-result listing.
    public struct ListingEntry: Sendable, Hashable, Codable {
        public var date: TextSection
        public var title: TextSection
        public var summary: TextSection?

        public init(date: TextSection, title: TextSection, summary: TextSection?) {
            self.date = date
            self.title = title
            self.summary = summary
        }
    }
}

extension Document {
    /// The id of the message or meeting that the document itself is, in graphs and the store.
    public var mainEventID: String { "doc:" + id }
}

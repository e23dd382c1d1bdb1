/// Everything extraction found in one document, each item with its span and rule. Identity
/// resolution and the event graph are built from this; nothing here is resolved yet.
public struct Extraction: Sendable, Hashable, Codable {
    public var documentID: String
    /// The document's own date and where it was read (the archive's date line, or a dateline).
    public var documentDate: DateMention?
    /// Every date in the title, body, footnotes and summary.
    public var dates: [DateMention]
    /// Things that looked like dates but cannot be (`February 30, 1952`).
    public var dateIssues: [DateIssue]
    /// The correspondence header from the title, or from a footnote or the body when the title has none.
    public var header: CorrespondenceHeader?
    /// What the body's address lines, salutation and signature say.
    public var bodyHeader: BodyHeader
    /// People, organisations and places named in the text.
    public var names: [NameMention]
    /// Statements that a name stands for another.
    public var aliases: [AliasStatement]
    /// Messages the text mentions: replies reported, messages answered or cited.
    public var references: [MessageReference]
    /// Translators and editors of the modern edition: not historical persons.
    public var apparatus: [NameMention]
    /// The document type, normalised (`Cable`, `Telegram`, `Letter`, `Memorandum of Conversation`).
    public var documentType: String?
    /// The type as written (the archive's `Type` field or the title's words).
    public var documentTypeRaw: String?
    /// For a listing page: one header and date per entry.
    public var entries: [Entry]

    /// One entry of a listing page.
    public struct Entry: Sendable, Hashable, Codable {
        public var date: DateMention?
        public var header: CorrespondenceHeader?
        public var title: TextSection
        public var names: [NameMention]
        public var aliases: [AliasStatement]
    }
}

/// One document read all the way: what extraction found, whom the names refer to, the alias
/// claims the document makes, and the events and links it contributes to the graph.
public struct DocumentAnalysis: Sendable, Hashable, Codable {
    public var document: Document
    public var extraction: Extraction
    /// Every name in the historical text with its resolution (apparatus excluded).
    public var mentions: [ResolvedMention]
    /// Translators and editors of the modern edition.
    public var apparatus: [ResolvedMention]
    /// What the document says about names: `Filippov` is Stalin, with the footnote as evidence.
    public var aliasClaims: [AliasClaim]
    /// The document's own event first, then embedded and mentioned ones.
    public var events: [Event]
    public var links: [EventLink]

    /// The document's own event.
    public var mainEvent: Event? { events.first { $0.documentID == document.id } }
}

/// A name found in a text and the entity it refers to.
public struct ResolvedMention: Sendable, Hashable, Codable {
    public var mention: NameMention
    public var resolution: Resolution

    public init(mention: NameMention, resolution: Resolution) {
        self.mention = mention
        self.resolution = resolution
    }
}

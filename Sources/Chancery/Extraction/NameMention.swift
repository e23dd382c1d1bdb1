/// A name found in a text: a person, organisation or place, with the rule that found it and the
/// entities of the authority file or gazetteer that go by it.
public struct NameMention: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case person, organisation, place
    }

    public var kind: Kind
    public var span: SourceSpan
    /// The name as written, without titles (`Filippov` in `Comrade Filippov`).
    public var surface: String
    /// The rule that found it: `lexicon`, `title-pattern`, `initials`, `letter-spaced`,
    /// `place-suffix`, `header`, `translator`.
    public var rule: String
    /// How sure the rule is that this is a name of this kind.
    public var confidence: Double
    /// Ids of known entities that go by this name.
    public var candidates: [String]
    /// An adjective (`Soviet`, `Chinese`): evidence for resolution, not a place mention.
    public var isAdjective: Bool
    /// A title written before the name (`General`, `Comrade`), lower case.
    public var title: String?

    public init(
        kind: Kind, span: SourceSpan, surface: String, rule: String, confidence: Double, candidates: [String] = [],
        isAdjective: Bool = false, title: String? = nil
    ) {
        self.kind = kind
        self.span = span
        self.surface = surface
        self.rule = rule
        self.confidence = confidence
        self.candidates = candidates
        self.isAdjective = isAdjective
        self.title = title
    }
}

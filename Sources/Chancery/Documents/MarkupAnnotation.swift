/// A span that the source's own markup identifies (TEI `persName`, `placeName`, `date`, `ref`).
public struct MarkupAnnotation: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case person, place, date, reference, sender, recipient, signer, participant, organisation
    }

    public var kind: Kind
    public var span: SourceSpan
    /// The markup's key: `@corresp` for people, `@when` for dates, `@target` for references.
    public var key: String?

    public init(kind: Kind, span: SourceSpan, key: String?) {
        self.kind = kind
        self.span = span
        self.key = key
    }
}

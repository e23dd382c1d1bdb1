/// A claim that a name refers to an entity, with its evidence: a document's statement, an
/// authority row, or a user's curation. Conflicting claims stay side by side.
public struct AliasClaim: Sendable, Hashable, Codable {
    public var name: String
    public var entityID: String
    public var kind: NameKind
    /// The period the name was used in, when known.
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    public var evidence: Evidence
    public var confidence: Double

    public init(
        name: String, entityID: String, kind: NameKind, validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil,
        evidence: Evidence, confidence: Double
    ) {
        self.name = name
        self.entityID = entityID
        self.kind = kind
        self.validFrom = validFrom
        self.validTo = validTo
        self.evidence = evidence
        self.confidence = confidence
    }
}

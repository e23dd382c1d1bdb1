/// Which entity a name refers to, how sure Chancery is, and why.
public struct Resolution: Sendable, Hashable, Codable {
    /// How the entity was found.
    public enum Method: String, Sendable, Hashable, Codable {
        /// The authority file or gazetteer lists the name.
        case authority
        /// The document itself says who the name is (`Filippov is Stalin.`).
        case documentAlias = "document-alias"
        /// Another document of the corpus says who the name is.
        case corpusAlias = "corpus-alias"
        /// A user's curation.
        case curation
        /// The name is close to a known one (`Flilippov`): a spelling slip.
        case spelling
        /// No known entity: a new one.
        case new
    }

    public var entityID: String
    public var method: Method
    /// What kind of name this is for the entity (a pseudonym, a romanization, …).
    public var nameKind: NameKind?
    public var confidence: Double
    public var evidence: [Evidence]
    /// Other entities the name could refer to.
    public var alternatives: [String]

    public init(
        entityID: String, method: Method, nameKind: NameKind?, confidence: Double, evidence: [Evidence],
        alternatives: [String] = []
    ) {
        self.entityID = entityID
        self.method = method
        self.nameKind = nameKind
        self.confidence = confidence
        self.evidence = evidence
        self.alternatives = alternatives
    }
}

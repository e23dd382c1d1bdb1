/// A statement in a text that one name stands for another: `[2] Filippov is Stalin.`,
/// `Filippov [Stalin]`, `Feng Xi (Stalin)`, `using the name of Fyodor Kuznetsov`.
public struct AliasStatement: Sendable, Hashable, Codable {
    /// What kind of name the alias is.
    public enum Kind: String, Sendable, Hashable, Codable {
        case pseudonym, codename
        case realName = "real_name"
        case roleTitle = "role_title"
        /// The text pairs the names without saying which kind.
        case unspecified
    }

    /// The name used (`Filippov`).
    public var alias: String
    public var aliasSpan: SourceSpan
    /// The name it stands for (`Stalin`).
    public var target: String
    public var targetSpan: SourceSpan
    public var kind: Kind
    /// The whole statement: the evidence to cite.
    public var span: SourceSpan
    /// `footnote-is`, `square-bracket`, `round-bracket`, `name-of`, `code-name`.
    public var rule: String
    public var confidence: Double

    public init(
        alias: String, aliasSpan: SourceSpan, target: String, targetSpan: SourceSpan, kind: Kind, span: SourceSpan,
        rule: String, confidence: Double
    ) {
        self.alias = alias
        self.aliasSpan = aliasSpan
        self.target = target
        self.targetSpan = targetSpan
        self.kind = kind
        self.span = span
        self.rule = rule
        self.confidence = confidence
    }
}

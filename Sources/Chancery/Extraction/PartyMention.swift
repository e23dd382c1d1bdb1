/// A party to a message as a header names it: `Cde. Filippov [Stalin]` is the name `Filippov`
/// with the editor's identification `Stalin`.
public struct PartyMention: Sendable, Hashable, Codable {
    /// The name as written, titles removed (`Filippov`, `Mao Zedong`, `USSR Council of Ministers`).
    public var name: String
    public var span: SourceSpan
    /// An identification or cover name given beside it in brackets, if any.
    public var bracketed: String?
    public var bracketedSpan: SourceSpan?
    /// Whether the brackets were square (the editor's) or round.
    public var bracketIsSquare: Bool

    public init(
        name: String, span: SourceSpan, bracketed: String? = nil, bracketedSpan: SourceSpan? = nil, bracketIsSquare: Bool = false
    ) {
        self.name = name
        self.span = span
        self.bracketed = bracketed
        self.bracketedSpan = bracketedSpan
        self.bracketIsSquare = bracketIsSquare
    }
}

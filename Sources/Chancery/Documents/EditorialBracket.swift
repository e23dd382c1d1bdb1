/// A square-bracketed insertion by the editor, kept in the text and marked.
public struct EditorialBracket: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A footnote reference such as `[2]`.
        case footnoteMarker
        /// Omitted text: `[...]`, `[…]`.
        case elision
        /// Words the editor supplied: `[we]`, `[Stalin]`, `[1952]`.
        case insertion
    }

    public var kind: Kind
    /// The brackets and what they hold.
    public var span: SourceSpan
    /// What is inside the brackets.
    public var content: String

    public init(kind: Kind, span: SourceSpan, content: String) {
        self.kind = kind
        self.span = span
        self.content = content
    }
}

/// A part of a document (its title, a footnote, a field's value): the exact text and where it is.
public struct TextSection: Sendable, Hashable, Codable {
    /// Where the text is in the source file.
    public var span: SourceSpan
    /// The source text of the span, unchanged.
    public var text: String

    public init(span: SourceSpan, text: String) {
        self.span = span
        self.text = text
    }
}

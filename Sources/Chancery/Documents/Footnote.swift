/// An editor's note after the body, such as `[2] Filippov is Stalin.`
public struct Footnote: Sendable, Hashable, Codable {
    /// The marker's number as written (`2`).
    public var marker: String
    /// The whole note, marker included.
    public var section: TextSection
    /// The note's text after the marker.
    public var content: TextSection
    /// Where in the text the note is called, when the source places it (TEI notes stand inline).
    public var anchor: Int?

    public init(marker: String, section: TextSection, content: TextSection, anchor: Int? = nil) {
        self.marker = marker
        self.section = section
        self.content = content
        self.anchor = anchor
    }
}

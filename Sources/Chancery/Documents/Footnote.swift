/// An editor's note after the body, such as `[2] Filippov is Stalin.`
public struct Footnote: Sendable, Hashable, Codable {
    /// The marker's number as written (`2`).
    public var marker: String
    /// The whole note, marker included.
    public var section: TextSection
    /// The note's text after the marker.
    public var content: TextSection

    public init(marker: String, section: TextSection, content: TextSection) {
        self.marker = marker
        self.section = section
        self.content = content
    }
}

/// An HTML-like Graphviz label, built only from escaped text and fixed tags.
///
/// User text enters through ``text(_:)``, which escapes it, so no name or title can open a tag.
public struct HTMLLabel: Sendable, Equatable {
    /// The markup between Graphviz's `<` and `>` delimiters.
    public private(set) var markup: String

    private init(markup: String) { self.markup = markup }

    /// Literal text, escaped as XML (Graphviz reads these labels with an XML parser); a line
    /// feed is a line break.
    public static func text(_ text: String) -> HTMLLabel {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        return HTMLLabel(markup: lines.map { String(String.UnicodeScalarView($0)).xmlEscaped }.joined(separator: "<br/>"))
    }

    /// The pieces one after another.
    public static func concat(_ pieces: [HTMLLabel]) -> HTMLLabel {
        HTMLLabel(markup: pieces.map(\.markup).joined())
    }

    /// An element with attributes; `name` and attribute names are fixed by the program.
    public static func element(_ name: Tag, _ attributes: [(String, String)] = [], _ content: HTMLLabel? = nil) -> HTMLLabel {
        let attributeText = attributes.map { " \($0.0)=\"\(text($0.1).markup)\"" }.joined()
        guard let content else { return HTMLLabel(markup: "<\(name.rawValue)\(attributeText)/>") }
        return HTMLLabel(markup: "<\(name.rawValue)\(attributeText)>\(content.markup)</\(name.rawValue)>")
    }

    /// The tags Graphviz's HTML-like labels accept that Chancery uses.
    public enum Tag: String, Sendable {
        case table = "TABLE", tr = "TR", td = "TD", font = "FONT", b = "B", i = "I", br = "BR"
    }
}

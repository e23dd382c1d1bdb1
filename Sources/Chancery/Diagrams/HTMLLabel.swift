/// An HTML-like Graphviz label, built only from escaped text and fixed tags.
///
/// User text enters through ``text(_:)``, which escapes it, so no name or title can open a tag.
public struct HTMLLabel: Sendable, Equatable {
    /// The markup between Graphviz's `<` and `>` delimiters.
    public private(set) var markup: String

    private init(markup: String) { self.markup = markup }

    /// Literal text.
    public static func text(_ text: String) -> HTMLLabel {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\n": escaped += "<br/>"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return HTMLLabel(markup: escaped)
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

/// Writes indented XML in which every attribute value and every piece of text is escaped:
/// element and attribute names are the writer's own constants, never user text.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    /// An attribute; a nil value leaves the attribute out.
    typealias Attribute = (name: String, value: String?)

    /// `<name a="1">`, and what follows goes inside it.
    mutating func start(_ name: String, _ attributes: [Attribute] = []) {
        line("<" + name + Self.attributes(attributes) + ">")
        open.append(name)
    }

    /// Closes the element opened last.
    mutating func end() {
        guard let name = open.popLast() else { return }
        line("</" + name + ">")
    }

    /// `<name a="1"/>`.
    mutating func empty(_ name: String, _ attributes: [Attribute] = []) {
        line("<" + name + Self.attributes(attributes) + "/>")
    }

    /// `<name a="1">text</name>` on one line.
    mutating func element(_ name: String, _ attributes: [Attribute] = [], text content: String) {
        line("<" + name + Self.attributes(attributes) + ">" + content.xmlEscaped + "</" + name + ">")
    }

    /// A comment; `--` cannot occur in one, so it is written `- -`.
    mutating func comment(_ content: String) {
        var body = content.xmlEscaped
        while body.contains("--") { body = body.replacingAll("--", with: "- -") }
        line("<!-- " + body + " -->")
    }

    /// The document as UTF-8, every element closed.
    mutating func finish() -> [UInt8] {
        while !open.isEmpty { end() }
        return Array(text.utf8)
    }

    private mutating func line(_ content: String) {
        text += String(repeating: "  ", count: open.count) + content + "\n"
    }

    private static func attributes(_ attributes: [Attribute]) -> String {
        var written = ""
        for attribute in attributes {
            guard let value = attribute.value else { continue }
            written += " " + attribute.name + "=\"" + value.xmlEscaped + "\""
        }
        return written
    }
}

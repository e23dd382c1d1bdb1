/// What a reader sees in an SVG file, read by ``ParsedXML`` (so it must be well-formed XML):
/// the text of every `<text>` element, and how many elements of each name and class there are.
struct SVGText {
    let texts: [String]
    let elementCounts: [String: Int]
    let classCounts: [String: Int]

    /// The content of every `<text>` element; throws when the bytes are not well-formed XML.
    static func texts(in bytes: [UInt8]) throws -> [String] {
        try parse(bytes).texts
    }

    /// Parses the SVG; throws when it is not well-formed XML.
    static func parse(_ bytes: [UInt8]) throws -> SVGText {
        let elements = try ParsedXML(bytes).root.all
        var names: [String: Int] = [:]
        var classes: [String: Int] = [:]
        for element in elements {
            names[element.name, default: 0] += 1
            if let kind = element.attributes["class"] { classes[kind, default: 0] += 1 }
        }
        return SVGText(
            texts: elements.filter { $0.name == "text" }.map(\.text), elementCounts: names, classCounts: classes)
    }
}

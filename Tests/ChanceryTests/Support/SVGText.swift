import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an SVG file as XML and collects what a reader sees.
final class SVGText: NSObject, XMLParserDelegate {
    private var texts: [String] = []
    private var current: String?
    private(set) var elementCounts: [String: Int] = [:]
    private(set) var classCounts: [String: Int] = [:]

    /// The content of every `<text>` element; throws when the bytes are not well-formed XML.
    static func texts(in bytes: [UInt8]) throws -> [String] {
        try parse(bytes).texts
    }

    /// Parses the SVG; throws when it is not well-formed XML.
    static func parse(_ bytes: [UInt8]) throws -> SVGText {
        let parser = XMLParser(data: Data(bytes))
        let collector = SVGText()
        parser.delegate = collector
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
        return collector
    }

    /// All the text joined, as a reader would search it.
    var allText: String { texts.joined(separator: " ") }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elementCounts[name, default: 0] += 1
        if let kind = attributes["class"] { classCounts[kind, default: 0] += 1 }
        if name == "text" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text = current {
            texts.append(text)
            current = nil
        }
    }
}

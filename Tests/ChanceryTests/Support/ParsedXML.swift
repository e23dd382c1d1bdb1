import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML document as Foundation's parser (libxml2 on Linux) reads it: a strict,
/// namespace-aware check that what the exporters write is well-formed XML.
final class ParsedXML {
    /// An element with its namespace, attributes, text and children.
    final class Element {
        let name: String
        let namespace: String?
        let attributes: [String: String]
        var text = ""
        var children: [Element] = []

        init(name: String, namespace: String?, attributes: [String: String]) {
            self.name = name
            self.namespace = namespace
            self.attributes = attributes
        }

        /// This element and every element below it, in document order.
        var all: [Element] { [self] + children.flatMap(\.all) }

        func all(_ name: String) -> [Element] { all.filter { $0.name == name } }
    }

    let root: Element

    /// Parses bytes; throws the parser's error when they are not well-formed.
    init(_ bytes: [UInt8]) throws {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw FixtureError("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "no root element")")
        }
        self.root = root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = Element(name: elementName, namespace: namespaceURI, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

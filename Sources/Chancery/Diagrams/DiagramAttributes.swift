/// Graphviz attributes in the order they were set, so that encoding is deterministic.
public struct DiagramAttributes: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// The value of an attribute; the case says how it is escaped.
    public enum Value: Sendable, Equatable {
        /// Text shown to the reader (labels, captions). Newlines become line breaks; nothing
        /// in the text is ever read as a Graphviz escape, entity or HTML.
        case text(String)
        /// A plain value chosen by the program (a colour, a shape, a font name).
        case string(String)
        /// A number.
        case number(Double)
        /// A boolean (`true`/`false`).
        case bool(Bool)
        /// An HTML-like label, built from escaped pieces.
        case html(HTMLLabel)
    }

    public private(set) var entries: [(name: String, value: Value)]

    public init() { entries = [] }

    public init(dictionaryLiteral elements: (String, Value)...) {
        entries = []
        for (name, value) in elements { self[name] = value }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Reads or sets an attribute; setting keeps the attribute's first position.
    public subscript(name: String) -> Value? {
        get { entries.first { $0.name == name }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }

    /// These attributes with `other`'s set over them.
    public func merging(_ other: DiagramAttributes) -> DiagramAttributes {
        var merged = self
        for (name, value) in other.entries { merged[name] = value }
        return merged
    }

    public static func == (lhs: DiagramAttributes, rhs: DiagramAttributes) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.name == $1.name && $0.value == $1.value }
    }
}

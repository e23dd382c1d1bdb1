/// Writes a ``Diagram`` as DOT text: deterministic, and with every string escaped.
///
/// Ids and values are always quoted. Inside quotes DOT only reads `\"`, but Graphviz expands
/// `\N`, `\G`, `\E`, `\T`, `\H`, `\L`, `\n`, `\l`, `\r` in labels and decodes HTML entities, so
/// text values also double every backslash and write `&` as `&amp;`. Control characters are
/// dropped; newlines in text become Graphviz line breaks. HTML-like labels are built by
/// ``HTMLLabel``, which escapes its text.
public struct DOTEncoder: Sendable {
    public init() {}

    /// The DOT text of a diagram.
    public func encode(_ diagram: Diagram) -> String {
        var out = ""
        out += diagram.isDirected ? "digraph " : "graph "
        out += Self.quoted(diagram.name)
        out += " {\n"
        writeDefaults("graph", diagram.attributes, into: &out, indent: "  ")
        writeDefaults("node", diagram.nodeDefaults, into: &out, indent: "  ")
        writeDefaults("edge", diagram.edgeDefaults, into: &out, indent: "  ")
        for cluster in diagram.clusters {
            write(cluster, into: &out, indent: "  ")
        }
        for node in diagram.nodes {
            out += "  " + Self.quoted(node.id)
            out += Self.attributeList(node.attributes)
            out += ";\n"
        }
        let arrow = diagram.isDirected ? " -> " : " -- "
        for edge in diagram.edges {
            out += "  " + Self.quoted(edge.from) + arrow + Self.quoted(edge.to)
            out += Self.attributeList(edge.attributes)
            out += ";\n"
        }
        for group in diagram.sameRanks where !group.isEmpty {
            out += "  { rank=same; " + group.map { Self.quoted($0) + ";" }.joined(separator: " ") + " }\n"
        }
        out += "}\n"
        return out
    }

    private func writeDefaults(_ kind: String, _ attributes: DiagramAttributes, into out: inout String, indent: String) {
        guard !attributes.isEmpty else { return }
        out += indent + kind + Self.attributeList(attributes) + ";\n"
    }

    private func write(_ cluster: Diagram.Cluster, into out: inout String, indent: String) {
        out += indent + "subgraph " + Self.quoted("cluster_" + cluster.id) + " {\n"
        let inner = indent + "  "
        writeDefaults("graph", cluster.attributes, into: &out, indent: inner)
        for child in cluster.clusters {
            write(child, into: &out, indent: inner)
        }
        for id in cluster.nodeIDs {
            out += inner + Self.quoted(id) + ";\n"
        }
        out += indent + "}\n"
    }

    static func attributeList(_ attributes: DiagramAttributes) -> String {
        guard !attributes.isEmpty else { return "" }
        let items = attributes.entries.map { "\(quoted($0.name))=\(value($0.value))" }
        return " [" + items.joined(separator: ", ") + "]"
    }

    static func value(_ value: DiagramAttributes.Value) -> String {
        switch value {
        case .text(let text): "\"" + escapedText(text) + "\""
        case .string(let string): quoted(string)
        case .number(let number): formatted(number)
        case .bool(let flag): flag ? "true" : "false"
        case .html(let label): "<" + label.markup + ">"
        }
    }

    /// A quoted DOT id: backslashes and quotes escaped, control characters dropped.
    static func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default:
                if isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Reader-visible text: nothing in it may act as a Graphviz escape, entity or quote; a line
    /// feed is a line break.
    static func escapedText(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            default:
                if isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Numbers without exponent notation and without trailing zeros, as DOT expects.
    static func formatted(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        var text = String(Int64((number * 10_000).rounded()))
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        while text.count < 5 { text = "0" + text }
        let whole = text.dropLast(4)
        var fraction = String(text.suffix(4))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}

/// What goes under every diagram: a legend of its symbols and a caption that says what is drawn
/// and cites the sources, as one HTML-like graph label so that Graphviz keeps it clear of the
/// drawing.
public struct DiagramFooter: Sendable {
    /// Symbol and meaning, one row each (`→`, `a message, from sender to recipient`).
    public var legend: [(symbol: String, meaning: String)]
    /// Lines of the caption: a title, then what was drawn and from which sources.
    public var caption: [String]

    public init(legend: [(symbol: String, meaning: String)] = [], caption: [String]) {
        self.legend = legend
        self.caption = caption
    }

    /// The label, in the theme's small type, left-aligned.
    func label(_ theme: DiagramTheme) -> HTMLLabel {
        var rows: [HTMLLabel] = []
        if let title = caption.first {
            rows.append(row(.element(.b, [], .text(title)), columns: legend.isEmpty ? 1 : 2))
        }
        for entry in legend {
            rows.append(
                .element(
                    .tr, [],
                    .concat([
                        .element(.td, [("ALIGN", "CENTER")], .text(entry.symbol)),
                        .element(.td, [("ALIGN", "LEFT")], .text(entry.meaning)),
                    ])))
        }
        for line in caption.dropFirst() {
            rows.append(row(.text(line), columns: legend.isEmpty ? 1 : 2))
        }
        let table = HTMLLabel.element(
            .table, [("BORDER", "0"), ("CELLBORDER", "0"), ("CELLSPACING", "0"), ("CELLPADDING", "1")], .concat(rows))
        return .element(.font, [("POINT-SIZE", DOTEncoder.formatted(theme.smallFontSize))], table)
    }

    private func row(_ content: HTMLLabel, columns: Int) -> HTMLLabel {
        .element(.tr, [], .element(.td, [("ALIGN", "LEFT"), ("COLSPAN", String(columns)), ("BALIGN", "LEFT")], content))
    }

    /// Puts the footer under `diagram`.
    func apply(to diagram: inout Diagram, theme: DiagramTheme) {
        diagram.attributes["label"] = .html(label(theme))
        diagram.attributes["labelloc"] = .string("b")
        diagram.attributes["labeljust"] = .string("l")
    }
}

/// The caption's source lines for a set of messages: the files they come from, with record ids.
enum SourceLines {
    /// `Sources: calendar-1948-1953.csv (174 catalogue entries); record 113636 (000_87a5….txt)`.
    static func of(_ messages: [CorrespondenceGraph.Message], limit: Int = 8) -> [String] {
        var order: [String] = []
        var entries: [String: (catalogue: Int, documents: Int, records: [String])] = [:]
        for message in messages where !message.isPlaceholder {
            let file = message.document.fileName
            if entries[file] == nil { order.append(file) }
            var entry = entries[file] ?? (0, 0, [])
            if message.basis == "catalogue" { entry.catalogue += 1 } else { entry.documents += 1 }
            if let record = message.recordID, !record.isEmpty, !entry.records.contains(record) { entry.records.append(record) }
            entries[file] = entry
        }
        var parts: [String] = []
        for file in order.prefix(limit) {
            guard let entry = entries[file] else { continue }
            var counts: [String] = []
            if entry.catalogue > 0 { counts.append("\(entry.catalogue) catalogue entr\(entry.catalogue == 1 ? "y" : "ies")") }
            if entry.documents > 0, entry.records.count == 1, entry.catalogue == 0 {
                counts.append("record \(entry.records[0])")
            } else if entry.documents > 0 {
                counts.append("\(entry.documents) document\(entry.documents == 1 ? "" : "s")")
            }
            parts.append("\(file) (\(counts.joined(separator: ", ")))")
        }
        if order.count > limit { parts.append("and \(order.count - limit) more files") }
        guard !parts.isEmpty else { return [] }
        return ("Sources: " + parts.joined(separator: "; ")).wrapped(width: 120)
    }
}

/// How a diagram looks: for print (`paper`: grayscale, serif, sized for a page) or for a screen.
public struct DiagramTheme: Sendable, Equatable {
    public var name: String
    public var fontName: String
    public var fontSize: Double
    public var smallFontSize: Double
    public var ink: String
    public var muted: String
    public var accent: String
    public var background: String
    public var nodeFill: String
    /// Faint lines (a chart's lanes).
    public var rule: String
    /// The page a drawing fits when no `--width` is given, in inches: a journal's text block on
    /// paper; none on a screen, where a drawing keeps its size.
    public var pageWidth: Double?
    public var pageHeight: Double?
    /// Fills that tell groups apart: greys on paper, soft colours on a screen.
    public var groupFills: [String]
    /// The drawing's width in inches, if it must fit one (`--width`).
    public var width: Double?
    public var dpi: Double?

    /// Grayscale and serif, for a journal page. The font list lets Pango fall back to CJK glyphs.
    public static let paper = DiagramTheme(
        name: "paper", fontName: "Noto Serif,DejaVu Serif,Noto Serif CJK SC,serif", fontSize: 11, smallFontSize: 9,
        ink: "#000000", muted: "#555555", accent: "#000000", background: "white", nodeFill: "#f2f2f2", rule: "#bbbbbb",
        pageWidth: 6.5, pageHeight: 9, groupFills: ["#ffffff", "#e6e6e6", "#c8c8c8", "#f2f2f2", "#d9d9d9", "#b3b3b3"])

    /// Colour and sans-serif, for reading on a screen.
    public static let screen = DiagramTheme(
        name: "screen", fontName: "Noto Sans,DejaVu Sans,Noto Sans CJK SC,sans-serif", fontSize: 12, smallFontSize: 10,
        ink: "#1f2933", muted: "#7b8794", accent: "#b83227", background: "white", nodeFill: "#e8f1fb", rule: "#cbd2d9",
        pageWidth: nil, pageHeight: nil,
        groupFills: ["#e8f1fb", "#fde8e4", "#e6f4ea", "#fff4d6", "#efe7fb", "#e0f2f1", "#fbe9f3", "#eceff1"])

    /// A length a user writes (`6.5in`, `16.5cm`, `165mm`, `6.5`) in inches; nil when not one.
    public static func inches(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace().lowercased()
        for (unit, perInch) in [("in", 1.0), ("cm", 2.54), ("mm", 25.4), ("\"", 1.0), ("", 1.0)] where trimmed.hasSuffix(unit) {
            guard let value = Double(trimmed.dropLast(unit.count).trimmingWhitespace()), value > 0, value <= 200 else {
                return nil
            }
            return value / perInch
        }
        return nil
    }

    public static func named(_ name: String) -> DiagramTheme? {
        switch name.lowercased() {
        case "paper": .paper
        case "screen": .screen
        default: nil
        }
    }

    /// The graph attributes every view starts from.
    var graphAttributes: DiagramAttributes {
        var attributes: DiagramAttributes = [
            "fontname": .string(fontName), "fontsize": .number(fontSize), "bgcolor": .string(background),
            "pad": .number(0.3), "nodesep": .number(0.5), "ranksep": .number(0.6), "labeljust": .string("l"),
            "labelloc": .string("b"), "fontcolor": .string(ink),
        ]
        // On paper a drawing fits the text block unless told otherwise; on a screen it keeps its size.
        if let width = width ?? pageWidth {
            attributes["size"] = .string("\(DOTEncoder.formatted(width)),\(DOTEncoder.formatted(pageHeight ?? 1000))")
        }
        if let dpi { attributes["dpi"] = .number(dpi) }
        return attributes
    }

    var nodeAttributes: DiagramAttributes {
        [
            "fontname": .string(fontName), "fontsize": .number(fontSize), "shape": .string("box"),
            "style": .string("rounded,filled"), "fillcolor": .string(nodeFill), "color": .string(ink),
            "fontcolor": .string(ink), "margin": .string("0.15,0.08"),
        ]
    }

    var edgeAttributes: DiagramAttributes {
        [
            "fontname": .string(fontName), "fontsize": .number(smallFontSize), "color": .string(ink),
            "fontcolor": .string(ink), "arrowsize": .number(0.7),
        ]
    }
}

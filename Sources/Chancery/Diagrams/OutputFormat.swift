/// A Graphviz output format, by the name Graphviz knows it.
public struct OutputFormat: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let svg: OutputFormat = "svg"
    /// PNG through the cairo plugin, so that text is shaped by Pango.
    public static let png: OutputFormat = "png:cairo"
    /// PDF through the cairo plugin.
    public static let pdf: OutputFormat = "pdf:cairo"
    /// DOT with the layout's coordinates.
    public static let dot: OutputFormat = "dot"
    /// Graphviz's JSON with the layout's coordinates.
    public static let json: OutputFormat = "json"

    /// The formats Chancery offers.
    public static let all: [OutputFormat] = [.svg, .png, .pdf, .dot, .json]

    /// The file extension for files of this format.
    public var fileExtension: String {
        String(rawValue.prefix { $0 != ":" })
    }

    /// The format for a name or file extension a user gives (`svg`, `png`, `pdf`, `dot`, `json`).
    public static func named(_ name: String) -> OutputFormat {
        all.first { $0.fileExtension == name.lowercased() } ?? OutputFormat(rawValue: name)
    }
}

/// Why Graphviz could not render a graph; each case carries Graphviz's own message.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// The DOT text does not parse.
    case syntax(message: String)
    /// The layout engine is unknown or failed.
    case layout(engine: LayoutEngine, message: String)
    /// The output format is unknown or failed.
    case render(format: OutputFormat, message: String)
    /// Graphviz could not start (no plugins installed).
    case unavailable(message: String)

    /// Graphviz's message.
    public var message: String {
        switch self {
        case .syntax(let message), .layout(_, let message), .render(_, let message), .unavailable(let message):
            message
        }
    }

    public var description: String {
        switch self {
        case .syntax(let message): "Graphviz could not read the graph: \(message)"
        case .layout(let engine, let message): "Graphviz layout '\(engine)' failed: \(message)"
        case .render(let format, let message): "Graphviz could not render '\(format)': \(message)"
        case .unavailable(let message): "Graphviz is not available: \(message)"
        }
    }
}

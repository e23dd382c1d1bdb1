import CGraphviz
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lays out and renders DOT text in-process through libgvc.
///
/// This is the only file that talks to Graphviz. Graphviz keeps global state (its error
/// count, the error callback, plugin tables), so every call goes through one process-wide lock.
/// Each render releases everything it acquired (`agclose`, `gvFreeLayout`, `gvFreeRenderData`)
/// on every path. The `GVC_t` context is made once and freed at exit: Graphviz 2.42 leaks about
/// 3.6 KB for every `gvContext`/`gvFreeContext` pair (measured), so a context per render leaks.
public struct GraphvizRenderer: Sendable {
    public init() {}

    /// Renders DOT text.
    /// - Parameters:
    ///   - dot: a DOT graph, as produced by ``DOTEncoder``.
    ///   - engine: the layout engine (`dot`, `neato`, `fdp`, `sfdp`, `twopi`, `circo`).
    ///   - format: the output format (`svg`, `png`, `pdf`, `dot`, `json`).
    /// - Returns: the rendered bytes and the warnings Graphviz reported.
    /// - Throws: ``RenderError`` carrying Graphviz's own message when the DOT does not parse,
    ///   or the engine or the format is unknown or fails.
    public func render(
        dot: String, engine: LayoutEngine = .dot, format: OutputFormat
    ) throws(RenderError)
        -> Rendering
    {
        try sharedContext.withLock { context throws(RenderError) in
            GraphvizMessages.begin()
            defer { GraphvizMessages.end() }
            if context == nil {
                guard let created = gvContext() else {
                    throw .unavailable(message: GraphvizMessages.take().errorText ?? "gvContext() failed")
                }
                context = created
                atexit { sharedContext.withLock { context in context.map { _ = gvFreeContext($0) } } }
            }
            // Unwrapped above; `guard` keeps the type checker and the reader on the same page.
            guard let context else { throw .unavailable(message: "no Graphviz context") }
            return try render(dot: dot, engine: engine, format: format, in: context)
        }
    }

    /// Puts the C library's random generators back to where a new process starts them. sfdp's
    /// coarsening draws from `rand()` before it seeds it, so without this a network drawn
    /// second in a process differs from the same network drawn first.
    private static func resetRandomState() {
        srand(1)
        srand48(0x1234_ABCD)
    }

    /// Parses, lays out and renders with the lock held and the message capture on.
    private func render(
        dot: String, engine: LayoutEngine, format: OutputFormat, in context: OpaquePointer
    )
        throws(RenderError) -> Rendering
    {
        let parsed = dot.withCString { agmemread($0) }
        guard let graph = parsed else {
            throw .syntax(message: GraphvizMessages.take().errorText ?? "the DOT text could not be read")
        }
        defer { agclose(graph) }
        // agmemread recovers from some syntax errors and still returns a graph.
        if agerrors() > 0 {
            throw .syntax(message: GraphvizMessages.take().errorText ?? "the DOT text has errors")
        }

        Self.resetRandomState()
        guard gvLayout(context, graph, engine.rawValue) == 0 else {
            throw .layout(engine: engine, message: GraphvizMessages.take().errorText ?? "layout failed")
        }
        defer { gvFreeLayout(context, graph) }

        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format.rawValue, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data else {
            throw .render(format: format, message: GraphvizMessages.take().errorText ?? "rendering failed")
        }
        let bytes = UnsafeRawBufferPointer(start: data, count: Int(length)).map { $0 }
        return Rendering(bytes: bytes, warnings: GraphvizMessages.take().warnings)
    }
}

/// The process's one Graphviz context; its lock serialises every use of Graphviz.
private let sharedContext = Mutex<OpaquePointer?>(nil)

/// Collects what Graphviz reports through its error callback, so nothing reaches stderr.
///
/// Only touched while `sharedContext`'s lock is held, which is what makes the unchecked state safe.
private enum GraphvizMessages {
    private struct Entry {
        var isError: Bool
        var text = ""
        var awaitingSeparator = true
    }

    nonisolated(unsafe) private static var entries: [Entry] = []

    struct Report {
        var errorText: String?
        var warnings: [String]
    }

    static func begin() {
        entries = []
        _ = agseterr(AGWARN)
        _ = agseterrf { piece in
            if let piece { GraphvizMessages.receive(String(cString: piece)) }
            return 0
        }
        _ = agreseterrors()
    }

    static func end() {
        _ = agseterrf(nil)
        _ = agreseterrors()
        entries = []
    }

    /// Graphviz sends each message in pieces: "Error" or "Warning", then ": ", then the text;
    /// a continuation line arrives as text alone.
    private static func receive(_ piece: String) {
        switch piece {
        case "Error": entries.append(Entry(isError: true))
        case "Warning": entries.append(Entry(isError: false))
        case ": " where entries.last?.awaitingSeparator == true: entries[entries.count - 1].awaitingSeparator = false
        default:
            if entries.isEmpty { entries.append(Entry(isError: true)) }
            entries[entries.count - 1].awaitingSeparator = false
            entries[entries.count - 1].text += piece
        }
    }

    /// Returns the collected errors and warnings and clears them.
    static func take() -> Report {
        let errors = entries.filter(\.isError).map { $0.text.trimmingWhitespace() }.filter { !$0.isEmpty }
        let warnings = entries.filter { !$0.isError }.map { $0.text.trimmingWhitespace() }.filter { !$0.isEmpty }
        entries = []
        return Report(errorText: errors.isEmpty ? nil : errors.joined(separator: "\n"), warnings: warnings)
    }
}

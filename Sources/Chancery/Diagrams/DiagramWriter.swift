import Foundation

/// Renders a diagram in several formats and writes the files, named `<name>.<format>`.
public struct DiagramWriter: Sendable {
    public var renderer = GraphvizRenderer()
    public var engine: LayoutEngine

    public init(engine: LayoutEngine = .dot) {
        self.engine = engine
    }

    /// Writes `directory/name.<ext>` for each format; returns the paths written.
    /// - Throws: ``RenderError`` from Graphviz, or ``OutputFile/WriteError`` naming the path.
    public func write(_ diagram: Diagram, name: String, formats: [OutputFormat], to directory: String) throws -> [String] {
        let dot = DOTEncoder().encode(diagram)
        var written: [String] = []
        for format in formats {
            let path = (directory as NSString).appendingPathComponent(SafeFileName.make(name) + "." + format.fileExtension)
            let bytes: [UInt8] = try renderer.render(dot: dot, engine: engine, format: format).bytes
            try OutputFile.write(bytes, to: path)
            written.append(path)
        }
        return written
    }
}

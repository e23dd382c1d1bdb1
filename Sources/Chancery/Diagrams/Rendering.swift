/// What the renderer returns: the bytes of the output file and Graphviz's warnings.
public struct Rendering: Sendable, Equatable {
    /// The rendered file, ready to write.
    public var bytes: [UInt8]
    /// Warnings Graphviz reported while laying out and rendering (for example a missing font).
    public var warnings: [String]
}

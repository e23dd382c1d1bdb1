/// One file of an export: its name (`correspondence.gexf`, `nodes.csv`) and its bytes.
public struct ExportedFile: Sendable, Equatable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

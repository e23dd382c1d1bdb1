import Foundation

/// A scratch folder with a corpus in it, removed when the test ends.
final class TemporaryCorpus {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("chancery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The repository's folder of `relative` (Data/, Tests/…).
    static func repository(_ relative: String) -> URL {
        var root = URL(fileURLWithPath: #filePath)
        while root.lastPathComponent != "Tests" { root.deleteLastPathComponent() }
        return root.deletingLastPathComponent().appendingPathComponent(relative)
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> URL {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url
    }

    @discardableResult
    func folder(_ relative: String) throws -> URL {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A Data/ folder: the repository's authority file and gazetteer, and an empty corpus.
    func dataFolder() throws -> URL {
        let data = try folder("Data")
        for part in ["authorities", "gazetteer"] {
            try FileManager.default.copyItem(at: Self.repository("Data/" + part), to: data.appendingPathComponent(part))
        }
        try folder("Data/corpus")
        return data
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

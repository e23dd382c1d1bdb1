import Chancery
import Foundation

/// Files the tests read: fixtures written for the tests, the repository's Data/, and the
/// workplace's shared folder (absent outside it: tests that need it skip).
enum Fixture {
    /// `Tests/ChanceryTests/Fixtures/<relative>`.
    static func path(_ relative: String) -> String {
        testsRoot.appendingPathComponent("Fixtures").appendingPathComponent(relative).path
    }

    static func bytes(_ relative: String) throws -> [UInt8] {
        try bytesOfFile(path(relative))
    }

    static func bytesOfFile(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The repository's `Data/` folder.
    static var dataDirectory: String {
        testsRoot.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data").path
    }

    /// The seed document, as the default corpus holds it.
    static var seedPath: String { dataDirectory + "/corpus/000_87a51a3ade27ead9.txt" }

    /// `../shared` beside the repository, when this runs in the workplace.
    static var sharedDirectory: String? {
        let shared = testsRoot.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: shared) ? shared : nil
    }

    /// The knowledge in the repository's Data/, loaded once.
    static let knowledge: Knowledge = {
        do { return try Knowledge.load(dataDirectory: dataDirectory) } catch { fatalError("Data/ does not load: \(error)") }
    }()

    /// `Tests/ChanceryTests`.
    static var testsRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.lastPathComponent != "ChanceryTests" { url.deleteLastPathComponent() }
        return url
    }
}

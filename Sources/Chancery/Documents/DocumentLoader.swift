import Foundation

/// Finds the files under the paths a user gives and reads each with the reader for its
/// format. A file that cannot be read is reported with its path and line, and the rest of the
/// corpus is read all the same.
public struct DocumentLoader: Sendable {
    public init() {}

    /// The outcome of reading a set of paths.
    public struct Result: Sendable {
        public var documents: [Document] = []
        public var errors: [DocumentError] = []
    }

    /// Every readable file under `paths`, in a stable order (folders recursively, sorted by path).
    /// A path that does not exist is an error; an empty folder is an error too, naming the folder.
    public func files(under paths: [String]) -> (files: [String], errors: [DocumentError]) {
        var files: [String] = []
        var errors: [DocumentError] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(.missing(path: path))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                errors.append(.unreadable(path: path, reason: "the folder cannot be listed"))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || Self.skippedSuffixes.contains(where: { name.hasSuffix($0) }) {
                    if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                let full = (path as NSString).appendingPathComponent(relative)
                var childIsDirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                    found.append(full)
                }
            }
            if found.isEmpty { errors.append(.unsupported(path: path, reason: "the folder holds no files to read")) }
            files += found.sorted()
        }
        return (files, errors)
    }

    /// Files Chancery writes or never reads (annotations, its own databases).
    static let skippedSuffixes = [".gold.json", ".sqlite", ".sqlite-wal", ".sqlite-shm", ".md"]

    /// Reads every file under `paths`.
    public func load(_ paths: [String]) -> Result {
        var result = Result()
        let (files, errors) = files(under: paths)
        result.errors = errors
        for file in files {
            do {
                result.documents += try read(file)
            } catch {
                result.errors.append(error)
            }
        }
        return result
    }

    /// The documents in one file.
    public func read(_ path: String) throws(DocumentError) -> [Document] {
        guard let bytes = TextFile.bytes(path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        return try read(bytes: bytes, path: path)
    }

    /// The documents in a file's bytes, by the format its name and content show.
    /// - Parameter contentHash: the bytes' SHA-256 in hex, when the caller has it already.
    public func read(bytes: [UInt8], path: String, contentHash: String? = nil) throws(DocumentError) -> [Document] {
        let hash = contentHash ?? SHA256.hex(bytes)
        if path.lowercased().hasSuffix(".csv") {
            return try CalendarReader().read(bytes: bytes, path: path, contentHash: hash)
        }
        if Self.looksLikeXML(bytes, path: path) {
            if CMIFReader.looksLikeCMIF(bytes) { return try CMIFReader().read(bytes: bytes, path: path, contentHash: hash) }
            return try TEIReader().read(bytes: bytes, path: path, contentHash: hash)
        }
        return [try ArchivePageReader().read(bytes: bytes, path: path, contentHash: hash)]
    }

    /// A file's name without its extensions (`calendar-1948-1953.csv` → `calendar-1948-1953`,
    /// `frus.part.xml` → `frus`): the stem of the ids of the documents inside.
    static func stem(of path: String) -> String {
        var name = path.fileName
        for suffix in [".csv", ".xml", ".part", ".tei"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name
    }

    /// An `.xml` or `.tei` file, or text that starts with an XML declaration or a TEI element.
    static func looksLikeXML(_ bytes: [UInt8], path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".xml") || lower.hasSuffix(".tei") { return true }
        let start = bytes.prefix(200).drop {
            $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF
        }
        return start.starts(with: Array("<?xml".utf8)) || start.starts(with: Array("<TEI".utf8))
    }
}

import Foundation

/// A file Chancery writes (a diagram, an export, a curation file): its folder made when
/// missing, its bytes written whole (atomically), a failure named by its path.
public enum OutputFile {
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw WriteError(path: path, reason: reason(error))
        }
    }

    /// The operating system's words for a failure (`No such file or directory`), else Foundation's.
    static func reason(_ error: Error) -> String {
        let failure = error as NSError
        let underlying = (failure.userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
        let posix = [failure, underlying].compactMap { $0 }.first { $0.domain == NSPOSIXErrorDomain }
        return posix.map { String(cString: strerror(Int32($0.code))) } ?? failure.localizedDescription
    }
}

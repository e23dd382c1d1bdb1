import Foundation

/// Where Chancery's `Data/` folder is: `--data`, else `$CHANCERY_DATA`, else `./Data`, else the
/// `Data/` of the repository the program was built in.
public enum DataDirectory {
    public static func locate(explicit: String? = nil) -> String? {
        let manager = FileManager.default
        func isData(_ path: String) -> Bool {
            manager.fileExists(atPath: path + "/authorities/entities.tsv")
        }
        if let explicit { return explicit }
        if let environment = ProcessInfo.processInfo.environment["CHANCERY_DATA"], !environment.isEmpty { return environment }
        let current = manager.currentDirectoryPath + "/Data"
        if isData(current) { return current }
        // The executable lives in .build/<triple>/<configuration>/ inside the repository.
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("Data").path
            if isData(candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        // The source tree this library was compiled from.
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data").path
        return isData(sourceRoot) ? sourceRoot : nil
    }
}

import Foundation
import Testing

/// Compares text with a snapshot file in `Tests/ChanceryTests/__Snapshots__/`, named after the test file.
///
/// Set `RECORD_SNAPSHOTS=1` to write the current text as the new snapshot. A missing snapshot
/// is recorded and the test fails, so a new snapshot is always looked at once.
func assertSnapshot(
    _ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let testFile = URL(fileURLWithPath: filePath)
    let folder = Fixture.testsRoot.appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent("\(testFile.deletingPathExtension().lastPathComponent).\(name).txt")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    guard !recording, let stored = try? String(contentsOf: file, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        if !recording {
            Issue.record("recorded a new snapshot at \(file.path); check it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    if stored != text {
        let storedLines = stored.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference =
            zip(storedLines, lines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(storedLines.count, lines.count)
        Issue.record(
            """
            snapshot \(file.lastPathComponent) differs at line \(firstDifference + 1):
              stored: \(firstDifference < storedLines.count ? String(storedLines[firstDifference]) : "<end>")
              actual: \(firstDifference < lines.count ? String(lines[firstDifference]) : "<end>")
            (RECORD_SNAPSHOTS=1 re-records)
            """, sourceLocation: sourceLocation)
    }
}

import Chancery
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
struct ProgressBar {
    let isTerminal = isatty(2) == 1

    func update(_ progress: Ingester.Progress) {
        guard isTerminal, progress.filesTotal > 0 else { return }
        let width = 30
        let filled = width * progress.filesDone / progress.filesTotal
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let left = Int(progress.secondsLeft.rounded())
        let line =
            "\r[\(bar)] \(progress.filesDone)/\(progress.filesTotal) files  \(Int(progress.documentsPerSecond)) documents/s  \(left / 60):\(String(format: "%02d", left % 60)) left "
        FileHandleWriter.writeToStandardError(line)
    }

    func finish() {
        if isTerminal { FileHandleWriter.writeToStandardError("\r" + String(repeating: " ", count: 90) + "\r") }
    }
}

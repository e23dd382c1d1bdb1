import Dispatch

/// Work running on another thread while the caller goes on; ``wait()`` returns its result.
final class BackgroundJob<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the worker before it signals, read only after the wait.
    private var result: Result<Value, Failure>?

    init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            do throws(Failure) {
                self.result = .success(try work())
            } catch {
                self.result = .failure(error)
            }
            self.finished.signal()
        }
    }

    func wait() throws(Failure) -> Value {
        finished.wait()
        return try result!.get()
    }
}

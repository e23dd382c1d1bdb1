import Synchronization

/// A plain lock for the few classes that guard state across threads.
final class Lock: Sendable {
    private let mutex = Mutex(())

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try mutex.withLock { _ in try body() }
    }
}

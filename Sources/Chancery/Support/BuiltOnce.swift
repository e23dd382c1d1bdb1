/// A value built on first use and kept; copies of the struct holding it share it.
final class BuiltOnce<Value: Sendable>: Sendable {
    private let lock = Lock()
    nonisolated(unsafe) private var value: Value?

    func value(_ build: () -> Value) -> Value {
        lock.withLock {
            if let value { return value }
            let built = build()
            value = built
            return built
        }
    }
}

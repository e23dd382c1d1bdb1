#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a store for the length of an ingest (`flock` on `<store>.lock`), so that
/// two ingests never interleave: the second waits, or fails with a clear message.
final class IngestLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock.
    /// - Parameter wait: wait for the other ingest to finish instead of failing.
    /// - Throws: ``StoreError/busy(path:message:)`` when another ingest holds the store.
    init(storePath: String, wait: Bool) throws(StoreError) {
        let lockPath = storePath + ".lock"
        descriptor = open(lockPath, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else {
            throw .database(path: lockPath, message: "cannot create the lock file")
        }
        if flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            close(descriptor)
            throw .busy(
                path: storePath,
                message: "another chancery ingest is running on this store; wait for it to finish, or pass --wait")
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

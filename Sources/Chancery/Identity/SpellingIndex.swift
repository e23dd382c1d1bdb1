/// Finds the known person name one edit away from a misspelt one (`Flilippov`, `Filipov`,
/// `Shtytkov`), by the symmetric-deletion method: two keys within one edit share a key with
/// at most one letter deleted.
struct SpellingIndex: Sendable {
    private var byDeletion: [String: [NameIndex.Entry]] = [:]

    init(knowledge: Knowledge) {
        for (key, entries) in knowledge.names.allEntries where key.unicodeScalars.count >= 6 {
            let people = entries.filter { knowledge.entity($0.entityID)?.kind == .person }
            guard !people.isEmpty else { continue }
            for variant in Self.deletions(of: key) + [key] {
                byDeletion[variant, default: []].append(contentsOf: people)
            }
        }
    }

    /// The one entity within one edit of `key`, or nil when there is none or more than one.
    func closest(to key: String) -> (entry: NameIndex.Entry, distance: Int)? {
        // Names are short; a long key is not a misspelt name, and its deletions would cost its square.
        guard (7...40).contains(key.unicodeScalars.count) else { return nil }
        var found: [NameIndex.Entry] = []
        for variant in Self.deletions(of: key) + [key] {
            found += byDeletion[variant] ?? []
        }
        let ids = Set(found.map(\.entityID))
        guard ids.count == 1, let entry = found.first else { return nil }
        return (entry, 1)
    }

    static func deletions(of key: String) -> [String] {
        let scalars = Array(key.unicodeScalars)
        return scalars.indices.map { index in
            var copy = scalars
            copy.remove(at: index)
            var result = ""
            result.unicodeScalars.append(contentsOf: copy)
            return result
        }
    }
}

/// Every known name of every entity, by ``NameKey``, for lookups of whole names and for
/// finding names in running text token by token.
public struct NameIndex: Sendable {
    /// One name of one entity.
    public struct Entry: Sendable, Hashable {
        public var entityID: String
        public var kind: NameKind
        public var validFrom: CalendarDate?
        public var validTo: CalendarDate?
        /// The name as the authority file writes it.
        public var name: String
        /// Where the name is defined (the data-file row).
        public var evidence: Evidence?

        /// Whether the name was in use on a date (always, when no period is known).
        func isValid(on date: HistoricalDate) -> Bool {
            if let validFrom, date.latest < validFrom.earliestDay { return false }
            if let validTo, date.earliest > validTo.latestDay { return false }
            return true
        }
    }

    private(set) var entries: [String: [Entry]] = [:]
    /// Every prefix of every key, so a scan can stop as soon as no name can match.
    private(set) var prefixes: Set<String> = []

    public init() {}

    public mutating func add(
        _ name: String, kind: NameKind, entityID: String, validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil,
        evidence: Evidence? = nil
    ) {
        let key = NameKey.of(name)
        guard !key.isEmpty else { return }
        let entry = Entry(entityID: entityID, kind: kind, validFrom: validFrom, validTo: validTo, name: name, evidence: evidence)
        if entries[key]?.contains(where: { $0.entityID == entityID && $0.kind == kind }) == true { return }
        entries[key, default: []].append(entry)
        var prefix = ""
        for scalar in key.unicodeScalars {
            prefix.unicodeScalars.append(scalar)
            prefixes.insert(prefix)
        }
    }

    /// The entries for a whole name.
    public func lookup(_ name: String) -> [Entry] {
        entries[NameKey.of(name)] ?? []
    }

    /// The entries for a key, or nil when no name has it.
    func lookupKey(_ key: String) -> [Entry]? {
        entries[key]
    }

    /// Every key with its entries.
    var allEntries: [String: [Entry]] { entries }

    /// Whether some name's key starts with `prefix`.
    func hasPrefix(_ prefix: String) -> Bool {
        prefixes.contains(prefix)
    }
}

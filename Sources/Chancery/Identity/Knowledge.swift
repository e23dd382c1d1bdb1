/// What Chancery knows before it reads: the authority file of people and organisations and the
/// gazetteer of places, with one index of all their names.
public struct Knowledge: Sendable {
    /// Entities by id.
    public private(set) var entities: [String: Entity] = [:]
    /// Every name of every entity.
    public private(set) var names = NameIndex()
    /// Entity ids by Wikidata id (`Q855` → `stalin`); the first entity added keeps an id two share.
    private var byWikidata: [String: String] = [:]
    /// People's birth and death dates, parsed once from the entities' ISO strings.
    private var lifespans: [String: (born: CalendarDate?, died: CalendarDate?)] = [:]
    /// The index of near spellings and the trie of name keys, built on first use and shared by copies.
    private var spellingCache = BuiltOnce<SpellingIndex>()
    private var trieCache = BuiltOnce<NameTrie>()

    public init(entities: [Entity] = []) {
        for entity in entities { add(entity) }
    }

    /// Adds or replaces an entity and indexes its names.
    public mutating func add(_ entity: Entity) {
        spellingCache = BuiltOnce()
        trieCache = BuiltOnce()
        if let replaced = entities[entity.id]?.wikidata, byWikidata[replaced] == entity.id { byWikidata[replaced] = nil }
        entities[entity.id] = entity
        lifespans[entity.id] =
            entity.kind == .person
            ? (entity.born.flatMap(CalendarDate.init(iso:)), entity.died.flatMap(CalendarDate.init(iso:))) : nil
        if let wikidata = entity.wikidata, byWikidata[wikidata] == nil { byWikidata[wikidata] = entity.id }
        names.add(entity.canonical, kind: .canonical, entityID: entity.id, evidence: entity.evidence)
        // `John R. Hodge` is also written `John Hodge`.
        if entity.kind == .person, let short = Self.withoutMiddleInitials(entity.canonical) {
            names.add(short, kind: .variant, entityID: entity.id, evidence: entity.evidence)
        }
        for name in entity.names {
            names.add(
                name.name, kind: name.kind, entityID: entity.id, validFrom: name.validFrom, validTo: name.validTo,
                evidence: name.evidence)
            if name.language == "ru", name.kind != .adjective {
                for form in RussianDeclension.forms(of: name.name) {
                    names.add(
                        form, kind: name.kind, entityID: entity.id, validFrom: name.validFrom, validTo: name.validTo,
                        evidence: name.evidence)
                }
            }
        }
    }

    public func entity(_ id: String) -> Entity? { entities[id] }

    /// A person's parsed birth and death dates; nil for an unknown id or an entity that is not a person.
    func lifespan(_ id: String) -> (born: CalendarDate?, died: CalendarDate?)? { lifespans[id] }

    /// The entity with a Wikidata item id (`Q855`, any case), when the authority file or the
    /// gazetteer has one.
    public func entity(wikidata id: String) -> Entity? {
        byWikidata[id.uppercased()].flatMap { entities[$0] }
    }

    /// `John R. Hodge` → `John Hodge`; nil when the name has no middle initial.
    static func withoutMiddleInitials(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 3, words.first.map({ $0.count > 2 }) == true else { return nil }
        let middle = words.dropFirst().dropLast()
        guard middle.allSatisfy({ $0.count <= 2 && $0.hasSuffix(".") }) else { return nil }
        return "\(words.first!) \(words.last!)"
    }

    /// Known person names by near spelling, for slips such as `Flilippov`.
    var spelling: SpellingIndex {
        spellingCache.value { SpellingIndex(knowledge: self) }
    }

    /// Every name key as a trie, for scanning text.
    var trie: NameTrie {
        trieCache.value { NameTrie(keys: names.allEntries.keys) }
    }

    /// Loads `authorities/` and `gazetteer/` from a data folder (the repository's `Data/`).
    /// - Throws: ``KnowledgeError`` naming the file and line of a broken row.
    public static func load(dataDirectory: String) throws(KnowledgeError) -> Knowledge {
        var knowledge = Knowledge()
        let people = try table("\(dataDirectory)/authorities/entities.tsv", ["id", "type", "canonical"])
        let peopleNames = try table("\(dataDirectory)/authorities/names.tsv", ["entity", "name", "kind"])
        let places = try table("\(dataDirectory)/gazetteer/places.tsv", ["id", "type", "canonical"])
        let placeNames = try table("\(dataDirectory)/gazetteer/place_names.tsv", ["place", "name", "kind"])

        var loaded: [String: Entity] = [:]
        var order: [String] = []
        for row in people.rows {
            let entity = try entity(from: row, in: people, isPlace: false)
            guard loaded[entity.id] == nil else {
                throw .malformed(path: people.path, line: row.line, message: "the id '\(entity.id)' is used twice")
            }
            loaded[entity.id] = entity
            order.append(entity.id)
        }
        for row in places.rows {
            let entity = try entity(from: row, in: places, isPlace: true)
            guard loaded[entity.id] == nil else {
                throw .malformed(path: places.path, line: row.line, message: "the id '\(entity.id)' is used twice")
            }
            loaded[entity.id] = entity
            order.append(entity.id)
        }
        for (table, column) in [(peopleNames, "entity"), (placeNames, "place")] {
            for row in table.rows {
                guard let id = row[column], loaded[id] != nil else {
                    throw .malformed(
                        path: table.path, line: row.line, message: "'\(row[column] ?? "")' is not an id of the entity table")
                }
                loaded[id]?.names.append(try name(from: row, in: table))
            }
        }
        for id in order {
            if let entity = loaded[id] { knowledge.add(entity) }
        }
        return knowledge
    }

    private static func table(_ path: String, _ columns: [String]) throws(KnowledgeError) -> TSVTable {
        guard let text = TextFile.read(path) else { throw .missing(path: path) }
        return try TSVTable(text: text, path: path, requiredColumns: columns)
    }

    private static func entity(from row: TSVTable.Row, in table: TSVTable, isPlace: Bool) throws(KnowledgeError) -> Entity {
        guard let id = row["id"], let canonical = row["canonical"], let type = row["type"] else {
            throw .malformed(path: table.path, line: row.line, message: "id, type and canonical are required")
        }
        let kind: Entity.Kind
        if isPlace {
            kind = .place
        } else if let parsed = Entity.Kind(rawValue: type), parsed != .place {
            kind = parsed
        } else {
            throw .malformed(path: table.path, line: row.line, message: "type must be 'person' or 'organisation', not '\(type)'")
        }
        var coordinate: Entity.Coordinate?
        if let lat = row["lat"], let lon = row["lon"] {
            guard let latitude = Double(lat), let longitude = Double(lon), (-90...90).contains(latitude),
                (-180...180).contains(longitude)
            else {
                throw .malformed(path: table.path, line: row.line, message: "lat/lon '\(lat)', '\(lon)' are not coordinates")
            }
            coordinate = Entity.Coordinate(latitude: latitude, longitude: longitude)
        }
        return Entity(
            id: id, kind: kind, canonical: canonical, wikidata: row["wikidata"], born: row["born"], died: row["died"],
            country: row["country"], affiliation: row["affiliation"], role: isPlace ? type : row["role"],
            coordinate: coordinate, evidence: .dataFile(path: table.path, line: row.line, source: row["source"] ?? ""))
    }

    private static func name(from row: TSVTable.Row, in table: TSVTable) throws(KnowledgeError) -> EntityName {
        guard let name = row["name"], let kindText = row["kind"] else {
            throw .malformed(path: table.path, line: row.line, message: "name and kind are required")
        }
        guard let kind = NameKind(rawValue: kindText) else {
            let known = NameKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw .malformed(path: table.path, line: row.line, message: "unknown kind '\(kindText)' (one of: \(known))")
        }
        func date(_ column: String) throws(KnowledgeError) -> CalendarDate? {
            guard let text = row[column] else { return nil }
            guard let date = CalendarDate(iso: text) else {
                throw .malformed(path: table.path, line: row.line, message: "\(column) '\(text)' is not an EDTF date")
            }
            return date
        }
        return EntityName(
            name: name, kind: kind, language: row["lang"], validFrom: try date("from"), validTo: try date("to"),
            evidence: .dataFile(path: table.path, line: row.line, source: row["source"] ?? ""))
    }
}

/// A person, organisation or place, with every name it goes by.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case person, organisation, place
    }

    public var id: String
    public var kind: Kind
    /// The name a careful historian writes.
    public var canonical: String
    /// Wikidata item id (`Q855`).
    public var wikidata: String?
    /// Birth and death (persons), founding and dissolution (organisations), as EDTF.
    public var born: String?
    public var died: String?
    /// The state the entity served (`USSR`), or for a place its modern country (`CN`).
    public var country: String?
    public var affiliation: String?
    /// Office or offices held; for a place, its type (`city`).
    public var role: String?
    public var coordinate: Coordinate?
    public var names: [EntityName]
    /// Where the entity is defined.
    public var evidence: Evidence

    public init(
        id: String, kind: Kind, canonical: String, wikidata: String? = nil, born: String? = nil, died: String? = nil,
        country: String? = nil, affiliation: String? = nil, role: String? = nil, coordinate: Coordinate? = nil,
        names: [EntityName] = [], evidence: Evidence
    ) {
        self.id = id
        self.kind = kind
        self.canonical = canonical
        self.wikidata = wikidata
        self.born = born
        self.died = died
        self.country = country
        self.affiliation = affiliation
        self.role = role
        self.coordinate = coordinate
        self.names = names
        self.evidence = evidence
    }

    /// A point on the earth, WGS84.
    public struct Coordinate: Sendable, Hashable, Codable {
        public var latitude: Double
        public var longitude: Double
        public init(latitude: Double, longitude: Double) {
            self.latitude = latitude
            self.longitude = longitude
        }
    }
}

/// One name of an entity, with its kind, period of use and evidence.
public struct EntityName: Sendable, Hashable, Codable {
    public var name: String
    public var kind: NameKind
    /// ISO 639-1 code of the name's language or script.
    public var language: String?
    /// The period the name was used in, for pseudonyms and cover names.
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    public var evidence: Evidence

    public init(
        name: String, kind: NameKind, language: String? = nil, validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil,
        evidence: Evidence
    ) {
        self.name = name
        self.kind = kind
        self.language = language
        self.validFrom = validFrom
        self.validTo = validTo
        self.evidence = evidence
    }
}

import GRDB

/// An entity the corpus revealed that the authority file and gazetteer do not know
/// (`new:belov`), with the name it was first met under.
struct EntityRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "entity"

    var id: String
    var kind: String
    var canonical: String
}

import GRDB

/// The parts of the user's curation that reading the store needs: which entity an entity was
/// merged into, and what an event reference in a curation names.
enum CurationState {
    /// A function from an entity id to the entity it is, following the user's merges.
    static func entityMap(_ db: Database) throws -> @Sendable (String) -> String {
        var into: [String: String] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT entityID, intoEntityID FROM curatedMerge")
        while let row = try rows.next() { into[row["entityID"]] = row["intoEntityID"] }
        let merges = into
        return { id in
            var current = id
            var steps = 0
            while let next = merges[current], steps < 64 {
                current = next
                steps += 1
            }
            return current
        }
    }

    /// `doc:record:113636` stays; a document id (`record:113636`) names its document's event.
    static func eventID(_ reference: String) -> String {
        reference.hasPrefix("doc:") ? reference : "doc:" + reference
    }
}

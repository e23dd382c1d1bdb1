import GRDB

/// Each entity's part in the corpus, counted once per graph rebuild so that `who` answers at
/// once on a large store: by role (sender, recipient, intermediary, participant, and
/// `mention` for names in the text), and by the name used for them, each with the first and
/// last day. Derived from the facts and the merges; never edited.
enum EntityActivity {
    static func createTables(_ db: Database) throws {
        try db.create(table: "entityRole") { t in
            t.column("entityID", .text).notNull()
            t.column("role", .text).notNull()
            t.column("count", .integer).notNull()
            t.column("first", .integer)
            t.column("last", .integer)
            t.primaryKey(["entityID", "role"])
        }
        try db.create(table: "entityNameUse") { t in
            t.column("entityID", .text).notNull()
            t.column("nameKey", .text).notNull()
            t.column("name", .text).notNull()
            t.column("uses", .integer).notNull()
            t.column("first", .integer)
            t.column("last", .integer)
            t.primaryKey(["entityID", "nameKey"])
        }
    }

    /// Counts again from the participants (a message merged into another counts once) and mentions.
    static func rebuild(_ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM entityRole;
                DELETE FROM entityNameUse;
                INSERT INTO entityRole (entityID, role, count, first, last)
                    SELECT p.entityID, p.role, COUNT(DISTINCT COALESCE(m.intoEvent, p.eventID)), MIN(e.dateEarliest), MAX(e.dateLatest)
                    FROM participant p JOIN event e ON e.id = p.eventID LEFT JOIN eventMerge m ON m.eventID = p.eventID
                    GROUP BY p.entityID, p.role;
                INSERT INTO entityRole (entityID, role, count)
                    SELECT entityID, 'mention', COUNT(*) FROM mention WHERE isApparatus = 0 GROUP BY entityID;
                INSERT INTO entityNameUse (entityID, nameKey, name, uses, first, last)
                    SELECT p.entityID, p.nameKey, p.nameUsed, COUNT(*), MIN(e.dateEarliest), MAX(e.dateLatest)
                    FROM participant p JOIN event e ON e.id = p.eventID GROUP BY p.entityID, p.nameKey;
                """)
    }
}

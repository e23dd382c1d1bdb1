/// What the words of an unknown name say about what it names.
enum NameShape {
    /// Words that make a name an office or an institution (`Department of State`, `Embassy in
    /// the Republic of China`, `Soviet Ambassador`), not a person.
    static let institutionWords: Set<String> = [
        "department", "embassy", "office", "ministry", "secretary", "adviser", "advisor", "government", "committee",
        "council", "command", "headquarters", "mission", "legation", "consulate", "bureau", "politburo", "presidium",
        "secretariat", "commission", "agency", "staff", "chiefs", "army", "navy", "force", "forces", "division", "corps",
        "affairs", "ambassador", "embassies", "delegation", "board", "administration", "party", "cc", "consul",
        "chargé", "charge", "attaché", "representative", "minister", "president", "chairman", "premier", "commander",
        "general", "state", "union", "republic", "people", "peoples", "volunteers", "directorate", "section", "service",
    ]

    /// Whether an unknown name reads as an office or institution.
    static func isInstitution(_ name: String) -> Bool {
        name.split(whereSeparator: { !$0.isLetter }).contains { institutionWords.contains($0.lowercased()) }
    }
}

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
        "intelligence", "defense", "defence", "treasury", "powers", "allied", "enclosure", "annex", "attachment",
        "operations", "chief", "chiefs", "joint", "fonmin", "foreign", "assistant", "deputy", "acting", "under",
    ]

    /// `FonMin`, `SCAP`, `CINCUNC`: an abbreviation, not a person's name.
    static func isAbbreviation(_ name: String) -> Bool {
        let letters = name.filter(\.isLetter)
        guard letters.count >= 2, !name.contains(" ") else { return false }
        let allCapitals = letters.allSatisfy(\.isUppercase) && letters.count <= 8
        let innerCapital = letters.dropFirst().contains(where: \.isUppercase) && letters.contains(where: \.isLowercase)
        return allCapitals || innerCapital
    }

    /// Whether an unknown name reads as an office or institution.
    static func isInstitution(_ name: String) -> Bool {
        name.split(whereSeparator: { !$0.isLetter }).contains { institutionWords.contains($0.lowercased()) }
    }
}

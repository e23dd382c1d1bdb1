/// What kind of name an entity goes by.
public enum NameKind: String, Sendable, Hashable, Codable, CaseIterable {
    case canonical, full, variant, pinyin
    case wadeGiles = "wade-giles"
    case romanization, transliteration, native, pseudonym, codename, title, initials
    /// Places: a name of an earlier period (`Mukden`, `Keijo`).
    case historical
    case postal, japanese, abbreviation
    /// `Soviet`, `Chinese`: helps resolution, never a place mention on its own.
    case adjective
    /// A name a document gave (a misspelling, a role such as `the Soviet ambassador`).
    case observed

    /// Whether the name hides the bearer (a pseudonym or cover name), so that a document using it
    /// says something about who wrote or was addressed.
    public var isCover: Bool { self == .pseudonym || self == .codename }
}

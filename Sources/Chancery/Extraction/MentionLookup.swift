/// Names and dates of a text by where they start and end, so that extractors can ask "is there
/// a name here" in constant time instead of searching every mention.
struct MentionLookup {
    private var namesByStart: [Int: NameMention] = [:]
    private var namesByEnd: [Int: NameMention] = [:]
    private var datesByStart: [Int: DateMention] = [:]

    init(names: [NameMention], dates: [DateMention] = []) {
        for name in names {
            if namesByStart[name.span.start] == nil { namesByStart[name.span.start] = name }
            namesByEnd[name.span.end] = name
        }
        for date in dates where datesByStart[date.span.start] == nil { datesByStart[date.span.start] = date }
    }

    /// The name that starts at a byte offset.
    func name(startingAt offset: Int) -> NameMention? { namesByStart[offset] }

    /// The name that ends at a byte offset.
    func name(endingAt offset: Int) -> NameMention? { namesByEnd[offset] }

    /// A person (not an adjective) starting or ending at an offset.
    func person(startingAt offset: Int) -> NameMention? {
        namesByStart[offset].flatMap { $0.kind == .person && !$0.isAdjective ? $0 : nil }
    }

    func person(endingAt offset: Int) -> NameMention? {
        namesByEnd[offset].flatMap { $0.kind == .person && !$0.isAdjective ? $0 : nil }
    }

    /// The date that starts at an offset.
    func date(startingAt offset: Int) -> DateMention? { datesByStart[offset] }
}

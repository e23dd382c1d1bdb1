/// A synthetic correspondence graph of any size, for the drawing benchmark: people with invented
/// names in a few countries, a few of them writing most (as in a real ministry's files), messages
/// over 1948–1953 with intermediaries, uncertain dates, placeholders known only from mentions,
/// cover names and replies. The same sizes and seed give the same graph.
public struct SyntheticCorrespondence: Sendable {
    public var people: Int
    public var messages: Int
    public var seed: UInt64

    public init(people: Int, messages: Int, seed: UInt64 = 1952) {
        self.people = people
        self.messages = messages
        self.seed = seed
    }

    static let givenNames = [
        "Andrei", "Boris", "Chen", "Dmitri", "Fyodor", "Gao", "Han", "Ivan", "Jin", "Kang", "Lev", "Li", "Mikhail",
        "Nikolai", "Pak", "Pavel", "Sergei", "Song", "Wang", "Yuri", "Zhang", "Zhao",
    ]
    static let surnames = [
        "Abramov", "Baranov", "Chernov", "Denisov", "Egorov", "Fomin", "Gusev", "Ilyin", "Kiselev", "Lapin", "Markov",
        "Nosov", "Orlov", "Panov", "Rybakov", "Sokolov", "Titov", "Ushakov", "Volkov", "Zotov", "Chang-ho", "Dong-sun",
        "Guowei", "Jianguo", "Min-su", "Weiming", "Xiaoping", "Yong-il",
    ]
    static let countries = ["USSR", "PRC", "DPRK", "Mongolia", "Poland", "Czechoslovakia"]
    static let types = ["Cable", "Telegram", "Telegram", "Letter", "Memorandum"]

    public func graph() -> CorrespondenceGraph {
        var random = SplitMix64(seed: seed)
        var graph = CorrespondenceGraph()
        for index in 0..<people {
            let given = Self.givenNames[index % Self.givenNames.count]
            let surname = Self.surnames[(index / Self.givenNames.count) % Self.surnames.count]
            let round = index / (Self.givenNames.count * Self.surnames.count)
            graph.people.append(
                .init(
                    id: "p\(index)", name: round == 0 ? "\(given) \(surname)" : "\(given) \(surname) \(round + 1)",
                    country: Self.countries[Int(random.next() % UInt64(Self.countries.count))]))
        }
        let first = CalendarDate(year: 1948, month: 1, day: 1)
        let firstDay = first.dayNumber
        let days = CalendarDate(year: 1953, month: 12, day: 31).dayNumber - firstDay + 1
        /// Squaring a uniform draw favours the first people: a few write most.
        func person() -> Int {
            let uniform = Double(random.next() % 1_000_000) / 1_000_000
            return min(people - 1, Int(uniform * uniform * Double(people)))
        }
        var lastBetween: [String: Int] = [:]
        for index in 0..<messages {
            // Everyone writes at least once, so a network of N people has N nodes.
            let sender = index < people ? index : person()
            var recipient = person()
            if recipient == sender { recipient = (sender + 1) % people }
            let day = firstDay + Int(random.next() % UInt64(days))
            let uncertain = random.next() % 10 == 0
            let latest = uncertain ? day + 1 + Int(random.next() % 30) : day
            let id = "synthetic:m\(index)"
            var parties: [CorrespondenceGraph.Party] = [
                .init(
                    entity: "p\(sender)", role: "sender",
                    nameUsed: random.next() % 20 == 0 ? "Cover-\(sender)" : graph.people[sender].name,
                    nameKind: nil),
                .init(entity: "p\(recipient)", role: "recipient", nameUsed: graph.people[recipient].name),
            ]
            if parties[0].nameUsed.hasPrefix("Cover-") { parties[0].nameKind = "pseudonym" }
            if random.next() % 5 == 0 {
                let via = person()
                if via != sender && via != recipient {
                    parties.append(.init(entity: "p\(via)", role: "intermediary", nameUsed: graph.people[via].name))
                }
            }
            let basis = random.next() % 20 == 0 ? "mention" : "catalogue"
            let type = Self.types[Int(random.next() % UInt64(Self.types.count))]
            graph.messages.append(
                .init(
                    id: id, date: first.adding(days: day - firstDay).iso + (uncertain ? "?" : ""), earliest: day, latest: latest,
                    isDateUncertain: uncertain, kind: "message", type: type, number: "\(index + 1)", basis: basis,
                    parties: parties, place: nil, gist: "\(type) about the matters of message \(index + 1)",
                    document: "synthetic", documentID: "synthetic", recordID: nil))
            // The next message back within two months answers this one, as often in the files.
            let back = "p\(recipient)>p\(sender)"
            if let answered = lastBetween[back], random.next() % 2 == 0 {
                graph.links.append(
                    .init(
                        from: id, to: "synthetic:m\(answered)", kind: "replies-to", rule: "synthetic", confidence: 1,
                        evidence: "generated"))
            }
            lastBetween["p\(sender)>p\(recipient)"] = index
        }
        return graph
    }
}

import Foundation

/// Synthetic archive pages in the real shapes — catalogue titles, pseudonyms with footnotes,
/// intermediaries, replies that cite the message they answer by date or number, dates known
/// only to the month — with their ground truth, for benchmarks and scale tests. Every page
/// says it is synthetic.
public struct SyntheticCorpus: Sendable {
    public var documents: Int
    public var seed: UInt64

    /// The record ID of the first page; page N has this plus N.
    public static let firstRecordID = 900_000_000

    public init(documents: Int, seed: UInt64 = 1952) {
        self.documents = documents
        self.seed = seed
    }

    /// A person of the synthetic correspondence: canonical name, and a cover name used for them.
    struct Person {
        var canonical: String
        var cover: String?
        var place: String
    }

    static let people: [Person] = [
        Person(canonical: "Stalin", cover: "Filippov", place: "Moscow"),
        Person(canonical: "Mao Zedong", cover: nil, place: "Beijing"),
        Person(canonical: "Zhou Enlai", cover: nil, place: "Beijing"),
        Person(canonical: "Kim Il Sung", cover: nil, place: "Pyongyang"),
        Person(canonical: "Liu Shaoqi", cover: nil, place: "Beijing"),
        Person(canonical: "Gao Gang", cover: nil, place: "Shenyang"),
        Person(canonical: "Peng Dehuai", cover: nil, place: "Pyongyang"),
        Person(canonical: "Vyshinsky", cover: nil, place: "Moscow"),
        Person(canonical: "Gromyko", cover: nil, place: "Moscow"),
        Person(canonical: "Molotov", cover: nil, place: "Moscow"),
        Person(canonical: "Roshchin", cover: nil, place: "Beijing"),
        Person(canonical: "Shtykov", cover: nil, place: "Pyongyang"),
        Person(canonical: "Razuvaev", cover: nil, place: "Pyongyang"),
        Person(canonical: "Kovalev", cover: nil, place: "Beijing"),
        Person(canonical: "Krasovsky", cover: nil, place: "Beijing"),
        Person(canonical: "Zakharov", cover: nil, place: "Beijing"),
        Person(canonical: "Pak Hon-yong", cover: nil, place: "Pyongyang"),
        Person(canonical: "Nie Rongzhen", cover: nil, place: "Beijing"),
        Person(canonical: "Bulganin", cover: nil, place: "Moscow"),
        Person(canonical: "Malenkov", cover: nil, place: "Moscow"),
    ]

    static let places = [
        "Shenyang", "Andong", "Dalian", "Lüshun", "Harbin", "Tianjin", "Kaesong", "Wonsan", "Sinuiju", "Vladivostok",
    ]
    static let subjects = [
        "the delivery of aircraft", "the training of pilots", "the armistice talks", "the railway through Manchuria",
        "the repair of airfields", "the exchange of prisoners", "coal and oil for the winter", "the visit of a delegation",
    ]

    /// Writes the pages into `directory` (in folders of 1,000) and the ground truth beside them
    /// as `synthetic.gold.json`. Returns the ground truth.
    @discardableResult
    public func write(to directory: String) throws -> [GoldRecord] {
        var generator = SplitMix64(seed: seed)
        var truth: [GoldRecord] = []
        truth.reserveCapacity(documents)
        // The last message each way between two people, for replies.
        var last: [String: Message] = [:]
        var numbers = 1_000
        let firstDay = CalendarDate(year: 1948, month: 1, day: 1).dayNumber
        let days = CalendarDate(year: 1953, month: 12, day: 31).dayNumber - firstDay + 1
        let manager = FileManager.default
        for index in 0..<documents {
            let day = firstDay + index * days / documents
            let date = DayNumber.date(day)
            let a = Self.living(Self.people[Int(generator.next() % UInt64(Self.people.count))], on: day)
            var b = Self.living(Self.people[Int(generator.next() % UInt64(Self.people.count))], on: day)
            var next = Self.people.firstIndex { $0.canonical == b.canonical } ?? 0
            while b.canonical == a.canonical {
                next = (next + 1) % Self.people.count
                b = Self.living(Self.people[next], on: day)
            }
            // One in five goes through a Soviet representative in Beijing, never one of the two parties.
            var via: Person? = generator.next() % 5 == 0 ? Self.people[13 + Int(generator.next() % 3)] : nil
            if let carrier = via, carrier.canonical == a.canonical || carrier.canonical == b.canonical { via = nil }
            numbers += 1 + Int(generator.next() % 7)
            let folder = String(format: "%04d", index / 1_000)
            let file = "\(folder)/synthetic-\(String(format: "%06d", index)).txt"
            // A reply to the last message the other way, when there is one, a few days old.
            var answered: Message?
            if let previous = last[b.canonical + ">" + a.canonical], day - previous.date.dayNumber <= 30,
                generator.next() % 10 < 7
            {
                answered = previous
            }
            let monthOnly = generator.next() % 25 == 0 && answered == nil
            let form = Int(generator.next() % 4)
            let message = Message(file: file, date: date, number: numbers, isNumbered: form < 2)
            let page = page(
                index: index, message: message, form: form, monthOnly: monthOnly, from: a, to: b, via: via, answering: answered,
                generator: &generator)
            let url = URL(fileURLWithPath: directory).appendingPathComponent(file)
            if index % 1_000 == 0 {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            guard TextFile.write(page, to: url.path) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
            var record = GoldRecord(file: file)
            record.date = monthOnly ? CalendarDate(year: date.year, month: date.month).iso : date.iso
            record.senders = [a.canonical]
            record.recipients = [b.canonical]
            record.via = via.map { [$0.canonical] } ?? []
            record.repliesTo = answered.map { [$0.file] } ?? []
            record.annotated = ["date", "senders", "recipients", "via", "replies_to"]
            truth.append(record)
            last[a.canonical + ">" + b.canonical] = message
        }
        let encoder = JSONEncoder()
        try encoder.encode(truth).write(to: URL(fileURLWithPath: directory).appendingPathComponent("synthetic.gold.json"))
        return truth
    }

    /// Stalin writes no more after 5 March 1953; his successor Malenkov writes instead.
    static func living(_ person: Person, on day: Int) -> Person {
        guard person.canonical == "Stalin", day > CalendarDate(year: 1953, month: 3, day: 5).dayNumber else { return person }
        return people.first { $0.canonical == "Malenkov" } ?? person
    }

    func written(_ date: CalendarDate, monthOnly: Bool = false) -> String {
        let month = CalendarDate.monthNames[(date.month ?? 1) - 1]
        return monthOnly ? "\(month) \(date.year)" : "\(month) \(date.day ?? 1), \(date.year)"
    }

    /// A message written, as a later reply can cite it.
    struct Message {
        var file: String
        var date: CalendarDate
        var number: Int
        /// Whether the page shows the number (a ciphered telegram's does; a letter's does not).
        var isNumbered: Bool
    }

    func page(
        index: Int, message: Message, form: Int, monthOnly: Bool, from a: Person, to b: Person, via: Person?,
        answering: Message?, generator: inout SplitMix64
    ) -> String {
        let date = message.date
        let number = message.number
        let subject = Self.subjects[Int(generator.next() % UInt64(Self.subjects.count))]
        let place = Self.places[Int(generator.next() % UInt64(Self.places.count))]
        let useCover = a.cover != nil && generator.next() % 2 == 0
        let useCoverTo = b.cover != nil && generator.next() % 2 == 0
        let fromName = useCover ? "\(a.cover!) [\(a.canonical)]" : a.canonical
        let toName = useCoverTo ? "\(b.cover!) [\(b.canonical)]" : b.canonical
        let viaText = via.map { " (via \($0.canonical))" } ?? ""
        let title: String
        switch form {
        case 0: title = "Cable No. \(number) from \(fromName) to \(toName)\(viaText), 'On \(subject)'"
        case 1: title = "Ciphered Telegram No. \(number), \(fromName) to \(toName)\(viaText)"
        case 2: title = "Telegram, \(fromName) to \(toName)\(viaText)"
        default: title = "Letter from \(fromName) to \(toName)\(viaText)"
        }
        var body: [String] = []
        if !monthOnly { body.append("(\(date.day ?? 1) \(CalendarDate.monthNames[(date.month ?? 1) - 1]) \(date.year))") }
        body.append("Comrade \(useCoverTo ? b.cover! : b.canonical):")
        if let answering {
            // A reply cites the number only where the message it answers shows one.
            switch answering.isNumbered ? generator.next() % 3 : 0 {
            case 0:
                body.append(
                    "Your telegram of \(answering.date.day ?? 1) \(CalendarDate.monthNames[(answering.date.month ?? 1) - 1]) has been received."
                )
            case 1: body.append("In reply to your No. \(answering.number), we agree with your proposal.")
            default:
                body.append(
                    "We received your telegram No. \(answering.number) of \(CalendarDate.monthNames[(answering.date.month ?? 1) - 1]) \(answering.date.day ?? 1)."
                )
            }
        }
        body.append("We have considered \(subject) and propose to settle it in \(place) before the end of the month.")
        body.append("The comrades in \(b.place) should report on the results without delay.")
        body.append(useCover ? a.cover!.uppercased() : a.canonical)
        var footnotes: [String] = []
        if useCover || useCoverTo { footnotes.append("[1] Filippov is Stalin.") }
        return """
            Skip to content

            \(written(date, monthOnly: monthOnly))

            \(title)

            \(body.joined(separator: "\n\n"))

            \(footnotes.joined(separator: "\n\n"))

            Synthetic page \(index + 1), generated by chancery synth (seed \(seed)) for benchmarks: not a historical document.

            Related Documents

            Document Information

            Source

            Synthetic: no archive. Generated by chancery synth.

            Type

            \(["Cable", "Telegram", "Telegram", "Letter"][form])

            Record ID

            \(Self.firstRecordID + index)

            """
    }
}

/// SplitMix64: a small, fast, deterministic random number generator.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

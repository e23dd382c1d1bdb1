/// Writes the messages of the correspondence as CMIF, the Correspondence Metadata Interchange
/// Format of the TEI Correspondence SIG (a TEI file whose `profileDesc` holds one `correspDesc`
/// per letter), so that correspSearch and other letter indexes can read them, and so can
/// ``CMIFReader``.
///
/// - The header has the `title`, the `generated` date, the CC-BY 4.0 licence statement CMIF
///   requires, and one `bibl` per source document, which each `correspDesc/@source` points to.
/// - `correspDesc/@key` is the message's id in the store; `@xml:id` (`letter-1`, …) is what
///   reply links point to.
/// - `correspAction` `sent`, `received` and `transmitted` (TEI's value for carriage between
///   dispatch and receipt) hold `persName` or `orgName` with the canonical name and, when the
///   authority file has one, `ref` = the Wikidata entity URI; `sent` holds the `placeName` when
///   the gazetteer knows it, and the `date`: `when` for a day, month or year, `notBefore` and
///   `notAfter` for a range or bounds, `cert="low"` when the EDTF is approximate or uncertain.
///   A side with no one known is `Unknown`, as CMIF asks.
/// - Replies are TEI's `correspContext`: `<ref type="prev" target="#letter-3"/>` on a reply
///   for the letter it answers, `<ref type="next" …/>` on a letter for its reply; a possible
///   reply has `cert="low"`.
/// - What `correspDesc` has no place for goes in its `note`, as CMIF v2 does, as `ref`s with a
///   `type`: `messageType` (Cable, Letter, …), `number`, `basis` (document, catalogue or
///   placeholder), and `nameUsed` for a party written under another name than its canonical one
///   (`<ref type="nameUsed" subtype="received" n="1" target="…Q855">Filippov</ref>`: the first
///   party of the `received` action was written Filippov). `persName` keeps the canonical name,
///   because CMIF allows only text in it.
///
/// Meetings are not letters and are left out, and so are messages without a date or without
/// anyone known on either side (CMIF needs both); a comment at the top counts them.
struct CMIFWriter {
    let knowledge: Knowledge
    let title: String
    let generated: String

    static let wikidataPrefix = "https://www.wikidata.org/entity/"

    /// The CMIF document.
    func write(_ graph: CorrespondenceGraph) -> [UInt8] {
        let names = PartyNames(graph)
        var undated = 0
        var partyless = 0
        var letters: [(message: CorrespondenceGraph.Message, date: LetterDate)] = []
        for message in graph.messages where message.kind != "meeting" {
            guard !message.parties("sender").isEmpty || !message.parties("recipient").isEmpty else {
                partyless += 1
                continue
            }
            guard let date = LetterDate(message.date) else {
                undated += 1
                continue
            }
            letters.append((message, date))
        }
        // Letter N of the file has the `xml:id` `letter-N`.
        var numbers: [String: Int] = [:]
        for (index, letter) in letters.enumerated() { numbers[letter.message.id] = index + 1 }
        var answered: [String: [CorrespondenceGraph.Link]] = [:]
        var answers: [String: [CorrespondenceGraph.Link]] = [:]
        for link in graph.links where link.kind == "replies-to" || link.kind == "possible-reply" {
            answered[link.from, default: []].append(link)
            answers[link.to, default: []].append(link)
        }
        let sources = Set(letters.map(\.message.document)).sorted()
        var biblIDs: [String: String] = [:]
        for source in sources { biblIDs[source] = Self.biblID(source) }

        var xml = XMLWriter()
        if undated + partyless > 0 {
            xml.comment(
                "Left out: \(undated) message(s) without a date and \(partyless) without a sender or recipient, which CMIF cannot hold."
            )
        }
        xml.start("TEI", [("xmlns", "http://www.tei-c.org/ns/1.0")])
        xml.start("teiHeader")
        xml.start("fileDesc")
        xml.start("titleStmt")
        xml.element("title", text: title)
        xml.element("editor", text: "Chancery")
        xml.end()
        xml.start("publicationStmt")
        xml.element("publisher", text: "Chancery")
        xml.element("idno", [("type", "url")], text: "correspondence.xml")
        xml.empty("date", [("when", generated)])
        xml.start("availability")
        xml.element(
            "licence", [("target", "https://creativecommons.org/licenses/by/4.0/")],
            text: "This file is licensed under the terms of the Creative Commons License CC-BY 4.0")
        xml.end()
        xml.end()
        xml.start("sourceDesc")
        for source in sources { xml.element("bibl", [("type", "online"), ("xml:id", biblIDs[source])], text: source) }
        xml.end()
        xml.end()
        xml.start("profileDesc")
        for letter in letters {
            let context = Context(
                number: numbers[letter.message.id] ?? 0,
                previous: (answered[letter.message.id] ?? []).compactMap { link in numbers[link.to].map { (link, $0) } },
                next: (answers[letter.message.id] ?? []).compactMap { link in numbers[link.from].map { (link, $0) } })
            write(letter.message, date: letter.date, context: context, names: names, biblIDs: biblIDs, to: &xml)
        }
        xml.end()
        xml.end()
        xml.start("text")
        xml.start("body")
        xml.empty("p")
        return xml.finish()
    }

    /// A letter's number in the file, and the letters it answers and those that answer it, with
    /// theirs.
    struct Context {
        var number: Int
        var previous: [(link: CorrespondenceGraph.Link, number: Int)]
        var next: [(link: CorrespondenceGraph.Link, number: Int)]
    }

    private func write(
        _ message: CorrespondenceGraph.Message, date: LetterDate, context: Context,
        names: PartyNames, biblIDs: [String: String], to xml: inout XMLWriter
    ) {
        xml.start(
            "correspDesc",
            [("xml:id", "letter-\(context.number)"), ("key", message.id), ("source", biblIDs[message.document].map { "#" + $0 })])
        var namesUsed: [(action: String, position: Int, party: CorrespondenceGraph.Party)] = []
        for (action, role) in [("sent", "sender"), ("received", "recipient"), ("transmitted", "intermediary")] {
            let parties = message.parties(role)
            guard action != "transmitted" || !parties.isEmpty else { continue }
            xml.start("correspAction", [("type", action)])
            if parties.isEmpty { xml.element("persName", text: "Unknown") }
            for (index, party) in parties.enumerated() {
                let person = names.person(party.entity)
                let name = person?.name ?? party.entity
                let element = person?.kind == "organisation" ? "orgName" : "persName"
                xml.element(element, [("ref", person?.wikidata.map { Self.wikidataPrefix + $0 })], text: name)
                if names.isRenamed(party) { namesUsed.append((action, index + 1, party)) }
            }
            if action == "sent" {
                if let place = message.place.flatMap({ knowledge.entity($0) }) {
                    xml.element("placeName", [("ref", place.wikidata.map { Self.wikidataPrefix + $0 })], text: place.canonical)
                }
                xml.empty(
                    "date",
                    [
                        ("when", date.when), ("notBefore", date.notBefore), ("notAfter", date.notAfter),
                        ("cert", date.isUncertain ? "low" : nil),
                    ])
            }
            xml.end()
        }
        if !context.previous.isEmpty || !context.next.isEmpty {
            xml.start("correspContext")
            for (type, related) in [("prev", context.previous), ("next", context.next)] {
                for (link, number) in related.sorted(by: { $0.number < $1.number }) {
                    xml.empty(
                        "ref",
                        [("type", type), ("target", "#letter-\(number)"), ("cert", link.kind == "possible-reply" ? "low" : nil)])
                }
            }
            xml.end()
        }
        xml.start("note")
        if let type = message.type { xml.element("ref", [("type", "messageType")], text: type) }
        if let number = message.number { xml.element("ref", [("type", "number")], text: number) }
        xml.element("ref", [("type", "basis")], text: message.basisLabel)
        for used in namesUsed {
            let wikidata = names.person(used.party.entity)?.wikidata.map { Self.wikidataPrefix + $0 }
            xml.element(
                "ref", [("type", "nameUsed"), ("subtype", used.action), ("n", String(used.position)), ("target", wikidata)],
                text: used.party.nameUsed)
        }
        xml.end()
        xml.end()
    }

    /// A stable `xml:id` for a source's `bibl`: `bibl-` and a UUID made from the SHA-256 of its
    /// name (CMIF recommends a UUID that does not change when the file is made again).
    static func biblID(_ source: String) -> String {
        let hex = Array(SHA256.hex(Array(source.utf8)).prefix(32))
        var uuid = hex
        uuid[12] = "8"  // RFC 9562 version 8: a UUID of custom, here name-based, content.
        let variant = Int(String(hex[16]), radix: 16) ?? 0
        uuid[16] = Array(String((variant & 0x3) | 0x8, radix: 16))[0]
        let text = String(uuid)
        func part(_ from: Int, _ to: Int) -> Substring {
            text[text.index(text.startIndex, offsetBy: from)..<text.index(text.startIndex, offsetBy: to)]
        }
        return "bibl-\(part(0, 8))-\(part(8, 12))-\(part(12, 16))-\(part(16, 20))-\(part(20, 32))"
    }

    /// A message's EDTF date as CMIF's date attributes.
    struct LetterDate: Equatable {
        var when: String?
        var notBefore: String?
        var notAfter: String?
        var isUncertain: Bool

        /// `1950-10-01` → when; `1950-10-01/1950-10-12` → notBefore and notAfter; `../1952-03-12` →
        /// notAfter only; nil when there is no date or it is not EDTF.
        init?(_ edtf: String?) {
            guard let edtf, !edtf.isEmpty else { return nil }
            let qualifiers: Set<Character> = ["?", "~", "%"]
            isUncertain = edtf.contains { qualifiers.contains($0) }
            if let date = HistoricalDate(edtf: edtf) {
                if let end = date.end, end != date.start {
                    notBefore = date.start.iso
                    notAfter = end.iso
                } else {
                    when = date.start.iso
                }
                return
            }
            // Open bounds, which HistoricalDate does not hold: `../B`, `A/..`.
            let parts = edtf.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            func point(_ part: Substring) -> String? {
                part == ".." || part.isEmpty ? nil : HistoricalDate(edtf: String(part)).map(\.start.iso)
            }
            notBefore = point(parts[0])
            notAfter = point(parts[1])
            guard notBefore != nil || notAfter != nil else { return nil }
        }
    }
}

import Testing

@testable import Chancery

@Suite("MessageReferenceScanner")
struct MessageReferenceScannerTests {
    /// References found, as `relation:sender>recipient@date#number`.
    static func references(
        _ string: String, context: CalendarDate = CalendarDate(year: 1952, month: 3, day: 11), footnote: Bool = false
    )
        -> [String]
    {
        Snippet.withText(string) { text in
            let names = NameScanner(knowledge: Fixture.knowledge).scan(text, in: 0..<text.count)
            let dates = DateScanner(context: context).scan(text).mentions
            return MessageReferenceScanner().scan(text, in: 0..<text.count, dates: dates, names: names, isFootnote: footnote).map
            {
                "\($0.relation.rawValue):\(party($0.sender))>\(party($0.recipient))@\($0.date?.edtf ?? "")#\($0.number ?? "")"
            }
        }
    }

    static func party(_ party: MessageReference.Party?) -> String {
        switch party {
        case .named(let name, _): name
        case .documentSender: "I"
        case .documentRecipient: "you"
        case nil: "?"
        }
    }

    @Test(
        "how texts mention other messages",
        arguments: [
            (
                "On 12 March 1952, Stalin replied to Mao Zedong, agreeing.", false,
                ["replies-to-document:Stalin>Mao Zedong@1952-03-12#"]
            ),
            ("Your telegram of 21 February has been received.", false, ["answered-by-document:you>I@1952-02-21#"]),
            ("We received your telegrams of January 31 about the talks.", false, ["answered-by-document:you>I@1952-01-31#"]),
            ("In reply to your No. 3153 we inform you", false, ["answered-by-document:you>I@#3153"]),
            ("Reur 1464, Jan 14. Dept agreeable.", false, ["answered-by-document:you>I@1952-01-14#1464"]),
            ("As stated in my telegram of 3 March, we", false, ["cited-by-document:I>?@1952-03-03#"]),
            ("This is a reply to Mao's inquiry of 14 November.", false, ["answered-by-document:Mao>I@1951-11-14#"]),
            (
                "On 7 March 1952 Mao Zedong thanked Stalin for the equipment.", true,
                ["replies-to-document:Mao Zedong>Stalin@1952-03-07#"]
            ),
        ])
    func mentions(text: String, footnote: Bool, expected: [String]) {
        #expect(Self.references(text, footnote: footnote) == expected)
    }

    @Test(
        "a reply that is the text at hand, or has no date, is no message of its own",
        arguments: [
            "Roshchin transmits Mao's reply to Stalin's request.", "Mao Zedong thanked the comrades.", "No. 709, TOP PRIORITY",
        ])
    func notMentions(text: String) {
        #expect(!Self.references(text).contains { $0.hasPrefix("replies-to-document") }, "\(Self.references(text))")
    }
}

import Testing

@testable import Chancery

@Suite("TitleHeaderParser")
struct TitleHeaderParserTests {
    /// The header of a title, written compactly: `type|number|origin|senders|recipients|via|participants`,
    /// parties as `name[bracket]` joined by `;`, embedded messages after ` >> `.
    static func summary(_ title: String) -> String {
        var text = title
        return text.withUTF8 { buffer in
            let tokens = TokenText(bytes: buffer, range: 0..<buffer.count)
            guard let header = TitleHeaderParser(tokens).parse(0..<tokens.count) else { return "nil" }
            return describe(header)
        }
    }

    static func describe(_ header: CorrespondenceHeader) -> String {
        func parties(_ list: [PartyMention]) -> String {
            list.map { $0.name + ($0.bracketed.map { "[\($0)]" } ?? "") }.joined(separator: ";")
        }
        var fields = [
            header.type ?? "", header.number ?? "", header.origin?.name ?? "", parties(header.senders),
            parties(header.recipients),
            parties(header.via), parties(header.participants),
        ].joined(separator: "|")
        if header.isMeeting { fields += "|meeting" }
        if let replied = header.repliesTo { fields += "|reply to " + replied.name }
        for inner in header.embedded { fields += " >> " + describe(inner) }
        return fields
    }

    @Test(
        "every title shape of the archive",
        arguments: [
            (
                "Cable from Mao Zedong to Stalin, 'Request that the Soviet Union Dispatch an Air Division'",
                "Cable|||Mao Zedong|Stalin||"
            ),
            ("Cable, Mao Zedong to Stalin", "Cable|||Mao Zedong|Stalin||"),
            ("Cable, Filippov (Stalin) to Mao Zedong", "Cable|||Filippov[Stalin]|Mao Zedong||"),
            (
                "Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong",
                "Ciphered Telegram|709||Filippov[Stalin]|Mao Zedong|Krasovsky|"
            ),
            (
                "Ciphered Telegram No. 21336 from Beijing, Mao Zedong to Cde. Filippov [Stalin]",
                "Ciphered Telegram|21336|Beijing|Mao Zedong|Filippov[Stalin]||"
            ),
            ("Letter from Feng Xi (Stalin) to Kim Il Sung (via Shtytkov)", "Letter|||Feng Xi[Stalin]|Kim Il Sung|Shtytkov|"),
            ("Telegram from Shtykov to Gromyko and Stalin", "Telegram|||Shtykov|Gromyko;Stalin||"),
            (
                "Hand delivered note, Zhou Enlai to Stalin, conveying telegram From Mao Zedong to Zhou Enlai",
                "Hand delivered note|||Zhou Enlai|Stalin|| >> telegram|||Mao Zedong|Zhou Enlai||"
            ),
            (
                "Memorandum of Conversation between Anastas Mikoyan and Zhou Enlai",
                "Memorandum of Conversation||||||Anastas Mikoyan;Zhou Enlai|meeting"
            ),
            (
                "Draft Reply to Mao Zedong's Telegram from Stalin via Molotov",
                "Draft Reply|||Stalin|Mao Zedong|Molotov||reply to Mao Zedong"
            ),
            (
                "VKP(b) CC Politburo decision with approved message Filippov (Stalin) to Mao Zedong",
                "|||Filippov[Stalin]|Mao Zedong||"
            ),
            (
                "Ciphered Telegram No. 50333, Terebin to Kuznetsov, transmitting a Message from Mao Zedong to Stalin",
                "Ciphered Telegram|50333||Terebin|Kuznetsov|| >> Message|||Mao Zedong|Stalin||"
            ),
            ("Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]", "Cable|||Stalin[Kuznetsov]|Mao Zedong|Terebin|"),
            ("Cable, Terebin to Stalin, Plans for Mao's Visit to Moscow", "Cable|||Terebin|Stalin||"),
            (
                "Ciphered Telegram, Filippov [Stalin] to Mao Zedong and Zhou Enlai (via Roshchin)",
                "Ciphered Telegram|||Filippov[Stalin]|Mao Zedong;Zhou Enlai|Roshchin|"
            ),
            (
                "Letter from Cde. Mao Zedong to Cde. Filippov [Stalin] via Kovalev",
                "Letter|||Mao Zedong|Filippov[Stalin]|Kovalev|"
            ),
            ("Telegram to Mao, Zhou Enlai and Liu Shaoqi from Filippov", "Telegram|||Filippov|Mao;Zhou Enlai;Liu Shaoqi||"),
            ("This is a telegram from Mao Zedong to Stalin.", "telegram|||Mao Zedong|Stalin||"),
            ("Ciphered telegram, Zhou Enlai to Filippov [Stalin]", "Ciphered telegram|||Zhou Enlai|Filippov[Stalin]||"),
            (
                "Telegram from Mao Zedong to I.V. Stalin, transmitting 14 January 1951 Message from Mao to Peng Dehuai",
                "Telegram|||Mao Zedong|I.V. Stalin|| >> Message|||Mao|Peng Dehuai||"
            ),
        ])
    func shapes(title: String, expected: String) {
        #expect(Self.summary(title) == expected)
    }

    @Test("a title without parties has no header")
    func noParties() {
        #expect(Self.summary("Soviet Telegram, Regarding Operation Plan") == "nil")
        #expect(Self.summary("Request that the Soviet Union Dispatch an Air Division") == "nil")
    }

    @Test("an embedded message's date is kept")
    func embeddedDate() {
        var text = "Telegram from Mao Zedong to I.V. Stalin, transmitting 14 January 1951 Message from Mao to Peng Dehuai"
        let date = text.withUTF8 { buffer in
            let tokens = TokenText(bytes: buffer, range: 0..<buffer.count)
            return TitleHeaderParser(tokens).parse(0..<tokens.count)?.embedded.first?.dateText?.text
        }
        #expect(date == "14 January 1951")
    }
}

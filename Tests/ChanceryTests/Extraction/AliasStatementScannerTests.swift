import Testing

@testable import Chancery

@Suite("AliasStatementScanner")
struct AliasStatementScannerTests {
    @Test(
        "the ways a text says who a name is",
        arguments: [
            ("Filippov is Stalin.", ["Filippov=Stalin(copula)"]),
            ("Feng Xi was a pseudonym of Stalin.", ["Feng Xi=Stalin(copula)"]),
            ("Filippov [Stalin] to Krasovsky", ["Filippov=Stalin(square-bracket)"]),
            ("Letter from Feng Xi (Stalin) to Kim Il Sung", ["Feng Xi=Stalin(round-bracket)"]),
            ("FENG XI [FYN SI; Stalin]", ["FENG XI=FYN SI(square-bracket)", "FENG XI=Stalin(square-bracket)"]),
            ("Cable, Stalin [Kuznetsov] to Mao Zedong", ["Kuznetsov=Stalin(square-bracket)"]),
            ("Stalin wrote to Mao using the name of Fyodor Kuznetsov.", ["Kuznetsov=Stalin(name-of)"]),
            (
                "through Andrei Orlov, a doctor at Mao's headquarters acting under the name \"Terebin.\"",
                ["Terebin=Andrei Orlov(name-of)"]
            ),
            ("Kuznetsov was the cover name under which Stalin's messages went out.", ["Kuznetsov=Stalin(copula)"]),
        ])
    func statements(text: String, expected: [String]) {
        #expect(Snippet.aliases(text) == expected)
    }

    @Test(
        "brackets that describe rather than rename",
        arguments: [
            "Liaoyang and Dongfeng (Northeast Shenyang)",
            "the Secretary of Defense (Lovett)",
            "Assistant Secretary for Far Eastern Affairs (Allison)",
            "Chi FonMin (George K.C. Yeh)",
            "Mao Zedong (two regiments)",
        ])
    func notAliases(text: String) {
        #expect(Snippet.aliases(text).isEmpty, "\(Snippet.aliases(text))")
    }
}

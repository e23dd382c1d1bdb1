import Testing

@testable import Chancery

@Suite("NameScanner")
struct NameScannerTests {
    @Test(
        "names the text marks, known and unknown",
        arguments: [
            ("the divisions commanded by General Belov are", ["person:Belov→belov"]),
            ("a report by Colonel Vetlugin", ["person:Vetlugin→?"]),
            ("Telegram to I.V. Stalin", ["person:I.V. Stalin→stalin"]),
            ("signed V. KUZNETSOV", ["person:V. KUZNETSOV→vasily-kuznetsov"]),
            ("S H T Y K O V", ["person:SHTYKOV→shtykov"]),
            ("Mao Tse-tung and Chou En-lai", ["person:Mao Tse-tung→mao-zedong", "person:Chou En-lai→zhou-enlai"]),
            ("Comrades [Liu] Shaoqi and [Zhou] Enlai", ["person:Liu Shaoqi→liu-shaoqi", "person:Zhou Enlai→zhou-enlai"]),
            ("Товарищу Мао Цзэдуну", ["person:Мао Цзэдуну→mao-zedong"]),
            ("毛泽东同志", ["person:毛泽东→mao-zedong"]),
        ])
    func people(text: String, expected: [String]) {
        #expect(Snippet.names(text) == expected)
    }

    @Test(
        "places, their variants, and place words",
        arguments: [
            (
                "airports in Liaoyang and Dongfeng (Northeast Shenyang)",
                ["place:Liaoyang→liaoyang", "place:Dongfeng→dongfeng", "place:Shenyang→shenyang"]
            ),
            ("troops in Mukden and Port Arthur", ["place:Mukden→shenyang", "place:Port Arthur→lushun"]),
            ("north of the 38th parallel", ["place:38th parallel→38th-parallel"]),
            ("the fleet in the Black Sea", ["place:Black Sea→?"]),
            ("near Kaesong", ["place:Kaesong→kaesong"]),
        ])
    func places(text: String, expected: [String]) {
        let found = Snippet.names(text)
        #expect(found.map { $0.split(separator: "→")[0] } == expected.map { $0.split(separator: "→")[0] })
        for (item, want) in zip(found, expected) where !want.hasSuffix("?") {
            #expect(item == want)
        }
    }

    @Test(
        "adjectives and names inside other names are not places",
        arguments: [
            "the Chinese Air Force and the Soviet divisions",
            "US forces will leave",
            "Marshal of the Soviet Union Malinovsky",
            "the Chinese Changchun Railway",
            "the Communist Party of China",
        ])
    func notPlaces(text: String) {
        #expect(!Snippet.names(text).contains { $0.hasPrefix("place:") }, "\(Snippet.names(text))")
    }

    @Test(
        "a capitalised word alone is not taken for a name",
        arguments: [
            "Salutations! Please consider and respond.", "Request that the Air Division Assist", "TOP PRIORITY SPECIAL",
        ])
    func notNames(text: String) {
        #expect(Snippet.names(text).isEmpty, "\(Snippet.names(text))")
    }
}

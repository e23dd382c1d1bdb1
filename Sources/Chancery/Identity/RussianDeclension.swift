/// The case forms of a Russian name, so that `Сталину` and `Мао Цзэдуна` are found as
/// `Сталин` and `Мао Цзэдун`. Only the last word declines (surnames and Chinese given names);
/// the rules are the regular ones for masculine surnames and nouns.
enum RussianDeclension {
    static func forms(of name: String) -> [String] {
        guard name.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) else { return [] }
        var words = name.split(separator: " ").map(String.init)
        guard let last = words.popLast(), last.count >= 2 else { return [] }
        let prefix = words.isEmpty ? "" : words.joined(separator: " ") + " "
        return endings(of: last).map { prefix + $0 }
    }

    private static func endings(of word: String) -> [String] {
        let lower = word.lowercased()
        func replacing(_ suffixLength: Int, with endings: [String]) -> [String] {
            let stem = String(word.dropLast(suffixLength))
            return endings.map { stem + $0 }
        }
        if lower.hasSuffix("ий") { return replacing(2, with: ["ия", "ию", "ием", "ии"]) }
        if lower.hasSuffix("ый") || lower.hasSuffix("ой") { return replacing(2, with: ["ого", "ому", "ым", "ом"]) }
        if lower.hasSuffix("ь") { return replacing(1, with: ["я", "ю", "ем", "е"]) }
        if lower.hasSuffix("й") { return replacing(1, with: ["я", "ю", "ем", "е"]) }
        if lower.hasSuffix("а") { return replacing(1, with: ["ы", "е", "у", "ой"]) }
        if lower.hasSuffix("я") { return replacing(1, with: ["и", "е", "ю", "ей"]) }
        if let last = lower.last, "еиоуыэю".contains(last) { return [] }
        // A consonant: -ов/-ев/-ин surnames take -ым in the instrumental, other words -ом.
        let instrumental =
            lower.hasSuffix("ов") || lower.hasSuffix("ев") || lower.hasSuffix("ин") || lower.hasSuffix("ын") ? "ым" : "ом"
        return [word + "а", word + "у", word + instrumental, word + "е"]
    }
}

/// Finds the translator named in a source citation: `Translated by Charles Kraus.`,
/// `Translated from Russian by Gary Goldberg`, `Translation by …`.
enum Translators {
    /// The names after "Translated … by", as a section of the source.
    static func find(in section: TextSection, bytes: [UInt8]) -> TextSection? {
        let text = Array(section.text.utf8)
        var search = 0
        while let marker = text[search...].firstRange(of: Array("ranslat".utf8)) {
            search = marker.upperBound
            guard let by = text[marker.upperBound..<min(text.count, marker.upperBound + 60)].firstRange(of: Array(" by ".utf8))
            else { continue }
            let start = by.upperBound
            var end = start
            var words = 0
            // Capitalised words and initials, joined by spaces, hyphens, apostrophes and "and".
            while end < text.count {
                let wordStart = end
                while end < text.count, !isBreak(text[end]) { end += 1 }
                let word = text[wordStart..<end]
                guard let first = word.first else { break }
                let isName = (first >= 0x41 && first <= 0x5A) || first >= 0xC0
                let isJoiner = word.elementsEqual("and".utf8) || word.elementsEqual("&".utf8)
                if !isName && !isJoiner { end = wordStart; break }
                words += 1
                // An initial ("S.") keeps its period; a period after a longer word ends the name.
                if end < text.count, text[end] == 0x2E {
                    if word.count <= 2 { end += 1 } else { break }
                }
                guard end < text.count, text[end] == 0x20 else { break }
                end += 1
            }
            let range = trimmed(text, start..<end)
            guard words > 0, !range.isEmpty else { continue }
            let span = SourceSpan(start: section.span.start + range.lowerBound, end: section.span.start + range.upperBound)
            return TextSection(span: span, text: String(decoding: bytes[span.range], as: UTF8.self))
        }
        return nil
    }

    private static func isBreak(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x29 || byte == 0x0A || byte == 0x28
    }

    private static func trimmed(_ text: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound, [0x20, 0x2C, 0x3B].contains(text[end - 1]) { end -= 1 }
        // Drop a trailing "and" left by a name list that stopped early.
        if end - range.lowerBound >= 4, text[(end - 4)..<end].elementsEqual(" and".utf8) { end -= 4 }
        return range.lowerBound..<end
    }
}

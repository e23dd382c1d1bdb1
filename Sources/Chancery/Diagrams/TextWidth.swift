/// How wide a line of text comes out, for the views that place text themselves (the chart's
/// lane names). The advance widths are DejaVu Serif's, the serif the themes fall back to on
/// Linux, in ems, measured through Graphviz; a wider face errs by a few percent.
enum TextWidth {
    /// The width of `text` at `fontSize` points, in points.
    static func of(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + em($1) } * fontSize
    }

    /// The longest start of `text` that fits `width` points, cut at a word where one fits,
    /// with an ellipsis when anything is cut.
    static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
        guard of(text, fontSize: fontSize) > width else { return text }
        let room = width - em("\u{2026}") * fontSize
        var used = 0.0
        var end = text.startIndex
        for index in text.indices {
            used += text[index].unicodeScalars.reduce(0) { $0 + em($1) } * fontSize
            if used > room { break }
            end = text.index(after: index)
        }
        let cut = text[..<end]
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return (word.isEmpty ? cut : word).trimmingWhitespace() + "\u{2026}"
    }

    /// One character's advance, in ems.
    static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case "i", "j", "l", " ", ",", ".", ";", ":", "'", "!", "|": return 0.31
        case "f": return 0.34
        case "t", "I", "J", "(", ")", "[", "]", "-": return 0.38
        case "r": return 0.46
        case "s", "z", "c": return 0.53
        case "n", "h", "u", "k", "S", "\u{2026}": return 0.68
        case "m", "w": return 0.98
        case "M", "W": return 1.06
        default: break
        }
        let value = scalar.value
        if value >= 0x2E80 { return 1.0 }  // CJK and Hangul: a full em.
        let character = Character(scalar)
        if character.isUppercase { return 0.76 }
        return 0.61
    }
}

extension String {
    /// The text made safe for XML content and attribute values alike: `&`, `<`, `>`, `"` and `'`
    /// written as references, tab and line feed written as character references (so that an
    /// attribute keeps them through attribute-value normalisation), and every other control
    /// character (C0 and C1, carriage return included) and the non-characters U+FFFE and U+FFFF
    /// dropped, since XML 1.0 cannot carry them.
    var xmlEscaped: String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(unicodeScalars.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t": escaped += "&#9;"
            case "\n": escaped += "&#10;"
            default:
                let value = scalar.value
                let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
                let isNonCharacter = value == 0xFFFE || value == 0xFFFF
                if !isControl && !isNonCharacter { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }
}

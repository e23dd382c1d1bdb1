/// Splits UTF-8 text into tokens in one pass, without building strings.
///
/// Letters of any script form words (a run of CJK ideographs is one word); digits form numbers;
/// every other visible character is punctuation on its own. Whitespace is not a token: it
/// sets the flags of the token after it.
enum Tokenizer {
    /// The tokens of `bytes[range]`.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var index = range.lowerBound
        let end = range.upperBound
        var pending: Token.Flags = []
        var newlines = 0
        while index < end {
            let byte = bytes[index]
            // Whitespace.
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                pending.insert(.spaceBefore)
                index += 1
                continue
            }
            if byte == 0x0A {
                pending.insert(.spaceBefore)
                pending.insert(.newlineBefore)
                newlines += 1
                if newlines >= 2 { pending.insert(.paragraphBefore) }
                index += 1
                continue
            }
            let (scalar, width) = decode(bytes, at: index, end: end)
            if isSpace(scalar) {
                pending.insert(.spaceBefore)
                index += width
                continue
            }
            let start = index
            let flags = pending
            pending = []
            newlines = 0
            if byte >= 0x30 && byte <= 0x39 {
                var value = 0
                var digits = 0
                while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    if digits < 9 { value = value * 10 + Int(bytes[index] - 0x30) }
                    digits += 1
                    index += 1
                }
                tokens.append(Token(kind: .number, flags: flags, start: start, end: index, value: value, scalar: 0))
                continue
            }
            let letterClass = classify(scalar)
            if letterClass == .none {
                index += width
                tokens.append(
                    Token(kind: .punctuation, flags: flags, start: start, end: index, value: 0, scalar: scalar.value))
                continue
            }
            // A word: a run of letters (and combining marks) of compatible scripts.
            var wordFlags = flags
            var upper = 0
            var lower = 0
            var ascii = true
            var first = true
            var position = index
            let isCJKWord = letterClass == .cjk
            while position < end {
                let (next, nextWidth) = decode(bytes, at: position, end: end)
                let nextClass = classify(next)
                if nextClass == .none { break }
                if (nextClass == .cjk) != isCJKWord { break }
                switch nextClass {
                case .upper:
                    upper += 1
                    if first { wordFlags.insert(.capitalized) }
                case .lower: lower += 1
                case .cjk: wordFlags.insert(.cjk)
                case .mark, .none: break
                }
                if next.value >= 0x80 {
                    ascii = false
                    if (0x0400...0x04FF).contains(next.value) { wordFlags.insert(.cyrillic) }
                }
                first = false
                position += nextWidth
            }
            if upper >= 2 && lower == 0 { wordFlags.insert(.allCaps) }
            if ascii { wordFlags.insert(.ascii) }
            index = position
            tokens.append(Token(kind: .word, flags: wordFlags, start: start, end: index, value: 0, scalar: 0))
        }
        return tokens
    }

    enum LetterClass {
        case none, upper, lower, mark, cjk
    }

    /// Whether a scalar is a letter, and of which case or script.
    @inline(__always)
    static func classify(_ scalar: Unicode.Scalar) -> LetterClass {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return .upper }
            if value >= 0x61 && value <= 0x7A { return .lower }
            return .none
        }
        // Chinese, Japanese kana, Korean Hangul.
        if (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xAC00...0xD7AF).contains(value) || (0x1100...0x11FF).contains(value) || (0xF900...0xFAFF).contains(value)
        {
            return .cjk
        }
        let properties = scalar.properties
        if properties.isUppercase { return .upper }
        if properties.isLowercase { return .lower }
        if properties.isAlphabetic { return properties.generalCategory == .nonspacingMark ? .mark : .lower }
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark { return .mark }
        return .none
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        case 0x0B, 0x0C: true
        default: scalar.value < 0x20 || scalar.value == 0x7F
        }
    }

    /// The scalar at `index` and its width in bytes; an invalid sequence reads as U+FFFD, one byte.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var width = 0
        var value: UInt32 = 0
        if lead & 0xE0 == 0xC0 {
            width = 2
            value = UInt32(lead & 0x1F)
        } else if lead & 0xF0 == 0xE0 {
            width = 3
            value = UInt32(lead & 0x0F)
        } else if lead & 0xF8 == 0xF0 {
            width = 4
            value = UInt32(lead & 0x07)
        } else {
            return ("\u{FFFD}", 1)
        }
        guard index + width <= end else { return ("\u{FFFD}", 1) }
        for offset in 1..<width {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}

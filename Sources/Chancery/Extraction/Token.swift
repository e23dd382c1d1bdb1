/// A word, number or punctuation mark of a text, with its byte range in the source.
struct Token: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// The first letter is upper case.
        static let capitalized = Flags(rawValue: 1 << 0)
        /// Every letter is upper case (and there are at least two).
        static let allCaps = Flags(rawValue: 1 << 1)
        /// Some letter is Cyrillic.
        static let cyrillic = Flags(rawValue: 1 << 2)
        /// Chinese, Japanese or Korean script.
        static let cjk = Flags(rawValue: 1 << 3)
        /// Whitespace comes before the token.
        static let spaceBefore = Flags(rawValue: 1 << 4)
        /// A line break comes before the token.
        static let newlineBefore = Flags(rawValue: 1 << 5)
        /// A blank line comes before the token.
        static let paragraphBefore = Flags(rawValue: 1 << 6)
        /// Only ASCII letters.
        static let ascii = Flags(rawValue: 1 << 7)
    }

    var kind: Kind
    var flags: Flags
    /// Byte range in the source.
    var start: Int
    var end: Int
    /// For numbers: the value (up to nine digits), else 0.
    var value: Int
    /// For punctuation: the Unicode scalar; else 0.
    var scalar: UInt32

    var range: Range<Int> { start..<end }
    var length: Int { end - start }
    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isAllCaps: Bool { flags.contains(.allCaps) }
    var hasSpaceBefore: Bool { flags.contains(.spaceBefore) }
    var hasNewlineBefore: Bool { flags.contains(.newlineBefore) }

    func isPunctuation(_ character: Unicode.Scalar) -> Bool {
        kind == .punctuation && scalar == character.value
    }
}

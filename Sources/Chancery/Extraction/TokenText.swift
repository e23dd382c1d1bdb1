/// Tokens of one stretch of a source, with the helpers the extractors share: lower-cased words,
/// source text and spans of token ranges.
struct TokenText {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    /// Each word token lower-cased, computed once ("" for other tokens and very long words).
    let lowered: [String]

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.init(bytes: bytes, tokens: Tokenizer.tokens(bytes, in: range))
    }

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) {
        self.bytes = bytes
        self.tokens = tokens
        self.lowered = tokens.map { Self.lowercased($0, in: bytes) }
    }

    var count: Int { tokens.count }

    subscript(index: Int) -> Token { tokens[index] }

    /// The lower-cased text of a word token; "" for anything else or out of range.
    @inline(__always)
    func lower(_ index: Int) -> String {
        index >= 0 && index < lowered.count ? lowered[index] : ""
    }

    static func lowercased(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard token.kind == .word, token.length <= 32 else { return "" }
        let raw = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        if token.flags.contains(.ascii) {
            return String(unsafeUninitializedCapacity: raw.count) { buffer in
                for (offset, byte) in raw.enumerated() {
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return raw.count
            }
        }
        return String(decoding: raw, as: UTF8.self).lowercased()
    }

    /// Whether token `index` is the word `word` (lower case given).
    func isWord(_ index: Int, _ word: String) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word,
            tokens[index].length == word.utf8.count
        else { return false }
        return lower(index) == word
    }

    /// Whether token `index` is one of `words`.
    func isWord(_ index: Int, in words: Set<String>) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        return words.contains(lowered[index])
    }

    /// Whether token `index` is one of a few `words` (a literal list: no set is built per call).
    func isWord(_ index: Int, in words: [String]) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let word = lowered[index]
        return words.contains(word)
    }

    func isPunctuation(_ index: Int, _ character: Unicode.Scalar) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isPunctuation(character)
    }

    /// The source text from the start of token `range.lowerBound` to the end of the last token.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let span = self.span(range)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self)
    }

    /// The span of a token range.
    func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
    }

    /// The text of one token.
    func text(_ index: Int) -> String { text(index..<(index + 1)) }

    /// Whether a token is an opening or closing quotation mark.
    func isQuote(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else { return false }
        return [0x27, 0x22, 0x2018, 0x2019, 0x201C, 0x201D, 0xAB, 0xBB].contains(tokens[index].scalar)
    }

    /// The index of the bracket closing the one at `index`, within `limit` and 200 tokens.
    func closingBracket(from index: Int, limit: Int) -> Int? {
        let limit = min(limit, index + 200)
        guard index < tokens.count, tokens[index].kind == .punctuation else { return nil }
        let open = tokens[index].scalar
        let close: UInt32
        switch open {
        case 0x28: close = 0x29
        case 0x5B: close = 0x5D
        default: return nil
        }
        var depth = 0
        var position = index
        while position < limit {
            let token = tokens[position]
            if token.kind == .punctuation {
                if token.scalar == open { depth += 1 }
                if token.scalar == close {
                    depth -= 1
                    if depth == 0 { return position }
                }
            }
            position += 1
        }
        return nil
    }
}

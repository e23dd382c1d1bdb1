/// A page split into lines, each with its byte range, for the line-oriented page readers.
struct PageLines {
    struct Line {
        /// The line without its terminator.
        var range: Range<Int>
        /// The line without surrounding whitespace (empty range for a blank line).
        var trimmed: Range<Int>
        var isBlank: Bool { trimmed.isEmpty }
    }

    let bytes: [UInt8]
    let lines: [Line]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var lines: [Line] = []
        var start = 0
        var index = 0
        let count = bytes.count
        while index <= count {
            if index == count || bytes[index] == 0x0A {
                var end = index
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                lines.append(Line(range: start..<end, trimmed: PageLines.trim(bytes, start..<end)))
                start = index + 1
            }
            index += 1
        }
        if let last = lines.last, last.range.isEmpty, count > 0, bytes[count - 1] == 0x0A { lines.removeLast() }
        self.lines = lines
    }

    var count: Int { lines.count }

    subscript(index: Int) -> Line { lines[index] }

    /// The trimmed text of a line.
    func text(_ index: Int) -> String {
        String(decoding: bytes[lines[index].trimmed], as: UTF8.self)
    }

    /// The trimmed text of a line in lower case, when it is at most `limit` bytes long: page
    /// furniture (`Related Documents`, `Skip to content`) is short, and most lines need no look.
    func lowercasedIfShort(_ index: Int, limit: Int = 80) -> String? {
        guard lines[index].trimmed.count <= limit else { return nil }
        return text(index).lowercased()
    }

    /// A section covering lines `first...last`, trimmed at both ends.
    func section(_ first: Int, _ last: Int) -> TextSection? {
        var first = first
        var last = last
        while first <= last, lines[first].isBlank { first += 1 }
        while last >= first, lines[last].isBlank { last -= 1 }
        guard first <= last else { return nil }
        let range = lines[first].trimmed.lowerBound..<lines[last].trimmed.upperBound
        return TextSection(span: SourceSpan(range), text: String(decoding: bytes[range], as: UTF8.self))
    }

    /// A section for one byte range.
    func section(_ range: Range<Int>) -> TextSection {
        TextSection(span: SourceSpan(range), text: String(decoding: bytes[range], as: UTF8.self))
    }

    /// The index of the next non-blank line at or after `index`.
    func nextNonBlank(from index: Int, before limit: Int? = nil) -> Int? {
        var index = index
        let limit = limit ?? lines.count
        while index < limit {
            if !lines[index].isBlank { return index }
            index += 1
        }
        return nil
    }

    /// The last line of the paragraph that starts at `index` (a paragraph ends at a blank line).
    func paragraphEnd(from index: Int, before limit: Int? = nil) -> Int {
        var index = index
        let limit = limit ?? lines.count
        while index + 1 < limit, !lines[index + 1].isBlank { index += 1 }
        return index
    }

    /// A byte range without leading and trailing whitespace (ASCII, no-break and ideographic
    /// spaces, zero-width spaces and the byte-order mark).
    static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let width = whitespaceWidth(bytes, at: start, limit: end)
            if width == 0 { break }
            start += width
        }
        while end > start {
            let width = trailingWhitespaceWidth(bytes, before: end, limit: start)
            if width == 0 { break }
            end -= width
        }
        return start..<end
    }

    /// The byte length of a whitespace character at `index`, or 0.
    static func whitespaceWidth(_ bytes: [UInt8], at index: Int, limit: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C { return 1 }
        if byte == 0xC2, index + 1 < limit, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < limit, bytes[index + 1] == 0x80,
            (0x80...0x8B).contains(bytes[index + 2]) || bytes[index + 2] == 0xAF
        {
            return 3
        }
        if byte == 0xE3, index + 2 < limit, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        if byte == 0xEF, index + 2 < limit, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return 3 }
        return 0
    }

    private static func trailingWhitespaceWidth(_ bytes: [UInt8], before end: Int, limit: Int) -> Int {
        if whitespaceWidth(bytes, at: end - 1, limit: end) == 1 { return 1 }
        if end - 2 >= limit, whitespaceWidth(bytes, at: end - 2, limit: end) == 2 { return 2 }
        if end - 3 >= limit, whitespaceWidth(bytes, at: end - 3, limit: end) == 3 { return 3 }
        return 0
    }
}

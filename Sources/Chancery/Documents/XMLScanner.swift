/// A forgiving XML tokenizer over UTF-8 bytes: start and end tags with their attributes, text,
/// comments and processing instructions skipped, entities decoded, every event with its byte
/// offset. It reads on through a truncated file (the FRUS excerpt stops inside a footnote) and
/// reports where well-formedness first fails instead of refusing the whole file.
struct XMLScanner {
    enum Event {
        case start(name: String, attributes: [String: String], offset: Int)
        /// An end tag (or the end of an empty-element tag), with the offset just past its `>`.
        case end(name: String, after: Int)
        /// Text with entities decoded, and the byte range it came from. Text is split at entity
        /// references (`with `, `&`, ` welcome`), so that each piece's range is exactly the
        /// bytes it was decoded from and offsets after an entity stay true.
        case text(String, range: Range<Int>)
    }

    let bytes: [UInt8]
    /// The first problem met, with its byte offset (an unclosed tag at the end of the file).
    private(set) var problem: (offset: Int, message: String)?

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Calls `handle` for every event in document order.
    mutating func scan(_ handle: (Event) -> Void) {
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] != 0x3C {
                var end = index
                while end < count, bytes[end] != 0x3C { end += 1 }
                texts(index..<end, handle)
                index = end
                continue
            }
            // `<!-- … -->`, `<![CDATA[ … ]]>`, `<!DOCTYPE …>`, `<? … ?>`.
            if matches("<!--", at: index) {
                index = skip(past: "-->", from: index + 4)
                continue
            }
            if matches("<![CDATA[", at: index) {
                let start = index + 9
                let end = find("]]>", from: start) ?? count
                handle(.text(String(decoding: bytes[start..<end], as: UTF8.self), range: start..<end))
                index = min(count, end + 3)
                continue
            }
            if matches("<!", at: index) || matches("<?", at: index) {
                index = skip(past: ">", from: index + 2)
                continue
            }
            guard let close = findTagEnd(from: index + 1) else {
                if problem == nil { problem = (index, "a tag is not closed before the end of the file") }
                return
            }
            let inner = Array(bytes[(index + 1)..<close])
            if inner.first == 0x2F {
                let name = String(decoding: inner.dropFirst(), as: UTF8.self).trimmingWhitespace()
                handle(.end(name: name, after: close + 1))
            } else {
                let selfClosing = inner.last == 0x2F
                let body = selfClosing ? Array(inner.dropLast()) : inner
                let (name, attributes) = Self.parseTag(body)
                handle(.start(name: name, attributes: attributes, offset: index))
                if selfClosing { handle(.end(name: name, after: close + 1)) }
            }
            index = close + 1
        }
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        let pattern = Array(literal.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    private func find(_ literal: String, from index: Int) -> Int? {
        bytes[min(index, bytes.count)...].firstRange(of: Array(literal.utf8))?.lowerBound
    }

    private func skip(past literal: String, from index: Int) -> Int {
        guard let found = find(literal, from: index) else { return bytes.count }
        return found + literal.utf8.count
    }

    /// The `>` that ends a tag, skipping quoted attribute values.
    private func findTagEnd(from index: Int) -> Int? {
        var position = index
        var quote: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return position
            } else if byte == 0x3C {
                return nil
            }
            position += 1
        }
        return nil
    }

    /// The name and attributes of `name a="1" b='2'`.
    static func parseTag(_ body: [UInt8]) -> (String, [String: String]) {
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        while index < body.count, !isSpace(body[index]) { index += 1 }
        let name = String(decoding: body[0..<index], as: UTF8.self)
        var attributes: [String: String] = [:]
        while index < body.count {
            while index < body.count, isSpace(body[index]) { index += 1 }
            let keyStart = index
            while index < body.count, body[index] != 0x3D, !isSpace(body[index]) { index += 1 }
            let key = String(decoding: body[keyStart..<index], as: UTF8.self)
            while index < body.count, isSpace(body[index]) { index += 1 }
            guard index < body.count, body[index] == 0x3D else { continue }
            index += 1
            while index < body.count, isSpace(body[index]) { index += 1 }
            guard index < body.count, body[index] == 0x22 || body[index] == 0x27 else { continue }
            let quote = body[index]
            index += 1
            let valueStart = index
            while index < body.count, body[index] != quote { index += 1 }
            attributes[key] = decodeEntities(body[valueStart..<min(index, body.count)])
            index += 1
        }
        return (name, attributes)
    }

    /// The text between two tags as events: plain runs, and each entity reference on its own.
    private func texts(_ range: Range<Int>, _ handle: (Event) -> Void) {
        var start = range.lowerBound
        var index = start
        while index < range.upperBound {
            guard bytes[index] == 0x26,
                let semicolon = bytes[index..<min(range.upperBound, index + 12)].firstIndex(of: 0x3B)
            else {
                index += 1
                continue
            }
            if start < index { handle(.text(String(decoding: bytes[start..<index], as: UTF8.self), range: start..<index)) }
            handle(.text(Self.decodeEntities(bytes[index...semicolon]), range: index..<(semicolon + 1)))
            index = semicolon + 1
            start = index
        }
        if start < range.upperBound {
            handle(.text(String(decoding: bytes[start..<range.upperBound], as: UTF8.self), range: start..<range.upperBound))
        }
    }

    /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references decoded.
    static func decodeEntities(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        var result = ""
        var index = bytes.startIndex
        var runStart = index
        while index < bytes.endIndex {
            guard bytes[index] == 0x26, let semicolon = bytes[index..<min(bytes.endIndex, index + 12)].firstIndex(of: 0x3B) else {
                index += 1
                continue
            }
            let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            var replacement: String?
            switch name {
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
                    replacement = String(Character(scalar))
                } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
                    replacement = String(Character(scalar))
                }
            }
            if let replacement {
                result += String(decoding: bytes[runStart..<index], as: UTF8.self) + replacement
                index = semicolon + 1
                runStart = index
            } else {
                index += 1
            }
        }
        result += String(decoding: bytes[runStart..<bytes.endIndex], as: UTF8.self)
        return result
    }
}

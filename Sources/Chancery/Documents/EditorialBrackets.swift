/// Finds the editor's square brackets in parts of a document and says what each one is.
enum EditorialBrackets {
    /// The brackets in `sections`, in source order. Unbalanced brackets are left alone; a bracket
    /// never spans a line break or more than 200 bytes.
    static func find(in bytes: [UInt8], sections: [TextSection]) -> [EditorialBracket] {
        var found: [EditorialBracket] = []
        for section in sections.sorted(by: { $0.span < $1.span }) {
            var index = section.span.start
            let end = section.span.end
            while index < end {
                guard bytes[index] == 0x5B else {
                    index += 1
                    continue
                }
                var close = index + 1
                while close < end, close - index <= 200, bytes[close] != 0x5D, bytes[close] != 0x5B, bytes[close] != 0x0A {
                    close += 1
                }
                guard close < end, bytes[close] == 0x5D else {
                    index += 1
                    continue
                }
                let content = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                found.append(
                    EditorialBracket(kind: kind(of: content), span: SourceSpan(start: index, end: close + 1), content: content))
                index = close + 1
            }
        }
        return found
    }

    static func kind(of content: String) -> EditorialBracket.Kind {
        let trimmed = content.trimmingWhitespace()
        if !trimmed.isEmpty, trimmed.count <= 3, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) { return .footnoteMarker }
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "." || $0 == "\u{2026}" || $0 == " " }) { return .elision }
        if trimmed.isEmpty { return .elision }
        return .insertion
    }
}

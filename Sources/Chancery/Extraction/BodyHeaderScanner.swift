/// Reads the lines at the top and the bottom of a message body for its address, salutation,
/// signature, origin and dateline.
struct BodyHeaderScanner {
    let knowledge: Knowledge

    /// The body header of the tokens `range` (one body), given the dates and names found there.
    func scan(_ text: TokenText, in range: Range<Int>, dates: [DateMention], names: [NameMention]) -> BodyHeader {
        var header = BodyHeader()
        let lines = self.lines(text, range)
        guard !lines.isEmpty else { return header }
        let parser = TitleHeaderParser(text)

        // The top: up to eight lines before the text proper starts.
        for fullLine in lines.prefix(8) {
            var line = fullLine
            // `BEIJING, TO KRASOVSKY`: the origin, then the address.
            if let place = names.first(where: {
                $0.kind == .place && !$0.isAdjective && $0.span.start == text[fullLine.lowerBound].start
            }) {
                var after = fullLine.lowerBound
                while after < fullLine.upperBound, text[after].end <= place.span.end { after += 1 }
                if after + 1 < fullLine.upperBound, text[after].kind == .punctuation, text.isWord(after + 1, "to") {
                    if header.origin == nil { header.origin = PartyMention(name: place.surface, span: place.span) }
                    line = (after + 1)..<fullLine.upperBound
                }
            }
            let first = line.lowerBound
            if let date = wholeLineDate(text, line, dates: dates) {
                if header.dateline == nil { header.dateline = date }
                continue
            }
            // `Acquaint KIM IL SUNG with the following`.
            if text.isWord(first, "acquaint"),
                let with = (line.lowerBound..<line.upperBound).first(where: { text.isWord($0, "with") && $0 > first + 1 })
            {
                var scratch = CorrespondenceHeader(span: text.span(line))
                header.forwardTo += parser.parties(from: first + 1, limit: with, into: &scratch)
                continue
            }
            // `Transmit the following answer to MAO ZEDONG.`
            if text.isWord(first, in: ["transmit", "pass", "convey", "deliver", "hand", "forward", "relay"]),
                let to = (line.lowerBound..<line.upperBound).first(where: { text.isWord($0, "to") && $0 > first })
            {
                var scratch = CorrespondenceHeader(span: text.span(line))
                header.forwardTo += parser.parties(from: to + 1, limit: trimmedEnd(text, line), into: &scratch)
                continue
            }
            // `For Comrade MAO ZEDONG`.
            if text.isWord(first, "for"), line.count <= 8, isNameLine(text, (first + 1)..<trimmedEnd(text, line), names: names) {
                var scratch = CorrespondenceHeader(span: text.span(line))
                header.forwardTo += parser.parties(from: first + 1, limit: trimmedEnd(text, line), into: &scratch)
                continue
            }
            // `TO KRASOVSKY`, `To Comrade Mao Zedong`.
            if text.isWord(first, "to"), line.count <= 8, isNameLine(text, (first + 1)..<trimmedEnd(text, line), names: names) {
                var scratch = CorrespondenceHeader(span: text.span(line))
                header.addressedTo += parser.parties(from: first + 1, limit: trimmedEnd(text, line), into: &scratch)
                continue
            }
            // `BEIJING--`, `MOSCOW`: a known place alone on a line.
            if header.origin == nil,
                let place = names.first(where: { $0.kind == .place && !$0.isAdjective && $0.span.start == text[first].start }),
                isOnly(text, line, span: place.span)
            {
                header.origin = PartyMention(name: place.surface, span: place.span)
                continue
            }
            // `Comrade Filippov:`, `“Comrade MAO ZEDONG.`, `Dear Comrade Stalin,`.
            if header.salutation.isEmpty {
                let found = salutation(text, line, names: names, parser: parser)
                if !found.isEmpty {
                    header.salutation = found
                    continue
                }
            }
        }

        for line in lines.prefix(30) {
            header.present += presentLine(text, line, parser: parser)
        }

        // The bottom: the closing date and the signature, reading upwards.
        var consumed = 0
        for line in lines.reversed() {
            consumed += 1
            if consumed > 8 { break }
            if let date = wholeLineDate(text, line, dates: dates) {
                if header.closingDate == nil { header.closingDate = date }
                continue
            }
            if isTelegraphTrailer(text, line) { continue }
            if let signature = signature(text, line, names: names, parser: parser) {
                header.signature = signature
                break
            }
            // A line of running text: the signature, if any, was below it.
            if line.count > 12 { break }
        }
        return header
    }

    // MARK: - Lines

    /// The token ranges of the body's lines.
    func lines(_ text: TokenText, _ range: Range<Int>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound + 1
        while index <= range.upperBound {
            if index == range.upperBound || text[index].hasNewlineBefore {
                if start < index { lines.append(start..<index) }
                start = index
            }
            index += 1
        }
        return lines
    }

    /// The line's end without trailing punctuation and quotes.
    func trimmedEnd(_ text: TokenText, _ line: Range<Int>) -> Int {
        var end = line.upperBound
        while end > line.lowerBound, text[end - 1].kind == .punctuation, !text.isPunctuation(end - 1, "]"),
            !text.isPunctuation(end - 1, ")")
        {
            end -= 1
        }
        return end
    }

    func wholeLineDate(_ text: TokenText, _ line: Range<Int>, dates: [DateMention]) -> DateMention? {
        let span = text.span(line)
        guard let date = dates.first(where: { span.contains($0.span) }) else { return nil }
        // Only brackets and punctuation may stand beside the date on its line.
        let outside = line.filter { text[$0].start < date.span.start || text[$0].end > date.span.end }
        return outside.allSatisfy { text[$0].kind == .punctuation } ? date : nil
    }

    func isOnly(_ text: TokenText, _ line: Range<Int>, span: SourceSpan) -> Bool {
        line.allSatisfy { text[$0].kind == .punctuation || span.contains(SourceSpan(text[$0].range)) }
    }

    /// Whether the tokens are a name and nothing else (titles and brackets allowed).
    func isNameLine(_ text: TokenText, _ range: Range<Int>, names: [NameMention]) -> Bool {
        guard !range.isEmpty else { return false }
        var index = range.lowerBound
        var sawName = false
        while index < range.upperBound {
            let token = text[index]
            if token.kind == .punctuation {
                if let close = text.closingBracket(from: index, limit: range.upperBound) {
                    index = close + 1
                    continue
                }
                index += 1
                continue
            }
            if text.isWord(index, in: NameScanner.personTitles) || text.isWord(index, in: ["the", "and"]) {
                index += 1
                continue
            }
            guard token.kind == .word, token.isCapitalized || token.isAllCaps || !token.flags.contains(.ascii) else {
                return false
            }
            sawName = true
            index += 1
        }
        return sawName
    }

    /// `Comrade Filippov:`, `Dear Comrade Kim Il Sung,`, `“Comrade MAO ZEDONG.`, and lists such as
    /// `The Central Committee, and Comrades [Liu] Shaoqi and [Zhou] Enlai:` (names ending with a colon).
    func salutation(_ text: TokenText, _ line: Range<Int>, names: [NameMention], parser: TitleHeaderParser) -> [PartyMention] {
        var first = line.lowerBound
        while first < line.upperBound, text.isQuote(first) { first += 1 }
        let hasDear = text.isWord(first, "dear")
        if hasDear { first += 1 }
        let end = trimmedEnd(text, line)
        let endsWithColon =
            text.isPunctuation(line.upperBound - 1, ":")
            && !text.isWord(first, in: ["cc", "copy", "copies", "distribution", "subject", "re", "reference", "attention"])
        guard first < end, text.isWord(first, in: NameScanner.personTitles) || hasDear || endsWithColon else { return [] }
        guard end - first <= (endsWithColon ? 16 : 8), isNameLine(text, first..<end, names: names) else { return [] }
        var scratch = CorrespondenceHeader(span: text.span(line))
        return parser.parties(from: first, limit: end, into: &scratch)
    }

    /// `Present: Mikoyan, Zhou Enlai, Li Fuchun`, `Participants: …`, `Also present: …`.
    func presentLine(_ text: TokenText, _ line: Range<Int>, parser: TitleHeaderParser) -> [PartyMention] {
        var first = line.lowerBound
        if text.isWord(first, "also") { first += 1 }
        guard text.isWord(first, in: ["present", "participants", "participating", "attending", "attended"]),
            text.isPunctuation(first + 1, ":")
        else { return [] }
        var scratch = CorrespondenceHeader(span: text.span(line))
        var parties: [PartyMention] = []
        // Names are separated by commas, semicolons and `and`; descriptions after a comma that
        // are not names are dropped by the party parser.
        var start = first + 2
        var index = start
        while index <= line.upperBound {
            if index == line.upperBound || text.isPunctuation(index, ";") || text.isPunctuation(index, ",") {
                parties += parser.parties(from: start, limit: index, into: &scratch).filter { $0.name.count < 60 }
                start = index + 1
            }
            index += 1
        }
        return parties
    }

    /// `Mao Zedong`, `With greetings. FILIPPOV [Stalin].`, `S H T Y K O V`, `Chairman Mao Zedong`.
    func signature(_ text: TokenText, _ line: Range<Int>, names: [NameMention], parser: TitleHeaderParser) -> PartyMention? {
        var first = line.lowerBound
        let end = trimmedEnd(text, line)
        // Skip a closing formula: `With greetings.`, `Salutations!`, `Respectfully,`.
        if let formulaEnd = (first..<end).first(where: {
            text.isPunctuation($0, ".") || text.isPunctuation($0, "!") || text.isPunctuation($0, ",")
        }),
            (first..<formulaEnd).contains(where: { text.isWord($0, in: Self.closingWords) })
        {
            first = formulaEnd + 1
        }
        while first < end, text.isQuote(first) { first += 1 }
        guard first < end, end - first <= 10 else { return nil }
        // A letter-spaced or known name, or title-less capitalised words that the scanner named.
        let span = text.span(first..<end)
        guard
            let name = names.first(where: {
                span.contains($0.span) && $0.span.start == text[first].start || $0.span.start == text[first].start
            }),
            name.kind == .person || name.kind == .organisation || (name.candidates.isEmpty && name.rule == "letter-spaced"),
            isNameLine(text, first..<end, names: names)
        else { return nil }
        if name.rule == "letter-spaced" { return PartyMention(name: name.surface, span: name.span) }
        var scratch = CorrespondenceHeader(span: span)
        return parser.parties(from: first, limit: end, into: &scratch).first
    }

    /// `Confirm receipt.`, `Telegraph the fulfillment.`, `No. 72/III`, `[...]`, `Salutations!`.
    func isTelegraphTrailer(_ text: TokenText, _ line: Range<Int>) -> Bool {
        let first = line.lowerBound
        if text.isWord(first, in: ["confirm", "telegraph", "acknowledge", "report"]) && line.count <= 6 { return true }
        if text.isWord(first, in: ["no", "nr"]), line.count <= 6 { return true }
        if text.isWord(first, in: Self.closingWords), line.count <= 4 { return true }
        if line.allSatisfy({ text[$0].kind == .punctuation }) { return true }
        return false
    }

    static let closingWords: Set<String> = [
        "greetings", "salutations", "respectfully", "regards", "sincerely", "yours", "with", "best", "warm",
        "communist", "comradely", "salute", "привет", "приветом",
    ]
}

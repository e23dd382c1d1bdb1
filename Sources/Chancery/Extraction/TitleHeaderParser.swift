/// Reads the correspondence header out of a catalogue title, in every shape the archive uses:
///
/// - `Cable from Mao Zedong to Stalin, 'Request that …'`
/// - `Cable, Filippov (Stalin) to Mao Zedong`
/// - `Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong`
/// - `Ciphered Telegram No. 21336 from Beijing, Mao Zedong to Cde. Filippov [Stalin]`
/// - `Letter from Feng Xi (Stalin) to Kim Il Sung (via Shtytkov)`
/// - `Telegram from Shtykov to Gromyko and Stalin`
/// - `Hand delivered note, Zhou Enlai to Stalin, conveying telegram From Mao Zedong to Zhou Enlai`
/// - `Memorandum of Conversation between Anastas Mikoyan and Zhou Enlai`
/// - `Draft Reply to Mao Zedong's Telegram from Stalin via Molotov`
/// - `VKP(b) CC Politburo decision with approved message Filippov (Stalin) to Mao Zedong`
///
/// The same parser reads footnotes such as `This is a telegram from Mao Zedong to Stalin.`
struct TitleHeaderParser {
    let text: TokenText

    init(_ text: TokenText) { self.text = text }

    /// The header of the tokens `range`, or nil when it names no one.
    func parse(_ range: Range<Int>) -> CorrespondenceHeader? {
        // A title is a line; anything longer than this is not one, and parsing it would cost.
        guard !range.isEmpty, range.count <= 200 else { return nil }
        let end = subjectStart(in: range) ?? range.upperBound
        var header = CorrespondenceHeader(span: text.span(range.lowerBound..<max(range.lowerBound + 1, end)))
        var position = range.lowerBound
        let (type, afterType) = documentType(at: position, limit: end)
        header.type = type
        position = afterType
        if let (number, afterNumber) = messageNumber(at: position, limit: end) {
            header.number = number
            position = afterNumber
        }
        let typeIsMeeting = type.map { type in Self.meetingWords.contains { type.lowercased().contains($0) } } ?? false
        if typeIsMeeting || isMeetingTitle(range.lowerBound..<end) {
            header.isMeeting = true
            header.participants = meetingParticipants(in: range.lowerBound..<end)
            return header.participants.isEmpty ? nil : header
        }
        if let type, type.lowercased().contains("reply"), text.isWord(position, "to") {
            return parseReply(header: header, from: position, limit: end)
        }
        parseMessage(into: &header, from: position, limit: end)
        // `Politburo decision with approved message A to B`: the message is what the title is about.
        if !header.hasParties, let inner = header.embedded.first {
            header.senders = inner.senders
            header.recipients = inner.recipients
            header.via = inner.via
            header.embedded.removeFirst()
        }
        return header.hasParties ? header : nil
    }

    // MARK: - Messages

    /// `[from ORIGIN,] A to B [, for C] [via D] [, conveying … from X to Y]`.
    func parseMessage(into header: inout CorrespondenceHeader, from start: Int, limit end: Int) {
        // An embedded message starts at `transmitting`, `conveying`, `with approved message` ….
        let embeddedStart = embeddedMarker(from: start, limit: end)
        let mainEnd = embeddedStart?.marker ?? end
        guard let toIndex = topLevelIndex(from: start, limit: mainEnd, where: { text.isWord($0, "to") }) else {
            // `Telegram from Stalin` alone: a sender without an addressee.
            if let fromIndex = topLevelIndex(from: start, limit: mainEnd, where: { text.isWord($0, "from") }) {
                header.senders = parties(
                    from: fromIndex + 1, limit: segmentEnd(from: fromIndex + 1, limit: mainEnd), into: &header)
            }
            if let embeddedStart { attachEmbedded(embeddedStart, limit: end, to: &header) }
            return
        }
        var senderStart = senderSegmentStart(before: toIndex, from: start)
        // `No. 21336 from Beijing, Mao Zedong to …`: the first segment after `from` is the origin.
        if let fromIndex = topLevelIndex(from: start, limit: toIndex, where: { text.isWord($0, "from") }),
            fromIndex + 1 < toIndex,
            let comma = topLevelIndex(from: fromIndex + 1, limit: toIndex, where: { text.isPunctuation($0, ",") }),
            comma + 1 < toIndex
        {
            let originRange = (fromIndex + 1)..<comma
            header.origin = PartyMention(name: text.text(originRange), span: text.span(originRange))
            senderStart = comma + 1
        }
        var scratch = header
        header.senders = parties(from: senderStart, limit: toIndex, into: &scratch)
        header.via += scratch.via
        let recipientEnd = segmentEnd(from: toIndex + 1, limit: mainEnd)
        header.recipients = parties(from: toIndex + 1, limit: recipientEnd, into: &header)
        parseModifiers(from: recipientEnd, limit: mainEnd, into: &header)
        if let embeddedStart { attachEmbedded(embeddedStart, limit: end, to: &header) }
    }

    /// After the recipients: `, for C`, `for C`, `via D`, `(via D)`, `through D`, `and E`.
    func parseModifiers(from start: Int, limit end: Int, into header: inout CorrespondenceHeader) {
        var position = start
        while position < end {
            if text.isPunctuation(position, ",") || text.isPunctuation(position, ";") {
                position += 1
                continue
            }
            let word = text.lower(position)
            if word == "from", header.senders.isEmpty {
                let segmentStop = segmentEnd(from: position + 1, limit: end)
                header.senders = parties(from: position + 1, limit: segmentStop, into: &header)
                position = max(segmentStop, position + 1)
                continue
            }
            if word == "for" {
                let segmentStop = segmentEnd(from: position + 1, limit: end)
                let finals = parties(from: position + 1, limit: segmentStop, into: &header)
                if !finals.isEmpty {
                    // The addressee named with `to` was the channel.
                    header.via += header.recipients
                    header.recipients = finals
                }
                position = max(segmentStop, position + 1)
                continue
            }
            if word == "via" || word == "through" {
                let segmentStop = segmentEnd(from: position + 1, limit: end)
                header.via += parties(from: position + 1, limit: segmentStop, into: &header)
                position = max(segmentStop, position + 1)
                continue
            }
            if text.isPunctuation(position, "(") || text.isPunctuation(position, "["),
                let close = text.closingBracket(from: position, limit: end)
            {
                if text.isWord(position + 1, "via") || text.isWord(position + 1, "through") {
                    header.via += parties(from: position + 2, limit: close, into: &header)
                }
                position = close + 1
                continue
            }
            // Anything else ends the header (a subject without quotes: `, Plans for Mao's Visit`).
            break
        }
    }

    /// The forwarding convention: the author of the carried message is its sender, its
    /// addressee (or the final reader, when the forwarder was the addressee) its recipient, and
    /// the forwarder an intermediary. A sender carrying their own message keeps the header.
    func attachEmbedded(_ marker: (marker: Int, body: Int), limit end: Int, to header: inout CorrespondenceHeader) {
        var inner = CorrespondenceHeader(span: text.span(marker.marker..<end))
        var position = marker.body
        if let date = leadingDate(at: position, limit: end) {
            inner.dateText = TextSection(span: text.span(position..<date), text: text.text(position..<date))
            position = date
        }
        // `transmitting Mao Zedong's Reply`: the author in the possessive.
        var possessive = position
        while possessive < min(end, position + 8), !isPossessive(possessive) { possessive += 1 }
        if possessive < end, isPossessive(possessive), text.isWord(possessive + 2, in: Self.messageWords) {
            inner.type = text.text(possessive + 2)
            var scratch = inner
            inner.senders = parties(from: position, limit: possessive, into: &scratch)
            if !inner.senders.isEmpty { header.embedded.append(inner) }
            return
        }
        while position < end,
            text.isWord(position, in: Self.messageWords) || text.isWord(position, in: ["a", "the", "his", "her", "their", "of"])
        {
            if inner.type == nil, text.isWord(position, in: Self.messageWords) { inner.type = text.text(position) }
            position += 1
        }
        parseMessage(into: &inner, from: position, limit: end)
        guard !inner.senders.isEmpty else { return }
        header.embedded.append(inner)
    }

    // MARK: - Replies and meetings

    /// `Draft Reply to Mao Zedong's Telegram from Stalin via Molotov`.
    func parseReply(header: CorrespondenceHeader, from toIndex: Int, limit end: Int) -> CorrespondenceHeader? {
        var header = header
        var position = toIndex + 1
        var nameEnd = position
        while nameEnd < end, !isPossessive(nameEnd), !text.isWord(nameEnd, "from"), !text.isPunctuation(nameEnd, ",") {
            nameEnd += 1
        }
        let addressee = parties(from: position, limit: nameEnd, into: &header)
        header.recipients = addressee
        header.repliesTo = addressee.first
        position = nameEnd
        if isPossessive(position) { position += 2 }
        while position < end, text.isWord(position, in: Self.messageWords) { position += 1 }
        if text.isWord(position, "from") {
            let senderEnd = segmentEnd(from: position + 1, limit: end)
            header.senders = parties(from: position + 1, limit: senderEnd, into: &header)
            parseModifiers(from: senderEnd, limit: end, into: &header)
        }
        return header.hasParties ? header : nil
    }

    /// A meeting word before any ` to ` (`Telegram, X to Y on a Conversation with Z` is a message).
    func isMeetingTitle(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if text.isWord(index, "to"), index > range.lowerBound,
                isNameToken(index - 1) || text.isPunctuation(index - 1, "]")
                    || text.isPunctuation(index - 1, ")")
            {
                return false
            }
            if text.isWord(index, in: ["conversation", "conversations", "meeting", "talk", "talks", "discussion"]) {
                return true
            }
            index += 1
        }
        return false
    }

    /// `between A and B`, `with A and B`, `A's conversation with B`, `Journal of Ambassador A`.
    func meetingParticipants(in range: Range<Int>) -> [PartyMention] {
        var scratch = CorrespondenceHeader(span: text.span(range))
        var found: [PartyMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let listFollows =
                text.isPunctuation(index, ",")
                && text.isWord(index - 1, in: ["conversation", "conversations", "meeting", "talk", "talks"])
            if listFollows || text.isWord(index, in: ["between", "with", "by"])
                || (text.isWord(index, "of") && text.isWord(index - 1, "journal"))
            {
                let stop = segmentEnd(from: index + 1, limit: range.upperBound)
                found += parties(from: index + 1, limit: stop, into: &scratch)
                index = max(stop, index + 1)
                continue
            }
            index += 1
        }
        // `[Mao Zedong's] Conversation with …`: a possessive before the meeting word.
        var possessive = range.lowerBound
        while possessive < range.upperBound, !isPossessive(possessive) { possessive += 1 }
        let afterPossessive = possessive + 2 + (text.isPunctuation(possessive + 2, "]") ? 1 : 0)
        if possessive < range.upperBound, text.isWord(afterPossessive, in: ["conversation", "meeting", "talk", "talks"]) {
            var first = range.lowerBound
            if text.isPunctuation(first, "[") { first += 1 }
            found = parties(from: first, limit: possessive, into: &scratch) + found
        }
        var unique: [PartyMention] = []
        for party in found where !unique.contains(where: { $0.name == party.name }) { unique.append(party) }
        return unique
    }

    // MARK: - Parties

    /// The parties in `start..<limit`: names separated by `and`, `&` and commas, each with its
    /// bracketed identification; titles such as `Comrade` or `Cde.` removed. Bracketed
    /// `via X` inside the segment goes to `header.via`.
    func parties(from start: Int, limit end: Int, into header: inout CorrespondenceHeader) -> [PartyMention] {
        var result: [PartyMention] = []
        var position = start
        var pieces: [Range<Int>] = []
        func finish() {
            guard !pieces.isEmpty else { return }
            if let party = makeParty(pieces: pieces) { result.append(party) }
            pieces = []
        }
        while position < end {
            if text.isWord(position, "and") || text.isPunctuation(position, "&") || text.isPunctuation(position, ",") {
                finish()
                position += 1
                continue
            }
            if text.isPunctuation(position, "(") || text.isPunctuation(position, "["),
                let close = text.closingBracket(from: position, limit: end)
            {
                if text.isWord(position + 1, "via") || text.isWord(position + 1, "through") {
                    finish()
                    header.via += parties(from: position + 2, limit: close, into: &header)
                } else {
                    // Leading or inner brackets complete the name (`[Richard] Dixon`); a trailing
                    // one identifies it (`Filippov [Stalin]`): `makeParty` tells them apart.
                    pieces.append(position..<(close + 1))
                }
                position = close + 1
                continue
            }
            pieces.append(position..<(position + 1))
            position += 1
        }
        finish()
        return result
    }

    /// One party from its pieces: the name, and a trailing bracket as its identification.
    func makeParty(pieces: [Range<Int>]) -> PartyMention? {
        var nameTokens: [Int] = []
        var bracket: (text: String, span: SourceSpan, square: Bool)?
        for (offset, piece) in pieces.enumerated() {
            if piece.count >= 2 {
                let isSquare = text.isPunctuation(piece.lowerBound, "[")
                let inner = (piece.lowerBound + 1)..<(piece.upperBound - 1)
                let isTrailing = offset == pieces.count - 1 || pieces[(offset + 1)...].allSatisfy { $0.count > 1 }
                if isTrailing, !nameTokens.isEmpty, bracket == nil, !inner.isEmpty {
                    bracket = (text.text(inner), text.span(inner), isSquare)
                } else if !inner.isEmpty, !isTrailing || nameTokens.isEmpty {
                    nameTokens += Array(inner)
                }
                continue
            }
            nameTokens.append(piece.lowerBound)
        }
        // Drop titles and articles in front, a possessive and punctuation at the end.
        var first = 0
        while first < nameTokens.count, isTitleWord(nameTokens[first]) || text.isPunctuation(nameTokens[first], "."),
            !(first + 1 < nameTokens.count && text.isWord(nameTokens[first + 1], in: Self.institutionHeads))
        {
            first += 1
            // `Chairman of the CC CPC Mao Zedong`: skip the office down to the next capital.
            while first < nameTokens.count, text.isWord(nameTokens[first], in: ["of", "the", "to", "for"]) {
                first += 1
            }
        }
        var last = nameTokens.count - 1
        while last >= first,
            text.isPunctuation(nameTokens[last], ".") || text.isPunctuation(nameTokens[last], ":")
                || text.isQuote(nameTokens[last])
        {
            last -= 1
        }
        if last - 1 >= first, text.isWord(nameTokens[last], "s"), text.isQuote(nameTokens[last - 1]) { last -= 2 }
        guard first <= last else { return nil }
        let kept = Array(nameTokens[first...last])
        guard kept.contains(where: { isNameToken($0) }), kept.count <= 12 else { return nil }
        // A name starts with a capital (or is in a script without case).
        guard let head = kept.first,
            text[head].isCapitalized || text[head].flags.contains(.cjk) || text[head].isAllCaps
                || text[head].isNumber == false && text[head].kind == .word && !text[head].flags.contains(.ascii)
        else { return nil }
        let name = kept.map { text.text($0) }.enumerated().reduce(into: "") { result, item in
            let token = text[kept[item.offset]]
            if item.offset > 0, token.hasSpaceBefore { result += " " }
            result += item.element
        }
        let span = SourceSpan(start: text[kept.first!].start, end: text[kept.last!].end)
        return PartyMention(
            name: name, span: span, bracketed: bracket?.text, bracketedSpan: bracket?.span,
            bracketIsSquare: bracket?.square ?? false)
    }

    func isNameToken(_ index: Int) -> Bool {
        guard index < text.count else { return false }
        let token = text[index]
        return token.kind == .word && (token.isCapitalized || token.isAllCaps || !token.flags.contains(.ascii))
    }

    func isTitleWord(_ index: Int) -> Bool {
        text.isWord(index, in: Self.titleWords)
    }

    func isPossessive(_ index: Int) -> Bool {
        text.isQuote(index) && text.isWord(index + 1, "s") && !text[index + 1].hasSpaceBefore
    }

    // MARK: - Segments

    /// Where the party list that starts at `start` ends: at a keyword, a comma before a
    /// keyword or a non-name, a bracket with `via`, or the limit.
    func segmentEnd(from start: Int, limit end: Int) -> Int {
        var position = start
        while position < end {
            // `Chinese Embassy in the Soviet Union`: the place belongs to the institution's name.
            if text.isWord(position, in: ["in", "at"]), text.isWord(position - 1, in: Self.postWords) {
                position += 1
                continue
            }
            if text.isWord(position, in: Self.segmentStops) { return position }
            if text.isPunctuation(position, "(") || text.isPunctuation(position, "["),
                let close = text.closingBracket(from: position, limit: end)
            {
                if text.isWord(position + 1, "via") || text.isWord(position + 1, "through") { return position }
                position = close + 1
                continue
            }
            if text.isPunctuation(position, ",") || text.isPunctuation(position, ";") {
                // A comma continues the list only before another name followed by `and`
                // (`to Mao, Zhou Enlai and Liu Shaoqi`).
                if continuesList(after: position, limit: end) {
                    position += 1
                    continue
                }
                return position
            }
            if text.isQuote(position), !isPossessive(position) { return position }
            if text.isPunctuation(position, ":") { return position }
            position += 1
        }
        return end
    }

    func continuesList(after comma: Int, limit end: Int) -> Bool {
        var position = comma + 1
        var sawName = false
        while position < end {
            if text.isWord(position, "and") { return sawName }
            if text.isPunctuation(position, ",") { return false }
            if text.isWord(position, in: Self.segmentStops) { return false }
            if isNameToken(position) || isTitleWord(position) {
                sawName = true
            } else if !text.isPunctuation(position, ".") {
                return false
            }
            position += 1
        }
        return false
    }

    /// Where the sender list before `to` starts: after the last comma, `from`, type word or number.
    func senderSegmentStart(before toIndex: Int, from start: Int) -> Int {
        var position = toIndex - 1
        var depth = 0
        while position >= start {
            if text.isPunctuation(position, ")") || text.isPunctuation(position, "]") { depth += 1 }
            if text.isPunctuation(position, "(") || text.isPunctuation(position, "[") { depth -= 1 }
            if depth == 0 {
                if text.isPunctuation(position, ",") && !listContinuesBackward(comma: position, toIndex: toIndex) {
                    return position + 1
                }
                if text.isWord(position, "from") || text.isWord(position, in: Self.messageWords) && !isNameToken(position) {
                    return position + 1
                }
                if text.isWord(position, in: Self.messageWords), text.isWord(position - 1, in: ["approved", "the", "a", "with"]) {
                    return position + 1
                }
            }
            position -= 1
        }
        return start
    }

    /// `Mao, Zhou Enlai and Liu Shaoqi to Stalin`: a comma inside a sender list.
    func listContinuesBackward(comma: Int, toIndex: Int) -> Bool {
        var position = comma + 1
        var sawAnd = false
        while position < toIndex {
            if text.isWord(position, "and") { sawAnd = true }
            if !(isNameToken(position) || text.isWord(position, "and") || text.isPunctuation(position, ".")
                || isTitleWord(position))
            {
                return false
            }
            position += 1
        }
        guard sawAnd else { return false }
        // The segment before the comma must itself be a name, not a type word.
        return isNameToken(comma - 1) && !text.isWord(comma - 1, in: Self.messageWords)
    }

    /// The first index in `start..<end` outside brackets where `matches` holds.
    func topLevelIndex(from start: Int, limit end: Int, where matches: (Int) -> Bool) -> Int? {
        var position = start
        while position < end {
            if text.isPunctuation(position, "(") || text.isPunctuation(position, "["),
                let close = text.closingBracket(from: position, limit: end)
            {
                position = close + 1
                continue
            }
            if matches(position) { return position }
            position += 1
        }
        return nil
    }

    /// `transmitting`, `conveying`, `relaying`, `forwarding`, `enclosing`, `with approved message`:
    /// the marker's index and where the carried message's description starts.
    func embeddedMarker(from start: Int, limit end: Int) -> (marker: Int, body: Int)? {
        var position = start
        while position < end {
            if text.isWord(position, in: ["transmitting", "conveying", "relaying", "forwarding", "enclosing", "containing"]) {
                var marker = position
                if marker > start, text.isPunctuation(marker - 1, ",") { marker -= 1 }
                return (marker, position + 1)
            }
            if text.isWord(position, "with"), text.isWord(position + 1, in: ["approved", "message", "the", "a"]) {
                var body = position + 1
                if text.isWord(body, "approved") { body += 1 }
                if text.isWord(body, in: ["message", "text"]) || text.isWord(body, in: ["the", "a"]) {
                    return (position, body)
                }
            }
            position += 1
        }
        return nil
    }

    /// The end of a date at `start` (`14 January 1951`, `the 19 January 1951`), if one is there.
    func leadingDate(at start: Int, limit end: Int) -> Int? {
        var position = start
        if text.isWord(position, in: ["the", "a"]) { position += 1 }
        let result = DateScanner(context: nil).scan(text.bytes, Array(text.tokens[position..<end]))
        guard let first = result.mentions.first, first.span.start == text[position].start else { return nil }
        var after = position
        while after < end, text[after].end <= first.span.end { after += 1 }
        return after
    }

    // MARK: - Type, number, subject

    /// The document type at the start (`Ciphered Telegram`, `Memorandum of Conversation`).
    func documentType(at start: Int, limit end: Int) -> (String?, Int) {
        var position = start
        if text.isWord(position, in: ["this", "it"]), text.isWord(position + 1, "is") { position += 2 }
        if text.isWord(position, in: ["a", "an", "the"]) { position += 1 }
        var last = position
        var sawTypeWord = false
        while last < end, last - position < 6, text[last].kind == .word {
            let word = text.lower(last)
            if Self.typeWords.contains(word) {
                sawTypeWord = true
                last += 1
                continue
            }
            if sawTypeWord, word == "of", text.isWord(last + 1, in: Self.typeWords) {
                last += 1
                continue
            }
            if Self.typeModifiers.contains(word) {
                last += 1
                continue
            }
            break
        }
        // Drop modifiers after the last type word (`Telegram from` keeps `Telegram`).
        while last > position, !text.isWord(last - 1, in: Self.typeWords) { last -= 1 }
        guard sawTypeWord, last > position else { return (nil, start) }
        var after = last
        if text.isPunctuation(after, ",") { after += 1 }
        return (text.text(position..<last), after)
    }

    /// `No. 709`, `No. 72/III`, `#25`: the number's text and the index after it.
    func messageNumber(at start: Int, limit end: Int) -> (String, Int)? {
        var position = start
        guard
            text.isWord(position, in: ["no", "nr", "number"]) || text.isPunctuation(position, "#")
                || text.isPunctuation(position, "№")
        else { return nil }
        position += 1
        if text.isPunctuation(position, ".") { position += 1 }
        guard position < end, text[position].isNumber else { return nil }
        var last = position + 1
        while last + 1 < end, !text[last].hasSpaceBefore, text.isPunctuation(last, "/") || text.isPunctuation(last, "-"),
            !text[last + 1].hasSpaceBefore
        {
            last += 2
        }
        let number = text.text(position..<last)
        if text.isPunctuation(last, ",") { last += 1 }
        return (number, last)
    }

    /// Where a quoted subject starts (`, 'Request that …'`), if the title has one.
    func subjectStart(in range: Range<Int>) -> Int? {
        let quote = topLevelIndex(from: range.lowerBound, limit: range.upperBound) { position in
            text.isQuote(position) && !isPossessive(position)
                && (position == range.lowerBound || text.isPunctuation(position - 1, ",") || text[position].hasSpaceBefore)
        }
        guard var end = quote else { return nil }
        if end > range.lowerBound, text.isPunctuation(end - 1, ",") { end -= 1 }
        return end
    }

    // MARK: - Vocabulary

    static let typeWords: Set<String> = [
        "cable", "cables", "cablegram", "telegram", "telegrams", "radiogram", "letter", "letters", "note", "notes",
        "memorandum", "memo", "message", "messages", "report", "reply", "answer", "response", "instruction",
        "instructions", "directive", "decision", "resolution", "record", "minutes", "conversation", "dispatch",
        "despatch", "communication", "statement", "draft", "excerpt", "summary", "notification", "order", "telex",
        "telephonogram", "telephone", "protocol", "journal", "diary", "entry", "request", "appeal", "proposal",
    ]

    static let typeModifiers: Set<String> = [
        "ciphered", "cipher", "coded", "encoded", "secret", "top", "urgent", "personal", "hand", "delivered",
        "hand-delivered", "official", "oral", "verbal", "draft", "soviet", "chinese", "korean", "north", "american",
        "top-secret", "special", "handwritten", "telegraphic", "outgoing", "incoming", "urgent", "priority", "priority",
    ]

    static let messageWords: Set<String> = [
        "message", "messages", "telegram", "telegrams", "cable", "cables", "letter", "letters", "note", "reply",
        "report", "decision", "text", "radiogram", "cablegram", "inquiry", "request", "answer", "response",
    ]

    static let meetingWords = ["conversation", "meeting", "talk", "discussion", "minutes"]

    /// Words that can stand before a name in a title: the titles of persons, and articles.
    static let titleWords = NameScanner.personTitles.union(["the", "a", "an", "his"])

    /// Words that make the title word before them part of an institution's name (`Foreign Ministry`).
    static let institutionHeads: Set<String> = ["ministry", "office", "department", "affairs", "committee", "council"]

    /// Institutions whose names go on with a place (`Embassy in Moscow`).
    static let postWords: Set<String> = ["embassy", "consulate", "legation", "mission", "representation", "office", "delegation"]

    static let segmentStops: Set<String> = [
        "to", "from", "via", "for", "through", "regarding", "concerning", "about", "on", "re", "transmitting",
        "conveying", "relaying", "forwarding", "enclosing", "containing", "with", "in", "at", "that", "which",
        "who", "approving", "agreeing", "asking", "requesting", "informing", "reporting",
    ]
}

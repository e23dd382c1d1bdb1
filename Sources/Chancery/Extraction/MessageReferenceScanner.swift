/// Finds messages a text mentions: replies that footnotes report, and earlier messages the
/// body answers or cites.
///
/// - `On 12 March 1952, Stalin replied to Mao Zedong, …`, `Stalin's reply of 12 March`
/// - `Your telegram of 21 February has been received`, `We received your telegrams of January 31`
/// - `in reply to your No. 3153`, `Reply to Mao's inquiry of 14 November`, `Reur 1464, Jan 14`
/// - `my telegram of 3 May`, `mytel 1523`, `Stalin's telegram of 5 July`
struct MessageReferenceScanner {
    /// References in the tokens `range`, given the dates and names found there.
    /// - Parameter isTitle: a title names what the document is (`transmitting Mao's Reply`), so
    ///   reported replies are not read there.
    func scan(
        _ text: TokenText, in range: Range<Int>, dates: [DateMention], names list: [NameMention], isTitle: Bool = false,
        isFootnote: Bool = false
    ) -> [MessageReference] {
        let names = MentionLookup(names: list, dates: dates)
        var found: [MessageReference] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if !isTitle, let reference = reportedReply(text, at: index, range: range, names: names, isFootnote: isFootnote) {
                found.append(reference)
            } else if let reference = possessiveMessage(text, at: index, range: range, names: names) {
                found.append(reference)
            } else if let reference = telegramJargon(text, at: index, range: range, names: names) {
                found.append(reference)
            }
            index += 1
        }
        return found
    }

    // MARK: - Reported replies

    /// `NAME replied [to NAME]`, `NAME answered`, `NAME responded`; the date from the sentence.
    func reportedReply(
        _ text: TokenText, at index: Int, range: Range<Int>, names: MentionLookup, isFootnote: Bool
    ) -> MessageReference? {
        let verbs = Self.replyVerbs
        let footnoteVerbs = Self.footnoteReplyVerbs
        guard text.isWord(index, in: verbs) || (isFootnote && text.isWord(index, in: footnoteVerbs)) else { return nil }
        let verb = text.lower(index)
        let sentence = self.sentence(text, around: index, range: range)
        // The replier: the person named just before the verb (`Stalin replied`, `Stalin's reply`).
        var before = index - 1
        if verb == "reply" || verb == "answer" || verb == "response" {
            // `Stalin's reply`: a possessive before the noun.
            guard before - 1 >= sentence.lowerBound, text.isWord(before, "s"), text.isQuote(before - 1) else { return nil }
            before -= 2
        }
        guard before >= sentence.lowerBound,
            let replier = names.person(endingAt: text[before].end)
        else { return nil }
        var recipient: MessageReference.Party = .documentSender
        var after = index + 1
        if text.isWord(after, "to") {
            if let addressee = names.person(startingAt: text[min(after + 1, text.count - 1)].start) {
                recipient = .named(addressee.surface, addressee.span)
            }
            after += 1
        } else if after < range.upperBound, let object = names.person(startingAt: text[after].start) {
            // `Mao Zedong thanked Stalin`: the person thanked or advised is the addressee.
            recipient = .named(object.surface, object.span)
        }
        let sentenceSpan = text.span(sentence)
        var date = sentence.lazy.compactMap { names.date(startingAt: text[$0].start) }.first?.date
        // `Stalin's reply` alone may be the text at hand; `Stalin's reply of 12 March` is a
        // message of its own (but in `Mao's answer to Stalin's cable of 10 January` the date is the cable's).
        if verb == "reply" || verb == "answer" || verb == "response" {
            var position = index + 1
            guard text.isWord(position, in: ["of", "dated", "on", "sent"]) else { return nil }
            position += 1
            if text.isWord(position, "the") { position += 1 }
            guard position < range.upperBound, let own = names.date(startingAt: text[position].start) else { return nil }
            date = own.date
        } else if !verbs.contains(verb), date == nil {
            return nil
        }
        return MessageReference(
            relation: .repliesToDocument, sender: .named(replier.surface, replier.span), recipient: recipient, date: date,
            number: nil, type: "reply", span: sentenceSpan, rule: "reported-reply")
    }

    // MARK: - `your telegram of …`

    /// `your telegram(s) of DATE`, `your No. 3153`, `my letter of DATE`, `Mao's inquiry of DATE`.
    func possessiveMessage(
        _ text: TokenText, at index: Int, range: Range<Int>, names: MentionLookup
    ) -> MessageReference? {
        let owner = text.lower(index)
        var sender: MessageReference.Party
        var recipient: MessageReference.Party?
        var relation: MessageReference.Relation
        var position = index + 1
        switch owner {
        case "your", "yours":
            sender = .documentRecipient
            recipient = .documentSender
            relation = .answeredByDocument
        case "my", "our":
            sender = .documentSender
            relation = .citedByDocument
        case "s":
            // `Mao's inquiry of 14 November`.
            guard index >= 2, text.isQuote(index - 1),
                let person = names.person(endingAt: text[index - 2].end)
            else { return nil }
            sender = .named(person.surface, person.span)
            relation = .citedByDocument
        default:
            return nil
        }
        guard text.isWord(position, in: Self.messageWords) || text.isWord(position, "no") else { return nil }
        let type = text.isWord(position, "no") ? "telegram" : text.lower(position)
        if !text.isWord(position, "no") { position += 1 }
        var number: String?
        if text.isWord(position, in: ["no", "nos", "number"]) || text.isPunctuation(position, "#")
            || text.isPunctuation(position, "№")
        {
            var next = position + 1
            if text.isPunctuation(next, ".") { next += 1 }
            if next < range.upperBound, text[next].isNumber {
                number = text.text(next)
                position = next + 1
            }
        }
        let sentence = self.sentence(text, around: index, range: range)
        // The date right after: `of 21 February`, `dated January 31`.
        var date: HistoricalDate?
        var end = position
        if text.isWord(position, in: ["of", "dated", "from", "sent"]) {
            let start = text[min(position + 1, text.count - 1)].start
            if let mention = names.date(startingAt: start) {
                date = mention.date
                while end < range.upperBound, text[end].end <= mention.span.end { end += 1 }
            }
        }
        guard date != nil || number != nil else { return nil }
        // Answering words in the sentence make a cited message an answered one.
        if case .named = sender,
            sentenceHas(
                text, sentence, ["reply", "replying", "answer", "answers", "answered", "answering", "response", "received"])
        {
            relation = .answeredByDocument
            recipient = .documentSender
        }
        let spanStart = owner == "s" ? text[index - 2].start : text[index].start
        let evidence = SourceSpan(start: min(spanStart, text[sentence.lowerBound].start), end: text[sentence.upperBound - 1].end)
        return MessageReference(
            relation: relation, sender: sender, recipient: recipient, date: date, number: number, type: type,
            span: evidence, rule: "possessive-message")
    }

    // MARK: - Telegraphic jargon

    /// `Reur 1464, Jan 14`, `Urtel 1631 Feb 6`, `Re Deptel 1952, January 11`, `mytel 1523`.
    func telegramJargon(_ text: TokenText, at index: Int, range: Range<Int>, names: MentionLookup) -> MessageReference? {
        let word = text.lower(index)
        let relation: MessageReference.Relation
        let sender: MessageReference.Party
        let recipient: MessageReference.Party?
        var index = index
        // `Re Deptel 1952, January 11`, `Re Embtel 1464`: the jargon word after `Re`.
        if word == "re", text.isWord(index + 1, in: ["deptel", "embtel", "urtel", "tel", "telegram", "deptels"]),
            index + 2 < range.upperBound, text[index + 2].isNumber
        {
            index += 1
        }
        let jargon = word == "re" ? text.lower(index) : word
        switch jargon {
        case "reur", "urtel", "reurtel", "urmsg", "reurmsg", "ur", "reftel", "deptel", "embtel", "tel", "telegram", "deptels":
            guard word == "re" || !["deptel", "embtel", "tel", "telegram", "deptels"].contains(jargon) else { return nil }
            relation = .answeredByDocument
            sender = .documentRecipient
            recipient = .documentSender
        case "mytel", "ourtel", "remytel":
            relation = .citedByDocument
            sender = .documentSender
            recipient = .documentRecipient
        default:
            return nil
        }
        var position = index + 1
        guard position < range.upperBound, text[position].isNumber else { return nil }
        let number = text.text(position)
        position += 1
        var date: HistoricalDate?
        var end = position
        let nearby = (position..<min(position + 3, range.upperBound)).lazy.compactMap { names.date(startingAt: text[$0].start) }
        if let mention = nearby.first {
            date = mention.date
            while end < range.upperBound, text[end].end <= mention.span.end { end += 1 }
        }
        return MessageReference(
            relation: relation, sender: sender, recipient: recipient, date: date, number: number, type: "telegram",
            span: text.span(index..<max(end, index + 2)), rule: "telegram-jargon")
    }

    // MARK: - Sentences

    /// The token range of the sentence around `index`, at most 80 tokens either side.
    func sentence(_ text: TokenText, around index: Int, range: Range<Int>) -> Range<Int> {
        var start = index
        while start > range.lowerBound, index - start < 80 {
            if text.isPunctuation(start - 1, ".") && text[start].isCapitalized && !isInitial(text, start - 2) { break }
            if text[start].flags.contains(.paragraphBefore) { break }
            start -= 1
        }
        var end = index + 1
        while end < range.upperBound, end - index < 80 {
            if text[end].flags.contains(.paragraphBefore) { break }
            if text.isPunctuation(end - 1, ".") && text[end].isCapitalized && !isInitial(text, end - 2) { break }
            end += 1
        }
        return start..<end
    }

    func isInitial(_ text: TokenText, _ index: Int) -> Bool {
        index >= 0 && index < text.count && text[index].kind == .word && text[index].length == 1 && text[index].isCapitalized
    }

    func sentenceHas(_ text: TokenText, _ sentence: Range<Int>, _ words: Set<String>) -> Bool {
        sentence.contains { text.isWord($0, in: words) }
    }

    static let replyVerbs: Set<String> = ["replied", "answered", "responded", "reply", "answer", "response"]

    /// In a footnote, an editor's `On 7 March 1952 Mao Zedong thanked Stalin` reports a message too.
    static let footnoteReplyVerbs: Set<String> = [
        "acknowledged", "thanked", "advised", "confirmed", "agreed", "cabled", "telegraphed", "wrote",
    ]

    static let messageWords: Set<String> = [
        "telegram", "telegrams", "cable", "cables", "letter", "letters", "message", "messages", "note", "notes",
        "inquiry", "request", "requests", "proposal", "proposals", "report", "reports", "communication", "reply", "answer",
        "radiogram", "cipher", "ciphered", "wire", "dispatch", "despatch", "memorandum", "instructions",
    ]
}

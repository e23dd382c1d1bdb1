/// Finds statements that one name stands for another.
///
/// - `Filippov is Stalin.`, `Feng Xi was a pseudonym of Stalin`, `X is the codename for Y`
/// - `Filippov [Stalin]`, `Feng Xi (Stalin)`, `FENG XI [FYN SI; Stalin]`, `Stalin [Kuznetsov]`
/// - `using the name of Fyodor Kuznetsov`, `acting under the name "Terebin"`, `code-name "Filippov"`
///
/// Which side is the alias is decided by the authority file where it knows the names (a
/// pseudonym is the alias, a canonical name the target); otherwise the bracketed name is the
/// editor's identification and the name before it the alias.
struct AliasStatementScanner {
    let knowledge: Knowledge

    /// Alias statements in the tokens `range`, given the names already found there.
    func scan(_ text: TokenText, in range: Range<Int>, names list: [NameMention]) -> [AliasStatement] {
        let names = MentionLookup(names: list)
        var found: [AliasStatement] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let name = nameRun(text, at: index, limit: range.upperBound, names: names) {
                if let statement = copula(text, subject: name, limit: range.upperBound, names: names) {
                    found.append(statement)
                    index = name.end
                    continue
                }
                found += brackets(text, subject: name, limit: range.upperBound, names: names)
                index = name.end
                continue
            }
            if text.isWord(index, in: Self.nameOfTriggers), let statement = nameOf(text, at: index, range: range, names: names) {
                found.append(statement)
            }
            index += 1
        }
        return found
    }

    /// A run of tokens that is a name: a mention found by the name scanner, or capitalised words.
    struct NameRun {
        var start: Int
        var end: Int
        var text: String
        var span: SourceSpan
    }

    func nameRun(_ text: TokenText, at index: Int, limit: Int, names: MentionLookup) -> NameRun? {
        guard index < limit, text[index].kind == .word else { return nil }
        if let mention = names.name(startingAt: text[index].start), !mention.isAdjective {
            var end = index
            while end < limit, text[end].end <= mention.span.end { end += 1 }
            return NameRun(start: index, end: end, text: mention.surface, span: mention.span)
        }
        guard text[index].isCapitalized || text[index].isAllCaps, !text.isWord(index, in: NameScanner.sentenceWords),
            !text.isWord(index, in: NameScanner.personTitles)
        else { return nil }
        var end = index + 1
        while end < limit, end - index < 4, text[end].kind == .word, text[end].isCapitalized || text[end].isAllCaps,
            !text[end].hasNewlineBefore
        {
            end += 1
        }
        return NameRun(start: index, end: end, text: text.text(index..<end), span: text.span(index..<end))
    }

    // MARK: - `X is Y`

    func copula(_ text: TokenText, subject: NameRun, limit: Int, names: MentionLookup) -> AliasStatement? {
        var position = subject.end
        guard text.isWord(position, in: ["is", "was", "are", "were"]) || text.isPunctuation(position, "=") else { return nil }
        position += 1
        var kind = AliasStatement.Kind.unspecified
        while position < limit,
            text.isWord(position, in: ["a", "an", "the", "also", "actually", "in", "fact", "here", "probably"])
        {
            position += 1
        }
        if let (keywordKind, after) = aliasKeyword(text, at: position, limit: limit) {
            kind = keywordKind
            position = after
            if !text.isWord(position, in: ["of", "for", "used", "by"]) {
                // `Kuznetsov was the cover name under which Stalin's messages went out`: the
                // first person named in the clause that follows.
                var probe = position
                while probe < min(limit, position + 8), !text.isPunctuation(probe, "."), !text.isPunctuation(probe, ";") {
                    if let person = names.person(startingAt: text[probe].start) {
                        var sentenceEnd = probe
                        while sentenceEnd + 1 < limit, !text.isPunctuation(sentenceEnd, ".") { sentenceEnd += 1 }
                        return AliasStatement(
                            alias: subject.text, aliasSpan: subject.span, target: person.surface, targetSpan: person.span,
                            kind: kind,
                            span: SourceSpan(start: subject.span.start, end: text[sentenceEnd].end), rule: "copula",
                            confidence: 0.85)
                    }
                    probe += 1
                }
                return nil
            }
            while text.isWord(position, in: ["of", "for", "used", "by"]) { position += 1 }
        }
        guard let target = nameRun(text, at: position, limit: limit, names: names) else { return nil }
        var end = target.end
        // `Filippov is Stalin's pseudonym.`
        if text.isQuote(end), text.isWord(end + 1, "s"), let (keywordKind, after) = aliasKeyword(text, at: end + 2, limit: limit)
        {
            kind = keywordKind
            end = after
        }
        // The statement must end there: `Filippov is Stalin.`, not `Mao is Chairman of …`.
        guard
            end >= limit || text.isPunctuation(end, ".") || text.isPunctuation(end, ";") || text.isPunctuation(end, ",")
                || text.isPunctuation(end, ")") || text[end].hasNewlineBefore
        else { return nil }
        guard NameKey.of(subject.text) != NameKey.of(target.text) else { return nil }
        if kind == .unspecified { kind = inferredKind(alias: subject.text, target: target.text) }
        let spanEnd = end < limit && text.isPunctuation(end, ".") ? text[end].end : text[end - 1].end
        return AliasStatement(
            alias: subject.text, aliasSpan: subject.span, target: target.text, targetSpan: target.span, kind: kind,
            span: SourceSpan(start: subject.span.start, end: spanEnd), rule: "copula", confidence: 0.95)
    }

    /// `pseudonym`, `code name`, `code-name`, `codename`, `cover name`, `alias`, `pen name`.
    func aliasKeyword(_ text: TokenText, at index: Int, limit: Int) -> (AliasStatement.Kind, Int)? {
        let word = text.lower(index)
        switch word {
        case "pseudonym", "alias", "nom":
            return (.pseudonym, index + 1)
        case "codename", "cryptonym":
            return (.codename, index + 1)
        case "code", "cover", "pen", "party", "assumed":
            var next = index + 1
            if text.isPunctuation(next, "-") { next += 1 }
            guard text.isWord(next, "name") else { return nil }
            return (word == "code" ? .codename : .pseudonym, next + 1)
        default:
            return nil
        }
    }

    // MARK: - `X [Y]`

    func brackets(_ text: TokenText, subject: NameRun, limit: Int, names: MentionLookup) -> [AliasStatement] {
        let open = subject.end
        guard text.isPunctuation(open, "[") || text.isPunctuation(open, "("),
            let close = text.closingBracket(from: open, limit: limit),
            close > open + 1
        else { return [] }
        let isSquare = text.isPunctuation(open, "[")
        // The bracket must hold names only: `[FYN SI; Stalin]`.
        var results: [AliasStatement] = []
        var position = open + 1
        while position < close {
            guard let inner = nameRun(text, at: position, limit: close, names: names) else { return [] }
            guard inner.end == close || text.isPunctuation(inner.end, ";") || text.isPunctuation(inner.end, ",") else {
                return []
            }
            if let statement = pair(
                subject, inner, span: SourceSpan(start: subject.span.start, end: text[close].end), square: isSquare)
            {
                results.append(statement)
            }
            position = inner.end + 1
        }
        return results
    }

    /// The statement for `subject [inner]`, or nil when the two are not both people's names.
    func pair(_ subject: NameRun, _ inner: NameRun, span: SourceSpan, square: Bool) -> AliasStatement? {
        let left = knowledge.names.lookup(subject.text)
        let right = knowledge.names.lookup(inner.text)
        guard NameKey.of(subject.text) != NameKey.of(inner.text) else { return nil }
        // Places and organisations in brackets describe, they do not rename (`Dongfeng (Northeast Shenyang)`).
        let isPlace = { (entries: [NameIndex.Entry]) in
            !entries.isEmpty && entries.allSatisfy { knowledge.entity($0.entityID)?.kind != .person }
        }
        if isPlace(left) || isPlace(right) { return nil }
        // `Assistant Secretary for Far Eastern Affairs (Allison)`, `Secretary of Defense (Lovett)`:
        // an office and its holder, not an alias; `FonMin (Yeh)`: an abbreviated office.
        if NameShape.isInstitution(subject.text) || NameShape.isInstitution(inner.text) { return nil }
        if !left.isEmpty, left.allSatisfy({ $0.kind == .title }) { return nil }
        if left.isEmpty, NameShape.isAbbreviation(subject.text) { return nil }
        let leftIsPerson = left.contains { knowledge.entity($0.entityID)?.kind == .person }
        let rightIsPerson = right.contains { knowledge.entity($0.entityID)?.kind == .person }
        guard leftIsPerson || rightIsPerson else { return nil }
        let rule = square ? "square-bracket" : "round-bracket"
        // `Stalin [Kuznetsov]`: the bracket gives the cover name.
        let leftIsCover = left.contains { $0.kind.isCover }
        let rightIsCover = right.contains { $0.kind.isCover }
        let rightIsCanonical = right.contains { $0.kind == .canonical || $0.kind == .full }
        if rightIsCover && !leftIsCover && !rightIsCanonical {
            return AliasStatement(
                alias: inner.text, aliasSpan: inner.span, target: subject.text, targetSpan: subject.span,
                kind: .pseudonym, span: span, rule: rule, confidence: 0.9)
        }
        return AliasStatement(
            alias: subject.text, aliasSpan: subject.span, target: inner.text, targetSpan: inner.span,
            kind: inferredKind(alias: subject.text, target: inner.text), span: span, rule: rule, confidence: 0.9)
    }

    // MARK: - `using the name of X`

    func nameOf(_ text: TokenText, at index: Int, range: Range<Int>, names: MentionLookup) -> AliasStatement? {
        var position = index
        var kind = AliasStatement.Kind.pseudonym
        if text.isWord(position, in: ["using", "under", "with"]) {
            position += 1
            if text.isWord(position, in: ["the", "a"]) { position += 1 }
            if let (keywordKind, after) = aliasKeyword(text, at: position, limit: range.upperBound) {
                kind = keywordKind
                position = after
            } else if text.isWord(position, "name") {
                position += 1
            } else {
                return nil
            }
        } else if let (keywordKind, after) = aliasKeyword(text, at: position, limit: range.upperBound),
            !text.isWord(position - 1, in: ["a", "an", "the", "his", "her", "its", "their"]),
            !text.isWord(after, in: ["of", "for", "used", "by"])
        {
            // `alias Filippov`, `codename "Filippov"` (not `was a pseudonym of Stalin`).
            kind = keywordKind
            position = after
        } else {
            return nil
        }
        if text.isWord(position, "of") { position += 1 }
        if text.isQuote(position) { position += 1 }
        guard let alias = nameRun(text, at: position, limit: range.upperBound, names: names) else { return nil }
        var after = alias.end
        while after < range.upperBound, text.isQuote(after) || text.isPunctuation(after, ",") { after += 1 }
        // The bearer: a person named before the phrase in the same sentence, or right after it.
        let bearer =
            personBefore(text, index: index, range: range, names: names)
            ?? (after < range.upperBound ? names.person(startingAt: text[after].start) : nil)
        guard let bearer, NameKey.of(bearer.surface) != NameKey.of(alias.text) else { return nil }
        // `using the name of Fyodor Kuznetsov`: a real person's name borrowed; the cover name is
        // the surname, and the full name stays that person's.
        var aliasText = alias.text
        var aliasSpan = alias.span
        let owners = knowledge.names.lookup(alias.text).filter { $0.kind == .canonical || $0.kind == .full }
        if !owners.isEmpty, alias.end - alias.start >= 2 {
            aliasText = text.text(alias.end - 1)
            aliasSpan = text.span((alias.end - 1)..<alias.end)
        }
        let span = SourceSpan(start: min(bearer.span.start, text[index].start), end: max(bearer.span.end, alias.span.end))
        return AliasStatement(
            alias: aliasText, aliasSpan: aliasSpan, target: bearer.surface, targetSpan: bearer.span, kind: kind, span: span,
            rule: "name-of", confidence: 0.85)
    }

    /// Who bears the name `index` introduces: the person an appositive comma follows
    /// (`Andrei Orlov, a doctor … acting under the name "Terebin"`), else the sentence's first
    /// person, its subject (`Stalin wrote to Mao using the name of Fyodor Kuznetsov`).
    /// Possessives (`Mao's headquarters`) are never the bearer. Looks back at most 40 tokens.
    func personBefore(_ text: TokenText, index: Int, range: Range<Int>, names: MentionLookup) -> NameMention? {
        var position = index - 1
        var subject: NameMention?
        var appositive: NameMention?
        while position >= range.lowerBound, index - position <= 40 {
            if text.isPunctuation(position, ".") && position + 1 < text.count && text[position + 1].isCapitalized { break }
            if let person = names.person(endingAt: text[position].end) {
                let isPossessive = text.isQuote(position + 1) && text.isWord(position + 2, "s")
                if !isPossessive {
                    subject = person
                    if appositive == nil, text.isPunctuation(position + 1, ",") { appositive = person }
                }
            }
            if text[position].flags.contains(.paragraphBefore) { break }
            position -= 1
        }
        return appositive ?? subject
    }

    /// Words that can open `using the name of X`, `code-name "X"`, `alias X`.
    static let nameOfTriggers: Set<String> = [
        "using", "under", "with", "pseudonym", "alias", "nom", "codename", "cryptonym", "code", "cover", "pen", "party",
        "assumed",
    ]

    /// A pseudonym unless the authority file says the alias is a real name or a title.
    func inferredKind(alias: String, target: String) -> AliasStatement.Kind {
        let entries = knowledge.names.lookup(alias)
        if entries.contains(where: { $0.kind == .codename }) { return .codename }
        if entries.contains(where: { $0.kind == .title }) { return .roleTitle }
        if entries.contains(where: { $0.kind == .canonical || $0.kind == .full }),
            !knowledge.names.lookup(target).contains(where: { $0.kind == .canonical })
        {
            return .realName
        }
        return .pseudonym
    }
}

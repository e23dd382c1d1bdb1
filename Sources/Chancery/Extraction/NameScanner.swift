/// Finds the names of people, organisations and places in a text.
///
/// Known names come from the authority file and the gazetteer (every variant, romanization,
/// pseudonym and Russian case form), matched token by token, longest first. Unknown names are
/// found only where the text itself marks them as names: after a title (`General Belov`), with
/// initials (`S.F. Antonov`), letter-spaced in a signature (`S H T Y K O V`), or before a
/// place word (`Liaoyang Province`). A capitalised word alone is not taken for a name.
struct NameScanner {
    let knowledge: Knowledge
    /// Every name key as a trie, fetched once rather than per token.
    private let trie: NameTrie

    init(knowledge: Knowledge) {
        self.knowledge = knowledge
        self.trie = knowledge.trie
    }

    /// The names in the tokens `range` of `text`.
    func scan(_ text: TokenText, in range: Range<Int>) -> [NameMention] {
        var mentions: [NameMention] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let token = text[index]
            // `38th parallel` starts with a number.
            if token.kind == .number, let (mention, next) = lexicon(text, at: index, limit: end) {
                mentions.append(mention)
                index = next
                continue
            }
            guard token.kind == .word else {
                index += 1
                continue
            }
            if let (mention, next) = letterSpaced(text, at: index, limit: end) {
                mentions.append(mention)
                index = next
                continue
            }
            if let (mention, next) = titled(text, at: index, limit: end) {
                mentions.append(mention)
                index = next
                continue
            }
            if let (mention, next) = lexicon(text, at: index, limit: end) {
                if let (place, after) = placeWithSuffix(text, from: index, nameEnd: next, limit: end, known: mention) {
                    mentions.append(organisationNamePart(place, text, start: index, end: after, limit: end))
                    index = after
                } else {
                    mentions.append(organisationNamePart(mention, text, start: index, end: next, limit: end))
                    index = next
                }
                continue
            }
            if let (mention, next) = initials(text, at: index, limit: end) {
                mentions.append(mention)
                index = next
                continue
            }
            if let (mention, next) = placeWithSuffix(text, from: index, nameEnd: nil, limit: end, known: nil) {
                mentions.append(mention)
                index = next
                continue
            }
            if token.flags.contains(.cjk) {
                mentions += cjkNames(text, token: token)
            }
            index += 1
        }
        return mentions
    }

    // MARK: - Known names

    /// The longest known name starting at `start`, as a mention, and the index after it.
    func lexicon(_ text: TokenText, at start: Int, limit end: Int) -> (NameMention, Int)? {
        let first = text[start]
        guard canStartName(first) || first.kind == .number else { return nil }
        var node = NameTrie.root
        var position = start
        var best: (end: Int, entries: [NameIndex.Entry])?
        while position < end {
            let token = text[position]
            guard token.kind == .word || token.kind == .number else { break }
            var alive = true
            NameKey.forEachScalar(text.bytes, token.range) { scalar in
                guard let next = trie.child(node, scalar.value) else {
                    alive = false
                    return false
                }
                node = next
                return true
            }
            guard alive else { break }
            if let key = trie.key(at: node), let entries = knowledge.names.lookupKey(key),
                isWholeWordMatch(text, start: start, end: position + 1)
            {
                best = (position + 1, entries)
            }
            // Join the next token across a space, a hyphen, an apostrophe or an initial's period.
            var next = position + 1
            while next < end, text[next].kind == .punctuation, !text[next].hasSpaceBefore || text.isPunctuation(next, "-"),
                text.isPunctuation(next, "-") || text.isPunctuation(next, ".") || text.isPunctuation(next, "'")
                    || text.isPunctuation(next, "\u{2019}") || text.isPunctuation(next, "\u{2010}")
                    || text.isPunctuation(next, "]") || text.isPunctuation(next, "[")
            {
                next += 1
            }
            guard next < end, !text[next].flags.contains(.paragraphBefore) else { break }
            position = next
        }
        guard let best else { return nil }
        let span = text.span(start..<best.end)
        // `[Liu] Shaoqi`: the editor's brackets are not part of the name.
        var surface = text.text(start..<best.end)
        if surface.contains("[") || surface.contains("]") {
            surface = (start..<best.end).filter { !text.isPunctuation($0, "[") && !text.isPunctuation($0, "]") }
                .map { (text[$0].hasSpaceBefore && $0 > start ? " " : "") + text.text($0) }.joined()
        }
        var found = mention(for: best.entries, span: span, surface: surface, rule: "lexicon", confidence: 0.95)
        // `US forces`, `UK position`: an abbreviated country before a noun is used as an adjective.
        if found.kind == .place, best.entries.allSatisfy({ $0.kind == .abbreviation }), best.end < end,
            text[best.end].kind == .word,
            !text[best.end].hasNewlineBefore, !text.isWord(best.end, in: Self.notNouns)
        {
            found.isAdjective = true
        }
        return (found, best.end)
    }

    /// A known name must not be a prefix of a longer word (`Kimball` is not `Kim`).
    func isWholeWordMatch(_ text: TokenText, start: Int, end: Int) -> Bool {
        guard end < text.count else { return true }
        let next = text[end]
        if next.hasSpaceBefore { return true }
        return next.kind == .punctuation && !text.isPunctuation(end, "-")
            || (text.isPunctuation(end, "-")
                && !(end + 1 < text.count && text[end + 1].kind == .word && !text[end + 1].hasSpaceBefore))
    }

    func canStartName(_ token: Token) -> Bool {
        token.kind == .word && (token.isCapitalized || token.isAllCaps || token.flags.contains(.cjk))
    }

    /// A mention of the entities that go by a name; its kind is theirs.
    func mention(
        for entries: [NameIndex.Entry], span: SourceSpan, surface: String, rule: String, confidence: Double,
        title: String? = nil
    ) -> NameMention {
        var ids: [String] = []
        for entry in entries where !ids.contains(entry.entityID) { ids.append(entry.entityID) }
        let kinds = ids.compactMap { knowledge.entity($0)?.kind }
        let kind: NameMention.Kind
        if title != nil, kinds.contains(.person) {
            kind = .person
        } else if kinds.allSatisfy({ $0 == .place }) {
            kind = .place
        } else if kinds.contains(.person) {
            kind = .person
        } else if kinds.contains(.organisation) {
            kind = .organisation
        } else {
            kind = .place
        }
        let isAdjective = !entries.isEmpty && entries.allSatisfy { $0.kind == .adjective }
        return NameMention(
            kind: kind, span: span, surface: surface, rule: rule, confidence: confidence, candidates: ids,
            isAdjective: isAdjective, title: title)
    }

    /// A place inside an organisation's name or a rank is not a place mention: `Changchun
    /// Railway`, `Marshal of the Soviet Union`, `Communist Party of China`.
    func organisationNamePart(_ mention: NameMention, _ text: TokenText, start: Int, end: Int, limit: Int) -> NameMention {
        guard mention.kind == .place, !mention.isAdjective else { return mention }
        var result = mention
        if end < limit, text[end].isCapitalized, !text[end].hasNewlineBefore, text.isWord(end, in: Self.organisationWords) {
            result.isAdjective = true
        }
        var before = start - 1
        if text.isWord(before, "the") { before -= 1 }
        if text.isWord(before, "of"), text.isWord(before - 1, in: Self.organisationHeads), text[before - 1].isCapitalized {
            result.isAdjective = true
        }
        return result
    }

    static let organisationWords: Set<String> = [
        "railway", "railroad", "army", "front", "party", "committee", "government", "embassy", "fleet", "command",
        "bureau", "ministry", "university", "academy", "corps", "division", "station", "agency", "bank", "press",
        "military", "district", "group", "airlines", "news", "radio", "daily", "times", "herald", "pravda",
    ]

    static let organisationHeads: Set<String> = [
        "marshal", "hero", "party", "ministry", "embassy", "government", "bank", "academy", "consulate", "legation",
        "committee", "council", "presidium", "congress", "federation", "union", "league", "association",
    ]

    // MARK: - Unknown names the text marks

    /// `General Belov`, `Comrade FILIPPOV`, `Cde. Kovalev`, `Ambassador S.F. Antonov`.
    func titled(_ text: TokenText, at start: Int, limit end: Int) -> (NameMention, Int)? {
        guard text[start].isCapitalized || text[start].isAllCaps, text.isWord(start, in: Self.personTitles) else { return nil }
        // `Foreign`, `Prime`, `Deputy` only open a title with another title word (`Foreign Minister`).
        if text.isWord(start, in: Self.titlePrefixes), !text.isWord(start + 1, in: Self.personTitles) { return nil }
        var position = start + 1
        // Compound titles: `Lieutenant General`, `Foreign Minister`, `Prime Minister`.
        while position < end, text.isWord(position, in: Self.personTitles),
            text[position].isCapitalized || text[position].isAllCaps
        {
            position += 1
        }
        if text.isPunctuation(position, ".") { position += 1 }
        guard position < end, text[position].kind == .word, text[position].isCapitalized || text[position].isAllCaps,
            !text.isWord(position, in: Self.notAfterTitle)
        else { return nil }
        let title = text.lower(start)
        if let (known, next) = lexicon(text, at: position, limit: end) {
            var mention = known
            mention.title = title
            if knowledge.names.lookupKey(NameKey.of(known.surface))?.contains(where: {
                knowledge.entity($0.entityID)?.kind == .person
            }) == true {
                mention.kind = .person
            }
            return (mention, next)
        }
        if let (withInitials, next) = initials(text, at: position, limit: end) {
            var mention = withInitials
            mention.title = title
            return (mention, next)
        }
        // Up to three capitalised words: `General Ivan Belov`.
        var last = position
        while last + 1 < end, last - position < 2, text[last + 1].kind == .word,
            text[last + 1].isCapitalized || text[last + 1].isAllCaps,
            !text[last + 1].hasNewlineBefore, !text.isWord(last + 1, in: Self.notAfterTitle)
        {
            last += 1
        }
        // A hyphenated name: `Pak Hon-yong`.
        if last + 2 < end, text.isPunctuation(last + 1, "-"), !text[last + 1].hasSpaceBefore, text[last + 2].kind == .word,
            !text[last + 2].hasSpaceBefore
        {
            last += 2
        }
        let span = text.span(position..<(last + 1))
        let surface = text.text(position..<(last + 1))
        let key = NameKey.of(surface)
        let entries = knowledge.names.lookupKey(key) ?? []
        var mention = mention(for: entries, span: span, surface: surface, rule: "title-pattern", confidence: 0.85, title: title)
        mention.kind = .person
        return (mention, last + 1)
    }

    /// `I.V. Stalin`, `S. F. Antonov`, `W.J. Sebald`.
    func initials(_ text: TokenText, at start: Int, limit end: Int) -> (NameMention, Int)? {
        // `A. That …`, `I. The …` at the start of a line are list markers; `P.S.` a postscript.
        // (A signature `V. KUZNETSOV` ends its line; a list item goes on with lower-case words.)
        let lineInitial = start == 0 || text[start].hasNewlineBefore
        let singleInitial = !(start + 2 < end && text[start + 2].kind == .word && text[start + 2].length == 1)
        if lineInitial, singleInitial, start + 3 < end, text[start + 3].kind == .word, !text[start + 3].hasNewlineBefore,
            !text[start + 3].isCapitalized
        {
            return nil
        }
        if text.isWord(start, "p"), text.isWord(start + 2, "s") { return nil }
        var position = start
        var count = 0
        while position + 1 < end, text[position].kind == .word, text[position].length == 1, text[position].isCapitalized,
            text.isPunctuation(position + 1, "."), !text[position + 1].hasSpaceBefore
        {
            position += 2
            count += 1
        }
        guard count >= 1, position < end, text[position].kind == .word, text[position].length >= 2,
            text[position].isCapitalized || text[position].isAllCaps, !text[position].hasNewlineBefore,
            !text.isWord(position, in: Self.sentenceWords), !text.isWord(position, in: Self.notAfterTitle)
        else { return nil }
        var last = position
        if last + 2 < end, text.isPunctuation(last + 1, "-"), !text[last + 1].hasSpaceBefore, text[last + 2].kind == .word {
            last += 2
        }
        let span = text.span(start..<(last + 1))
        let surface = text.text(start..<(last + 1))
        var entries = knowledge.names.lookupKey(NameKey.of(surface)) ?? []
        if entries.isEmpty {
            // The surname, for people whose first names start with these initials (`V. Kuznetsov`
            // is Vasily, not Fyodor; `A.I. Antonov` is not S.F. Antonov).
            let initialLetters = (0..<count).map { text.text(start + 2 * $0).lowercased() }
            entries = (knowledge.names.lookupKey(NameKey.of(text.text(position..<(last + 1)))) ?? []).filter { entry in
                guard let entity = knowledge.entity(entry.entityID), entity.kind == .person else { return false }
                return Self.initials(of: entity).contains { Self.compatible($0, initialLetters) }
            }
        }
        var found = mention(for: entries, span: span, surface: surface, rule: "initials", confidence: 0.85)
        found.kind = .person
        return (found, last + 1)
    }

    /// Whether two lists of initials agree as far as both go (`a` and `a a`, not `s f` and `a i`).
    static func compatible(_ known: [String], _ given: [String]) -> Bool {
        !known.isEmpty && !given.isEmpty && zip(known, given).allSatisfy { $0 == $1 }
    }

    /// The initials of an entity's full names (`Vasily Vasilyevich Kuznetsov` → `v`, `v`).
    static func initials(of entity: Entity) -> [[String]] {
        let names =
            [entity.canonical]
            + entity.names.filter { $0.kind == .full || $0.kind == .initials || $0.kind == .variant }.map(\.name)
        return names.compactMap { name in
            let words = name.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" })
            guard words.count >= 2 else { return nil }
            return words.dropLast().map { String($0.prefix(1)).lowercased() }
        }
    }

    /// `S H T Y K O V`: a signature with its letters spaced out.
    func letterSpaced(_ text: TokenText, at start: Int, limit end: Int) -> (NameMention, Int)? {
        guard text[start].length == 1, text[start].isCapitalized else { return nil }
        var position = start
        var letters = ""
        while position < end, position - start < 40, text[position].kind == .word, text[position].length == 1,
            text[position].isCapitalized, position == start || (text[position].hasSpaceBefore && !text[position].hasNewlineBefore)
        {
            letters += text.text(position)
            position += 1
        }
        guard letters.count >= 4 else { return nil }
        let entries = knowledge.names.lookupKey(NameKey.of(letters)) ?? []
        let span = text.span(start..<position)
        var found = mention(
            for: entries, span: span, surface: letters, rule: "letter-spaced", confidence: entries.isEmpty ? 0.6 : 0.9)
        if entries.isEmpty { found.kind = .person }
        return (found, position)
    }

    /// `Liaoyang Province`, `the Yalu River`, `Chosin Reservoir`: a place by its place word.
    func placeWithSuffix(
        _ text: TokenText, from start: Int, nameEnd: Int?, limit end: Int, known: NameMention?
    ) -> (NameMention, Int)? {
        var last = nameEnd.map { $0 - 1 } ?? start
        if nameEnd == nil {
            guard text[start].isCapitalized, !text.isWord(start, in: Self.placeWords),
                !text.isWord(start, in: Self.notAfterTitle),
                !text.isWord(start, in: Self.sentenceWords)
            else { return nil }
            while last + 1 < end, last - start < 2, text[last + 1].isCapitalized, !text.isWord(last + 1, in: Self.placeWords) {
                last += 1
            }
        }
        let suffix = last + 1
        guard suffix < end, text.isWord(suffix, in: Self.placeWords), text[suffix].isCapitalized, !text[suffix].hasNewlineBefore
        else {
            return nil
        }
        // A one-word person name before a place word is the place (`Black Sea`, `White Sea`).
        if let known, known.kind != .place, !known.isAdjective, nameEnd.map({ $0 - start }) != 1 { return nil }
        let span = text.span(start..<(suffix + 1))
        let surface = text.text(start..<(suffix + 1))
        if let entries = knowledge.names.lookupKey(NameKey.of(surface)) {
            return (mention(for: entries, span: span, surface: surface, rule: "lexicon", confidence: 0.95), suffix + 1)
        }
        if let known, !known.isAdjective, known.kind == .place {
            var place = known
            place.span = span
            place.surface = surface
            place.rule = "place-suffix"
            return (place, suffix + 1)
        }
        guard known == nil || known?.kind == .person else { return nil }
        return (NameMention(kind: .place, span: span, surface: surface, rule: "place-suffix", confidence: 0.75), suffix + 1)
    }

    /// Known names inside a run of Chinese, Japanese or Korean script (no spaces between words).
    func cjkNames(_ text: TokenText, token: Token) -> [NameMention] {
        var scalars: [(Unicode.Scalar, Int)] = []
        var position = token.start
        while position < token.end {
            let (scalar, width) = Tokenizer.decode(text.bytes, at: position, end: token.end)
            scalars.append((scalar, position))
            position += width
        }
        var found: [NameMention] = []
        var index = 0
        while index < scalars.count {
            var key = ""
            var best: (Int, [NameIndex.Entry])?
            var next = index
            while next < scalars.count {
                NameKey.append(scalars[next].0, to: &key)
                if let entries = knowledge.names.lookupKey(key) { best = (next + 1, entries) }
                if !knowledge.names.hasPrefix(key) { break }
                next += 1
            }
            if let (after, entries) = best {
                let endByte = after < scalars.count ? scalars[after].1 : token.end
                let span = SourceSpan(start: scalars[index].1, end: endByte)
                let surface = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[span.range]), as: UTF8.self)
                found.append(mention(for: entries, span: span, surface: surface, rule: "lexicon", confidence: 0.9))
                index = after
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: - Vocabulary

    static let personTitles: Set<String> = [
        "comrade", "cde", "tov", "tovarishch", "mr", "mrs", "ms", "dr", "sir", "madame", "mme", "general", "generals",
        "marshal", "chairman", "premier", "ambassador", "minister", "president", "generalissimo", "admiral", "colonel",
        "major", "captain", "lieutenant", "senator", "governor", "secretary", "commander", "counsellor", "counselor",
        "attaché", "consul", "excellency", "comrades", "cdes", "товарищ", "товарищу", "товарища", "тов", "генерал",
        "маршал", "посол", "председатель", "председателю",
        "foreign", "prime", "vice", "deputy", "chief",
    ]

    /// Title words that are only the first half of a title.
    static let titlePrefixes: Set<String> = ["foreign", "prime", "vice", "deputy", "chief", "lieutenant"]

    /// Capitalised words that follow a title without being a name (`General Staff`).
    static let notAfterTitle: Set<String> = [
        "staff", "assembly", "secretary", "headquarters", "affairs", "council", "committee", "plan", "line", "command",
        "army", "of", "the", "and", "minister", "ministers", "ministry", "government", "party", "people", "peoples",
        "republic", "union", "state", "states", "office", "department", "embassy", "mission", "section", "board",
        "bureau", "commission", "conference", "headquarter", "directorate", "administration", "corps", "division",
        "navy", "force", "forces", "air", "military", "political", "foreign", "defense", "defence", "war", "armed",
        "general", "staffs", "i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "in", "on",
        "at", "to", "for", "from", "with", "by", "as", "director", "consultant", "cabinet", "under", "however",
        "relations", "assistant", "acting", "adviser", "advisor", "officer", "representative", "counselor",
    ]

    /// Words after which a country's abbreviation is still the country (`to the US and …`).
    static let notNouns: Set<String> = [
        "and", "or", "to", "in", "on", "of", "at", "by", "for", "from", "with", "is", "was", "are", "were", "has", "had",
        "have", "will", "would", "should", "must", "may", "can", "could", "does", "did", "as", "but", "that", "which",
        "who", "if", "since", "because", "also", "not", "would", "shall", "might",
    ]

    static let placeWords: Set<String> = [
        "province", "river", "peninsula", "bay", "island", "islands", "strait", "straits", "sea", "mountains",
        "mountain", "region", "district", "county", "harbor", "harbour", "airfield", "airport", "lake", "reservoir",
        "valley", "pass", "range", "gulf", "prefecture", "oblast", "krai", "territory",
    ]

    /// Words that start sentences and are not names.
    static let sentenceWords: Set<String> = [
        "the", "this", "that", "these", "those", "a", "an", "in", "on", "at", "to", "for", "from", "with", "by", "as",
        "if", "we", "i", "you", "he", "she", "it", "they", "our", "your", "their", "his", "her", "its", "all", "any",
        "some", "every", "each", "no", "not", "and", "but", "or", "so", "then", "there", "here", "when", "where",
        "while", "after", "before", "since", "until", "because", "although", "however", "therefore", "additionally",
        "please", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central",
        "upper", "lower", "inner", "outer", "enemy", "our", "both",
    ]
}

/// A title alone (`The Generalissimo replied`) standing for the one person a document
/// introduced with it (`Generalissimo Chiang Kai-shek received me`): a name mention, and an
/// alias statement of kind role title with the later mention as evidence.
enum TitleCoreference {
    /// Titles distinctive enough to stand for one person in a document.
    static let titles: Set<String> = ["generalissimo", "chairman", "premier", "marshal", "emperor", "president"]

    static func find(in texts: [TokenText], names: [NameMention]) -> (mentions: [NameMention], statements: [AliasStatement]) {
        // The person each title introduced; a title used for two people is left alone.
        var introduced: [String: NameMention] = [:]
        var ambiguous = Set<String>()
        for mention in names where mention.kind == .person && !mention.candidates.isEmpty {
            guard let title = mention.title, titles.contains(title) else { continue }
            if let known = introduced[title], known.candidates.first != mention.candidates.first { ambiguous.insert(title) }
            introduced[title] = introduced[title] ?? mention
        }
        for title in ambiguous { introduced[title] = nil }
        guard !introduced.isEmpty else { return ([], []) }
        var mentions: [NameMention] = []
        var statements: [AliasStatement] = []
        for text in texts {
            var index = 1
            while index < text.count {
                defer { index += 1 }
                let title = text.lower(index)
                guard let person = introduced[title], text.isWord(index - 1, "the"), text[index].isCapitalized else { continue }
                // `The Generalissimo replied`, not `Chairman Mao` (a name follows) or `the Chairman of`.
                if index + 1 < text.count, text[index + 1].kind == .word,
                    text[index + 1].isCapitalized || text.isWord(index + 1, "of")
                {
                    continue
                }
                guard text[index].start >= person.span.end else { continue }
                let span = text.span((index - 1)..<(index + 1))
                let surface = text.text((index - 1)..<(index + 1))
                var mention = person
                mention.span = SourceSpan(start: text[index].start, end: text[index].end)
                mention.surface = "the " + text.text(index)
                mention.rule = "title-coreference"
                mention.confidence = 0.8
                mentions.append(mention)
                if statements.isEmpty || !statements.contains(where: { $0.alias.lowercased() == surface.lowercased() }) {
                    statements.append(
                        AliasStatement(
                            alias: "the " + text.text(index), aliasSpan: span, target: person.surface, targetSpan: person.span,
                            kind: .roleTitle, span: span, rule: "title-coreference", confidence: 0.8))
                }
            }
        }
        return (mentions, statements)
    }
}

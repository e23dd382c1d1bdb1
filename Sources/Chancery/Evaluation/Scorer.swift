/// Scores predicted records against gold records, as `formats/gold.md` specifies.
///
/// Names are compared as entities: each name, gold or predicted, is resolved through the same
/// identity layer the pipeline uses (authority file, variants, aliases the corpus declares), so
/// the gold never has to use Chancery's spelling; a name nothing resolves is compared by its
/// normalised form. A recipient counts as found in either `recipients` or `via`, and likewise
/// for `via`. Sets are micro-averaged over the documents that annotate the field; `date` and
/// `doc_type` are scored as accuracy.
public struct Scorer: Sendable {
    public let resolver: IdentityResolver

    public init(knowledge: Knowledge, claims: [AliasClaim] = []) {
        self.resolver = IdentityResolver(knowledge: knowledge, claims: claims)
    }

    public func score(gold: [GoldRecord], predicted: [GoldRecord]) -> EvaluationReport {
        var byFile: [String: GoldRecord] = [:]
        for record in predicted { byFile[record.file] = record }
        var counters: [String: Counter] = [:]
        var perDocument: [EvaluationReport.DocumentScore] = []
        for truth in gold {
            let guess = byFile[truth.file] ?? GoldRecord(file: truth.file)
            let context = IdentityResolver.Context(document: nil, date: truth.date.flatMap { HistoricalDate(edtf: $0) })
            var misses: [String: [String]] = [:]
            var falseFinds: [String: [String]] = [:]
            func note(_ field: String, _ result: SetResult) {
                counters[field, default: Counter()].add(result)
                if !result.missed.isEmpty { misses[field] = result.missed }
                if !result.falselyFound.isEmpty { falseFinds[field] = result.falselyFound }
            }
            if truth.annotated.contains("date") {
                let correct = truth.date == guess.date
                counters["date", default: Counter()].addAccuracy(correct)
                if !correct {
                    misses["date"] = [truth.date ?? "null"]
                    falseFinds["date"] = [guess.date ?? "null"]
                }
            }
            if truth.annotated.contains("doc_type") {
                let expected = truth.docType.map(DocumentExtractor.normalisedType)?.lowercased()
                let found = guess.docType.map(DocumentExtractor.normalisedType)?.lowercased()
                counters["doc_type", default: Counter()].addAccuracy(expected == found)
                if expected != found {
                    misses["doc_type"] = [truth.docType ?? "null"]
                    falseFinds["doc_type"] = [guess.docType ?? "null"]
                }
            }
            let names = { (list: [String]?, kind: NameMention.Kind?) in self.keys(list ?? [], kind: kind, context: context) }
            if truth.annotated.contains("senders") {
                note("senders", compare(names(truth.senders, nil), names(guess.senders, nil)))
            }
            if truth.annotated.contains("recipients") {
                note(
                    "recipients",
                    compare(
                        names(truth.recipients, nil), names(guess.recipients, nil),
                        alsoFound: names(guess.via, nil), alsoGold: names(truth.via, nil)))
            }
            if truth.annotated.contains("via") {
                note(
                    "via",
                    compare(
                        names(truth.via, nil), names(guess.via, nil), alsoFound: names(guess.recipients, nil),
                        alsoGold: names(truth.recipients, nil)))
            }
            if truth.annotated.contains("participants") {
                note("participants", compare(names(truth.participants, .person), names(guess.participants, .person)))
            }
            if truth.annotated.contains("persons") {
                note("persons", compare(names(truth.persons, .person), names(guess.persons, .person)))
            }
            if truth.annotated.contains("places") {
                note("places", compare(names(truth.places, .place), names(guess.places, .place)))
            }
            if truth.annotated.contains("aliases") {
                note("aliases", compare(aliasKeys(truth.aliases ?? [], context), aliasKeys(guess.aliases ?? [], context)))
            }
            if truth.annotated.contains("dates_in_text") {
                note("dates_in_text", compare(plain(truth.datesInText ?? []), plain(guess.datesInText ?? [])))
            }
            if truth.annotated.contains("replies_to") {
                note("replies_to", compare(plain(truth.repliesTo ?? []), plain(guess.repliesTo ?? [])))
            }
            if truth.annotated.contains("mentioned_replies") {
                note(
                    "mentioned_replies",
                    compare(replyKeys(truth.mentionedReplies ?? [], context), replyKeys(guess.mentionedReplies ?? [], context)))
            }
            perDocument.append(EvaluationReport.DocumentScore(file: truth.file, misses: misses, falseFinds: falseFinds))
        }
        var fields: [String: EvaluationReport.FieldScore] = [:]
        for name in EvaluationReport.fieldOrder {
            let counter = counters[name] ?? Counter()
            fields[name] =
                name == "date" || name == "doc_type"
                ? .accuracy(correct: counter.correct, total: counter.total)
                : .sets(
                    matchedGold: counter.matchedGold, gold: counter.gold, matchedFound: counter.matchedFound, found: counter.found
                )
        }
        return EvaluationReport(documents: gold.count, fields: fields, perDocument: perDocument)
    }

    // MARK: - Keys

    /// An item to compare: its key and the text to show when it is missed or falsely found.
    struct Item: Hashable {
        var key: String
        var label: String
    }

    func keys(_ names: [String], kind: NameMention.Kind?, context: IdentityResolver.Context) -> [Item] {
        unique(names.map { Item(key: entityKey($0, kind: kind, context: context), label: $0) })
    }

    /// The entity a name resolves to; for a name nothing knows, its normalised form.
    func entityKey(_ name: String, kind: NameMention.Kind?, context: IdentityResolver.Context) -> String {
        let resolution = resolver.resolve(name, kind: kind, context: context)
        return resolution.method == .spelling ? IdentityResolver.newEntityID(for: name) : resolution.entityID
    }

    func aliasKeys(_ aliases: [GoldRecord.Alias], _ context: IdentityResolver.Context) -> [Item] {
        unique(
            aliases.map { alias in
                Item(
                    key: NameKey.of(alias.alias) + "=" + entityKey(alias.canonical, kind: .person, context: context),
                    label: "\(alias.alias) = \(alias.canonical)")
            })
    }

    func replyKeys(_ replies: [GoldRecord.MentionedReply], _ context: IdentityResolver.Context) -> [Item] {
        unique(
            replies.map { reply in
                let from = reply.from.map { entityKey($0, kind: .person, context: context) } ?? "?"
                let to = reply.to.map { entityKey($0, kind: .person, context: context) } ?? "?"
                return Item(
                    key: "\(from)>\(to)@\(reply.date ?? "?")",
                    label: "\(reply.from ?? "?") → \(reply.to ?? "?") \(reply.date ?? "")")
            })
    }

    func plain(_ values: [String]) -> [Item] {
        unique(values.map { Item(key: $0.trimmingWhitespace(), label: $0) })
    }

    private func unique(_ items: [Item]) -> [Item] {
        var seen = Set<String>()
        return items.filter { seen.insert($0.key).inserted }
    }

    // MARK: - Counting

    struct SetResult {
        var matchedGold = 0
        var gold = 0
        var matchedFound = 0
        var found = 0
        var missed: [String] = []
        var falselyFound: [String] = []
    }

    /// Gold items found (in `found`, or in `alsoFound`), found items that are gold (in `gold`,
    /// or in `alsoGold`).
    func compare(_ gold: [Item], _ found: [Item], alsoFound: [Item] = [], alsoGold: [Item] = []) -> SetResult {
        let foundKeys = Set(found.map(\.key)).union(alsoFound.map(\.key))
        let goldKeys = Set(gold.map(\.key)).union(alsoGold.map(\.key))
        var result = SetResult(gold: gold.count, found: found.count)
        for item in gold {
            if foundKeys.contains(item.key) { result.matchedGold += 1 } else { result.missed.append(item.label) }
        }
        for item in found {
            if goldKeys.contains(item.key) { result.matchedFound += 1 } else { result.falselyFound.append(item.label) }
        }
        return result
    }

    struct Counter {
        var matchedGold = 0
        var gold = 0
        var matchedFound = 0
        var found = 0
        var correct = 0
        var total = 0

        mutating func add(_ result: SetResult) {
            matchedGold += result.matchedGold
            gold += result.gold
            matchedFound += result.matchedFound
            found += result.found
        }

        mutating func addAccuracy(_ isCorrect: Bool) {
            total += 1
            if isCorrect { correct += 1 }
        }
    }
}

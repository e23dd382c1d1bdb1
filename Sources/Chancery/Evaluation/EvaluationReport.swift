/// What `chancery eval` reports: per field, precision, recall and F1 (or accuracy), with the
/// counts they rest on, and per document the misses and false finds.
public struct EvaluationReport: Sendable, Codable {
    public var documents: Int
    public var fields: [String: FieldScore]
    public var perDocument: [DocumentScore]

    enum CodingKeys: String, CodingKey {
        case documents, fields
        case perDocument = "per_document"
    }

    /// One field's score: accuracy for single values, precision/recall/F1 for sets.
    public struct FieldScore: Sendable, Codable, Equatable {
        public var accuracy: Double?
        public var n: Int?
        public var precision: Double?
        public var recall: Double?
        public var f1: Double?
        /// Gold items.
        public var gold: Int?
        /// Items the pipeline found.
        public var found: Int?
        /// Found items that are in the gold.
        public var matched: Int?

        /// Accuracy over `total` cases; none (reported as `—`) when there is no case.
        static func accuracy(correct: Int, total: Int) -> FieldScore {
            FieldScore(accuracy: total == 0 ? nil : Double(correct) / Double(total), n: total)
        }

        /// Precision, recall and F1; none (reported as `—`) when the gold has no item and none was
        /// found, since there is then nothing to score.
        static func sets(matchedGold: Int, gold: Int, matchedFound: Int, found: Int) -> FieldScore {
            guard gold > 0 || found > 0 else { return FieldScore(gold: 0, found: 0, matched: 0) }
            // Nothing found is no false find: precision 1, and recall says what was missed.
            let precision = found == 0 ? 1 : Double(matchedFound) / Double(found)
            let recall = gold == 0 ? (found == 0 ? 1 : 0) : Double(matchedGold) / Double(gold)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return FieldScore(precision: precision, recall: recall, f1: f1, gold: gold, found: found, matched: matchedFound)
        }
    }

    public struct DocumentScore: Sendable, Codable {
        public var file: String
        public var misses: [String: [String]]
        public var falseFinds: [String: [String]]

        enum CodingKeys: String, CodingKey {
            case file, misses
            case falseFinds = "false_finds"
        }
    }

    /// The fields in the order the report shows them.
    public static let fieldOrder = [
        "date", "doc_type", "senders", "recipients", "via", "participants", "aliases", "persons", "places", "dates_in_text",
        "replies_to", "mentioned_replies",
    ]

    /// An aligned table of the figures.
    public var table: String {
        var lines = ["\(documents) documents", "field              precision  recall     F1    gold  found   (accuracy, n)"]
        for name in Self.fieldOrder {
            guard let score = fields[name] else { continue }
            if let n = score.n {
                lines.append(name.padding(toLength: 18) + "accuracy \(Self.format(score.accuracy))  n=\(n)")
            } else {
                lines.append(
                    name.padding(toLength: 18) + Self.format(score.precision).padding(toLength: 11)
                        + Self.format(score.recall).padding(toLength: 8) + Self.format(score.f1).padding(toLength: 7)
                        + String(score.gold ?? 0).padding(toLength: 6) + String(score.found ?? 0))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `0.953`, or `—` for no score.
    static func format(_ value: Double?) -> String {
        guard let value else { return "—" }
        let scaled = Int((value * 1000).rounded())
        let text = String(scaled / 1000) + "." + String(1000 + scaled % 1000).dropFirst()
        return text
    }
}

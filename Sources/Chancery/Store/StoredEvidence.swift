import Foundation
import GRDB

/// ``Evidence`` in six plain columns, so that stored facts keep where they come from without
/// a JSON blob per row: kind, reference (document id, data file or note), span, line and text.
struct StoredEvidence: Sendable, Hashable {
    var kind: String
    var reference: String
    var start: Int?
    var end: Int?
    var line: Int?
    var text: String

    init(_ evidence: Evidence, lines: Document.LineLocator? = nil) {
        switch evidence {
        case .document(let id, _, let span, let quote):
            self.init(
                kind: "document", reference: id, start: span.start, end: span.end, line: lines?.line(at: span.start), text: quote)
        case .dataFile(let path, let line, let source):
            self.init(kind: "data", reference: Self.relativeDataPath(path), start: nil, end: nil, line: line, text: source)
        case .curation(let note):
            self.init(kind: "curation", reference: "", start: nil, end: nil, line: nil, text: note)
        }
    }

    init(kind: String, reference: String, start: Int?, end: Int?, line: Int?, text: String) {
        self.kind = kind
        self.reference = reference
        self.start = start
        self.end = end
        self.line = line
        self.text = text
    }

    /// `…/Data/authorities/names.tsv` → `Data/authorities/names.tsv`: stores do not depend on
    /// where the repository was cloned.
    static func relativeDataPath(_ path: String) -> String {
        guard let range = path.range(of: "Data/", options: .backwards) else { return path }
        return String(path[range.lowerBound...])
    }

    /// The evidence, with `paths` giving the file of a document id.
    func evidence(paths: [String: String] = [:]) -> Evidence {
        switch kind {
        case "document":
            .document(
                id: reference, path: paths[reference] ?? reference, span: SourceSpan(start: start ?? 0, end: end ?? 0),
                quote: text)
        case "data": .dataFile(path: reference, line: line ?? 0, source: text)
        default: .curation(note: text)
        }
    }

    /// Reads the six columns that start with `prefix` (`evidence_kind`, `evidence_reference`, …).
    init(row: Row, prefix: String) {
        self.init(
            kind: row[prefix + "_kind"] ?? "curation", reference: row[prefix + "_reference"] ?? "", start: row[prefix + "_start"],
            end: row[prefix + "_end"], line: row[prefix + "_line"], text: row[prefix + "_text"] ?? "")
    }

    /// The names of the six columns that start with `prefix`.
    static func columns(_ prefix: String) -> [String] {
        ["_kind", "_reference", "_start", "_end", "_line", "_text"].map { prefix + $0 }
    }

    /// The values of the six columns, in the order of ``columns(_:)``.
    var values: [(any DatabaseValueConvertible)?] { [kind, reference, start, end, line, text] }

    /// Six NULLs, for evidence that is absent.
    static var absent: [(any DatabaseValueConvertible)?] { [nil, nil, nil, nil, nil, nil] }
}

extension TableDefinition {
    /// The six evidence columns.
    func evidenceColumns(_ prefix: String) {
        column(prefix + "_kind", .text).notNull()
        column(prefix + "_reference", .text).notNull()
        column(prefix + "_start", .integer)
        column(prefix + "_end", .integer)
        column(prefix + "_line", .integer)
        column(prefix + "_text", .text).notNull()
    }
}

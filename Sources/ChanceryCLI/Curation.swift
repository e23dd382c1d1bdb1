import ArgumentParser
import Chancery
import Foundation

/// Records a correction, relinks the graph, and says what was done.
func applyCorrection(_ correction: CorpusStore.Correction, store: CorpusStore, done: String) throws {
    try store.apply(correction)
    try store.relink()
    print(done)
}

/// `chancery alias add|remove`.
struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Say which entity a name refers to, or does not: kept apart from extracted facts, surviving every re-ingest.",
        subcommands: [Add.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "NAME refers to ENTITY (in a period, when given).")
        @OptionGroup var data: DataOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: "The name as documents write it.") var name: String
        @Argument(help: "The entity: a name in any form, or an id.") var entity: String
        @Option(help: "Used from this date (EDTF).") var from: String?
        @Option(help: "Used up to this date (EDTF).") var to: String?
        @Option(help: "Why: the evidence for the correction.") var note: String

        func validate() throws {
            _ = try parseDate(from, option: "--from")
            _ = try parseDate(to, option: "--to")
        }

        func run() throws {
            let query = try openQuery(data, store)
            let id = try query.entity(entity).id
            try applyCorrection(
                .addAlias(name: name, entity: id, from: from, to: to, note: note), store: query.store,
                done: "\u{201C}\(name)\u{201D} now refers to \(try query.entity(id).name) [\(id)]")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "NAME does not refer to ENTITY.")
        @OptionGroup var data: DataOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: "The name.") var name: String
        @Argument(help: "The entity it does not refer to.") var entity: String
        @Option(help: "Why.") var note: String

        func run() throws {
            let query = try openQuery(data, store)
            let id = try query.entity(entity).id
            try applyCorrection(
                .removeAlias(name: name, entity: id, note: note), store: query.store,
                done: "\u{201C}\(name)\u{201D} no longer refers to \(id)")
        }
    }
}

/// `chancery merge A B`.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "A and B are the same entity (B is merged into A).")
    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "The entity to keep.") var first: String
    @Argument(help: "The entity that is the same.") var second: String
    @Option(help: "Why.") var note: String

    func run() throws {
        let query = try openQuery(data, store)
        let keep = try query.entity(first).id
        let merged = try query.entity(second).id
        guard keep != merged else { throw ValidationError("\(first) and \(second) are already one entity (\(keep))") }
        try applyCorrection(
            .merge(entity: merged, into: keep, note: note), store: query.store, done: "\(merged) merged into \(keep)")
    }
}

/// `chancery split A B`.
struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Undo a merge: A and B are different entities.")
    @OptionGroup var data: DataOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: "One entity id.") var first: String
    @Argument(help: "The other.") var second: String
    @Option(help: "Why.") var note = ""

    func run() throws {
        let store = try store.open()
        try applyCorrection(
            .split(entity: first, other: second, note: note), store: store, done: "\(first) and \(second) are apart again")
    }
}

/// `chancery link add|remove`.
struct Link: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a link extraction missed, or remove a wrong one.", subcommands: [Add.self, Remove.self])

    /// What both subcommands take: the two messages, the kind of link, and why.
    struct Arguments: ParsableArguments {
        @OptionGroup var store: StoreOptions
        @Argument(help: "The message that replies, carries or cites (a message or document id).") var from: String
        @Argument(help: "The message it answers, carries or cites.") var to: String
        @Option(help: "The kind of link.") var kind = EventLink.Kind.repliesTo
        @Option(help: "Why.") var note: String
    }

    struct Add: ParsableCommand {
        @OptionGroup var link: Arguments

        func run() throws {
            try applyCorrection(
                .addLink(from: link.from, to: link.to, kind: link.kind, note: link.note), store: try link.store.open(),
                done: "linked \(link.from) \(link.kind.rawValue) \(link.to)")
        }
    }

    struct Remove: ParsableCommand {
        @OptionGroup var link: Arguments

        func run() throws {
            try applyCorrection(
                .removeLink(from: link.from, to: link.to, kind: link.kind, note: link.note), store: try link.store.open(),
                done: "removed \(link.from) \(link.kind.rawValue) \(link.to)")
        }
    }
}

extension EventLink.Kind: ExpressibleByArgument {}

/// `chancery date set DOC EDTF`.
struct DateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "date", abstract: "Correct a document's date.", subcommands: [Set.self])

    struct Set: ParsableCommand {
        @OptionGroup var store: StoreOptions
        @Argument(help: "The document id (record:113636, sha256:…).") var document: String
        @Argument(help: "The date, EDTF (1952-03-11, 1952-03, 1952-03~).") var edtf: String
        @Option(help: "Why.") var note: String

        func validate() throws {
            guard HistoricalDate(edtf: edtf) != nil else { throw ValidationError("'\(edtf)' is not an EDTF date") }
        }

        func run() throws {
            try applyCorrection(
                .setDate(document: document, edtf: edtf, note: note), store: try store.open(), done: "\(document) dated \(edtf)")
        }
    }
}

/// `chancery curation export|import FILE`.
struct CurationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curation", abstract: "Share corrections as a plain, diff-friendly file.",
        subcommands: [Export.self, Import.self])

    struct Export: ParsableCommand {
        @OptionGroup var store: StoreOptions
        @Argument(help: "The file to write (- for standard output).") var file: String

        func run() throws {
            let text = try store.open().exportCuration()
            if file == "-" {
                print(text, terminator: "")
            } else {
                try OutputFile.write(Array(text.utf8), to: file)
            }
        }
    }

    struct Import: ParsableCommand {
        @OptionGroup var store: StoreOptions
        @Argument(help: "A file written by curation export (or by hand).") var file: String

        func run() throws {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ValidationError("\(file): cannot be read as UTF-8 text")
            }
            let store = try store.open()
            let count = try store.importCuration(text, path: file)
            try store.relink()
            print("\(count) corrections imported from \(file)")
        }
    }
}

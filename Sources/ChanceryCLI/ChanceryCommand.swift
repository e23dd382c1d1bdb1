import ArgumentParser
import Chancery

/// `chancery`: reads archival correspondence and draws who wrote to whom.
@main
struct ChanceryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chancery",
        abstract: "Read archival correspondence: people, pseudonyms, places, dates, messages and replies.",
        discussion: "With no subcommand, runs the main job (`chancery demo`) on Data/corpus.",
        subcommands: [
            Demo.self, Ingest.self, Who.self, Timeline.self, Thread.self, Between.self, Path.self, Mentions.self, Search.self,
            Alias.self, Merge.self, Split.self, Link.self, DateCommand.self, CurationCommand.self,
            Draw.self, Export.self, Extract.self, Eval.self, Synth.self, Bench.self,
        ],
        defaultSubcommand: Demo.self
    )
}

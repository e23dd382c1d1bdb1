/// One leg of a message in a network: from an author to an addressee, or one hop of its
/// carriage through intermediaries (author → first intermediary → … → addressee). A message
/// from two senders to one recipient has two author legs; a message sent via Roshchin has, as
/// well as its author leg, the relay legs author → Roshchin and Roshchin → addressee.
struct MessageLeg: Sendable, Equatable {
    var source: String
    var target: String
    /// Whether this is a hop through an intermediary rather than author to addressee.
    var isRelay: Bool
    /// The message's index in the graph's messages.
    var message: Int

    /// The legs of every message (meetings have none), in the graph's order of messages:
    /// author legs first, then relay legs in order of carriage.
    static func legs(of graph: CorrespondenceGraph) -> [MessageLeg] {
        var legs: [MessageLeg] = []
        for (index, message) in graph.messages.enumerated() where message.kind != "meeting" {
            let senders = unique(message.parties("sender").map(\.entity))
            let recipients = unique(message.parties("recipient").map(\.entity))
            let via = unique(message.parties("intermediary").map(\.entity))
            for sender in senders {
                for recipient in recipients {
                    legs.append(MessageLeg(source: sender, target: recipient, isRelay: false, message: index))
                }
            }
            guard !via.isEmpty else { continue }
            let stages = ([senders] + via.map { [$0] } + [recipients]).filter { !$0.isEmpty }
            var seen = Set<String>()
            for (from, to) in zip(stages, stages.dropFirst()) {
                for source in from {
                    for target in to where seen.insert(source + "\u{0}" + target).inserted {
                        legs.append(MessageLeg(source: source, target: target, isRelay: true, message: index))
                    }
                }
            }
        }
        return legs
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}

extension CorrespondenceGraph.Message {
    /// The first and last day the message can be from (day numbers), when any is known.
    var daySpan: ClosedRange<Int>? {
        guard let first = earliest ?? latest else { return nil }
        return first...max(first, latest ?? first)
    }

    /// `document`, `catalogue`, or `placeholder` for a message known only from a mention.
    var basisLabel: String { isPlaceholder ? "placeholder" : basis }
}

/// ISO days (`1950-10-01`) of day numbers.
enum ISODay {
    static func of(_ dayNumber: Int) -> String { DayNumber.date(dayNumber).iso }
}

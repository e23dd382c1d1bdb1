/// What linking needs to know of an event: its parties, date bounds, number, and where it
/// comes from. Compact, so that the events of a large corpus fit in memory together.
struct EventSummary: Sendable {
    var id: String
    /// The event's own document, for document and catalogue events.
    var documentID: String?
    /// The document that mentions a placeholder.
    var mentionedIn: String?
    var basis: Event.Basis
    /// Day numbers of the first and last day the date can mean.
    var earliest: Int?
    var latest: Int?
    var number: String?
    var standsFor: String?
    var senders: [String]
    var recipients: [String]
    var intermediaries: [String]

    /// An event's summary; `parties` are entity ids with their roles, in the event's order.
    init(
        id: String, basis: Event.Basis, documentID: String?, mentionedIn: String?, earliest: Int?, latest: Int?,
        number: String?, standsFor: String?, parties: [(entityID: String, role: Participant.Role)] = []
    ) {
        self.id = id
        self.documentID = basis == .mention ? nil : documentID
        self.mentionedIn = mentionedIn ?? (basis == .mention ? documentID : nil)
        self.basis = basis
        self.earliest = earliest
        self.latest = latest
        self.number = number
        self.standsFor = standsFor
        senders = []
        recipients = []
        intermediaries = []
        for party in parties { add(party.entityID, as: party.role) }
    }

    init(_ event: Event) {
        self.init(
            id: event.id, basis: event.basis, documentID: event.documentID, mentionedIn: event.mentionedIn,
            earliest: event.date?.earliest.dayNumber, latest: event.date?.latest.dayNumber, number: event.number,
            standsFor: event.standsFor, parties: event.participants.map { ($0.entityID, $0.role) })
    }

    /// Adds a party in the place linking gives its role: a meeting's participants count as its
    /// senders (as the queries show them); signers are not parties to the exchange.
    mutating func add(_ entityID: String, as role: Participant.Role) {
        switch role {
        case .sender, .participant: senders.append(entityID)
        case .recipient: recipients.append(entityID)
        case .intermediary: intermediaries.append(entityID)
        case .signer: break
        }
    }
}

/// A link as a document states it, before its ends are merged.
struct StatedLink: Sendable {
    var from: String
    var to: String
    var kind: EventLink.Kind
    var rule: String
    var confidence: Double
    /// Which stated link this is, so the caller can find its evidence.
    var index: Int

    /// The key a curated removal names a link by: its ends (after merges) and its kind.
    static func key(from: String, kind: EventLink.Kind, to: String) -> String {
        "\(from)|\(kind.rawValue)|\(to)"
    }
}

/// The event graph after linking: which events are the same message, the links between the
/// messages that remain, inferred links, and the date bounds replies put on each other.
struct LinkedGraph: Sendable {
    /// Event id → the event it turned out to be (a placeholder or calendar row → a document).
    var merged: [String: String] = [:]
    /// Links with merged ends; `source` is the stated link's index, nil for an inferred link.
    var links: [(from: String, to: String, kind: EventLink.Kind, rule: String, confidence: Double, source: Int?)] = []
    /// Narrowed date bounds (day numbers), for events whose bounds changed or were unknown.
    var bounds: [String: (earliest: Int?, latest: Int?)] = [:]
    /// Replies dated before what they answer.
    var conflicts: [String: String] = [:]
}

/// Links a corpus's events: placeholders and calendar rows merge with the documents they stand
/// for; stated links are rewired through the merges; a citation of a message from one's own
/// addressee becomes a reply; a message answering an earlier one between the same two people
/// within a fortnight, with nothing stated, gets a low-confidence reply link; and reply links
/// narrow each other's dates.
enum EventMatcher {
    static let replyWindowDays = 14

    /// Links `events`. `removed` holds the keys (``StatedLink/key(from:kind:to:)``) of links the
    /// user removed: such a link, stated or inferred, is dropped before it answers, narrows or
    /// conflicts with anything.
    static func link(_ events: [EventSummary], _ stated: [StatedLink], removed: Set<String> = []) -> LinkedGraph {
        var graph = LinkedGraph()
        var index: [String: [Int]] = [:]
        func add(_ position: Int) {
            let event = events[position]
            for sender in event.senders {
                index[sender + ">*", default: []].append(position)
                for recipient in event.recipients + event.intermediaries {
                    index[sender + ">" + recipient, default: []].append(position)
                }
            }
        }
        var byDocument: [String: Int] = [:]
        var position = 0
        for event in events {
            if event.basis == .document {
                add(position)
                if let id = event.documentID { byDocument[id] = position }
            }
            position += 1
        }
        // A calendar row describing a message whose document is read is that message.
        for event in events where event.basis == .catalogue {
            if let target = match(event, events, index, exactDay: true) { graph.merged[event.id] = events[target].id }
        }
        // Mentions may find a calendar row when the document itself is not read.
        for (offset, event) in events.enumerated() where event.basis == .catalogue && graph.merged[event.id] == nil {
            add(offset)
        }
        for event in events where event.basis == .mention {
            if let id = event.standsFor, let target = byDocument[id] {
                graph.merged[event.id] = events[target].id
            } else if let target = match(event, events, index, exactDay: false) {
                graph.merged[event.id] = events[target].id
            }
        }

        // Stated links through the merges.
        var position2 = [String: Int]()
        for (offset, event) in events.enumerated() { position2[event.id] = offset }
        var seen = Set<String>()
        var answered = Set<String>()
        var answering = Set<String>()
        for link in stated {
            let from = graph.merged[link.from] ?? link.from
            let to = graph.merged[link.to] ?? link.to
            guard from != to else { continue }
            var kind = link.kind
            var rule = link.rule
            var confidence = link.confidence
            if kind == .refersTo, let a = position2[from], let b = position2[to], events[b].basis != .mention,
                isAnswer(events[a], events[b])
            {
                kind = .repliesTo
                rule += "+reversed-parties"
                confidence = min(confidence, 0.75)
            }
            let key = StatedLink.key(from: from, kind: kind, to: to)
            guard !removed.contains(key), seen.insert(key).inserted else { continue }
            if kind == .repliesTo {
                answered.insert(to)
                answering.insert(from)
            }
            graph.links.append((from, to, kind, rule, confidence, link.index))
        }

        // Possible replies: the next message back between the same two people within a fortnight.
        let documents = events.indices.filter { events[$0].basis != .mention && graph.merged[events[$0].id] == nil }
        var byPair: [String: [Int]] = [:]
        for offset in documents where events[offset].earliest != nil {
            for sender in events[offset].senders {
                for recipient in events[offset].recipients { byPair[sender + ">" + recipient, default: []].append(offset) }
            }
        }
        for key in byPair.keys { byPair[key]?.sort { (events[$0].earliest ?? 0) < (events[$1].earliest ?? 0) } }
        for offset in documents where !answering.contains(events[offset].id) {
            let reply = events[offset]
            guard let replyDay = reply.earliest, reply.latest == replyDay else { continue }
            var best: Int?
            for sender in reply.senders {
                for recipient in reply.recipients {
                    for candidate in byPair[recipient + ">" + sender] ?? [] {
                        guard let day = events[candidate].earliest, events[candidate].latest == day, day < replyDay,
                            replyDay - day <= replyWindowDays, !answered.contains(events[candidate].id)
                        else { continue }
                        if best.map({ (events[$0].earliest ?? 0) < day }) ?? true { best = candidate }
                    }
                }
            }
            guard let original = best else { continue }
            // Another message between the two in the meantime makes the pairing a guess too far.
            guard let start = events[original].earliest else { continue }
            let pairKeys = reply.senders.flatMap { sender in reply.recipients.flatMap { [sender + ">" + $0, $0 + ">" + sender] } }
            let between = pairKeys.contains { key in
                (byPair[key] ?? []).contains { other in
                    guard other != original, other != offset, let day = events[other].earliest else { return false }
                    return day > start && day < replyDay
                }
            }
            guard !between,
                !removed.contains(StatedLink.key(from: reply.id, kind: .possibleReply, to: events[original].id))
            else { continue }
            answered.insert(events[original].id)
            graph.links.append(
                (reply.id, events[original].id, .possibleReply, "reversed-parties-within-\(replyWindowDays)-days", 0.5, nil))
        }

        // A reply cannot precede what it answers: narrow bounds along reply links.
        var earliest: [String: Int?] = [:]
        var latest: [String: Int?] = [:]
        for event in events {
            earliest[event.id] = event.earliest
            latest[event.id] = event.latest
        }
        let replies = graph.links.filter { $0.kind == .repliesTo }
        for reply in replies {
            if let from = latest[reply.from] ?? nil, let to = earliest[reply.to] ?? nil, from < to {
                graph.conflicts[reply.from] = "dated before the message it answers (\(reply.to))"
            }
        }
        for _ in 0..<8 {
            var changed = false
            for reply in replies where graph.conflicts[reply.from] == nil {
                if let originalStart = earliest[reply.to] ?? nil,
                    (earliest[reply.from] ?? nil).map({ $0 < originalStart }) ?? true
                {
                    earliest[reply.from] = originalStart
                    changed = true
                }
                if let replyEnd = latest[reply.from] ?? nil, (latest[reply.to] ?? nil).map({ $0 > replyEnd }) ?? true {
                    latest[reply.to] = replyEnd
                    changed = true
                }
            }
            if !changed { break }
        }
        for event in events where (earliest[event.id] ?? nil) != event.earliest || (latest[event.id] ?? nil) != event.latest {
            graph.bounds[event.id] = (earliest[event.id] ?? nil, latest[event.id] ?? nil)
        }
        return graph
    }

    /// The event a placeholder (or calendar row) stands for: same sender and recipient, a date
    /// that fits, the same number where both have one; nil when none or several fit equally.
    static func match(_ event: EventSummary, _ events: [EventSummary], _ index: [String: [Int]], exactDay: Bool) -> Int? {
        guard let sender = event.senders.first else { return nil }
        guard event.earliest != nil || event.number != nil else { return nil }
        // Without a known recipient (`Shtykov's telegram of 4 July`), any message of the sender's.
        let pool = event.recipients.first.map { index[sender + ">" + $0] ?? [] } ?? (index[sender + ">*"] ?? [])
        let candidates = pool.filter { position in
            let candidate = events[position]
            // Dates first (integers), then numbers, then identity (strings).
            if exactDay, candidate.earliest != event.earliest || candidate.latest != event.latest { return false }
            if let start = event.earliest, let end = event.latest {
                guard let otherStart = candidate.earliest, let otherEnd = candidate.latest, otherStart <= end, start <= otherEnd
                else { return false }
            } else if event.number == nil || candidate.number != event.number {
                return false
            }
            if let number = event.number, let other = candidate.number, number != other { return false }
            return candidate.id != event.id && (candidate.documentID == nil || candidate.documentID != event.mentionedIn)
        }
        var unique: [Int] = []
        for candidate in candidates where !unique.contains(candidate) { unique.append(candidate) }
        if unique.count == 1 { return unique[0] }
        // Several: the one with the number cited, if only one shows it.
        if let number = event.number {
            let numbered = unique.filter { events[$0].number == number }
            if numbered.count == 1 { return numbered[0] }
        }
        // Else the one whose date is exactly the event's, to the day.
        let exact = unique.filter {
            events[$0].earliest == event.earliest && events[$0].latest == event.latest && event.earliest == event.latest
        }
        return exact.count == 1 ? exact[0] : nil
    }

    /// Whether `reply` goes back the way `original` came, no earlier than it.
    static func isAnswer(_ reply: EventSummary, _ original: EventSummary) -> Bool {
        let replyRecipients = Set(reply.recipients + reply.intermediaries)
        let originalRecipients = Set(original.recipients + original.intermediaries)
        guard !Set(reply.senders).isDisjoint(with: originalRecipients), !replyRecipients.isDisjoint(with: original.senders) else {
            return false
        }
        if let replyEnd = reply.latest, let originalStart = original.earliest, replyEnd < originalStart { return false }
        return true
    }
}

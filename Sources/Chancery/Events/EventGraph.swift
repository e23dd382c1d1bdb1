/// The events of a corpus and the links between them, with placeholders merged into the
/// documents they stand for: "your telegram of 21 February" becomes a link to the telegram of
/// 21 February once that telegram's own document is read.
public struct EventGraph: Sendable {
    /// Every event by id, placeholders that found their document removed.
    public private(set) var events: [String: Event] = [:]
    /// Links with placeholder ends replaced by the events they were merged into.
    public private(set) var links: [EventLink] = []
    /// Placeholder id → the id of the event it turned out to be.
    public private(set) var merged: [String: String] = [:]

    public init(analyses: [DocumentAnalysis]) {
        var all: [Event] = []
        var rawLinks: [EventLink] = []
        for analysis in analyses {
            all += analysis.events
            rawLinks += analysis.links
        }
        let documents = all.filter { $0.basis == .document }
        let catalogue = all.filter { $0.basis == .catalogue }
        var index: [String: [Event]] = [:]
        for event in documents {
            for sender in event.participants(.sender) {
                index[sender.entityID + ">*", default: []].append(event)
                for recipient in event.participants(.recipient) + event.participants(.intermediary) {
                    index[sender.entityID + ">" + recipient.entityID, default: []].append(event)
                }
            }
        }
        var byDocument: [String: Event] = [:]
        for event in documents { if let id = event.documentID { byDocument[id] = event } }
        // A calendar row describing a message whose document is read is that message.
        for entry in catalogue {
            if let target = Self.match(entry, in: index, exactDay: true) {
                merged[entry.id] = target.id
            }
        }
        // Mentions may also find a calendar row when the document itself is not read.
        for entry in catalogue where merged[entry.id] == nil {
            for sender in entry.participants(.sender) {
                index[sender.entityID + ">*", default: []].append(entry)
                for recipient in entry.participants(.recipient) + entry.participants(.intermediary) {
                    index[sender.entityID + ">" + recipient.entityID, default: []].append(entry)
                }
            }
        }
        for event in all {
            guard event.isPlaceholder else {
                if merged[event.id] == nil { events[event.id] = event }
                continue
            }
            if let id = event.standsFor, let target = byDocument[id] {
                merged[event.id] = target.id
            } else if let target = Self.match(event, in: index) {
                merged[event.id] = target.id
            } else {
                events[event.id] = event
            }
        }
        var seen = Set<String>()
        for link in rawLinks {
            var resolved = link
            resolved.from = merged[link.from] ?? link.from
            resolved.to = merged[link.to] ?? link.to
            guard resolved.from != resolved.to else { continue }
            // Citing a message from the document's own addressee to its sender is answering it.
            if resolved.kind == .refersTo, let from = events[resolved.from], let to = events[resolved.to], !to.isPlaceholder,
                Self.isAnswer(from, to)
            {
                resolved.kind = .repliesTo
                resolved.rule += "+reversed-parties"
                resolved.confidence = min(resolved.confidence, 0.75)
            }
            let key = "\(resolved.from)|\(resolved.kind.rawValue)|\(resolved.to)"
            if seen.insert(key).inserted { links.append(resolved) }
        }
    }

    /// The document event a placeholder stands for: same sender and recipient, a date that
    /// fits, the same number where both have one; nil when none or several fit equally.
    static func match(_ placeholder: Event, in index: [String: [Event]], exactDay: Bool = false) -> Event? {
        guard let sender = placeholder.participants(.sender).first else { return nil }
        guard placeholder.date != nil || placeholder.number != nil else { return nil }
        // Without a known recipient (`Shtykov's telegram of 4 July`), any message of the sender's.
        let pool: [Event]
        if let recipient = placeholder.participants(.recipient).first {
            pool = index[sender.entityID + ">" + recipient.entityID] ?? []
        } else {
            pool = index[sender.entityID + ">*"] ?? []
        }
        let candidates = pool.filter { candidate in
            if candidate.id == placeholder.id || candidate.documentID == placeholder.mentionedIn { return false }
            if exactDay, candidate.date != placeholder.date { return false }
            if let number = placeholder.number, let other = candidate.number, number != other { return false }
            if let date = placeholder.date {
                guard let other = candidate.date else { return false }
                return other.earliest <= date.latest && date.earliest <= other.latest
            }
            return placeholder.number != nil && candidate.number == placeholder.number
        }
        guard !candidates.isEmpty else { return nil }
        if candidates.count == 1 { return candidates[0] }
        // Several: the one whose date is exactly the placeholder's.
        let exact = candidates.filter { $0.date == placeholder.date && placeholder.date?.start.precision == .day }
        return exact.count == 1 ? exact[0] : nil
    }

    /// Whether `reply` goes back the way `original` came, no earlier than it.
    static func isAnswer(_ reply: Event, _ original: Event) -> Bool {
        let replySenders = Set(reply.participants(.sender).map(\.entityID))
        let replyRecipients = Set((reply.participants(.recipient) + reply.participants(.intermediary)).map(\.entityID))
        let originalSenders = Set(original.participants(.sender).map(\.entityID))
        let originalRecipients = Set((original.participants(.recipient) + original.participants(.intermediary)).map(\.entityID))
        guard !replySenders.isDisjoint(with: originalRecipients), !replyRecipients.isDisjoint(with: originalSenders) else {
            return false
        }
        if let replyDate = reply.date, let originalDate = original.date, replyDate.latest < originalDate.earliest { return false }
        return true
    }

    /// Links from an event.
    public func links(from id: String) -> [EventLink] {
        links.filter { $0.from == id }
    }

    /// Links to an event.
    public func links(to id: String) -> [EventLink] {
        links.filter { $0.to == id }
    }
}

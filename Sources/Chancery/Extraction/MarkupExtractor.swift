/// What a TEI edition's own markup says, laid over what the text scanners found: the
/// dateline's `@when`, `persName` and `placeName` elements with their keys, the head's
/// sender and recipient (by word order, since `persName/@type` is unreliable), the signer,
/// the participants list, and `ref` links from footnotes to other documents.
struct MarkupExtractor {
    let knowledge: Knowledge
    let document: Document

    /// The dateline's `@when` as the document's date.
    func documentDate() -> DateMention? {
        guard let line = document.archiveDate else { return nil }
        for annotation in document.annotations where annotation.kind == .date && line.span.contains(annotation.span) {
            guard let key = annotation.key, let date = CalendarDate(iso: String(key.prefix(10))) else { continue }
            return DateMention(span: annotation.span, date: HistoricalDate(start: date), rule: "tei-dateline")
        }
        return nil
    }

    /// The document's `persName` and `placeName` elements as name mentions, with their candidates.
    func markedNames() -> [NameMention] {
        var marked: [NameMention] = []
        for annotation in document.annotations where annotation.kind == .person || annotation.kind == .place {
            let surface = Self.withoutTitles(document.text(annotation.span))
            let listed = annotation.key.flatMap { document.keyNames[$0] }.map(Self.naturalOrder)
            var candidates: [String] = []
            for name in [listed, surface].compactMap({ $0 }) {
                for entry in knowledge.names.lookup(name) where !candidates.contains(entry.entityID) {
                    if annotation.kind == .person, knowledge.entity(entry.entityID)?.kind == .place { continue }
                    candidates.append(entry.entityID)
                }
                if !candidates.isEmpty { break }
            }
            marked.append(
                NameMention(
                    kind: annotation.kind == .person ? .person : .place, span: annotation.span, surface: listed ?? surface,
                    rule: annotation.kind == .person ? "tei-persName" : "tei-placeName", confidence: 0.97, candidates: candidates)
            )
        }
        return marked
    }

    /// The `marked` names within `span`, with the `scanned` ones there that overlap no marked name,
    /// in source order.
    static func names(marked: [NameMention], merging scanned: [NameMention], within span: SourceSpan) -> [NameMention] {
        let kept = scanned.filter { mention in
            span.contains(mention.span) && !marked.contains { $0.span.overlaps(mention.span) }
        }
        return (marked.filter { span.contains($0.span) } + kept).sorted { $0.span < $1.span }
    }

    /// `General Hoyt S. Vandenberg` → `Hoyt S. Vandenberg`.
    static func withoutTitles(_ name: String) -> String {
        var words = name.split(separator: " ")
        while words.count > 1, NameScanner.personTitles.contains(words[0].lowercased().trimmingCharacters(in: ".")) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// `Sebald, William J.` → `William J. Sebald`; `Yui, O.K.` → `O.K. Yui`.
    static func naturalOrder(_ listed: String) -> String {
        let parts = listed.split(separator: ",", maxSplits: 1).map { $0.trimmingWhitespace() }
        guard parts.count == 2, !parts[1].isEmpty else { return listed }
        // Titles after the comma (`Franks, Sir Oliver`) stay in front of the forenames.
        return parts[1] + " " + parts[0]
    }

    /// The head's parties by word order: `The A (P) to the B (Q)`.
    func header(title: TextSection, scanned: CorrespondenceHeader?) -> CorrespondenceHeader? {
        let inTitle = document.annotations.filter { title.span.contains($0.span) }
        let text = title.text
        let lower = text.lowercased()
        var header = CorrespondenceHeader(type: scanned?.type, span: title.span)
        if lower.contains("conversation") || lower.contains("meeting") {
            header.isMeeting = true
            header.type = header.type ?? "Memorandum of Conversation"
            header.participants = participants()
            return header
        }
        // Where the recipient part starts: the last " to " before the recipient's office or name.
        let recipientMark = inTitle.first { $0.kind == .recipient && $0.key == nil }?.span.start
        let senderMark = inTitle.first { $0.kind == .sender }?.span.end ?? title.span.start
        guard let split = splitPoint(in: title, before: recipientMark, after: senderMark) else { return scanned }
        let senderPart = SourceSpan(start: title.span.start, end: split)
        let recipientPart = SourceSpan(start: split, end: title.span.end)
        header.senders = parties(in: senderPart, annotations: inTitle, role: .sender)
        header.recipients = parties(in: recipientPart, annotations: inTitle, role: .recipient)
        return header.hasParties ? header : scanned
    }

    /// The byte offset of the ` to ` that divides sender from recipient.
    func splitPoint(in title: TextSection, before recipient: Int?, after sender: Int) -> Int? {
        let bytes = Array(title.text.utf8)
        let pattern = Array(" to ".utf8)
        var candidates: [Int] = []
        var depth = 0
        var index = 0
        while index + pattern.count <= bytes.count {
            if bytes[index] == 0x28 { depth += 1 }
            if bytes[index] == 0x29 { depth -= 1 }
            if depth == 0, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                candidates.append(title.span.start + index + 1)
            }
            index += 1
        }
        if let recipient {
            return candidates.last { $0 < recipient && $0 >= sender } ?? candidates.last { $0 < recipient }
        }
        return candidates.first { $0 >= sender } ?? candidates.first
    }

    /// The people named in a part of the head, else its office (`Department of State`).
    func parties(in part: SourceSpan, annotations: [MarkupAnnotation], role: MarkupAnnotation.Kind) -> [PartyMention] {
        let people = annotations.filter { $0.kind == .person && part.contains($0.span) }
        if !people.isEmpty {
            return people.map { person in
                let listed = person.key.flatMap { document.keyNames[$0] }.map(Self.naturalOrder)
                return PartyMention(name: listed ?? document.text(person.span), span: person.span)
            }
        }
        let offices = annotations.filter {
            ($0.kind == .sender || $0.kind == .recipient) && $0.key == nil && part.contains($0.span)
        }
        if let office = offices.first {
            var name = document.text(office.span)
            // `Embassy in the Republic of China`: the office with the words that place it.
            let after = document.text(SourceSpan(start: office.span.end, end: part.end)).trimmingWhitespace()
            if after.lowercased().hasPrefix("in ") || after.lowercased().hasPrefix("at ") {
                name += " " + after.prefix { $0 != "(" && $0 != "," }.trimmingWhitespace()
            }
            return [PartyMention(name: name, span: office.span)]
        }
        return []
    }

    /// The people of the participants list.
    func participants() -> [PartyMention] {
        guard let list = document.annotations.first(where: { $0.kind == .participant }) else { return [] }
        return document.annotations.filter { $0.kind == .person && list.span.contains($0.span) }.map { person in
            PartyMention(
                name: person.key.flatMap { document.keyNames[$0] }.map(Self.naturalOrder) ?? document.text(person.span),
                span: person.span)
        }
    }

    /// The person who signed (`<signed><persName>`).
    func signer() -> PartyMention? {
        guard let signed = document.annotations.last(where: { $0.kind == .signer }) else { return nil }
        if let person = document.annotations.first(where: { $0.kind == .person && signed.span.contains($0.span) }) {
            let listed = person.key.flatMap { document.keyNames[$0] }.map(Self.naturalOrder)
            return PartyMention(name: listed ?? document.text(person.span), span: person.span)
        }
        let text = document.text(signed.span).trimmingWhitespace()
        return text.isEmpty ? nil : PartyMention(name: text, span: signed.span)
    }

    /// Gives each reference the document a footnote called within it points to (`Reur 1464, Jan
    /// 14.[2]` with note 2 `Infra` → the next document), and adds the footnotes' other links.
    func linkReferences(_ references: [MessageReference]) -> [MessageReference] {
        var result = references
        var used = Set<String>()
        for footnote in document.footnotes {
            let refs = document.annotations.filter {
                $0.kind == .reference && footnote.content.span.contains($0.span) && ($0.key?.hasPrefix("#d") ?? false)
            }
            guard let target = refs.first?.key.map({ String($0.dropFirst()) }) else { continue }
            let targetID = document.id.split(separator: "#").first.map { String($0) + "#" + target } ?? target
            guard targetID != document.id else { continue }
            if let anchor = footnote.anchor,
                let index = result.firstIndex(where: { $0.target == nil && $0.span.start <= anchor && anchor <= $0.span.end + 40 }
                )
            {
                result[index].target = targetID
                used.insert(targetID)
                continue
            }
            guard !used.contains(targetID) else { continue }
            used.insert(targetID)
            result.append(
                MessageReference(
                    relation: .citedByDocument, sender: nil, recipient: nil, date: nil, number: nil, type: nil,
                    span: footnote.content.span, rule: "tei-ref", target: targetID))
        }
        return result
    }
}

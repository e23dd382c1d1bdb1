/// A short plain-text report of what Chancery read in one document: its date, type, parties
/// (with the names the document used and the evidence that resolves them), the people and
/// places it names, and the messages it mentions.
public struct DocumentReport: Sendable {
    public let analysis: DocumentAnalysis
    public let names: EntityNames
    private let lines: Document.LineLocator

    public init(analysis: DocumentAnalysis, names: EntityNames) {
        self.analysis = analysis
        self.names = names
        self.lines = analysis.document.lineLocator()
    }

    public var text: String {
        let document = analysis.document
        var lines: [String] = []
        lines.append(document.path)
        if let title = document.title?.text { lines.append("  " + title) }
        let main = analysis.mainEvent
        if let date = main?.date {
            var source = ""
            if let evidence = analysis.extraction.documentDate {
                source = "  (\(describe(evidence.span)): \u{201C}\(document.text(evidence.span))\u{201D})"
            }
            lines.append(row("Date", date.edtf + source))
        }
        if let type = analysis.extraction.documentType { lines.append(row("Type", type)) }
        if let main {
            if main.kind == .meeting {
                lines.append(row("Participants", main.participants(.participant).map(party).joined(separator: "; ")))
            } else {
                for (role, label) in [(Participant.Role.sender, "Sender"), (.recipient, "Recipient"), (.intermediary, "Via")] {
                    for participant in main.participants(role) { lines.append(row(label, party(participant))) }
                }
            }
            if let origin = main.origin { lines.append(row("From", names.name(origin))) }
        }
        let persons = unique(
            analysis.mentions.filter { $0.mention.kind == .person && !$0.mention.isAdjective }.map(\.resolution.entityID))
        if !persons.isEmpty { lines.append(row("Persons", persons.map(names.name).joined(separator: ", "))) }
        let places = unique(
            analysis.mentions.filter { $0.mention.kind == .place && !$0.mention.isAdjective }.map(\.resolution.entityID))
        if !places.isEmpty { lines.append(row("Places", places.map(names.name).joined(separator: ", "))) }
        for claim in analysis.aliasClaims {
            lines.append(row("Alias", "\u{201C}\(claim.name)\u{201D} is \(names.name(claim.entityID)): \(cite(claim.evidence))"))
        }
        let apparatus = unique(analysis.apparatus.map(\.mention.surface))
        if !apparatus.isEmpty {
            lines.append(row("Apparatus", apparatus.joined(separator: ", ") + " (translator or editor of the edition)"))
        }
        let eventsByID = Dictionary(analysis.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for link in analysis.links {
            guard let other = eventsByID[link.from == main?.id ? link.to : link.from] else {
                continue
            }
            let parties = message(other)
            switch (link.kind, link.from == main?.id) {
            case (.repliesTo, false): lines.append(row("Reply", "\(parties) — \(placeholderNote(other)) \(cite(link.evidence))"))
            case (.repliesTo, true): lines.append(row("Answers", "\(parties) — \(placeholderNote(other)) \(cite(link.evidence))"))
            case (.transmits, _), (.encloses, _): lines.append(row("Carries", "\(parties) \(cite(link.evidence))"))
            case (.refersTo, _): lines.append(row("Cites", "\(parties) \(cite(link.evidence))"))
            case (.possibleReply, false): lines.append(row("Possible reply", "\(parties) \(cite(link.evidence))"))
            case (.possibleReply, true): lines.append(row("May answer", "\(parties) \(cite(link.evidence))"))
            }
        }
        for issue in analysis.extraction.dateIssues {
            lines.append(row("Warning", "\(issue.reason) (\(describe(issue.span)))"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ label: String, _ value: String) -> String {
        "  " + label.padding(toLength: 12) + value
    }

    /// `Stalin, addressed as "Filippov" (resolved by footnote 2, line 28: "Filippov is Stalin.")`.
    func party(_ participant: Participant) -> String {
        let canonical = names.name(participant.entityID)
        var text = canonical
        if NameKey.of(participant.nameUsed) != NameKey.of(canonical) {
            let verb = participant.role == .recipient ? "addressed as" : participant.role == .sender ? "signing as" : "as"
            text += ", \(verb) \u{201C}\(participant.nameUsed)\u{201D}"
            if let why = participant.resolution.evidence.first {
                let method = participant.resolution.method == .documentAlias ? "resolved by" : "per"
                text += " (\(method) \(cite(why)))"
            }
        }
        if participant.resolution.confidence < 0.7 { text += " [confidence \(Int(participant.resolution.confidence * 100))%]" }
        return text
    }

    func message(_ event: Event) -> String {
        let from = event.participants(.sender).map { names.name($0.entityID) }.joined(separator: ", ")
        let to = event.participants(.recipient).map { names.name($0.entityID) }.joined(separator: ", ")
        let date = event.date?.edtf ?? "undated"
        return "\(date) \(from.isEmpty ? "?" : from) \u{2192} \(to.isEmpty ? "?" : to)"
    }

    func placeholderNote(_ event: Event) -> String {
        event.isPlaceholder ? "not in the corpus; known from" : "see"
    }

    /// Where evidence is: `footnote 2, line 28: "Filippov is Stalin."` or a data file row.
    func cite(_ evidence: Evidence) -> String {
        switch evidence {
        case .document(_, _, let span, let quote):
            return "\(describe(span)): \u{201C}\(quote)\u{201D}"
        case .dataFile(let path, let line, let source):
            let file = path.split(separator: "/").suffix(2).joined(separator: "/")
            return source.isEmpty ? "\(file):\(line)" : "\(file):\(line), \(source)"
        case .curation(let note):
            return "curation: \(note)"
        }
    }

    /// `footnote 2, line 28`, `title, line 5`, `line 12`.
    func describe(_ span: SourceSpan) -> String {
        let document = analysis.document
        let line = lines.line(at: span.start)
        if let note = document.footnote(containing: span) { return "footnote \(note.marker), line \(line)" }
        if let title = document.title, title.span.contains(span) { return "title, line \(line)" }
        if let date = document.archiveDate, date.span.contains(span) { return "date line, line \(line)" }
        return "line \(line)"
    }

    private func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}

extension String {
    /// The string padded with spaces to `length` characters (never cut).
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}

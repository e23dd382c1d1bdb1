/// One document's annotation in the gold format of `formats/gold.md`: what a careful
/// historian says the document is. `chancery extract --json` writes the pipeline's findings
/// in the same shape, so that a historian can draft gold from it and correct it by hand.
public struct GoldRecord: Sendable, Hashable, Codable {
    public var file: String
    public var url: String?
    public var recordID: String?
    public var title: String?
    /// ISO 8601 prefix (`1952-03-11`, `1952-03`, `1952`), or nil when the document has no date.
    public var date: String?
    public var pageDate: String?
    public var docType: String?
    public var docTypeRaw: String?
    public var senders: [String]?
    public var recipients: [String]?
    public var via: [String]?
    public var participants: [String]?
    public var aliases: [Alias]?
    public var persons: [String]?
    public var apparatusPersons: [String]?
    public var places: [String]?
    public var datesInText: [String]?
    public var apparatusDates: [String]?
    public var repliesTo: [String]?
    public var replyEvidence: String?
    public var refersTo: [String]?
    public var mentionedReplies: [MentionedReply]?
    public var embeddedMessages: [MentionedReply]?
    public var language: String?
    public var notes: String?
    /// Chancery's evidence for each finding (extra key; the scorer ignores it).
    public var evidence: RecordEvidence?
    /// Which keys the record has: a missing key means "not annotated" and is not scored, while
    /// `"date": null` is annotated (the document has no date).
    public var annotated: Set<String>

    public init(file: String) {
        self.file = file
        self.annotated = []
    }

    public struct Alias: Sendable, Hashable, Codable {
        public var alias: String
        public var canonical: String
        public var kind: String?
        public var resolvedInText: Bool?
        public var note: String?

        public init(alias: String, canonical: String, kind: String? = nil, resolvedInText: Bool? = nil, note: String? = nil) {
            self.alias = alias
            self.canonical = canonical
            self.kind = kind
            self.resolvedInText = resolvedInText
            self.note = note
        }

        enum CodingKeys: String, CodingKey {
            case alias, canonical, kind, note
            case resolvedInText = "resolved_in_text"
        }
    }

    public struct MentionedReply: Sendable, Hashable, Codable {
        public var from: String?
        public var to: String?
        public var date: String?
        public var evidence: String?

        public init(from: String?, to: String?, date: String?, evidence: String? = nil) {
            self.from = from
            self.to = to
            self.date = date
            self.evidence = evidence
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case file, url, title, date, language, notes, senders, recipients, via, participants, aliases, persons, places
        case recordID = "record_id"
        case pageDate = "page_date"
        case docType = "doc_type"
        case docTypeRaw = "doc_type_raw"
        case apparatusPersons = "apparatus_persons"
        case datesInText = "dates_in_text"
        case apparatusDates = "apparatus_dates"
        case repliesTo = "replies_to"
        case replyEvidence = "reply_evidence"
        case refersTo = "refers_to"
        case mentionedReplies = "mentioned_replies"
        case embeddedMessages = "embedded_messages"
        case evidence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        annotated = Set(CodingKeys.allCases.filter { container.contains($0) }.map(\.stringValue))
        url = try container.decodeIfPresent(String.self, forKey: .url)
        recordID = try? container.decodeIfPresent(String.self, forKey: .recordID)
        if recordID == nil, let number = try? container.decodeIfPresent(Int.self, forKey: .recordID) { recordID = String(number) }
        title = try container.decodeIfPresent(String.self, forKey: .title)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        pageDate = try container.decodeIfPresent(String.self, forKey: .pageDate)
        docType = try container.decodeIfPresent(String.self, forKey: .docType)
        docTypeRaw = try container.decodeIfPresent(String.self, forKey: .docTypeRaw)
        senders = try container.decodeIfPresent([String].self, forKey: .senders)
        recipients = try container.decodeIfPresent([String].self, forKey: .recipients)
        via = try container.decodeIfPresent([String].self, forKey: .via)
        participants = try container.decodeIfPresent([String].self, forKey: .participants)
        aliases = try container.decodeIfPresent([Alias].self, forKey: .aliases)
        persons = try container.decodeIfPresent([String].self, forKey: .persons)
        apparatusPersons = try container.decodeIfPresent([String].self, forKey: .apparatusPersons)
        places = try container.decodeIfPresent([String].self, forKey: .places)
        datesInText = try container.decodeIfPresent([String].self, forKey: .datesInText)
        apparatusDates = try container.decodeIfPresent([String].self, forKey: .apparatusDates)
        repliesTo = try container.decodeIfPresent([String].self, forKey: .repliesTo)
        replyEvidence = try container.decodeIfPresent(String.self, forKey: .replyEvidence)
        refersTo = try container.decodeIfPresent([String].self, forKey: .refersTo)
        mentionedReplies = try container.decodeIfPresent([MentionedReply].self, forKey: .mentionedReplies)
        embeddedMessages = try? container.decodeIfPresent([MentionedReply].self, forKey: .embeddedMessages)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
        evidence = try? container.decodeIfPresent(RecordEvidence.self, forKey: .evidence)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // A record that says which keys it annotates writes only those; others write every key.
        func write<Value: Encodable>(_ value: Value, _ key: CodingKeys) throws {
            if annotated.isEmpty || annotated.contains(key.stringValue) { try container.encode(value, forKey: key) }
        }
        try container.encode(file, forKey: .file)
        try write(recordID, .recordID)
        try write(title, .title)
        try write(date, .date)
        try write(pageDate, .pageDate)
        try write(docType, .docType)
        try write(docTypeRaw, .docTypeRaw)
        try write(senders ?? [], .senders)
        try write(recipients ?? [], .recipients)
        try write(via ?? [], .via)
        if let participants { try write(participants, .participants) }
        try write(aliases ?? [], .aliases)
        try write(persons ?? [], .persons)
        try write(apparatusPersons ?? [], .apparatusPersons)
        try write(places ?? [], .places)
        try write(datesInText ?? [], .datesInText)
        try write(apparatusDates ?? [], .apparatusDates)
        try write(repliesTo ?? [], .repliesTo)
        try write(replyEvidence ?? "", .replyEvidence)
        try write(refersTo ?? [], .refersTo)
        try write(mentionedReplies ?? [], .mentionedReplies)
        try write(embeddedMessages ?? [], .embeddedMessages)
        try write(language, .language)
        if let notes { try container.encode(notes, forKey: .notes) }
        if let evidence { try container.encode(evidence, forKey: .evidence) }
    }
}

/// The evidence behind a record's findings: for each, where in the file it was read.
public struct RecordEvidence: Sendable, Hashable, Codable {
    public var date: Item?
    public var parties: [Item]
    public var aliases: [Item]
    public var persons: [Item]
    public var places: [Item]
    public var dates: [Item]
    public var replies: [Item]

    /// A finding and its evidence: the span (UTF-8 byte offsets), its line, the text there, and
    /// the rule or data row behind it.
    public struct Item: Sendable, Hashable, Codable {
        public var value: String
        public var role: String?
        public var start: Int?
        public var end: Int?
        public var line: Int?
        public var text: String?
        public var rule: String?
        public var support: [String]?
    }
}

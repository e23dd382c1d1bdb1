/// Something that happened between people: a message (cable, telegram, letter, note,
/// memorandum) or a meeting, with its participants, date and evidence. A message known only
/// because another document mentions it is a placeholder, holding what is known of it until
/// its own document is read.
public struct Event: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case message, meeting
    }

    /// What the event is known from.
    public enum Basis: String, Sendable, Hashable, Codable {
        /// Its own document, with its text.
        case document
        /// A catalogue or calendar entry: the facts without the text.
        case catalogue
        /// A mention in another document: a placeholder holding what is known.
        case mention
    }

    /// Stable id: `doc:<document id>` for a document's own event; a suffix for others it holds
    /// (`#embedded1`, `#ref2`, `#entry3`).
    public var id: String
    public var kind: Kind
    /// `Cable`, `Telegram`, `Letter`, `Memorandum of Conversation`, `Reply`, …
    public var type: String?
    /// The message number (`709`).
    public var number: String?
    public var date: HistoricalDate?
    /// Where the date was read.
    public var dateEvidence: Evidence?
    /// The document that is this event (a page, or a calendar row); nil for a placeholder.
    public var documentID: String?
    public var basis: Basis
    /// The document that mentions this event, for placeholders and embedded messages.
    public var mentionedIn: String?
    /// For a placeholder whose mention names its document (a TEI `ref`): that document's id.
    public var standsFor: String?
    public var participants: [Participant]
    /// The place a message was sent from.
    public var origin: String?
    /// A one-line description: the document's title or the sentence that mentions the event.
    public var gist: String
    /// The span the event was read from.
    public var evidence: Evidence

    public init(
        id: String, kind: Kind, type: String?, number: String? = nil, date: HistoricalDate?, dateEvidence: Evidence? = nil,
        documentID: String?, mentionedIn: String? = nil, standsFor: String? = nil, participants: [Participant],
        origin: String? = nil, gist: String, evidence: Evidence, basis: Basis? = nil
    ) {
        self.basis = basis ?? (documentID == nil ? .mention : .document)
        self.id = id
        self.kind = kind
        self.type = type
        self.number = number
        self.date = date
        self.dateEvidence = dateEvidence
        self.documentID = documentID
        self.mentionedIn = mentionedIn
        self.standsFor = standsFor
        self.participants = participants
        self.origin = origin
        self.gist = gist
        self.evidence = evidence
    }

    /// Whether the event is known only from a mention.
    public var isPlaceholder: Bool { basis == .mention }

    public func participants(_ role: Participant.Role) -> [Participant] {
        participants.filter { $0.role == role }
    }
}

/// A party to an event: who, in which role, under which name, and why Chancery thinks so.
public struct Participant: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case sender, recipient, intermediary, participant, signer
    }

    public var entityID: String
    public var role: Role
    /// The name the document used for them (`Filippov`), when it is not the canonical one.
    public var nameUsed: String
    /// Where that name is written.
    public var nameEvidence: Evidence?
    /// How the name was tied to the entity.
    public var resolution: Resolution

    public init(entityID: String, role: Role, nameUsed: String, nameEvidence: Evidence?, resolution: Resolution) {
        self.entityID = entityID
        self.role = role
        self.nameUsed = nameUsed
        self.nameEvidence = nameEvidence
        self.resolution = resolution
    }
}

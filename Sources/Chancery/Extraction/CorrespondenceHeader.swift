/// Who sent a message to whom, through whom, what kind of message it is, and from where — as a
/// title, a footnote or the body's address lines state it.
public struct CorrespondenceHeader: Sendable, Hashable, Codable {
    /// The document type as written (`Ciphered Telegram`, `Cable`, `Memorandum of Conversation`).
    public var type: String?
    /// The message number (`709`, `72/III`).
    public var number: String?
    /// The place the message was sent from (`Beijing` in `No. 21336 from Beijing`).
    public var origin: PartyMention?
    public var senders: [PartyMention]
    public var recipients: [PartyMention]
    /// Intermediaries: `via`, `through`, the channel a message `for` someone went to, a forwarder.
    public var via: [PartyMention]
    /// For a meeting: who took part.
    public var participants: [PartyMention]
    /// Whether the document records a meeting or conversation rather than a message.
    public var isMeeting: Bool
    /// A message carried inside this one (`conveying telegram From Mao Zedong to Zhou Enlai`).
    public var embedded: [CorrespondenceHeader]
    /// For `Draft Reply to Mao Zedong's Telegram`: whose message this answers.
    public var repliesTo: PartyMention?
    /// A date given in the header for the embedded message (`transmitting 14 January 1951 Message`).
    public var dateText: TextSection?
    /// Where the header was read.
    public var span: SourceSpan

    public init(
        type: String? = nil, number: String? = nil, origin: PartyMention? = nil, senders: [PartyMention] = [],
        recipients: [PartyMention] = [], via: [PartyMention] = [], participants: [PartyMention] = [],
        isMeeting: Bool = false, embedded: [CorrespondenceHeader] = [], repliesTo: PartyMention? = nil,
        dateText: TextSection? = nil, span: SourceSpan
    ) {
        self.type = type
        self.number = number
        self.origin = origin
        self.senders = senders
        self.recipients = recipients
        self.via = via
        self.participants = participants
        self.isMeeting = isMeeting
        self.embedded = embedded
        self.repliesTo = repliesTo
        self.dateText = dateText
        self.span = span
    }

    /// Whether the header names anyone.
    public var hasParties: Bool {
        !senders.isEmpty || !recipients.isEmpty || !participants.isEmpty || !via.isEmpty
    }
}

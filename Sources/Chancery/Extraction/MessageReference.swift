/// A message that a text mentions without being it: `your telegram of 21 February`, `Reur 1464,
/// Jan 14`, or a footnote's `On 12 March 1952, Stalin replied to Mao Zedong`.
public struct MessageReference: Sendable, Hashable, Codable {
    /// How the mentioned message stands to the document that mentions it.
    public enum Relation: String, Sendable, Hashable, Codable {
        /// It answers this document (a reply a footnote reports).
        case repliesToDocument = "replies-to-document"
        /// This document answers it (`your telegram of 21 February has been received`).
        case answeredByDocument = "answered-by-document"
        /// This document cites it without answering it (`my telegram of 3 May`).
        case citedByDocument = "cited-by-document"
    }

    /// A party of the mentioned message: a name in the text, or a party of the document itself.
    public enum Party: Sendable, Hashable, Codable {
        case named(String, SourceSpan)
        /// "I", "we", "my": the document's sender.
        case documentSender
        /// "you", "your": the document's recipient.
        case documentRecipient
    }

    public var relation: Relation
    public var sender: Party?
    public var recipient: Party?
    public var date: HistoricalDate?
    public var number: String?
    /// `telegram`, `letter`, `reply`.
    public var type: String?
    /// The sentence or phrase that mentions the message: the evidence.
    public var span: SourceSpan
    public var rule: String
    /// The id of the document the mention points to, when the source's markup says (TEI `ref`).
    public var target: String?

    public init(
        relation: Relation, sender: Party?, recipient: Party?, date: HistoricalDate?, number: String?, type: String?,
        span: SourceSpan, rule: String, target: String? = nil
    ) {
        self.relation = relation
        self.sender = sender
        self.recipient = recipient
        self.date = date
        self.number = number
        self.type = type
        self.span = span
        self.rule = rule
        self.target = target
    }
}

/// A relation between two events, with its evidence and confidence.
public struct EventLink: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// `from` answers `to`.
        case repliesTo = "replies-to"
        /// `from` carries `to` onward (a forwarding, a conveyed telegram).
        case transmits
        /// `from` encloses `to`.
        case encloses
        /// `from` cites `to` without answering it.
        case refersTo = "refers-to"
        /// `from` may answer `to`: the next message back between the same two people within a
        /// short window, with nothing stated. A guess to check, never used to narrow dates.
        case possibleReply = "possible-reply"
    }

    public var from: String
    public var to: String
    public var kind: Kind
    public var evidence: Evidence
    public var confidence: Double
    /// The rule that made the link (`reported-reply`, `your-telegram-of`, `reversed-parties`, …).
    public var rule: String

    public init(from: String, to: String, kind: Kind, evidence: Evidence, confidence: Double, rule: String) {
        self.from = from
        self.to = to
        self.kind = kind
        self.evidence = evidence
        self.confidence = confidence
        self.rule = rule
    }
}

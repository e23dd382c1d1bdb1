/// What the body of a message says about its own parties, in the lines around the text:
/// a salutation (`Comrade Filippov:`), address lines (`TO KRASOVSKY`, `For Comrade MAO ZEDONG`,
/// `Transmit the following answer to MAO ZEDONG.`), a signature (`With greetings. FILIPPOV
/// [Stalin].`, `S H T Y K O V`), the origin (`BEIJING--`) and the dateline `(11 March 1952)`.
public struct BodyHeader: Sendable, Hashable, Codable {
    /// The addressees as the salutation names them: the names the sender used.
    public var salutation: [PartyMention] = []
    /// `TO KRASOVSKY`: the channel the telegram was addressed to.
    public var addressedTo: [PartyMention] = []
    /// `For Comrade MAO ZEDONG`, `Transmit … to MAO ZEDONG`: the final recipient.
    public var forwardTo: [PartyMention] = []
    /// The signer, as signed.
    public var signature: PartyMention?
    public var origin: PartyMention?
    /// A date on a line of its own near the top: `(11 March 1952)`.
    public var dateline: DateMention?
    /// A date on a line of its own at the end: `11 March [1952]`.
    public var closingDate: DateMention?
    /// `Present: …`, `Participants: …`: who took part in a conversation the body records.
    public var present: [PartyMention] = []

    public init() {}
}

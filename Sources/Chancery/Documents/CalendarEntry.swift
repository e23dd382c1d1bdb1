/// One message of a calendar of letters: the facts a catalogue gives without the text.
public struct CalendarEntry: Sendable, Hashable, Codable {
    /// The row's id in its calendar (`c156`).
    public var rowID: String
    public var dateWritten: String?
    /// EDTF.
    public var date: String?
    public var senders: [Party]
    public var recipients: [Party]
    public var via: [Party]
    public var type: String?
    public var number: String?
    public var archivalReference: String?
    public var recordID: String?
    /// The row id of the message this one answers.
    public var repliesTo: String?
    /// Where the row's facts come from (a catalogue page).
    public var source: String?

    /// A party: the canonical name, the name the catalogue uses when it differs, and the
    /// Wikidata id (`Q855`) when the catalogue gives one (CMIF's `persName/@ref`).
    public struct Party: Sendable, Hashable, Codable {
        public var name: String
        public var nameUsed: String?
        public var wikidata: String? = nil
    }
}

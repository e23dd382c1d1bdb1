/// A date found in a text, with the span it was read from and the rule that read it.
public struct DateMention: Sendable, Hashable, Codable {
    public var span: SourceSpan
    public var date: HistoricalDate
    /// The pattern that matched (`day-month-year`, `numeric-dmy`, `year-range`, …).
    public var rule: String

    public init(span: SourceSpan, date: HistoricalDate, rule: String) {
        self.span = span
        self.date = date
        self.rule = rule
    }
}

/// Something that looks like a date but cannot be one (`February 30, 1952`): reported, never
/// accepted.
public struct DateIssue: Sendable, Hashable, Codable {
    public var span: SourceSpan
    public var reason: String

    public init(span: SourceSpan, reason: String) {
        self.span = span
        self.reason = reason
    }
}

extension HistoricalDate {
    /// The date as a reader writes it: `11 Mar 1952`, `Mar 1952`, `c. 1950`, `1–3 Nov 1952`,
    /// with `?` for an uncertain date and `(inferred)` when context supplied part of it.
    public var display: String {
        var text: String
        if let end, end != start {
            if start.year == end.year, start.month == end.month, let first = start.day, let last = end.day {
                text = "\(first)\u{2013}\(last) " + CalendarDate(year: start.year, month: start.month).display
            } else {
                text = start.display + " \u{2013} " + end.display
            }
        } else {
            text = start.display
        }
        if qualifiers.contains(.approximate) { text = "c. " + text }
        if qualifiers.contains(.uncertain) { text += "?" }
        return text
    }
}

extension CalendarDate {
    static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// `11 Mar 1952`, `Mar 1952`, `1952`.
    public var display: String {
        guard let month, (1...12).contains(month) else { return String(year) }
        let name = CalendarDate.shortMonths[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }
}

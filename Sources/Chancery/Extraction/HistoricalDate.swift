/// A date as historians meet it: a day, a month or a year, perhaps a range, perhaps approximate,
/// uncertain, supplied by an editor or inferred from context. Written out as EDTF (ISO 8601-2).
public struct HistoricalDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The date, or the first day of a range.
    public var start: CalendarDate
    /// The last day of a range (`1-3 November 1952`, `1950-1953`), if the date is one.
    public var end: CalendarDate?
    public var qualifiers: Qualifiers

    public init(start: CalendarDate, end: CalendarDate? = nil, qualifiers: Qualifiers = []) {
        self.start = start
        self.end = end
        self.qualifiers = qualifiers
    }

    public init(year: Int, month: Int? = nil, day: Int? = nil, qualifiers: Qualifiers = []) {
        self.init(start: CalendarDate(year: year, month: month, day: day), qualifiers: qualifiers)
    }

    /// How the date is qualified.
    public struct Qualifiers: OptionSet, Sendable, Hashable, Codable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// `circa 1950`, `early March`: EDTF `~`.
        public static let approximate = Qualifiers(rawValue: 1 << 0)
        /// `1952?`: EDTF `?`.
        public static let uncertain = Qualifiers(rawValue: 1 << 1)
        /// A part was supplied by the editor in square brackets (`11 March [1952]`).
        public static let supplied = Qualifiers(rawValue: 1 << 2)
        /// A part was taken from the document's context (`your telegram of 21 February`).
        public static let inferred = Qualifiers(rawValue: 1 << 3)
    }

    /// The date in EDTF: `1952-03-11`, `1952-03`, `1950~`, `1952-11-01/1952-11-03`.
    public var edtf: String {
        var suffix = ""
        if qualifiers.contains(.approximate) && qualifiers.contains(.uncertain) {
            suffix = "%"
        } else if qualifiers.contains(.approximate) {
            suffix = "~"
        } else if qualifiers.contains(.uncertain) {
            suffix = "?"
        }
        guard let end else { return start.iso + suffix }
        return start.iso + suffix + "/" + end.iso + suffix
    }

    /// The start at its precision, without qualifiers (`1952-03-11`, `1952-03`, `1952`).
    public var iso: String { start.iso }

    /// The first day the date can mean.
    public var earliest: CalendarDate { start.earliestDay }

    /// The last day the date can mean.
    public var latest: CalendarDate { (end ?? start).latestDay }

    public var description: String { edtf }

    public static func < (lhs: HistoricalDate, rhs: HistoricalDate) -> Bool {
        (lhs.earliest, lhs.latest) < (rhs.earliest, rhs.latest)
    }

    /// Parses EDTF as `edtf` writes it (a day, month or year, qualifiers, an interval).
    public init?(edtf text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        var qualifiers: Qualifiers = []
        func point(_ part: Substring) -> CalendarDate? {
            var body = part
            switch body.last {
            case "~":
                qualifiers.insert(.approximate)
                body = body.dropLast()
            case "?":
                qualifiers.insert(.uncertain)
                body = body.dropLast()
            case "%":
                qualifiers.formUnion([.approximate, .uncertain])
                body = body.dropLast()
            default: break
            }
            return CalendarDate(iso: String(body))
        }
        guard let start = point(parts[0]) else { return nil }
        var end: CalendarDate?
        if parts.count == 2 {
            guard let last = point(parts[1]), start.earliestDay <= last.latestDay else { return nil }
            end = last
        }
        self.init(start: start, end: end, qualifiers: qualifiers)
    }
}

/// A calendar date at the precision known: a year, a month of a year, or a day.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists.
    public init?(iso: String) {
        let fields = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields[0].count == 4, let year = Int(fields[0]) else { return nil }
        var month: Int?
        var day: Int?
        if fields.count >= 2 {
            guard fields[1].count == 2, let value = Int(fields[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if fields.count == 3, let month {
            guard fields[2].count == 2, let value = Int(fields[2]),
                (1...CalendarDate.daysIn(month: month, year: year)).contains(value)
            else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    /// What is known.
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// `1952-03-11`, `1952-03` or `1952`.
    public var iso: String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }

    public var description: String { iso }

    /// The first day this date can mean.
    public var earliestDay: CalendarDate { CalendarDate(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day this date can mean.
    public var latestDay: CalendarDate {
        let lastMonth = month ?? 12
        return CalendarDate(year: year, month: lastMonth, day: day ?? CalendarDate.daysIn(month: lastMonth, year: year))
    }

    /// Days since 1 January 1 (proleptic Gregorian) of the earliest day, for distances.
    public var dayNumber: Int {
        let m = month ?? 1
        let d = day ?? 1
        let y = m <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    /// The day `count` days after this one (at day precision).
    public func adding(days count: Int) -> CalendarDate {
        var year = self.year
        var month = self.month ?? 1
        var day = (self.day ?? 1) + count
        while day > CalendarDate.daysIn(month: month, year: year) {
            day -= CalendarDate.daysIn(month: month, year: year)
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        while day < 1 {
            month -= 1
            if month < 1 {
                month = 12
                year -= 1
            }
            day += CalendarDate.daysIn(month: month, year: year)
        }
        return CalendarDate(year: year, month: month, day: day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// Days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether a day exists (no 30 February).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && (1...daysIn(month: month, year: year)).contains(day)
    }
}

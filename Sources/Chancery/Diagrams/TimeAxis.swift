/// The time scale of a chart: day numbers to horizontal positions (points), and ticks at years,
/// months or days, whichever gives a readable number of them.
struct TimeAxis: Sendable {
    let first: Int
    let last: Int
    let left: Double
    let right: Double
    /// The first and last day of the messages themselves.
    let dataFirst: Int
    let dataLast: Int

    init(first: Int, last: Int, left: Double, right: Double) {
        dataFirst = first
        dataLast = last
        // A little room at each end, so that the first and last marks are not on the frame.
        let margin = max(1, (last - first) / 50)
        self.first = first - margin
        self.last = last + margin
        self.left = left
        self.right = right
    }

    func x(_ day: Int) -> Double {
        left + (right - left) * Double(day - first) / Double(max(1, last - first))
    }

    struct Tick: Sendable {
        var day: Int
        var x: Double
        var label: String
    }

    /// Ticks at the start of each year, month or week: as many as fit, one per 55 points (40 for
    /// years), at most a dozen months or days.
    func ticks() -> [Tick] {
        let most = max(2, min(12, Int((right - left) / 55)))
        let span = last - first
        let start = DayNumber.date(first)
        let end = DayNumber.date(last)
        var ticks: [Tick] = []
        if span > 3 * 365 {
            // Years are short labels: one per 40 points.
            let years = end.year - start.year
            let fit = max(2, Int((right - left) / 40))
            let step = max(1, (years + fit - 1) / fit)
            var year = start.year + 1
            while year <= end.year {
                let day = CalendarDate(year: year, month: 1, day: 1).dayNumber
                ticks.append(Tick(day: day, x: x(day), label: String(year)))
                year += step
            }
        } else if span > 120 {
            let months = (end.year - start.year) * 12 + (end.month ?? 1) - (start.month ?? 1)
            let step = max(1, months / most + (months % most == 0 ? 0 : 1))
            var year = start.year
            var month = (start.month ?? 1) + 1
            var index = 0
            while true {
                if month > 12 {
                    month = 1
                    year += 1
                }
                let day = CalendarDate(year: year, month: month, day: 1).dayNumber
                if day > last { break }
                if index % step == 0 {
                    let label =
                        month == 1 || ticks.isEmpty
                        ? "\(CalendarDate.shortMonths[month - 1]) \(year)" : CalendarDate.shortMonths[month - 1]
                    ticks.append(Tick(day: day, x: x(day), label: label))
                }
                index += 1
                month += 1
            }
        } else {
            let step = max(1, span / most)
            var day = first + 1
            while day < last {
                let date = DayNumber.date(day)
                ticks.append(
                    Tick(day: day, x: x(day), label: "\(date.day ?? 1) \(CalendarDate.shortMonths[(date.month ?? 1) - 1])"))
                day += step
            }
        }
        return ticks
    }

    /// `11 Mar` (`11 Mar 1952` on an axis of several years), `Mar 1952`, `1952`: a message's
    /// date at its precision, short.
    func shortLabel(_ message: CorrespondenceGraph.Message) -> String {
        guard let edtf = message.date, let date = HistoricalDate(edtf: edtf) else { return "" }
        let start = date.start
        var text: String
        if let day = start.day, let month = start.month {
            // Within one year the axis gives the year; across years the label does.
            let oneYear = DayNumber.date(dataFirst).year == DayNumber.date(dataLast).year
            text = "\(day) \(CalendarDate.shortMonths[month - 1])" + (oneYear ? "" : " \(start.year)")
        } else if let month = start.month {
            text = "\(CalendarDate.shortMonths[month - 1]) \(start.year)"
        } else {
            text = String(start.year)
        }
        if message.isDateUncertain { text += "?" }
        return text
    }

    /// `March 1952 – April 1953`.
    var spanText: String {
        let start = DayNumber.date(dataFirst)
        let end = DayNumber.date(dataLast)
        let from = "\(CalendarDate.shortMonths[(start.month ?? 1) - 1]) \(start.year)"
        let to = "\(CalendarDate.shortMonths[(end.month ?? 1) - 1]) \(end.year)"
        return from == to ? from : "\(from) \u{2013} \(to)"
    }
}

/// Finds the dates in a text: English and Russian month names, numeric clerks' forms, ISO,
/// ranges, approximate and editor-supplied dates; with the document's own date as context for
/// a day or a day and month written without the rest.
///
/// Numbers that are not dates stay numbers: telegram numbers (`No. 709`, `Deptel 1952`),
/// archival references (`f. 558, op. 11, d. 342`), times (`11:43`), page ranges.
struct DateScanner {
    /// The document's date: supplies a missing year (and month) and decides between readings.
    var context: CalendarDate?

    struct Result {
        var mentions: [DateMention] = []
        var issues: [DateIssue] = []
    }

    /// Scans tokens of `bytes`; spans are the tokens' byte offsets.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> Result {
        scan(TokenText(bytes: bytes, tokens: tokens))
    }

    /// Scans a text already split into tokens.
    func scan(_ text: TokenText) -> Result {
        let tokens = text.tokens
        var matcher = Matcher(text: text, context: context)
        var index = 0
        while index < tokens.count {
            if let next = matcher.match(at: index) {
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
        return Result(mentions: matcher.mentions, issues: matcher.issues)
    }

    /// The date that a whole line or string is, if it is exactly one date (`March 11, 1952`,
    /// `• June 07, 1951`, `1950-1953`); nil otherwise.
    static func wholeDate(_ text: String) -> HistoricalDate? {
        var text = text
        return text.withUTF8 { buffer -> HistoricalDate? in
            let tokens = Tokenizer.tokens(buffer, in: 0..<buffer.count)
            let meaningful = tokens.filter { !($0.kind == .punctuation && [0x2022, 0xB7, 0x2E, 0x2C].contains($0.scalar)) }
            guard let first = meaningful.first, let last = meaningful.last else { return nil }
            let result = DateScanner(context: nil).scan(buffer, tokens)
            guard result.mentions.count == 1, let mention = result.mentions.first,
                mention.span.start <= first.start, mention.span.end >= last.end
            else { return nil }
            return mention.date
        }
    }
}

/// The pattern matching itself, over one text's tokens.
private struct Matcher {
    let text: TokenText
    let context: CalendarDate?
    var mentions: [DateMention] = []
    var issues: [DateIssue] = []

    var bytes: UnsafeBufferPointer<UInt8> { text.bytes }
    var tokens: [Token] { text.tokens }

    init(text: TokenText, context: CalendarDate?) {
        self.text = text
        self.context = context
    }

    // MARK: - Entry

    /// Tries every pattern at token `index`; returns the index after the match.
    mutating func match(at index: Int) -> Int? {
        let token = tokens[index]
        if token.kind == .word {
            if let next = qualifiedDate(at: index) { return next }
            if let next = fromToRange(at: index) { return next }
            if let next = monthFirst(at: index, qualifiers: []) { return next }
            if let next = ordinalDayAlone(at: index) { return next }
            return nil
        }
        if token.isPunctuation("[") {
            // `[11] March 1952`: a day the editor supplied.
            if index + 2 < tokens.count, tokens[index + 1].isNumber, tokens[index + 2].isPunctuation("]") {
                return dayFirst(at: index, qualifiers: [])
            }
            return nil
        }
        guard token.kind == .number else { return nil }
        if isBlockedNumber(at: index) { return skipNumberGroup(from: index) }
        if let next = iso(at: index) { return next }
        if let next = numeric(at: index) { return next }
        if let next = dayFirst(at: index, qualifiers: []) { return next }
        if let next = yearAlone(at: index, qualifiers: []) { return next }
        return nil
    }

    // MARK: - Patterns

    /// `circa 1950`, `c. 1950`, `early March 1952`, `late 1951`, `mid-1950`.
    mutating func qualifiedDate(at index: Int) -> Int? {
        let word = lowerWord(index)
        var next = index + 1
        switch word {
        case "circa", "ca", "c", "about", "around", "approximately", "approx":
            if word == "c" || word == "ca" || word == "approx" {
                guard next < tokens.count, tokens[next].isPunctuation(".") else { return nil }
                next += 1
            }
            guard next < tokens.count else { return nil }
            if tokens[next].isNumber, tokens[next].length == 4 {
                return yearAlone(at: next, qualifiers: .approximate, startingAt: index)
            }
            return nil
        case "early", "mid", "middle", "late", "end", "beginning":
            if next < tokens.count, tokens[next].isPunctuation("-") { next += 1 }
            if next < tokens.count, lowerWord(next) == "of" { next += 1 }
            guard next < tokens.count else { return nil }
            if monthNumber(next) != nil {
                let part: PartOfMonth =
                    word == "early" || word == "beginning" ? .early : word == "late" || word == "end" ? .late : .middle
                return monthFirst(at: next, qualifiers: .approximate, startingAt: index, part: part)
            }
            if tokens[next].isNumber, tokens[next].length == 4 {
                return yearAlone(at: next, qualifiers: .approximate, startingAt: index)
            }
            return nil
        default:
            return nil
        }
    }

    /// `from 3 to 5 May 1952`, `between 3 and 5 May`.
    mutating func fromToRange(at index: Int) -> Int? {
        let word = lowerWord(index)
        guard word == "from" || word == "between", index + 4 < tokens.count else { return nil }
        let first = tokens[index + 1]
        let joiner = lowerWord(index + 2)
        let second = tokens[index + 3]
        guard first.isNumber, second.isNumber, first.length <= 2, second.length <= 2,
            (word == "from" && (joiner == "to" || joiner == "till" || joiner == "until"))
                || (word == "between" && joiner == "and"),
            let month = monthNumber(index + 4)
        else { return nil }
        var next = index + 5 + (tokens.count > index + 5 && tokens[index + 5].isPunctuation(".") ? 1 : 0)
        var qualifiers: HistoricalDate.Qualifiers = []
        var year = yearAfter(&next, qualifiers: &qualifiers)
        if year == nil {
            year = inferredYear(month: month, day: first.value)
            qualifiers.insert(.inferred)
        }
        guard let year else { return nil }
        return record(
            from: index, to: next, year: year, month: month, day: first.value, endDay: second.value,
            qualifiers: qualifiers, rule: "day-range-month")
    }

    /// `March 11, 1952`, `Mar. 11th 1952`, `November 1-3, 1952`, `March 1952`, `March [11], 1952`,
    /// and `January 31` with the year from context.
    mutating func monthFirst(
        at index: Int, qualifiers initial: HistoricalDate.Qualifiers, startingAt start: Int? = nil,
        part: PartOfMonth? = nil
    ) -> Int? {
        guard let month = monthNumber(index) else { return nil }
        var qualifiers = initial
        var next = index + 1
        if next < tokens.count, tokens[next].isPunctuation("."), isAbbreviation(index) { next += 1 }
        var day: Int?
        var endDay: Int?
        if part == nil, let (value, after, supplied) = dayNumber(at: next) {
            day = value
            next = after
            if supplied { qualifiers.insert(.supplied) }
            if next + 1 < tokens.count, isDash(next), tokens[next + 1].isNumber, tokens[next + 1].length <= 2,
                (1...31).contains(tokens[next + 1].value), tokens[next + 1].value > value
            {
                endDay = tokens[next + 1].value
                next += 2
                next = skipOrdinalSuffix(next)
            }
        }
        var afterComma = next
        if afterComma < tokens.count, tokens[afterComma].isPunctuation(",") { afterComma += 1 }
        if let year = yearAfter(&afterComma, qualifiers: &qualifiers) {
            next = afterComma
            if part != nil {
                return recordPart(from: start ?? index, to: next, year: year, month: month, part: part!, qualifiers: qualifiers)
            }
            // `December 1945-January 1946`, `March-April 1951`: a range of months.
            if day == nil, let (endMonth, endYear, after) = secondMonth(after: next, year: year) {
                return record(
                    from: start ?? index, to: after,
                    date: HistoricalDate(
                        start: CalendarDate(year: year, month: month), end: CalendarDate(year: endYear, month: endMonth),
                        qualifiers: qualifiers), rule: "month-range")
            }
            let rule = day == nil ? "month-year" : endDay == nil ? "month-day-year" : "month-day-range-year"
            if let value = day, endDay == nil, let (next2, second) = rangeToSecondDate(after: next) {
                return recordRange(
                    from: start ?? index, firstEnd: next, secondEnd: next2,
                    start: CalendarDate(year: year, month: month, day: value), second: second,
                    qualifiers: qualifiers, rule: "date-range")
            }
            return record(
                from: start ?? index, to: next, year: year, month: month, day: day, endDay: endDay,
                qualifiers: qualifiers, rule: rule)
        }
        // `March-April 1951` has its year after the second month.
        if day == nil, part == nil, let (endMonth, endYear, after) = secondMonth(after: next, year: nil) {
            var yearQualifiers = qualifiers
            let year = endYear == 0 ? inferredYear(month: month) : endYear
            guard let year else { return nil }
            if endYear == 0 { yearQualifiers.insert(.inferred) }
            return record(
                from: start ?? index, to: after,
                date: HistoricalDate(
                    start: CalendarDate(year: year, month: month),
                    end: CalendarDate(year: endYear == 0 ? year : endYear, month: endMonth),
                    qualifiers: yearQualifiers), rule: "month-range")
        }
        // `in July`, `by August`: a month alone after a preposition, in the document's year.
        if day == nil, part == nil, start == nil, index > 0, Self.monthPrepositions.contains(lowerWord(index - 1)),
            let year = inferredYear(month: month)
        {
            qualifiers.insert(.inferred)
            return record(from: index, to: next, year: year, month: month, day: nil, qualifiers: qualifiers, rule: "month-alone")
        }
        // Without a year: a day is needed, and the year comes from the document.
        guard let day, part == nil else { return nil }
        guard let year = inferredYear(month: month, day: day) else { return nil }
        qualifiers.insert(.inferred)
        return record(
            from: start ?? index, to: next, year: year, month: month, day: day, endDay: endDay,
            qualifiers: qualifiers, rule: "month-day")
    }

    /// `11 March 1952`, `11th of March, 1952`, `1-3 November 1952`, `11 March [1952]`,
    /// `23 февраля 1952 г.`, and `21 February` with the year from context.
    mutating func dayFirst(at index: Int, qualifiers initial: HistoricalDate.Qualifiers) -> Int? {
        guard let (day, afterDay, supplied) = dayNumber(at: index) else { return nil }
        var qualifiers = initial
        if supplied { qualifiers.insert(.supplied) }
        var next = afterDay
        var endDay: Int?
        if next + 1 < tokens.count, isDash(next), let (value, after, _) = dayNumber(at: next + 1), value > day {
            endDay = value
            next = after
        }
        if next < tokens.count, lowerWord(next) == "of" { next += 1 }
        guard next < tokens.count, let month = monthNumber(next) else { return nil }
        next += 1
        if next < tokens.count, tokens[next].isPunctuation("."), isAbbreviation(next - 1) { next += 1 }
        var afterComma = next
        if afterComma < tokens.count, tokens[afterComma].isPunctuation(",") { afterComma += 1 }
        if let year = yearAfter(&afterComma, qualifiers: &qualifiers) {
            return record(
                from: index, to: afterComma, year: year, month: month, day: day, endDay: endDay,
                qualifiers: qualifiers, rule: endDay == nil ? "day-month-year" : "day-range-month-year")
        }
        guard let year = inferredYear(month: month, day: day) else { return nil }
        qualifiers.insert(.inferred)
        return record(
            from: index, to: next, year: year, month: month, day: day, endDay: endDay, qualifiers: qualifiers,
            rule: "day-month")
    }

    /// `1952-03-11`.
    mutating func iso(at index: Int) -> Int? {
        guard index + 4 < tokens.count, tokens[index].length == 4, isDash(index + 1), tokens[index + 2].isNumber,
            tokens[index + 2].length == 2, isDash(index + 3), tokens[index + 4].isNumber, tokens[index + 4].length == 2,
            !tokens[index + 1].hasSpaceBefore, !tokens[index + 2].hasSpaceBefore, !tokens[index + 3].hasSpaceBefore,
            !tokens[index + 4].hasSpaceBefore
        else { return nil }
        let next = index + 5
        if next < tokens.count, !tokens[next].hasSpaceBefore, tokens[next].isNumber || isDash(next) { return nil }
        return record(
            from: index, to: next, year: tokens[index].value, month: tokens[index + 2].value, day: tokens[index + 4].value,
            qualifiers: [], rule: "iso")
    }

    /// Clerks' numeric dates: `11.03.1952`, `11.3.52`, `3/11/1952` (month first with slashes, as
    /// American clerks write, unless the first number cannot be a month), `11.III.1952`,
    /// `11-III-52`, `11.03-1952`.
    mutating func numeric(at index: Int) -> Int? {
        guard index + 4 < tokens.count, tokens[index].length <= 2 else { return nil }
        let separator1 = tokens[index + 1]
        let separator2 = tokens[index + 3]
        guard isDateSeparator(separator1), isDateSeparator(separator2),
            !separator1.hasSpaceBefore, !tokens[index + 2].hasSpaceBefore, !separator2.hasSpaceBefore,
            !tokens[index + 4].hasSpaceBefore, tokens[index + 4].isNumber,
            tokens[index + 4].length == 2 || tokens[index + 4].length == 4
        else { return nil }
        let next = index + 5
        // A longer run of numbers (`1.2.3.4`, an archival reference) is not a date.
        if next < tokens.count, !tokens[next].hasSpaceBefore,
            (tokens[next].isPunctuation(".") && next + 1 < tokens.count && tokens[next + 1].isNumber
                && !tokens[next + 1].hasSpaceBefore) || isDash(next) || tokens[next].isPunctuation("/")
        {
            return nil
        }
        let first = tokens[index].value
        var year = tokens[index + 4].value
        if tokens[index + 4].length == 2 { year += 1900 }
        let middle = tokens[index + 2]
        var day: Int
        var month: Int
        var rule: String
        if middle.kind == .word, let roman = romanMonth(index + 2) {
            day = first
            month = roman
            rule = "numeric-roman"
        } else if middle.isNumber, middle.length <= 2 {
            if separator1.isPunctuation("/") && separator2.isPunctuation("/") {
                // American month/day/year unless the first cannot be a month.
                if first > 12 {
                    (day, month) = (first, middle.value)
                } else {
                    (month, day) = (first, middle.value)
                }
                rule = "numeric-mdy"
            } else {
                (day, month) = (first, middle.value)
                rule = "numeric-dmy"
            }
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        var end = next
        skipYearMarker(&end)
        return record(from: index, to: end, year: year, month: month, day: day, qualifiers: [], rule: rule)
    }

    /// `1952`, `1950-1953`, `1950–53`, `1952 г.`.
    mutating func yearAlone(at index: Int, qualifiers: HistoricalDate.Qualifiers, startingAt start: Int? = nil) -> Int? {
        let token = tokens[index]
        guard token.length == 4, isPlausibleYear(token.value) else { return nil }
        var next = index + 1
        // Not a year: `1952:30`, `1950s` (a decade), `1,952`, a number joined to letters.
        if next < tokens.count, !tokens[next].hasSpaceBefore {
            let after = tokens[next]
            if after.isPunctuation(":") || after.kind == .word || after.isNumber { return nil }
        }
        if index > 0, !token.hasSpaceBefore, tokens[index - 1].isPunctuation(",") || tokens[index - 1].isPunctuation(".") {
            return nil
        }
        // A publication's year in a citation (`Foreign Relations, 1951, vol. VI`).
        if next + 1 < tokens.count, tokens[next].isPunctuation(","),
            ["vol", "pp", "p", "no", "part"].contains(lowerWord(next + 1))
        {
            return nil
        }
        if index >= 2, tokens[index - 1].isPunctuation(","),
            ["relations", "eds", "press", "bulletin"].contains(lowerWord(index - 2))
        {
            return nil
        }
        // A range of years.
        if next + 1 < tokens.count, isDash(next) || tokens[next].isPunctuation("/"), tokens[next + 1].isNumber {
            let second = tokens[next + 1]
            var endYear: Int?
            if second.length == 4, isPlausibleYear(second.value), second.value > token.value {
                endYear = second.value
            } else if second.length == 2, !tokens[next].isPunctuation("/") {
                let candidate = token.value / 100 * 100 + second.value
                if candidate > token.value { endYear = candidate }
            }
            if let endYear {
                next += 2
                skipYearMarker(&next)
                return record(
                    from: start ?? index, to: next,
                    date: HistoricalDate(
                        start: CalendarDate(year: token.value), end: CalendarDate(year: endYear), qualifiers: qualifiers),
                    rule: "year-range")
            }
        }
        skipYearMarker(&next)
        return record(
            from: start ?? index, to: next, date: HistoricalDate(year: token.value, qualifiers: qualifiers), rule: "year")
    }

    /// `the 14th`: a day whose month and year come from the document.
    mutating func ordinalDayAlone(at index: Int) -> Int? {
        guard lowerWord(index) == "the", index + 2 < tokens.count, tokens[index + 1].isNumber,
            tokens[index + 1].length <= 2, (1...31).contains(tokens[index + 1].value),
            isOrdinalSuffix(index + 2), !tokens[index + 2].hasSpaceBefore
        else { return nil }
        var next = index + 3
        if next < tokens.count, lowerWord(next) == "of", next + 1 < tokens.count, monthNumber(next + 1) != nil {
            return nil
        }
        if next < tokens.count, tokens[next].kind == .word,
            !["of", "and", "or", "to", "in", "at", "we", "i", "you"].contains(lowerWord(next)),
            tokens[next].hasSpaceBefore, !tokens[next].isCapitalized
        {
            // `the 38th parallel`, `the 2nd division`: an ordinal, not a day.
            return nil
        }
        guard let context, let month = context.month else { return nil }
        next = index + 3
        return record(
            from: index + 1, to: next, year: context.year, month: month, day: tokens[index + 1].value,
            qualifiers: .inferred, rule: "ordinal-day")
    }

    // MARK: - Recording

    enum PartOfMonth { case early, middle, late }

    mutating func record(
        from first: Int, to next: Int, year: Int, month: Int, day: Int?, endDay: Int? = nil,
        qualifiers: HistoricalDate.Qualifiers, rule: String
    ) -> Int? {
        let span = SourceSpan(start: tokens[first].start, end: tokens[next - 1].end)
        if let day, !CalendarDate.isValid(year: year, month: month, day: day) {
            issues.append(DateIssue(span: span, reason: "no such day: \(day) \(CalendarDate.monthNames[month - 1]) \(year)"))
            return next
        }
        if let endDay, !CalendarDate.isValid(year: year, month: month, day: endDay) {
            issues.append(DateIssue(span: span, reason: "no such day: \(endDay) \(CalendarDate.monthNames[month - 1]) \(year)"))
            return next
        }
        let start = CalendarDate(year: year, month: month, day: day)
        let end = endDay.map { CalendarDate(year: year, month: month, day: $0) }
        mentions.append(DateMention(span: span, date: HistoricalDate(start: start, end: end, qualifiers: qualifiers), rule: rule))
        return next
    }

    mutating func record(from first: Int, to next: Int, date: HistoricalDate, rule: String) -> Int? {
        let span = SourceSpan(start: tokens[first].start, end: tokens[next - 1].end)
        mentions.append(DateMention(span: span, date: date, rule: rule))
        return next
    }

    /// `early March 1952` is 1–10 March, `mid` 11–20, `late` 21 to the end.
    mutating func recordPart(
        from first: Int, to next: Int, year: Int, month: Int, part: PartOfMonth, qualifiers: HistoricalDate.Qualifiers
    ) -> Int? {
        let last = CalendarDate.daysIn(month: month, year: year)
        let (from, to) =
            switch part {
            case .early: (1, 10)
            case .middle: (11, 20)
            case .late: (21, last)
            }
        return record(
            from: first, to: next, year: year, month: month, day: from, endDay: to, qualifiers: qualifiers,
            rule: "part-of-month")
    }

    /// A second month after a dash or `to` (`-April 1951`, `–January 1946`, `-April`): its number,
    /// its year (given, else `year`, else 0 when neither is known) and the index after it.
    func secondMonth(after index: Int, year: Int?) -> (Int, Int, Int)? {
        guard index + 1 < tokens.count, isDash(index) || lowerWord(index) == "to", let month = monthNumber(index + 1) else {
            return nil
        }
        var next = index + 2
        if next < tokens.count, tokens[next].isPunctuation("."), isAbbreviation(index + 1) { next += 1 }
        // `March-April 15` is not a month range.
        if next < tokens.count, tokens[next].isNumber, tokens[next].length <= 2 { return nil }
        var qualifiers: HistoricalDate.Qualifiers = []
        var afterComma = next
        if afterComma < tokens.count, tokens[afterComma].isPunctuation(",") { afterComma += 1 }
        if let endYear = yearAfter(&afterComma, qualifiers: &qualifiers) { return (month, endYear, afterComma) }
        return (month, year ?? 0, next)
    }

    static let monthPrepositions: Set<String> = [
        "in", "by", "until", "till", "since", "during", "before", "after", "throughout", "of", "from", "mid", "through",
    ]

    /// `March 11, 1952 – March 14, 1952` and `11 March to 14 March 1952` as one range: the
    /// index after the second date, and the second date.
    func rangeToSecondDate(after next: Int) -> (Int, CalendarDate)? {
        guard next + 1 < tokens.count, isDash(next) || lowerWord(next) == "to" else { return nil }
        var probe = Matcher(text: text, context: context)
        guard let end = probe.monthFirst(at: next + 1, qualifiers: []), let second = probe.mentions.first,
            second.date.start.precision == .day, second.date.end == nil
        else { return nil }
        return (end, second.date.start)
    }

    mutating func recordRange(
        from first: Int, firstEnd: Int, secondEnd: Int, start: CalendarDate, second: CalendarDate,
        qualifiers: HistoricalDate.Qualifiers, rule: String
    ) -> Int? {
        guard CalendarDate.isValid(year: start.year, month: start.month ?? 1, day: start.day ?? 1),
            start <= second
        else {
            return record(
                from: first, to: firstEnd, year: start.year, month: start.month ?? 1, day: start.day, qualifiers: qualifiers,
                rule: "month-day-year")
        }
        return record(
            from: first, to: secondEnd, date: HistoricalDate(start: start, end: second, qualifiers: qualifiers), rule: rule)
    }

    // MARK: - Pieces

    /// A day number at `index` (`11`, `11th`, `[11]`): value, the index after, whether bracketed.
    func dayNumber(at index: Int) -> (Int, Int, Bool)? {
        guard index < tokens.count else { return nil }
        var position = index
        var bracketed = false
        if tokens[position].isPunctuation("["), position + 2 < tokens.count, tokens[position + 2].isPunctuation("]") {
            bracketed = true
            position += 1
        }
        let token = tokens[position]
        guard token.isNumber, token.length <= 2, (1...31).contains(token.value) else { return nil }
        position += 1
        if bracketed { position += 1 }
        // A time (`11:43`) or a decimal (`11.5`) is not a day.
        if position < tokens.count, !tokens[position].hasSpaceBefore,
            tokens[position].isPunctuation(":")
                || (tokens[position].isPunctuation(".") && position + 1 < tokens.count && tokens[position + 1].isNumber
                    && !tokens[position + 1].hasSpaceBefore)
        {
            return nil
        }
        position = skipOrdinalSuffix(position)
        return (token.value, position, bracketed)
    }

    func skipOrdinalSuffix(_ index: Int) -> Int {
        guard index < tokens.count, !tokens[index].hasSpaceBefore, tokens[index].kind == .word else { return index }
        let suffix = lowerWord(index)
        if ["st", "nd", "rd", "th", "го", "е", "ое"].contains(suffix) { return index + 1 }
        return index
    }

    func isOrdinalSuffix(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        return ["st", "nd", "rd", "th"].contains(lowerWord(index))
    }

    /// A year after a date (`1952`, `[1952]`, `52` only after an abbreviated numeric form),
    /// advancing `index` past it and a Russian `г.`/`года`.
    func yearAfter(_ index: inout Int, qualifiers: inout HistoricalDate.Qualifiers) -> Int? {
        guard index < tokens.count else { return nil }
        var position = index
        var bracketed = false
        if tokens[position].isPunctuation("["), position + 2 < tokens.count, tokens[position + 2].isPunctuation("]") {
            bracketed = true
            position += 1
        }
        let token = tokens[position]
        guard token.isNumber, token.length == 4, isPlausibleYear(token.value) else { return nil }
        position += 1
        if bracketed { position += 1 }
        // `March 11, 1952:` is fine; `March 11, 1952.5` or `1952-53` is another thing.
        if position < tokens.count, !tokens[position].hasSpaceBefore, tokens[position].isNumber {
            return nil
        }
        if bracketed { qualifiers.insert(.supplied) }
        skipYearMarker(&position)
        index = position
        return token.value
    }

    /// Skips a Russian year marker: `г.`, `г`, `года`, `году`, `гг.`.
    func skipYearMarker(_ index: inout Int) {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].flags.contains(.cyrillic) else { return }
        let word = lowerWord(index)
        guard ["г", "гг", "года", "году", "год"].contains(word) else { return }
        index += 1
        if index < tokens.count, tokens[index].isPunctuation("."), !tokens[index].hasSpaceBefore { index += 1 }
    }

    /// The year a day and month without one belong to: the document's, or the year before when
    /// the document's year would put the date more than half a year after the document (`your
    /// telegram of 28 December` in a January telegram, `on Oct 24` in a January memorandum):
    /// of the two, the nearer.
    func inferredYear(month: Int, day: Int? = nil) -> Int? {
        guard let context else { return nil }
        guard let contextMonth = context.month else { return context.year }
        let candidate = CalendarDate(year: context.year, month: month, day: day ?? 1)
        let limit = CalendarDate(
            year: context.year, month: contextMonth,
            day: context.day ?? CalendarDate.daysIn(month: contextMonth, year: context.year))
        return candidate.dayNumber > limit.dayNumber + 183 ? context.year - 1 : context.year
    }

    func isPlausibleYear(_ value: Int) -> Bool { (1800...2099).contains(value) }

    func isDash(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .punctuation else { return false }
        return [0x2D, 0x2013, 0x2014, 0x2012, 0x2212].contains(tokens[index].scalar)
    }

    func isDateSeparator(_ token: Token) -> Bool {
        token.kind == .punctuation && [0x2E, 0x2F, 0x2D].contains(token.scalar)
    }

    /// Whether the number at `index` is a telegram number, an archival reference or a count
    /// rather than a date: it follows `No.`, `Deptel`, `f.`, `op.`, `d.`, `l.`, `p.` and the like.
    func isBlockedNumber(at index: Int) -> Bool {
        var position = index - 1
        if position >= 0, tokens[position].isPunctuation(".") || tokens[position].isPunctuation(":") { position -= 1 }
        guard position >= 0 else { return false }
        let previous = tokens[position]
        if previous.kind == .punctuation {
            return previous.scalar == 0x23 || previous.scalar == 0x2116  // # №
        }
        guard previous.kind == .word else { return false }
        return Self.numberWords.contains(lowerWord(position))
    }

    /// Skips a number and what is joined to it (`72/III`, `342, l. 78` stays separate).
    func skipNumberGroup(from index: Int) -> Int {
        var next = index + 1
        while next + 1 < tokens.count, !tokens[next].hasSpaceBefore,
            tokens[next].isPunctuation("/") || isDash(next) || tokens[next].isPunctuation("."),
            !tokens[next + 1].hasSpaceBefore, tokens[next + 1].isNumber || tokens[next + 1].isAllCaps
        {
            next += 2
        }
        return next
    }

    static let numberWords: Set<String> = [
        "no", "nos", "nr", "number", "numbers", "num", "deptel", "deptels", "embtel", "embtels", "urtel", "urtels",
        "reurtel", "reur", "ur", "mytel", "mytels", "reftel", "reftels", "tel", "tels", "telegram", "telegrams",
        "cable", "cables", "despatch", "dispatch", "topad", "tedul", "dulte", "polto", "topol", "mistel", "cotel",
        "niact", "gadel", "delga", "secto", "tosec", "f", "op", "d", "l", "ll", "p", "pp", "vol", "fond", "opis", "delo",
        "papka", "list", "listy", "folio", "fol", "file", "box", "page", "pages", "doc", "document", "documents",
        "ф", "оп", "д", "л", "лл", "п", "пап", "стр", "№", "ciphered", "item", "items", "art", "article", "articles",
        "paragraph", "para", "section", "sec", "point", "chapter", "ch", "annex", "appendix", "table", "division",
        "divisions", "regiment", "regiments", "army", "armies", "corps", "group", "route", "highway", "hill", "height",
        "vessel", "ship", "flight", "resolution", "order", "decree", "protocol", "memo", "memorandum", "telegramme",
        "lot", "series", "record", "id",
    ]

    // MARK: - Words

    /// The lower-cased text of a word token ("" for other tokens).
    @inline(__always)
    func lowerWord(_ index: Int) -> String { text.lower(index) }

    /// The month a word names: English (capitalised; `May` only so), abbreviated, or Russian.
    func monthNumber(_ index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        if token.flags.contains(.cyrillic) {
            return Self.russianMonths[lowerWord(index)]
        }
        guard token.isCapitalized, token.length >= 3, token.length <= 9 else { return nil }
        return Self.englishMonths[lowerWord(index)]
    }

    func isAbbreviation(_ index: Int) -> Bool {
        let word = lowerWord(index)
        return word.count <= 4 && !["may", "june", "july"].contains(word) || Self.russianMonthAbbreviations.contains(word)
    }

    /// A Roman-numeral month (`III`, `XII`).
    func romanMonth(_ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].length <= 4 else { return nil }
        return Self.romanMonths[String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].range]), as: UTF8.self)]
    }

    static let englishMonths: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in CalendarDate.monthNames.enumerated() {
            table[name.lowercased()] = index + 1
            table[String(name.lowercased().prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    static let russianMonthAbbreviations: Set<String> = [
        "янв", "фев", "февр", "мар", "апр", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек",
    ]

    static let russianMonths: [String: Int] = {
        let stems = [
            ["января", "январь", "январе", "янв"], ["февраля", "февраль", "феврале", "фев", "февр"],
            ["марта", "март", "марте", "мар"], ["апреля", "апрель", "апреле", "апр"], ["мая", "май", "мае"],
            ["июня", "июнь", "июне"], ["июля", "июль", "июле"], ["августа", "август", "августе", "авг"],
            ["сентября", "сентябрь", "сентябре", "сен", "сент"], ["октября", "октябрь", "октябре", "окт"],
            ["ноября", "ноябрь", "ноябре", "ноя", "нояб"], ["декабря", "декабрь", "декабре", "дек"],
        ]
        var table: [String: Int] = [:]
        for (index, forms) in stems.enumerated() {
            for form in forms { table[form] = index + 1 }
        }
        return table
    }()

    static let romanMonths: [String: Int] = [
        "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
    ]
}

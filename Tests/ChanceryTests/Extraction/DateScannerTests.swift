import Testing

@testable import Chancery

@Suite("DateScanner")
struct DateScannerTests {
    /// The dates found in `text` as `EDTF@matched text`, with the document's date as context.
    static func dates(_ text: String, context: CalendarDate? = CalendarDate(year: 1952, month: 3, day: 11)) -> [String] {
        scan(text, context: context).mentions.map { mention in
            let bytes = Array(text.utf8)
            return mention.date.edtf + "@" + String(decoding: bytes[mention.span.range], as: UTF8.self)
        }
    }

    static func scan(_ text: String, context: CalendarDate?) -> DateScanner.Result {
        var copy = text
        return copy.withUTF8 { buffer in
            DateScanner(context: context).scan(buffer, Tokenizer.tokens(buffer, in: 0..<buffer.count))
        }
    }

    @Test(
        "the forms of the archive",
        arguments: [
            ("March 11, 1952", ["1952-03-11@March 11, 1952"]),
            ("on 11 March 1952 we", ["1952-03-11@11 March 1952"]),
            ("11 March [1952]", ["1952-03-11@11 March [1952]"]),
            ("(11 March 1952)", ["1952-03-11@11 March 1952"]),
            ("dated 1952-03-11.", ["1952-03-11@1952-03-11"]),
            ("Mar. 11th, 1952", ["1952-03-11@Mar. 11th, 1952"]),
            ("the 11th of March, 1952", ["1952-03-11@11th of March, 1952"]),
            ("MARCH 11, 1952", ["1952-03-11@MARCH 11, 1952"]),
        ])
    func englishForms(text: String, expected: [String]) {
        #expect(Self.dates(text) == expected)
    }

    @Test(
        "clerks' numeric forms",
        arguments: [
            ("11.03.1952", "1952-03-11@11.03.1952"),
            ("11.3.52", "1952-03-11@11.3.52"),
            ("3/11/1952", "1952-03-11@3/11/1952"),
            ("25/12/1951", "1951-12-25@25/12/1951"),
            ("11.III.1952", "1952-03-11@11.III.1952"),
            ("11-III-52", "1952-03-11@11-III-52"),
            ("11.03-1952", "1952-03-11@11.03-1952"),
            ("11-03-1952", "1952-03-11@11-03-1952"),
        ])
    func numericForms(text: String, expected: String) {
        #expect(Self.dates(text) == [expected])
    }

    @Test(
        "partial, approximate and ranges",
        arguments: [
            ("in March 1952", ["1952-03@March 1952"]),
            ("in early March 1952", ["1952-03-01~/1952-03-10~@early March 1952"]),
            ("late May 1950", ["1950-05-21~/1950-05-31~@late May 1950"]),
            ("circa 1950", ["1950~@circa 1950"]),
            ("c. 1950", ["1950~@c. 1950"]),
            ("the years 1950-1953", ["1950/1953@1950-1953"]),
            ("in 1950–53", ["1950/1953@1950–53"]),
            ("on 1-3 November", ["1951-11-01/1951-11-03@1-3 November"]),
            ("November 1-3, 1952", ["1952-11-01/1952-11-03@November 1-3, 1952"]),
            ("from 3 to 5 May 1952", ["1952-05-03/1952-05-05@from 3 to 5 May 1952"]),
            ("in 1951 and", ["1951@1951"]),
            ("from December 1945-January 1946", ["1945-12/1946-01@December 1945-January 1946"]),
            ("in March-April 1951", ["1951-03/1951-04@March-April 1951"]),
            ("in March-April", ["1952-03/1952-04@March-April"]),
            ("sent in July and", ["1952-07@July"]),
            ("until the end of May 1950", ["1950-05-21~/1950-05-31~@end of May 1950"]),
        ])
    func partialForms(text: String, expected: [String]) {
        #expect(Self.dates(text) == expected)
    }

    @Test("a day and month without a year take the document's year, marked inferred")
    func inferredYear() throws {
        let found = Self.scan(
            "Your telegram of 21 February has been received.", context: CalendarDate(year: 1952, month: 3, day: 11))
        let mention = try #require(found.mentions.first)
        #expect(mention.date.iso == "1952-02-21")
        #expect(mention.date.qualifiers.contains(.inferred))
        #expect(Self.dates("We received your telegrams of January 31") == ["1952-01-31@January 31"])
        #expect(Self.dates("as of the 14th", context: CalendarDate(year: 1952, month: 3, day: 20)) == ["1952-03-14@14th"])
        // A date more than half a year after the document's is the year before; less, the same year.
        #expect(
            Self.dates("we will meet on 3 July", context: CalendarDate(year: 1952, month: 3, day: 11)) == ["1952-07-03@3 July"])
        #expect(
            Self.dates("your telegram of 28 December", context: CalendarDate(year: 1952, month: 1, day: 5)) == [
                "1951-12-28@28 December"
            ])
        #expect(
            Self.dates("Chi note, Oct 24, proposed", context: CalendarDate(year: 1952, month: 1, day: 14)) == [
                "1951-10-24@Oct 24"
            ])
        // Without the document's date there is nothing to infer from.
        #expect(Self.dates("your telegram of 21 February", context: nil) == [])
    }

    @Test(
        "Russian dates",
        arguments: [
            ("23 февраля 1952 г.", "1952-02-23@23 февраля 1952 г."),
            ("3 июля", "1952-07-03@3 июля"),
            ("в марте 1952 года", "1952-03@марте 1952 года"),
            ("март 1952", "1952-03@март 1952"),
            ("11.III.1952 г.", "1952-03-11@11.III.1952 г."),
        ])
    func russian(text: String, expected: String) {
        #expect(Self.dates(text) == [expected])
    }

    @Test("impossible dates are reported, not accepted")
    func impossible() {
        let found = Self.scan("It arrived on February 30, 1952 at night, and 31 April 1951.", context: nil)
        #expect(found.mentions.isEmpty)
        #expect(found.issues.map(\.reason) == ["no such day: 30 February 1952", "no such day: 31 April 1951"])
        #expect(Self.dates("29 February 1952") == ["1952-02-29@29 February 1952"])
        #expect(Self.scan("29 February 1951", context: nil).issues.count == 1)
    }

    @Test(
        "numbers that are not dates",
        arguments: [
            "Ciphered Telegram No. 709 arrived",
            "No. 72/III",
            "APRF, f. 558, op. 11, d. 342, l. 78",
            "RGASPI, f. 45, op. 1, d. 1952, ll. 0078",
            "vol. 2, pages 17-18",
            "at 10:30 in the morning",
            "Re Deptel 1952, and more",
            "the 38th parallel",
            "the 2nd division",
            "some 1,500 tons",
            "telegram 1464 was received",
            "Foreign Relations, 1951, vol. VI",
            "it may 3 times",
            "12.5 per cent",
            "1.2.3.4",
        ])
    func notDates(text: String) {
        #expect(Self.dates(text) == [], "\(text)")
    }

    @Test(
        "whole date lines",
        arguments: [
            ("March 11, 1952", "1952-03-11"),
            ("  • June 07, 1951", "1951-06-07"),
            ("1948", "1948"),
            ("May 1950", "1950-05"),
            ("1950-1953", "1950/1953"),
            ("March 11, 1952 - March 14, 1952", "1952-03-11/1952-03-14"),
        ])
    func wholeLines(text: String, edtf: String) {
        #expect(DateScanner.wholeDate(text)?.edtf == edtf)
    }

    @Test(
        "a line that is more than a date is not a date line",
        arguments: [
            "Cable from Mao Zedong to Stalin", "March 11, 1952 Cable", "Skip to content", "",
        ])
    func notWholeLines(text: String) {
        #expect(DateScanner.wholeDate(text) == nil)
    }
}

import Testing

@testable import Chancery

@Suite("query tables")
struct QueryTableTests {
    @Test("CSV quotes a cell with a comma, a quote or any line break, and reads back the same")
    func csvQuoting() throws {
        let cells = [
            "plain", "Stalin, J. V.", "the \"Filippov\" cables", "line\r\nbreak", "\"\u{301}accent on a quote", "lf\nonly",
        ]
        let table = QueryTable(columns: ["a", "b", "c", "d", "e", "f"], rows: [cells])
        let csv = table.csv
        #expect(csv.hasPrefix("a,b,c,d,e,f\r\nplain,\"Stalin, J. V.\",\"the \"\"Filippov\"\" cables\",\"line\r\nbreak\""))
        let read = try CSVTable(bytes: Array(csv.utf8), path: "t.csv")
        #expect(read.rows.first?.cells == cells)
    }
}

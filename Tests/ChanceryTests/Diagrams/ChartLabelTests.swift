import Testing

@testable import Chancery

@Suite("chart labels")
struct ChartLabelTests {
    let bounds = ChartLabelPlacer.Box(minX: 0, maxX: 400, minY: 0, maxY: 200)

    @Test("a date label goes above and right of its mark, and never over another label or an arrow")
    func placement() {
        // Three messages on one lane at y 100; the second's arrow runs down to y 20.
        var placer = ChartLabelPlacer(bounds: bounds, lines: [(100, 100, 100), (130, 20, 100), (300, 100, 100)])
        let first = placer.place(width: 40, height: 10, beside: 100, 100)
        #expect(first.map { $0.x > 100 && $0.y > 100 } == true)
        // Above the second mark, the first's label runs on to x 143.5: its label goes below, to the
        // right of its own arrow.
        let second = placer.place(width: 40, height: 10, beside: 130, 100)
        #expect(second.map { $0.x > 130 && $0.y < 100 } == true)
        #expect(placer.place(width: 40, height: 10, beside: 300, 100).map { $0.x > 300 && $0.y > 100 } == true)
        // A mark just right of a labelled one, with an arrow across the lane at 112: right of it is
        // the arrow, above left the other label; its label goes below left.
        var crowded = ChartLabelPlacer(bounds: bounds, lines: [(100, 100, 100), (112, 60, 140)])
        _ = crowded.place(width: 40, height: 10, beside: 100, 100)
        let beside = crowded.place(width: 40, height: 10, beside: 104, 100)
        #expect(beside.map { $0.x < 104 && $0.y < 100 } == true)
    }

    @Test("a label with no free place is left out rather than drawn over something")
    func noRoom() {
        var placer = ChartLabelPlacer(
            bounds: bounds, lines: [(50, 100, 100), (44, 0, 200), (56, 0, 200)])
        #expect(placer.place(width: 40, height: 10, beside: 50, 100) == nil)
        // Nor outside the chart.
        var edge = ChartLabelPlacer(bounds: bounds, lines: [(395, 195, 195)])
        #expect(edge.place(width: 40, height: 10, beside: 395, 195).map { $0.x < 395 && $0.y < 195 } == true)
    }

    @Test("text too wide is cut at a word with an ellipsis, and fits")
    func fitting() {
        let name = "USSR Ministry of Foreign Affairs"
        let cut = TextWidth.fitted(name, width: 110, fontSize: 11)
        #expect(cut == "USSR Ministry of\u{2026}")
        #expect(TextWidth.of(cut, fontSize: 11) <= 110)
        #expect(TextWidth.fitted("Mao Zedong", width: 200, fontSize: 11) == "Mao Zedong")
        // Chinese and Korean take a full em a character.
        #expect(TextWidth.of("毛泽东", fontSize: 10) == 30)
    }
}

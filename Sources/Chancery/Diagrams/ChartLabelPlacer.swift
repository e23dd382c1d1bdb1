/// Places the chart's date labels where they touch no arrow, mark or other label: beside each
/// message's mark, above or below its lane, right or left, in that order of preference, and
/// nowhere when no place is free (the tooltip and the axis still give the date). Graphviz's own
/// `xlabel` placement lets labels run over the arrows of a busy day.
struct ChartLabelPlacer {
    /// A box in the chart's points, y growing upwards as in Graphviz.
    struct Box {
        var minX: Double, maxX: Double, minY: Double, maxY: Double

        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    /// Where labels may go.
    let bounds: Box
    /// Every arrow and mark, as a thin box around its vertical line.
    private let obstacles: [Box]
    private var placed: [Box] = []

    /// - Parameter lines: each message's vertical line: its x, and the lowest and highest lane
    ///   it touches (the same for a mark alone).
    init(bounds: Box, lines: [(x: Double, low: Double, high: Double)]) {
        self.bounds = bounds
        obstacles = lines.map { Box(minX: $0.x - 3, maxX: $0.x + 3, minY: $0.low - 3, maxY: $0.high + 3) }
    }

    /// The centre of a free place for a label of `width` × `height` points beside the mark at
    /// (`x`, `y`), taken for it; nil when there is none.
    mutating func place(width: Double, height: Double, beside x: Double, _ y: Double) -> (x: Double, y: Double)? {
        let gap = 3.5
        let candidates = [
            Box(minX: x + gap, maxX: x + gap + width, minY: y + gap, maxY: y + gap + height),
            Box(minX: x - gap - width, maxX: x - gap, minY: y + gap, maxY: y + gap + height),
            Box(minX: x + gap, maxX: x + gap + width, minY: y - gap - height, maxY: y - gap),
            Box(minX: x - gap - width, maxX: x - gap, minY: y - gap - height, maxY: y - gap),
        ]
        for box in candidates {
            guard box.minX >= bounds.minX, box.maxX <= bounds.maxX, box.minY >= bounds.minY, box.maxY <= bounds.maxY else {
                continue
            }
            if obstacles.contains(where: { $0.overlaps(box) }) || placed.contains(where: { $0.overlaps(box) }) { continue }
            placed.append(box)
            return ((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2)
        }
        return nil
    }
}

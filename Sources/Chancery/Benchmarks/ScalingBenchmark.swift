/// Reads documents of growing size built from hostile and ordinary text, and reports the time
/// each took: the figure that shows extraction is linear in its input.
public struct ScalingBenchmark: Sendable {
    public let knowledge: Knowledge
    public var sizes: [Int]

    public init(knowledge: Knowledge, sizes: [Int] = [16_384, 65_536, 262_144, 1_048_576]) {
        self.knowledge = knowledge
        self.sizes = sizes
    }

    public struct Row: Sendable, Codable {
        public var kind: String
        public var bytes: Int
        public var seconds: Double
        /// Microseconds per kilobyte: flat when time is linear in size.
        public var microsecondsPerKilobyte: Double
    }

    /// The kinds of text, each a unit repeated up to the size.
    static let units: [(String, String)] = [
        (
            "page text",
            "Comrade Filippov:[2] On 12 March 1952, Stalin replied to Mao Zedong (via Roshchin) about Liaoyang and Shenyang. "
        ),
        ("brackets", "[[( Filippov [Stalin ]] (( [ "),
        ("footnotes", "[7] Filippov is Stalin. On 12 March 1952, Stalin replied.\n"),
        ("dates and numbers", "11.03.1952 No. 709 f. 558, op. 11, d. 342 early March 1952 3/11/1952 10:30 "),
        ("mixed scripts", "Сталин 毛泽东 김일성 ФИЛИППОВ 23 февраля 1952 г. "),
    ]

    public func run() -> [Row] {
        let analyzer = DocumentAnalyzer(knowledge: knowledge)
        _ = knowledge.spelling
        var rows: [Row] = []
        for (kind, unit) in Self.units {
            for size in sizes {
                let repeats = max(1, size / unit.utf8.count)
                let text = "March 11, 1952\n\nCable from Mao Zedong to Stalin\n\n" + String(repeating: unit, count: repeats)
                let bytes = Array(text.utf8)
                var clock = Stopwatch()
                if let document = try? ArchivePageReader().read(bytes: bytes, path: "scaling.txt") {
                    _ = analyzer.analyze(document)
                }
                let seconds = clock.lap()
                rows.append(
                    Row(
                        kind: kind, bytes: bytes.count, seconds: seconds,
                        microsecondsPerKilobyte: seconds * 1e6 / (Double(bytes.count) / 1024)))
            }
        }
        return rows
    }
}

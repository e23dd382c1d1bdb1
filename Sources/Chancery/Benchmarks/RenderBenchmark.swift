/// Renders the same small graph many times in-process and reports time and resident memory:
/// the figure behind "the renderer does not leak".
public struct RenderBenchmark: Sendable {
    public var count: Int
    public var format: OutputFormat

    public init(count: Int = 2_000, format: OutputFormat = .svg) {
        self.count = count
        self.format = format
    }

    public struct Result: Sendable, Codable {
        public var renders: Int
        public var seconds: Double
        public var rendersPerSecond: Double
        /// Resident memory after a warm-up of one tenth of the renders, in bytes.
        public var residentBefore: Int
        public var residentAfter: Int
    }

    public func run() throws(RenderError) -> Result {
        let renderer = GraphvizRenderer()
        let dot = DOTEncoder().encode(
            Diagram(
                name: "bench",
                nodes: [
                    .init(id: "a", attributes: ["label": .text("Mao Zedong")]),
                    .init(id: "b", attributes: ["label": .text("Сталин (as Филиппов)")]),
                ],
                edges: [.init(from: "a", to: "b", attributes: ["label": .text("Cable, 11 Mar 1952")])]))
        for _ in 0..<max(1, count / 10) { _ = try renderer.render(dot: dot, format: format) }
        _ = try? renderer.render(dot: "digraph { a -> }", format: format)
        let before = ResidentMemory.current()
        var clock = Stopwatch()
        for index in 0..<count {
            // Failed renders must release what they took as well.
            if index % 10 == 0 { _ = try? renderer.render(dot: "digraph { a -> }", format: format) }
            _ = try renderer.render(dot: dot, format: format)
        }
        let seconds = clock.lap()
        return Result(
            renders: count, seconds: seconds, rendersPerSecond: Double(count) / max(seconds, 1e-9), residentBefore: before,
            residentAfter: ResidentMemory.current())
    }
}

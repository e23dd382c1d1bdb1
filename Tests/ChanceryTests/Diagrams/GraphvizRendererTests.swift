import Foundation
import Testing

@testable import Chancery

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()
    let sample = """
        digraph "t" { "a" [label="Mao Zedong"]; "b" [label="Сталин (as Филиппов)"]; "c" [label="毛泽东"]; "a" -> "b"; "b" -> "c"; }
        """

    @Test("svg parses as XML and holds the node labels")
    func svgHoldsLabels() throws {
        let svg = try renderer.render(dot: sample, format: .svg)
        let texts = try SVGText.texts(in: svg.bytes)
        #expect(texts.contains("Mao Zedong"))
        #expect(texts.contains("Сталин (as Филиппов)"))
        #expect(texts.contains("毛泽东"))
    }

    @Test(
        "png and pdf start with their magic bytes",
        arguments: [
            (OutputFormat.png, Array("\u{89}PNG".unicodeScalars.map { UInt8($0.value) })),
            (OutputFormat.pdf, Array("%PDF-".utf8)),
        ])
    func magicBytes(format: OutputFormat, magic: [UInt8]) throws {
        let rendering = try renderer.render(dot: sample, format: format)
        #expect(Array(rendering.bytes.prefix(magic.count)) == magic)
        #expect(rendering.bytes.count > 500)
    }

    @Test("Cyrillic and Chinese labels are set in fonts that have their glyphs, not as boxes")
    func glyphsNotBoxes() throws {
        let diagram = Diagram(
            name: "g",
            nodes: [
                .init(id: "a", attributes: ["label": .text("毛泽东 Сталин 김일성"), "fontname": .string(DiagramTheme.paper.fontName)])
            ])
        let rendering = try renderer.render(dot: DOTEncoder().encode(diagram), format: .pdf)
        let fonts = Self.embeddedFonts(in: rendering.bytes)
        #expect(fonts.contains { $0.contains("CJK") || $0.contains("WenQuanYi") }, "fonts: \(fonts)")
        #expect(
            fonts.contains { $0.contains("DejaVu") || $0.contains("NotoSerif-") || $0.contains("NotoSans-") }, "fonts: \(fonts)")
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
    }

    /// The `/BaseFont` names a PDF embeds.
    static func embeddedFonts(in pdf: [UInt8]) -> [String] {
        let text = String(decoding: pdf, as: UTF8.self)
        return text.split(separator: "/BaseFont /").dropFirst().map {
            String($0.prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" })
        }
    }

    @Test("every engine lays out, every format renders", arguments: LayoutEngine.all)
    func everyEngine(engine: LayoutEngine) throws {
        for format in OutputFormat.all {
            let rendering = try renderer.render(dot: sample, engine: engine, format: format)
            #expect(!rendering.bytes.isEmpty, "\(engine) \(format)")
        }
    }

    @Test("laid-out dot and json carry coordinates")
    func laidOutFormats() throws {
        let dot = String(decoding: try renderer.render(dot: sample, format: .dot).bytes, as: UTF8.self)
        #expect(dot.contains("pos="))
        let json = try renderer.render(dot: sample, format: .json).bytes
        let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
        #expect((object?["objects"] as? [Any])?.count == 3)
    }

    @Test("malformed DOT throws with Graphviz's message")
    func malformedDOT() {
        #expect {
            try renderer.render(dot: "digraph { a -> [ }", format: .svg)
        } throws: { error in
            guard case .syntax(let message) = error as? RenderError else { return false }
            return message.contains("syntax error")
        }
    }

    @Test("an unknown engine throws with Graphviz's message")
    func unknownEngine() {
        #expect {
            try renderer.render(dot: sample, engine: "nosuchengine", format: .svg)
        } throws: { error in
            guard case .layout(_, let message) = error as? RenderError else { return false }
            return message.contains("nosuchengine")
        }
    }

    @Test("an unknown format throws with Graphviz's message")
    func unknownFormat() {
        #expect {
            try renderer.render(dot: sample, format: "nosuchformat")
        } throws: { error in
            guard case .render(_, let message) = error as? RenderError else { return false }
            return message.contains("nosuchformat")
        }
    }

    @Test("an error does not stick to the next render")
    func errorsAreReset() throws {
        _ = try? renderer.render(dot: "digraph {", format: .svg)
        let svg = try renderer.render(dot: sample, format: .svg)
        #expect(!svg.bytes.isEmpty)
    }

    @Test("renders from many tasks at once are serialised")
    func concurrentRenders() async throws {
        let renderer = self.renderer
        let sample = self.sample
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<16 {
                group.addTask { try renderer.render(dot: sample, format: .svg).bytes.count }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(Set(sizes).count == 1)
    }
}

/// A forgiving element tree built from ``XMLScanner`` events: an end tag closes the nearest
/// open element of its name (and any left open inside it); elements still open at the end of
/// the file are marked unclosed.
enum XMLTree {
    indirect enum Node {
        case element(Element)
        case text(String, range: Range<Int>)
    }

    final class Element {
        let name: String
        let attributes: [String: String]
        let offset: Int
        var children: [Node] = []
        /// The offset just past the element's end tag, when it was found.
        var end: Int?
        /// Whether the element's end tag was found.
        var isClosed: Bool { end != nil }

        init(name: String, attributes: [String: String], offset: Int) {
            self.name = name
            self.attributes = attributes
            self.offset = offset
        }

        /// Every element below this one named `name`, in document order.
        func descendants(named name: String) -> [Element] {
            var found: [Element] = []
            var stack: [Element] = [self]
            while let element = stack.popLast() {
                for child in element.children.reversed() {
                    if case .element(let inner) = child { stack.append(inner) }
                }
                if element !== self, element.name == name { found.append(element) }
            }
            return found
        }

        /// The text inside, whitespace collapsed.
        var plainText: String {
            var pieces: [String] = []
            func collect(_ element: Element) {
                for child in element.children {
                    switch child {
                    case .text(let string, _): pieces.append(string)
                    case .element(let inner): collect(inner)
                    }
                }
            }
            collect(self)
            return pieces.joined().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        }
    }

    static func build(_ scanner: inout XMLScanner) -> Element {
        let root = Element(name: "#root", attributes: [:], offset: 0)
        root.end = scanner.bytes.count
        var stack: [Element] = [root]
        scanner.scan { event in
            switch event {
            case .start(let name, let attributes, let offset):
                let element = Element(name: name, attributes: attributes, offset: offset)
                stack[stack.count - 1].children.append(.element(element))
                stack.append(element)
            case .end(let name, let after):
                guard let index = stack.lastIndex(where: { $0.name == name }), index > 0 else { return }
                stack[index].end = after
                stack.removeLast(stack.count - index)
            case .text(let string, let range):
                stack[stack.count - 1].children.append(.text(string, range: range))
            }
        }
        return root
    }
}

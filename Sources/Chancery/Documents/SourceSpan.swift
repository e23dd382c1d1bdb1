/// A range of UTF-8 bytes in a source file: the evidence behind every fact Chancery states.
public struct SourceSpan: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Offset of the first byte.
    public var start: Int
    /// Offset just past the last byte.
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var range: Range<Int> { start..<end }
    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: SourceSpan) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two spans share a byte.
    public func overlaps(_ other: SourceSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}

/// Why a view cannot be drawn, with what to do instead.
public enum DrawError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The filters select nothing the view can show.
    case nothingToDraw(view: String, reason: String)
    /// More than the view can lay out in reasonable time and still be read.
    case tooLarge(view: String, count: Int, what: String, limit: Int, advice: String)
    /// The view needs an option that was not given.
    case missing(view: String, option: String)

    public var description: String {
        switch self {
        case .nothingToDraw(let view, let reason): "\(view): nothing to draw: \(reason)"
        case .tooLarge(let view, let count, let what, let limit, let advice):
            "\(view): \(count) \(what) is more than the \(limit) this view draws legibly; \(advice)"
        case .missing(let view, let option): "\(view): needs \(option)"
        }
    }
}

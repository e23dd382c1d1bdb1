extension StringProtocol {
    /// The text broken at spaces into lines of at most `width` characters (a longer word stands
    /// on its own line); no line for empty text.
    func wrapped(width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in split(separator: " ") {
            if !current.isEmpty, current.count + word.count + 1 > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    /// The last component of a path: `Data/corpus/calendar.csv` → `calendar.csv`.
    var fileName: String { split(separator: "/").last.map(String.init) ?? self }
}

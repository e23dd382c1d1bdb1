/// A file name made from user text: letters, digits, `-`, `_` and `.` only, never a path.
public enum SafeFileName {
    public static func make(_ text: String) -> String {
        var name = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" {
                name.unicodeScalars.append(scalar)
            } else if scalar == "." && !name.isEmpty && !name.hasSuffix(".") {
                name.unicodeScalars.append(scalar)
            } else if !name.hasSuffix("-") && !name.isEmpty {
                name += "-"
            }
        }
        while name.hasSuffix("-") || name.hasSuffix(".") { name.removeLast() }
        return name.isEmpty ? "diagram" : String(name.prefix(120))
    }
}

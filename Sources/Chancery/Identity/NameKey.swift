/// The form of a name that lookups compare: lower case, diacritics and Cyrillic `ё` folded, and
/// only letters and digits kept, so that `Mao Tse-tung`, `MAO TSE TUNG` and `Mao Tsetung` meet,
/// and `Kaesŏng` meets `Kaesong`.
enum NameKey {
    /// The key of a whole name.
    static func of<S: StringProtocol>(_ name: S) -> String {
        var key = ""
        key.unicodeScalars.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars { append(scalar, to: &key) }
        return key
    }

    /// Calls `body` with each scalar of the key of `bytes[range]`, in order, until it returns false.
    /// - Returns: false when `body` stopped the walk.
    @discardableResult
    static func forEachScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Unicode.Scalar) -> Bool
    ) -> Bool {
        var index = range.lowerBound
        var folded = ""
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A {
                    if !body(Unicode.Scalar(byte | 0x20)) { return false }
                } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    if !body(Unicode.Scalar(byte)) { return false }
                }
                index += 1
                continue
            }
            let (scalar, width) = Tokenizer.decode(bytes, at: index, end: range.upperBound)
            folded.removeAll(keepingCapacity: true)
            append(scalar, to: &folded)
            for part in folded.unicodeScalars where !body(part) { return false }
            index += width
        }
        return true
    }

    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to key: inout String) {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A {
                key.unicodeScalars.append(Unicode.Scalar(UInt8(value) | 0x20))
            } else if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                key.unicodeScalars.append(scalar)
            }
            return
        }
        if let folded = latinFolding[value] {
            key.unicodeScalars.append(folded)
            return
        }
        // Cyrillic: upper to lower, ё to е.
        if value >= 0x0410 && value <= 0x042F {
            key.unicodeScalars.append(Unicode.Scalar(value + 0x20)!)
            return
        }
        if value == 0x0401 || value == 0x0451 {
            key.unicodeScalars.append("е")
            return
        }
        switch Tokenizer.classify(scalar) {
        case .upper, .lower, .cjk:
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { key.unicodeScalars.append(lower) }
        case .mark, .none:
            break
        }
    }

    /// Latin letters with diacritics → their base letter, lower case.
    static let latinFolding: [UInt32: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎ", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"), ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"),
            ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐ", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"),
            ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐőǑǒ", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠšß", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔǕǖǗǘǙǚǛǜ", "u"), ("Ŵŵ", "w"),
            ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("Ææ", "a"), ("Œœ", "o"),
        ]
        var table: [UInt32: Unicode.Scalar] = [:]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        return table
    }()
}

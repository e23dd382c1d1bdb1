import Foundation

/// Writes the whole correspondence graph as JSON: keys sorted, pretty printed, slashes not
/// escaped, ending in a line break; it decodes back to an equal ``CorrespondenceGraph``.
struct GraphJSON {
    /// The JSON document.
    func write(_ graph: CorrespondenceGraph) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings, numbers and arrays does not fail.
        let data = (try? encoder.encode(graph)) ?? Data("{}".utf8)
        return Array(data) + [0x0A]
    }
}

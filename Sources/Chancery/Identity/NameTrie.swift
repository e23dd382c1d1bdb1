/// Every name key as a trie over Unicode scalars, in flat arrays: the name scanner walks it
/// one folded scalar at a time, so finding the longest known name at a token costs a few array
/// reads per letter instead of a string hash per word.
struct NameTrie: Sendable {
    /// For node `n`, its edges are `edgeScalars[firstEdge[n] ..< firstEdge[n + 1]]`, sorted.
    private var firstEdge: [Int32] = []
    private var edgeScalars: [UInt32] = []
    private var edgeTargets: [Int32] = []
    /// The key that ends at a node, if one does.
    private var terminalKey: [Int32] = []
    private var keys: [String] = []

    static let root: Int32 = 0

    init(keys allKeys: some Sequence<String>) {
        // Build with dictionaries, then lay the nodes out flat.
        var children: [[UInt32: Int32]] = [[:]]
        var terminal: [Int32] = [-1]
        for key in allKeys {
            var node: Int32 = 0
            for scalar in key.unicodeScalars {
                if let next = children[Int(node)][scalar.value] {
                    node = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    terminal.append(-1)
                    children[Int(node)][scalar.value] = next
                    node = next
                }
            }
            terminal[Int(node)] = Int32(keys.count)
            keys.append(key)
        }
        firstEdge.reserveCapacity(children.count + 1)
        for edges in children {
            firstEdge.append(Int32(edgeScalars.count))
            for (scalar, target) in edges.sorted(by: { $0.key < $1.key }) {
                edgeScalars.append(scalar)
                edgeTargets.append(target)
            }
        }
        firstEdge.append(Int32(edgeScalars.count))
        terminalKey = terminal
    }

    /// The node reached from `node` by `scalar`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ scalar: UInt32) -> Int32? {
        var low = Int(firstEdge[Int(node)])
        var high = Int(firstEdge[Int(node) + 1]) - 1
        while low <= high {
            let middle = (low + high) >> 1
            let value = edgeScalars[middle]
            if value == scalar { return edgeTargets[middle] }
            if value < scalar { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// The key that ends at `node`, if any.
    @inline(__always)
    func key(at node: Int32) -> String? {
        let index = terminalKey[Int(node)]
        return index >= 0 ? keys[Int(index)] : nil
    }
}

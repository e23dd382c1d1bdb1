/// How a graph's messages name their parties: by the canonical name, with the name the
/// document used where it is another (`Stalin (as Filippov)`). People are looked up by id,
/// once, for views and exports that name thousands of parties.
public struct PartyNames: Sendable {
    private let people: [String: CorrespondenceGraph.Person]

    public init(_ graph: CorrespondenceGraph) {
        people = Dictionary(graph.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func person(_ id: String) -> CorrespondenceGraph.Person? { people[id] }

    /// The canonical name, or the id of someone the graph does not list.
    public func name(_ id: String) -> String { people[id]?.name ?? id }

    /// Whether the document wrote the party under another name than the canonical one (not a
    /// spelling of it).
    public func isRenamed(_ party: CorrespondenceGraph.Party) -> Bool {
        NameKey.of(party.nameUsed) != NameKey.of(name(party.entity))
    }

    /// `Stalin (as Filippov)`, or `Mao Zedong`.
    public func label(_ party: CorrespondenceGraph.Party) -> String {
        isRenamed(party) ? "\(name(party.entity)) (as \(party.nameUsed))" : name(party.entity)
    }

    /// The parties of a message in one role, labelled, joined with commas.
    public func labels(_ message: CorrespondenceGraph.Message, role: String) -> String {
        message.parties(role).map(label).joined(separator: ", ")
    }
}

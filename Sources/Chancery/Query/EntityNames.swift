/// Display names for entity ids: the canonical name for known entities, the name as first
/// written for new ones.
public struct EntityNames: Sendable {
    public let knowledge: Knowledge
    private var discovered: [String: String] = [:]

    public init(knowledge: Knowledge, analyses: [DocumentAnalysis] = []) {
        self.knowledge = knowledge
        for analysis in analyses {
            for mention in analysis.mentions + analysis.apparatus where mention.resolution.method == .new {
                record(mention.resolution.entityID, mention.mention.surface)
            }
            for event in analysis.events {
                for participant in event.participants where participant.resolution.method == .new {
                    record(participant.entityID, participant.nameUsed)
                }
            }
        }
    }

    private mutating func record(_ id: String, _ name: String) {
        guard discovered[id] == nil else { return }
        discovered[id] = EntityNames.displayForm(name)
    }

    /// `BELOV` → `Belov`, `V. KUZNETSOV` → `V. Kuznetsov`; names in mixed case stay as written.
    static func displayForm(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ").map { word in
            // Initials (`V.`, `S.F.`) keep their capitals.
            word.contains(".") && word.filter(\.isLetter).count <= 3
                ? String(word) : word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// The name to show for an entity id.
    public func name(_ id: String) -> String {
        knowledge.entity(id)?.canonical ?? discovered[id] ?? String(id.split(separator: ":").last ?? Substring(id))
    }
}

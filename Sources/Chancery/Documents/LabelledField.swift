/// A labelled field of the archive's "Document Information" block (`Source`, `Type`, `Record ID`).
public struct LabelledField: Sendable, Hashable, Codable {
    public var label: Label
    /// The label as written on the page (`Original Uploaded Date`).
    public var labelText: String
    public var value: TextSection

    public init(label: Label, labelText: String, value: TextSection) {
        self.label = label
        self.labelText = labelText
        self.value = value
    }

    /// The fields Chancery knows; any other label is kept as `.other`.
    public enum Label: String, Sendable, Hashable, Codable, CaseIterable {
        case source, translator, rights, originalUploadedDate, type, language, recordID
        case authors, citation, originalArchive, keywords, other

        /// The label for a line of the page, if it is one of the archive's labels.
        static func recognise(_ line: String) -> Label? {
            let key = line.lowercased().filter { $0.isLetter }
            switch key {
            case "source", "sources": return .source
            case "rights": return .rights
            case "originaluploadeddate", "uploadeddate": return .originalUploadedDate
            case "type", "documenttype": return .type
            case "language", "languages": return .language
            case "recordid": return .recordID
            case "authors", "author": return .authors
            case "originalarchive": return .originalArchive
            case "keywords", "subjects", "subjectsdiscussed": return .keywords
            case "translator", "translatedby": return .translator
            case "originalclassification", "donors", "funders", "associatedplaces", "associatedtopics",
                "associatedpeopleorganizations", "relatedsubjects", "collections", "meetings":
                return .other
            default: return nil
            }
        }
    }
}

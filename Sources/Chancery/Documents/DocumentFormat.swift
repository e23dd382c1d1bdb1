/// The kind of file a document came from.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// A page of an online archive saved as text (the Wilson Center Digital Archive's shapes).
    case archivePage = "archive-page"
    /// A TEI XML edition (FRUS).
    case tei
    /// A calendar of letters as CSV.
    case calendar
    /// A CMIF file (TEI `correspDesc` records).
    case cmif
}

/// The arrangement of an archive page.
public enum PageLayout: String, Sendable, Hashable, Codable, CaseIterable {
    /// Date line, catalogue title, body, footnotes, summary, labelled fields (the seed's layout).
    case catalogue
    /// Capitalised title, citation sentence, one block per language (the newer site).
    case citation
    /// A page of search results: date, title and summary for each document.
    case listing
    /// Text without the archive's furniture.
    case plain
}

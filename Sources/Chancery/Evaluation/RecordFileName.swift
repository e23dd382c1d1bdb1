/// The `file` of a record: the path relative to the folder it was found under (or the file
/// name), with `#id` for one document of a multi-document file.
public enum RecordFileName {
    public static func relative(_ document: Document, to roots: [String]) -> String {
        var name = document.path.fileName
        for root in roots {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if document.path.hasPrefix(prefix) {
                name = String(document.path.dropFirst(prefix.count))
                break
            }
        }
        if let fragment = document.fragment { name += "#" + fragment }
        return name
    }
}

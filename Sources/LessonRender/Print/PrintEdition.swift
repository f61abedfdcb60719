import Foundation

/// Which html folder holds an edition of the book. A single-language book writes `html/`; a book
/// with editions will write `html/<lang>/`, and only this mapping changes.
package enum PrintEdition {
    /// The html folder of `edition` (nil: the book's own language) in the site folder `site`
    /// (`Output`), for a book whose editions are `languages`; an unknown edition is an error that
    /// names the ones there are.
    package static func htmlFolder(site: URL, edition: String?, languages: [String]) throws(PrintTools.Failure)
        -> URL
    {
        let html = site.appendingPathComponent("html")
        guard let edition else { return html }
        guard languages.contains(edition) else {
            throw PrintTools.Failure(
                description: "the book has no edition '\(edition)'; its editions: \(languages.joined(separator: ", "))")
        }
        return languages.count == 1 ? html : html.appendingPathComponent(edition)
    }
}

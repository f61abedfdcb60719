import Foundation

/// Which html folder holds an edition of the book. A single-language book writes `html/`; a book
/// with editions writes `html/<lang>/`.
package enum PrintEdition {
    /// The html folder of `edition` (nil: the source edition, the first of `languages`) in the site
    /// folder `site` (`Output`), for a book whose editions are `languages` (`multilingual`: written
    /// in one folder per language); an unknown edition is an error that names the ones there are.
    package static func htmlFolder(
        site: URL, edition: String?, languages: [String], multilingual: Bool = false
    ) throws(PrintTools.Failure) -> URL {
        let html = site.appendingPathComponent("html")
        guard let edition = edition ?? (multilingual ? languages.first : nil) else { return html }
        guard languages.contains(edition) else {
            throw PrintTools.Failure(
                description: "the book has no edition '\(edition)'; its editions: \(languages.joined(separator: ", "))")
        }
        return multilingual ? html.appendingPathComponent(edition) : html
    }
}

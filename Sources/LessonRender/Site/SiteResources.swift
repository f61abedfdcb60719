import Foundation

/// The site's style sheet and scripts, kept as real files in `Resources/` (so an editor, a linter
/// and the Nu checker read them as CSS and JavaScript) and shipped with the target as SwiftPM
/// resources. Every page links the same two files.
enum SiteResources {
    /// `style.css`, the site's only style sheet: system fonts (no web fonts, no requests), a
    /// readable measure, light and dark colours with WCAG AA contrast, a layout from 360 px phones
    /// to wide screens with the table of contents beside the text, and a print style without
    /// navigation.
    static let styleSheet = load("style", "css")

    /// `search.js`, the search box. Matching folds case and `ё` to `е` on both sides (Russian text
    /// writes `е` for `ё` more often than not), and a Russian query word of five letters or more
    /// loses its ending (up to two trailing vowels, `й` or `ь`: `функции` looks for `функц`, so
    /// `функция` and `функций` match too; no stemming beyond that). All words of the query must
    /// occur in a section. A section ranks by where they occur: in the page title (for the top of
    /// the page; a deeper section counts it only beside a word of its own), in its heading, in its
    /// text; a match at the start of a word counts twice one inside a word. A heading that n pages
    /// share ("Формула" on every reference page) says little about any of them and weighs 1/n.
    static let searchScript = load("search", "js")

    /// `copy.js`: a copy button on each code listing, labelled from its script element's
    /// `data-copy` and `data-copied`.
    static let copyScript = load("copy", "js")

    /// `explore.js`: a labelled slider under each explorable figure (`ExplorableFigureSVG`) that
    /// switches which of its frames shows; without it the default frame shows.
    static let exploreScript = load("explore", "js")

    private static func load(_ name: String, _ fileExtension: String) -> [UInt8] {
        bundledFile(name, fileExtension, in: .module)
    }
}

/// The bytes of a file a target ships as a SwiftPM resource (`Bundle.module` of that target). A
/// missing one is a packaging error, not a user's: it stops with the file's name.
package func bundledFile(_ name: String, _ fileExtension: String, in bundle: Bundle) -> [UInt8] {
    guard let url = bundle.url(forResource: name, withExtension: fileExtension),
        let data = try? Data(contentsOf: url)
    else {
        fatalError("the resource \(name).\(fileExtension) is missing from \(bundle.bundlePath)")
    }
    return Array(data)
}

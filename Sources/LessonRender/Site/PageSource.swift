import LessonCore

/// Pages a book can have besides its lessons, made by a plugin target, such as the activation
/// reference (`ActivationReference`). A book turns a source on by name in `site.yml`
/// (`pages: [activation-reference]`); the command line registers the sources it knows.
///
/// The renderer knows nothing of what a source is about: it lists the pages on the index pages,
/// adds them to the search index, lets lessons link to them (`reference/relu.md`), and writes
/// their files.
package protocol PageSource: Sendable {
    /// The name `site.yml` turns the source on by, e.g. `activation-reference`.
    var name: String { get }

    /// The pages for a book in the given settings.
    func pages(in context: PageSourceContext) -> SourcedPages
}

/// What a page source may build its pages with: the book's settings, the interface strings and the
/// HTML layout every page shares.
package struct PageSourceContext {
    package let site: SiteConfig
    package let strings: InterfaceStrings
    package let layout: HTMLLayout
}

/// The pages of one source, in a folder of their own under `html/` and `markdown/`.
package struct SourcedPages {
    /// One page: its file name without extension, its title, and its text for the search index.
    package struct Page {
        package var slug: String
        package var title: String
        /// Sections as the search index shows them: a heading, its `id`, and the text under it.
        package var sections: [(heading: String, anchor: String, text: String)]

        package init(slug: String, title: String, sections: [(heading: String, anchor: String, text: String)]) {
            self.slug = slug
            self.title = title
            self.sections = sections
        }
    }

    /// The folder under `html/` and `markdown/`, e.g. `reference`; lessons link to
    /// `reference/<slug>.md`.
    package var folder: String
    /// The heading of the list on the index pages, and its `id`.
    package var heading: String
    package var anchor: String
    package var pages: [Page]
    /// Every file, by path relative to the output folder (`html/reference/relu.html`, …).
    package var files: [(path: String, bytes: [UInt8])]

    package init(
        folder: String, heading: String, anchor: String, pages: [Page], files: [(path: String, bytes: [UInt8])]
    ) {
        self.folder = folder
        self.heading = heading
        self.anchor = anchor
        self.pages = pages
        self.files = files
    }
}

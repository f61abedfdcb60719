/// The book's settings, from `site.yml` in the lessons folder (all optional).
public struct SiteConfig: Hashable, Sendable {
    public var title: String
    /// BCP 47 language tag of the book, e.g. `ru`; chooses the interface language too.
    public var language: String
    public var author: String?
    /// The URL of this project's repository (`repository:`), which exported lesson packages
    /// depend on for the runtime library; without it the site has no package downloads.
    public var repository: String?
    /// The page sources the book turns on (`pages: [activation-reference]`), by name, in order.
    public var pages: [String]
    /// Where `pages:` is written (`Lessons/site.yml` and its line), for diagnostics about its names.
    public var pagesPath: String?
    public var pagesLine: Int?
    /// The book's one-paragraph description (`description:`), shown on the editions' index.
    public var description: String?
    /// The languages of the book's editions (`editions: [ru, en]`), each a folder of lessons beside
    /// `site.yml`; empty: a single-language book with its lessons directly in the lessons folder.
    public var editions: [String] = []
    /// The edition the others translate (`source: ru`); nil: the first of `editions`.
    public var sourceLanguage: String?

    public init(
        title: String = "Lessons", language: String = "en", author: String? = nil, pages: [String] = [],
        pagesPath: String? = nil, pagesLine: Int? = nil, repository: String? = nil
    ) {
        self.repository = repository
        self.title = title
        self.language = language
        self.author = author
        self.pages = pages
        self.pagesPath = pagesPath
        self.pagesLine = pagesLine
    }

    /// The primary subtag of `language`, lower-cased: `ru` for `ru-RU`, `RU` or `ru_RU.UTF-8`.
    public var languageCode: String {
        language.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).first.map { $0.lowercased() } ?? ""
    }
}

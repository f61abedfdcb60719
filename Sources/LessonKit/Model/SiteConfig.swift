/// The book's settings, from `site.yml` in the lessons folder (all optional).
public struct SiteConfig: Hashable, Sendable {
    public var title: String
    /// BCP 47 language tag of the book, e.g. `ru`; chooses the interface language too.
    public var language: String
    public var author: String?

    public init(title: String = "Lessons", language: String = "en", author: String? = nil) {
        self.title = title
        self.language = language
        self.author = author
    }
}

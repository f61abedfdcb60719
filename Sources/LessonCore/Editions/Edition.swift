/// One language of a book: its lessons and settings, where its pages go, and whether it is the
/// source the other editions translate. A single-language book is one edition with no subfolder.
public struct Edition: Sendable {
    /// The edition's settings: the book's `site.yml` with the edition's own file laid over it
    /// (`title`, `author`, `description`), and `language` set to the edition's.
    public var site: SiteConfig { library.site }
    public var library: LessonLibrary
    /// The lessons folder of this edition (`Lessons/en`), as lesson paths start.
    public var directory: String
    /// The folder inside `html/` and `markdown/` its pages go to (`en`); empty for a
    /// single-language book, whose pages stay where they always were.
    public var outputFolder: String
    public var isSource: Bool

    /// The edition's own settings file, beside its lessons (`Lessons/en/edition.yml`).
    public static let settingsFileName = "edition.yml"

    public init(library: LessonLibrary, directory: String, outputFolder: String, isSource: Bool) {
        self.library = library
        self.directory = directory
        self.outputFolder = outputFolder
        self.isSource = isSource
    }

    public var language: String { site.language }

}

import Foundation

/// A lessons folder loaded from disk: the book's settings and its lessons in reading order.
public struct LessonLibrary: Sendable {
    public var site: SiteConfig
    /// Ordered by front matter `order` (lessons without one last), then by file name.
    public var lessons: [Lesson]

    public init(site: SiteConfig, lessons: [Lesson]) {
        self.site = site
        self.lessons = lessons
    }

    /// Loads every `*.md` file directly inside `directory` (README.md excepted) and `site.yml`.
    /// A lesson file that cannot be loaded becomes a stand-in carrying its problems
    /// (`Lesson.loadProblems`), so one broken file never stops the others; only an unreadable
    /// folder or `site.yml` throws.
    /// Paths in lessons and diagnostics are `directory` joined with the file name, as given, so a
    /// relative `directory` gives paths relative to the working directory.
    public static func load(directory given: String) throws(LessonLoadingError) -> LessonLibrary {
        let directory = relativeToWorkingDirectory(given)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw LessonLoadingError(
                Diagnostic(path: directory, message: "cannot read the lessons folder: \(error.localizedDescription)"))
        }
        var site = SiteConfig()
        let sitePath = join(directory, SiteConfig.fileName)
        if let yaml = try? String(contentsOfFile: sitePath, encoding: .utf8) {
            site = try SiteConfig(yaml: yaml, path: sitePath)
        }
        var lessons: [Lesson] = []
        for name in names where name.hasSuffix(".md") && name != "README.md" && !name.hasPrefix(".") {
            let path = join(directory, name)
            guard let bytes = FileManager.default.contents(atPath: path) else {
                lessons.append(
                    .standIn(path: path, problems: [Diagnostic(path: path, message: "cannot read the file")]))
                continue
            }
            guard var source = String(validating: bytes, as: UTF8.self) else {
                lessons.append(.standIn(path: path, problems: [invalidUTF8(bytes, path: path)]))
                continue
            }
            // Some editors start UTF-8 files with a byte order mark; it is not part of the text.
            if source.unicodeScalars.first == "\u{FEFF}" { source.unicodeScalars.removeFirst() }
            do {
                lessons.append(try LessonParser.parse(path: path, source: source))
            } catch {
                let problems = error.diagnostics.sorted {
                    ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0)
                }
                lessons.append(.standIn(path: path, problems: problems))
            }
        }
        return LessonLibrary(site: site, lessons: ordered(lessons))
    }

    /// Where the first byte sequence that is not UTF-8 sits, as a line and column (in characters).
    static func invalidUTF8(_ bytes: Data, path: String) -> Diagnostic {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return Diagnostic(
            path: path, line: line, column: column, message: "the file is not UTF-8 text (save it as UTF-8)")
    }

    /// Reading order: `order` ascending (missing last), then file name.
    public static func ordered(_ lessons: [Lesson]) -> [Lesson] {
        lessons.sorted { a, b in
            let orderA = a.frontMatter.order ?? Int.max
            let orderB = b.frontMatter.order ?? Int.max
            return orderA != orderB ? orderA < orderB : a.slug < b.slug
        }
    }

    /// An absolute folder under the working directory, made relative to it, so that diagnostics
    /// read `Lessons/02-relu.md:12: …` as editors and CI expect.
    static func relativeToWorkingDirectory(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let cwd = FileManager.default.currentDirectoryPath
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        if standardized == cwd { return "." }
        return standardized.hasPrefix(cwd + "/") ? String(standardized.dropFirst(cwd.count + 1)) : path
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty || directory == "."
            ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
    }
}

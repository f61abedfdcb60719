/// A lesson as a SwiftPM package that runs on its own: `Package.swift`, `README.md` and
/// `Sources/<Name>/main.swift` (`ExportProgram`), depending on this project's runtime library.
public struct LessonPackage {
    /// Where the runtime library (the `LessonRuntime` product of this project) comes from.
    public enum Dependency: Hashable, Sendable {
        /// The repository at one commit: what `lessons export` writes, the exact runtime the
        /// lesson was checked with.
        case revision(url: String, commit: String)
        /// The repository's branch: what the site's downloads use, so that the published files
        /// do not change with every commit (a commit cannot name itself).
        case branch(url: String, name: String)
        /// A checkout on this machine (`lessons export --local PATH`).
        case path(String)

        /// The package's identity, which `.product(name:package:)` names: the last component of
        /// the URL or path, without `.git`.
        var identity: String {
            let location: String
            switch self {
            case .revision(let url, _), .branch(let url, _): location = url
            case .path(let path): location = path
            }
            var last = location.split(separator: "/").last.map(String.init) ?? location
            if last.hasSuffix(".git") { last.removeLast(4) }
            return last
        }

        var manifestLine: String {
            switch self {
            case .revision(let url, let commit): ".package(url: \(literal(url)), revision: \(literal(commit)))"
            case .branch(let url, let name): ".package(url: \(literal(url)), branch: \(literal(name)))"
            case .path(let path): ".package(path: \(literal(path)))"
            }
        }

        private func literal(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
    }

    public var lesson: Lesson
    public var dependency: Dependency
    /// The book's language (`site.yml`'s `language`).
    public var language: String?

    public init(lesson: Lesson, dependency: Dependency, language: String? = nil) {
        self.lesson = lesson
        self.dependency = dependency
        self.language = language
    }

    /// `Lesson02Relu` for `02-relu.md`: the package, its target and its executable.
    public var name: String { PackageName.forLesson(slug: lesson.slug) }

    /// The package's files by path relative to its folder.
    public var files: [String: String] {
        [
            "Package.swift": manifest,
            "README.md": readme,
            "Sources/\(name)/main.swift": ExportProgram(lesson: lesson, language: language).generate(),
        ]
    }

    /// The files in a reproducible ZIP archive, inside a folder named after the package.
    public var zip: [UInt8] {
        StoredZip.archive(Dictionary(uniqueKeysWithValues: files.map { ("\(name)/\($0.key)", Array($0.value.utf8)) }))
    }

    var manifest: String {
        """
        // swift-tools-version: 6.0
        // The lesson "\(lesson.frontMatter.title.split(whereSeparator: \.isNewline).joined(separator: " "))" as a program of its own.
        import PackageDescription

        let package = Package(
            name: "\(name)",
            platforms: [.macOS(.v13)],
            dependencies: [
                \(dependency.manifestLine)
            ],
            targets: [
                .executableTarget(
                    name: "\(name)",
                    dependencies: [.product(name: "LessonRuntime", package: "\(dependency.identity)")],
                    // Lessons are written in Swift 5 language mode, as the book compiles them.
                    swiftSettings: [.swiftLanguageMode(.v5)]
                )
            ]
        )

        """
    }

    var readme: String {
        let pinning =
            switch dependency {
            case .revision(_, let commit):
                "the runtime library at commit `\(commit)`, the one the book was built from"
            case .branch(_, let name):
                "the runtime library's `\(name)` branch (for the exact runtime a build used, run "
                    + "`lessons export` in a checkout of the book, which pins the commit)"
            case .path(let path): "the runtime library in the checkout at `\(path)`"
            }
        return """
            # \(name)

            The Swift program of the lesson "\(lesson.frontMatter.title)" (`\(lesson.slug).md`), as a
            SwiftPM package: every snippet of the lesson in reading order, with the lesson's headings as
            `// MARK:` comments, in `Sources/\(name)/main.swift`. It depends on \(pinning).

            ## Running it

            ```
            swift run
            ```

            prints what the lesson's snippets print and the sentences of the text that state computed
            values. Snippets that are expected to fail are commented out; an exercise's starting code is a
            comment followed by its solution.

            Figures are written as SVG files into the working directory (`figure-3-1.svg` is the first
            figure of snippet 3), and each is announced by a line `figure: figure-3-1.svg`. Tables are
            printed as tab-separated text.

            """
    }
}

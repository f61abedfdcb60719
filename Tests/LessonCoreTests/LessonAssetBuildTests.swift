import Foundation
import LessonTestSupport
import Testing

@testable import LessonCore
@testable import LessonRender
@testable import LessonServe

/// Images and linked files end to end: a lessons folder on disk, the engine (over a runtime that
/// is never built: the one snippet comes from the cache), `readingAssets`, `LessonCheck` and
/// `writeSite`, as `lessons build`, `check` and `serve` use them.
@Suite struct LessonAssetBuildTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
    static let svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\"/></svg>\n"

    static let netLesson = """
        ---
        title: Сеть
        order: 1
        ---

        ![Схема сети](images/net.png)

        <p><img src="diagram.svg" alt="Диаграмма"></p>

        Данные: [x.csv](data/x.csv), а на сайте: ![лого](https://example.com/logo.png).
        Справка: [ReLU](reference/relu.html).

        ```swift run
        print(1)
        ```

        ```output
        1
        ```
        """

    static let brokenLesson = """
        ---
        title: Ошибки
        order: 2
        ---

        ![нет](images/missing.png)

        ![пароль](../../etc/passwd)

        [абсолютный](/etc/passwd) и [папка](data)

        [ссылка](escape.txt)
        """

    /// A book on disk: the lessons, their files, a cache holding the snippet's result, and a fake
    /// runtime folder (nothing is compiled: a compile would fail, which the tests would notice).
    struct Book {
        let folder: AuthoringTemporaryFolder
        var lessons: String { folder.path + "/Lessons" }
        var output: String { folder.path + "/Output" }

        init(broken: Bool) throws {
            folder = try AuthoringTemporaryFolder()
            try folder.write("Lessons/01-net.md", LessonAssetBuildTests.netLesson)
            try write("Lessons/images/net.png", LessonAssetBuildTests.png)
            try folder.write("Lessons/diagram.svg", LessonAssetBuildTests.svg)
            try folder.write("Lessons/data/x.csv", "x,y\n1,2\n")
            try folder.write("runtime/libLessonRuntime.so", "")
            if broken {
                try folder.write("Lessons/02-broken.md", LessonAssetBuildTests.brokenLesson)
                try FileManager.default.createSymbolicLink(
                    atPath: lessons + "/escape.txt", withDestinationPath: "/etc/passwd")
            }
            // The snippet's result, stored under the key the engine will compute.
            let library = try LessonLibrary.load(directory: lessons)
            let engine = try pipeline.engine()
            let net = try #require(library.lessons.first { $0.slug == "01-net" })
            let key = try #require(engine.storeCache?.key(for: net, runtime: engine.runtime, settings: engine.settings))
            engine.storeCache?.store(
                LessonResult(lesson: net, snippets: [SnippetResult(status: .succeeded, items: [.text("1\n")])]),
                key: key)
        }

        var pipeline: LessonPipeline {
            var configuration = LessonPipeline.Configuration()
            configuration.lessonsDirectory = lessons
            configuration.cacheDirectory = folder.path + "/cache"
            configuration.runtimeDirectory = folder.path + "/runtime"
            return LessonPipeline(configuration)
        }

        func write(_ relative: String, _ bytes: [UInt8]) throws {
            let path = folder.path + "/" + relative
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }

        func read(_ relative: String) -> [UInt8]? {
            FileManager.default.contents(atPath: output + "/" + relative).map { [UInt8]($0) }
        }

        func text(_ relative: String) -> String {
            read(relative).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }

        /// What `lessons build` does: run, read the files, report, write the site.
        func build() throws -> (results: [LessonResult], engine: LessonEngine, summary: OutputWriter.Summary) {
            let library = try pipeline.load()
            let engine = try pipeline.engine()
            let results = LessonPipeline.readingAssets(engine.run(library.lessons))
            let summary = try LessonPipeline.writeSite(results, site: library.site, sources: [], to: output)
            return (results, engine, summary)
        }
    }

    @Test func imagesAndFilesAreCopiedBesideBothKindsOfPage() throws {
        let book = try Book(broken: false)
        defer { book.folder.remove() }
        let (results, engine, _) = try book.build()
        #expect(engine.statistics.lessonsRun == 0, "the snippet came from the cache")
        #expect(results.flatMap(\.diagnostics).isEmpty)
        for folder in ["html", "markdown"] {
            #expect(book.read("\(folder)/assets/images/net.png") == Self.png)
            #expect(book.text("\(folder)/assets/diagram.svg") == Self.svg)
            #expect(book.text("\(folder)/assets/data/x.csv") == "x,y\n1,2\n")
        }
        let html = book.text("html/01-net.html")
        #expect(html.contains(#"<img src="assets/images/net.png" alt="Схема сети">"#))
        #expect(html.contains(#"<img src="assets/diagram.svg" alt="Диаграмма">"#))
        #expect(html.contains(#"<a href="assets/data/x.csv">x.csv</a>"#))
        #expect(html.contains(#"<img src="https://example.com/logo.png" alt="лого">"#))
        #expect(html.contains(#"<a href="reference/relu.html">ReLU</a>"#), "a page of the site, not a file")
        let markdown = book.text("markdown/01-net.md")
        #expect(markdown.contains("![Схема сети](assets/images/net.png)"))
        #expect(markdown.contains(#"<p><img src="assets/diagram.svg" alt="Диаграмма"></p>"#))
        #expect(
            markdown.contains("Данные: [x.csv](assets/data/x.csv), а на сайте: ![лого](https://example.com/logo.png)."))
        // Every local reference of both pages names a file that is there.
        let reference = try Regex(##"(?:src="|href="|\]\()(assets/[^")#]+)"##)
        for page in ["html/01-net.html", "markdown/01-net.md"] {
            let matches = book.text(page).matches(of: reference)
            #expect(matches.count >= 3)
            for match in matches {
                let path = String(match.output[1].substring ?? "")
                let folder = page.hasPrefix("html") ? "html/" : "markdown/"
                #expect(book.read(folder + path) != nil, "\(page) → \(path)")
            }
        }
    }

    @Test func badReferencesAreErrorsAtTheirLinesAndTheRestStillBuilds() throws {
        let book = try Book(broken: true)
        defer { book.folder.remove() }
        let (results, _, _) = try book.build()
        let broken = try #require(results.first { $0.lesson.slug == "02-broken" })
        let path = broken.lesson.path
        let line = { (needle: String) in EngineFixtures.line(of: needle, in: broken.lesson) ?? -1 }
        let check = LessonCheck(broken)
        #expect(
            check.diagnostics.map { "\($0.path):\($0.line ?? 0)" } == [
                "\(path):\(line("missing.png"))", "\(path):\(line("etc/passwd)"))", "\(path):\(line("абсолютный"))",
                "\(path):\(line("абсолютный"))", "\(path):\(line("escape.txt"))",
            ])
        let messages = check.diagnostics.map(\.formatted)
        #expect(messages[0].hasPrefix("\(path):\(line("missing.png")): error: image 'images/missing.png' not found"))
        #expect(messages[0].hasSuffix("there is no file \(book.lessons)/images/missing.png"))
        #expect(messages[1].contains("error: image '../../etc/passwd' points outside the lessons folder"))
        // Two on one line, in either order.
        #expect(messages[2...3].contains { $0.contains("error: linked file '/etc/passwd' is an absolute path") })
        #expect(messages[2...3].contains { $0.contains("error: linked file 'data' is a folder") })
        #expect(messages[4].contains("error: linked file 'escape.txt' is a symbolic link out of the lessons folder"))
        #expect(check.failedCount == 1, "check fails the lesson")
        #expect(CheckSummary(results.map(LessonCheck.init)).failed > 0)

        // The good lesson is complete; the broken one is written with its references as written,
        // and nothing from outside the folder, nor a temporary file, lands in the output.
        let net = try #require(results.first { $0.lesson.slug == "01-net" })
        #expect(LessonCheck(net).diagnostics.isEmpty)
        #expect(book.read("html/assets/images/net.png") == Self.png)
        #expect(book.text("markdown/02-broken.md").contains("![нет](images/missing.png)"))
        #expect(book.text("html/02-broken.html").contains(#"<a href="escape.txt">"#))
        let written = FileManager.default.subpaths(atPath: book.output) ?? []
        #expect(!written.contains { $0.contains(".tmp-") || $0.hasSuffix("passwd") || $0.hasSuffix("escape.txt") })
        let copies = written.filter { $0.contains("assets/") && book.read($0) != nil }
        #expect(
            copies.sorted() == [
                "html/assets/data/x.csv", "html/assets/diagram.svg", "html/assets/images/net.png",
                "markdown/assets/data/x.csv", "markdown/assets/diagram.svg", "markdown/assets/images/net.png",
            ])
    }

    /// A changed image is copied again without running a snippet; a file no lesson references any
    /// more is removed from the output like a stale page.
    @Test func changedImagesRerenderAndStaleCopiesGo() throws {
        let book = try Book(broken: false)
        defer { book.folder.remove() }
        _ = try book.build()
        var changed = Self.png
        changed.append(0xFF)
        try book.write("Lessons/images/net.png", changed)
        let (_, engine, summary) = try book.build()
        #expect(engine.statistics.lessonsRun == 0 && engine.statistics.lessonsCached == 1)
        #expect(summary.written.sorted() == ["html/assets/images/net.png", "markdown/assets/images/net.png"])
        #expect(book.read("markdown/assets/images/net.png") == changed)

        try book.folder.write(
            "Lessons/01-net.md",
            Self.netLesson.replacingOccurrences(of: "![Схема сети](images/net.png)", with: "Без схемы."))
        let (_, again, after) = try book.build()
        #expect(again.statistics.lessonsRun == 0, "a prose edit re-renders from the cache")
        #expect(after.removed.sorted() == ["html/assets/images/net.png", "markdown/assets/images/net.png"])
        #expect(book.read("html/assets/diagram.svg") != nil)
    }

    /// `lessons serve` rebuilds through `PreviewBuilder`: an edited image lands in the site it serves.
    @Test func previewCopiesAnEditedImage() throws {
        let book = try Book(broken: false)
        defer { book.folder.remove() }
        let builder = PreviewBuilder(pipeline: book.pipeline, outputDirectory: book.output)
        let first = builder.build()
        #expect(first.wroteSite && first.ran.isEmpty)
        #expect(book.read("html/assets/images/net.png") == Self.png)
        try book.write("Lessons/images/net.png", Array(Self.svg.utf8))
        let second = builder.build()
        #expect(second.ran.isEmpty && second.unchanged == 1)
        #expect(book.read("html/assets/images/net.png") == Array(Self.svg.utf8))
        #expect(PreviewSite.file(for: "/assets/images/net.png", under: book.output + "/html") != nil)
    }
}

import Foundation
import Testing

@testable import LessonCore

/// The fixture lesson `Fixtures/Export/02-small-lesson.md`, parsed.
enum ExportFixture {
    static let path = EngineFixtures.fixturesDirectory + "/Export/02-small-lesson.md"

    static func lesson() throws -> Lesson {
        try LessonParser.parse(
            path: "Lessons/02-small-lesson.md", source: String(contentsOfFile: path, encoding: .utf8))
    }
}

@Suite struct ExportProgramTests {
    @Test func packageNamesAreUpperCamelCase() {
        #expect(PackageName.forLesson(slug: "02-relu") == "Lesson02Relu")
        #expect(PackageName.forLesson(slug: "07-dying_relu") == "Lesson07DyingRelu")
        #expect(PackageName.forLesson(slug: "intro") == "LessonIntro")
        #expect(PackageName.forLesson(slug: "10-conclusion.v2") == "Lesson10ConclusionV2")
    }

    @Test func mainSwiftIsTheLessonWrittenToBeRead() throws {
        let program = ExportProgram(lesson: try ExportFixture.lesson()).generate()
        #expect(!program.contains("#sourceLocation"))
        // Headings and snippet boundaries as MARK comments, in reading order.
        let marks = program.split(separator: "\n").filter { $0.hasPrefix("// MARK:") }.map(String.init)
        #expect(
            marks == [
                "// MARK: - A small lesson",
                "// MARK: Snippet 1 (02-small-lesson.md:7): hidden on the page",
                "// MARK: - Applying ReLU",
                "// MARK: Snippet 2 (02-small-lesson.md:13)",
                "// MARK: Snippet 3 (02-small-lesson.md:25)",
                "// MARK: Snippet 4 (02-small-lesson.md:34): expected to fail, so commented out (the book shows its error)",
                "// MARK: - A figure",
                "// MARK: Snippet 5 (02-small-lesson.md:40)",
                "// MARK: Snippet 6 (02-small-lesson.md:46): Exercise 1, the code the reader starts from",
                "// MARK: Snippet 7 (02-small-lesson.md:52): the solution",
            ])
        // The hidden snippet is there; the isolated one is a function, called where it stands.
        #expect(program.contains("do {\nlet xs = [-2.0, -1.0, 0.0, 1.0, 2.0]\n"))
        #expect(program.contains("func isolatedSnippet3() {\nlet total = 1 + 2\nprint(\"isolated:\", total)\n}\n"))
        #expect(program.contains("\nisolatedSnippet3()\n"))
        // expect-error commented out; the starter as a comment, then the solution in its own scope.
        #expect(program.contains("\n// let n: Int = \"three\"\n"))
        #expect(!program.contains("\nlet n: Int"))
        #expect(
            program.contains(
                "// var sum = 0.0\n// // your code\n// print(sum)\n\n// MARK: Snippet 7 (02-small-lesson.md:52): the solution\ndo {\nlet sum = ys.reduce(0, +)\n"
            ))
        // The inline value with its sentence (not the sentence before it), after the snippet it follows.
        let sentence = #"print("The largest value is \(fmt(ys.max()!, digits: 1)), from \"2\".")"#
        #expect(program.contains(sentence))
        let ysLine = try #require(program.range(of: "print(ys)"))
        let sentenceLine = try #require(program.range(of: sentence))
        #expect(ysLine.upperBound < sentenceLine.lowerBound)
        // The figure hook names snippet 5's figures; every `do {` is closed.
        #expect(program.contains("_lessonsSnippet(4)"))
        let code = program.split(separator: "\n").filter { !$0.hasPrefix("//") }.joined(separator: "\n")
        #expect(code.components(separatedBy: "{").count == code.components(separatedBy: "}").count)
    }

    @Test func aBookInAnotherLanguageSetsItForFmt() throws {
        let program = ExportProgram(lesson: try ExportFixture.lesson(), language: "ru").generate()
        #expect(program.contains("setenv(\"LESSONS_LANGUAGE\", \"ru\", 1)"))
        #expect(!ExportProgram(lesson: try ExportFixture.lesson(), language: "en").generate().contains("setenv"))
    }

    @Test func manifestDependsOnTheRuntimeProduct() throws {
        let lesson = try ExportFixture.lesson()
        let pinned = LessonPackage(
            lesson: lesson, dependency: .revision(url: "https://example.com/book/lessons.git", commit: "abc"))
        #expect(pinned.name == "Lesson02SmallLesson")
        #expect(
            pinned.files.keys.sorted() == ["Package.swift", "README.md", "Sources/Lesson02SmallLesson/main.swift"])
        let manifest = try #require(pinned.files["Package.swift"])
        #expect(manifest.contains(#".package(url: "https://example.com/book/lessons.git", revision: "abc")"#))
        #expect(manifest.contains(#".product(name: "LessonRuntime", package: "lessons")"#))
        let local = LessonPackage(lesson: lesson, dependency: .path("/src/my-checkout")).files["Package.swift"]
        #expect(local?.contains(#".package(path: "/src/my-checkout")"#) == true)
        #expect(local?.contains(#"package: "my-checkout")"#) == true)
        #expect(pinned.files["README.md"]?.contains("swift run") == true)
    }
}

@Suite struct SiteRepositoryTests {
    @Test func siteYmlNamesTheRepository() throws {
        let site = try SiteConfig(yaml: "title: T\nrepository: https://example.com/lessons.git\n", path: "site.yml")
        #expect(site.repository == "https://example.com/lessons.git")
        #expect(try SiteConfig(yaml: "title: T\n", path: "site.yml").repository == nil)
        #expect(throws: LessonLoadingError.self) { try SiteConfig(yaml: "repository: ''\n", path: "site.yml") }
    }
}

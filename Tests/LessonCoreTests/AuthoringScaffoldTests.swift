import Foundation
import LessonTestSupport
import Testing

@testable import LessonCore

/// `lessons new`: numbering, front matter, a first snippet, and never overwriting.
@Suite struct AuthoringScaffoldTests {
    @Test func createsTheNextNumberedLessonThatParses() throws {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        try folder.write("01-intro.md", "---\ntitle: Intro\norder: 1\n---\n\nText.\n")
        try folder.write("07-relu.md", "---\ntitle: ReLU\norder: 9\n---\n\nText.\n")
        try folder.write("README.md", "Not a lesson.\n")
        let path = try LessonScaffold.create(title: "Функция \"ReLU\": обзор", lessonsDirectory: folder.path)
        #expect(path == folder.path + "/08-funktsiya-relu-obzor.md")
        let lesson = try LessonParser.parse(path: path, source: try String(contentsOfFile: path, encoding: .utf8))
        #expect(lesson.frontMatter.title == "Функция \"ReLU\": обзор")
        // After the highest order in use, so it lands last in the book.
        #expect(lesson.frontMatter.order == 10)
        #expect(lesson.snippets.count == 1)
        #expect(lesson.snippets[0].expectedOutput?.text == "[0.0, 0.0, 0.0, 1.0, 2.0]\n")
        let library = try LessonLibrary.load(directory: folder.path)
        #expect(library.lessons.last?.path == path)
    }

    @Test func firstLessonInAnEmptyFolderIsNumberOne() throws {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        let path = try LessonScaffold.create(title: "Getting started", lessonsDirectory: folder.path + "/Lessons")
        #expect(path.hasSuffix("/Lessons/01-getting-started.md"))
    }

    @Test func refusesToOverwriteAnExistingFile() throws {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        try folder.write("01-intro.md", "mine\n")
        let error = try #require(throws: LessonScaffold.Failure.self) {
            try LessonScaffold.writeNewFile(folder.path + "/01-intro.md", contents: "theirs\n")
        }
        #expect(error.description.contains("already exists"))
        #expect(try String(contentsOfFile: folder.path + "/01-intro.md", encoding: .utf8) == "mine\n")
        // Asked twice for the same title, `new` makes a second file instead of replacing the first.
        let first = try LessonScaffold.create(title: "Intro", lessonsDirectory: folder.path)
        let second = try LessonScaffold.create(title: "Intro", lessonsDirectory: folder.path)
        #expect(first.hasSuffix("/02-intro.md"))
        #expect(second.hasSuffix("/03-intro.md"))
        #expect(try String(contentsOfFile: folder.path + "/01-intro.md", encoding: .utf8) == "mine\n")
    }

    @Test func rejectsAnEmptyOrMultilineTitle() {
        #expect(throws: LessonScaffold.Failure.self) {
            try LessonScaffold.plan(title: "  ", lessonsDirectory: "/nonexistent")
        }
        #expect(throws: LessonScaffold.Failure.self) {
            try LessonScaffold.plan(title: "a\nb", lessonsDirectory: "/nonexistent")
        }
    }

    @Test func slugsAreLatinWordsJoinedByHyphens() {
        #expect(LessonScaffold.slug("Почему ReLU?") == "pochemu-relu")
        #expect(LessonScaffold.slug("  Leaky ReLU & PReLU (2015) ") == "leaky-relu-prelu-2015")
        #expect(LessonScaffold.slug("Ёжик в тумане") == "ezhik-v-tumane")
        #expect(LessonScaffold.slug("∑∫") == "")
    }
}

import Foundation
import LessonTestSupport
import Testing

@testable import LessonCore

/// `lessons list`: reading order, snippet counts, and the cache status the next build will find.
@Suite struct AuthoringListingTests {
    @Test func listsLessonsInOrderWithSnippetCountsAndCacheStatus() throws {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "Lessons/b.md",
            "---\ntitle: Second\norder: 2\n---\n\n```swift run\nprint(2)\n```\n\n```swift run hide\nlet x = 1\n```\n")
        try folder.write("Lessons/a.md", "---\ntitle: Первый\norder: 1\n---\n\n```swift run\nprint(1)\n```\n")
        try folder.write("Lessons/c.md", "---\ntitle: Prose only\n---\n\nNo code.\n")
        let library = try LessonLibrary.load(directory: folder.path + "/Lessons")
        // A runtime that is never built: cache keys need only its identity.
        let runtime = LessonRuntime(directory: "/nonexistent", compilerVersion: "swiftc test", key: "runtime-key")
        let cache = ResultCache(directory: folder.path + "/cache")
        let first = library.lessons[0]
        cache.store(
            LessonResult(lesson: first, snippets: [SnippetResult(status: .succeeded, items: [.text("1\n")])]),
            key: cache.key(for: first, runtime: runtime, settings: RunSettings()))

        let listing = LessonListing(library: library, runtime: runtime, cache: cache)
        #expect(listing.entries.map(\.title) == ["Первый", "Second", "Prose only"])
        #expect(listing.entries.map(\.snippets) == [1, 2, 0])
        #expect(listing.entries.map(\.cache) == [.cached, .stale, .stale])
        let table = listing.table()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("#"))
        #expect(lines[1].contains("Lessons/a.md") && lines[1].contains("cached") && lines[1].hasSuffix("Первый"))
        #expect(lines[2].contains("not cached"))
        #expect(lines[3].hasPrefix("-"))
        #expect(lines[4] == "3 lessons, 3 snippets, 1 cached")
        // Columns line up: every row has its snippet count where the header has "snippets".
        let column = try #require(lines[0].range(of: "snippets")).lowerBound.utf16Offset(in: lines[0])
        #expect(lines[1].dropFirst(column).hasPrefix("1 "))
        #expect(lines[2].dropFirst(column).hasPrefix("2 "))
    }

    @Test func withoutARuntimeTheStatusIsUnknown() throws {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        try folder.write("Lessons/a.md", "---\ntitle: One\n---\n\n```swift run\nprint(1)\n```\n")
        let listing = LessonListing(
            library: try LessonLibrary.load(directory: folder.path + "/Lessons"), runtime: nil, cache: nil)
        #expect(listing.entries.map(\.cache) == [.unknown])
        #expect(listing.table().hasSuffix("\n1 lesson, 1 snippet"))
    }
}

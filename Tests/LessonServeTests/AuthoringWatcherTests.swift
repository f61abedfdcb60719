import Foundation
import LessonTestSupport
import Testing

@testable import LessonCore
@testable import LessonServe

/// The polling watcher behind `serve`: edits, new files and deletions, and nothing else.
@Suite struct AuthoringWatcherTests {
    @Test func reportsEditedAddedAndRemovedFilesOnce() throws {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        try folder.write("Lessons/01-a.md", "one\n")
        try folder.write("Lessons/02-b.md", "two\n")
        var watcher = FileWatcher(folders: [folder.path + "/Lessons"])
        #expect(watcher.changes() == [])
        try folder.write("Lessons/01-a.md", "one, longer\n")
        try folder.write("Lessons/03-c.md", "three\n")
        try FileManager.default.removeItem(atPath: folder.path + "/Lessons/02-b.md")
        // Editor droppings are not lesson changes.
        try folder.write("Lessons/.01-a.md.swp", "x")
        try folder.write("Lessons/01-a.md~", "x")
        let lessons = folder.path + "/Lessons/"
        #expect(watcher.changes() == [lessons + "01-a.md", lessons + "02-b.md", lessons + "03-c.md"])
        #expect(watcher.changes() == [])
    }

    @Test func sameSizeEditIsSeenByItsModificationTime() throws {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.md", "aaaa\n")
        var watcher = FileWatcher(folders: [folder.path])
        let earlier = Date(timeIntervalSinceNow: -60)
        try FileManager.default.setAttributes([.modificationDate: earlier], ofItemAtPath: folder.path + "/a.md")
        #expect(watcher.changes() == [folder.path + "/a.md"])
        try folder.write("a.md", "bbbb\n")
        #expect(watcher.changes() == [folder.path + "/a.md"])
    }

    @Test func missingFolderIsQuietlyEmpty() {
        var watcher = FileWatcher(folders: ["/nonexistent/lessons"])
        #expect(watcher.changes() == [])
    }
}

import Foundation
import Testing

@testable import LessonCore

@Suite struct OutputWriterTests {
    func folder() throws -> String { try TemporaryFolder.make(prefix: "writer-test") }

    func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test func writesTheSetRemovesStaleFilesAndKeepsUnchangedOnes() throws {
        let root = try folder()
        let output = root + "/Output"
        let writer = OutputWriter(directory: output)
        var first = try writer.write([
            "html/index.html": Array("one".utf8), "html/old.html": Array("old".utf8),
            "markdown/README.md": Array("md".utf8),
        ])
        #expect(first.written.count == 3)
        try FileManager.default.createDirectory(atPath: output + "/html/figures", withIntermediateDirectories: true)
        try "stale".write(toFile: output + "/html/figures/gone.svg", atomically: true, encoding: .utf8)
        try "keep".write(toFile: output + "/.gitkeep", atomically: true, encoding: .utf8)
        try "outside".write(toFile: root + "/outside.txt", atomically: true, encoding: .utf8)
        let before =
            try FileManager.default.attributesOfItem(atPath: output + "/markdown/README.md")[.modificationDate] as? Date

        first = try writer.write(["html/index.html": Array("two".utf8), "markdown/README.md": Array("md".utf8)])
        #expect(first.written == ["html/index.html"])
        #expect(first.unchanged == 1)
        #expect(first.removed.sorted() == ["html/figures/gone.svg", "html/old.html"])
        #expect(read(output + "/html/index.html") == "two")
        #expect(!FileManager.default.fileExists(atPath: output + "/html/figures"))
        #expect(read(output + "/.gitkeep") == "keep")
        #expect(read(root + "/outside.txt") == "outside")
        let after =
            try FileManager.default.attributesOfItem(atPath: output + "/markdown/README.md")[.modificationDate] as? Date
        #expect(before == after)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesPathsOutsideTheFolder() throws {
        let root = try folder()
        let writer = OutputWriter(directory: root + "/Output")
        for bad in ["../escape.html", "/etc/passwd", "html/../../x", "", "html//x", ".hidden"] {
            #expect(throws: OutputWriter.InvalidPath.self) { try writer.write([bad: [1]]) }
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/escape.html"))
    }

    @Test func replacesASymbolicLinkInsteadOfWritingThroughIt() throws {
        let root = try folder()
        try "secret".write(toFile: root + "/target.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/Output", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: root + "/Output/page.html", withDestinationPath: root + "/target.txt")
        try OutputWriter(directory: root + "/Output").write(["page.html": Array("page".utf8)])
        #expect(read(root + "/target.txt") == "secret")
        #expect(read(root + "/Output/page.html") == "page")
    }

    @Test func anUnwritableFolderIsADiagnosticWithThePathAndTheReason() throws {
        let root = try folder()
        try "a file".write(toFile: root + "/file", atomically: true, encoding: .utf8)
        let error = try #require(throws: Diagnostic.self) {
            try OutputWriter(directory: root + "/file/Output").write(["html/index.html": [1]])
        }
        #expect(error.formatted == root + "/file/Output: error: cannot create the folder: Not a directory")
    }
}

import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// The fixture lesson `02-relu` rendered to HTML and Markdown, compared byte for byte with files
/// reviewed by eye (in a browser and on a screenshot) when they were last changed.
/// `UPDATE_GOLDEN=1 swift test --filter GoldenTests` rewrites them after an intended change.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"

    @Test(arguments: ["html/02-relu.html", "markdown/02-relu.md"])
    func matchesGolden(_ path: String) throws {
        let rendered = try #require(Fixture.site[path])
        let golden = Self.folder.appendingPathComponent(path.split(separator: "/").last.map(String.init)!)
        if Self.update {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(rendered).write(to: golden)
            return
        }
        let expected = try Data(contentsOf: golden)
        let actual = String(decoding: rendered, as: UTF8.self)
        let wanted = String(decoding: expected, as: UTF8.self)
        if actual != wanted {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let wantedLines = wanted.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                zip(actualLines, wantedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, wantedLines.count)
            Issue.record(
                """
                \(path) differs from \(golden.path) at line \(first + 1):
                  golden:   \(first < wantedLines.count ? wantedLines[first] : "<end>")
                  rendered: \(first < actualLines.count ? actualLines[first] : "<end>")
                Run UPDATE_GOLDEN=1 swift test --filter GoldenTests if the change is intended.
                """)
        }
    }
}

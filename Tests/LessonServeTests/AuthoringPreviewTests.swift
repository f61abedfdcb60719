import Foundation
import LessonTestSupport
import Testing

@testable import LessonCore
@testable import LessonServe

/// `serve` end to end: real lessons compiled against the runtime, the site served over loopback,
/// edits picked up by the watcher, only what changed rebuilt, and open pages told to reload.
@Suite(.serialized) struct AuthoringPreviewTests {
    final class Fixture: @unchecked Sendable {
        let folder: AuthoringTemporaryFolder
        let preview: PreviewServer
        var lessons: String { folder.path + "/Lessons" }

        init() throws {
            folder = try AuthoringTemporaryFolder()
            try folder.write("Lessons/01-a.md", Self.lesson(title: "Alpha", prose: "First words.", value: "1"))
            try folder.write("Lessons/02-b.md", Self.lesson(title: "Beta", prose: "Other words.", value: "2"))
            var configuration = LessonPipeline.Configuration()
            configuration.lessonsDirectory = folder.path + "/Lessons"
            configuration.cacheDirectory = folder.path + "/cache"
            configuration.runtimeDirectory = try LessonRuntime.locate().directory
            configuration.jobs = 2
            preview = PreviewServer(
                builder: PreviewBuilder(
                    pipeline: LessonPipeline(configuration), outputDirectory: folder.path + "/Output"))
        }

        static func lesson(title: String, prose: String, value: String) -> String {
            "---\ntitle: \(title)\n---\n\n\(prose)\n\n```swift run\nprint(\"value \" + String(\(value)))\n```\n"
        }

        var client: AuthoringHTTPClient { AuthoringHTTPClient(port: preview.port) }

        func page(_ path: String) async throws -> String {
            try await client.request(path).body
        }

        func stop() async {
            await preview.stop()
            folder.remove()
        }

        /// Runs `body` with a fresh fixture and stops it afterwards, also when `body` throws.
        static func with(_ body: (Fixture) async throws -> Void) async throws {
            try await withStopping(try Fixture(), stop: { await $0.stop() }, body)
        }
    }

    @Test func proseEditReRendersSnippetEditRunsOneLessonErrorsShowInThePage() async throws {
        try await Fixture.with { fixture in
            let first = fixture.preview.builder.build()
            #expect(first.ran.count == 2)
            #expect(first.diagnostics.map(\.formatted) == [])
            #expect(first.wroteSite)
            #expect(first.seconds > 0)
            try await fixture.preview.start(port: 0)
            let alpha = try await fixture.page("/01-a.html")
            #expect(alpha.contains("First words."))
            #expect(alpha.contains("value 1"))
            #expect(alpha.contains("new WebSocket("))
            // The reload script is served, never written into the output.
            let written = try String(contentsOfFile: fixture.folder.path + "/Output/html/01-a.html", encoding: .utf8)
            #expect(!written.contains("WebSocket"))

            // Prose only: re-rendered from the cache, nothing compiled.
            try fixture.folder.write(
                "Lessons/01-a.md", Fixture.lesson(title: "Alpha", prose: "Changed words.", value: "1"))
            let prose = fixture.preview.builder.build()
            #expect(prose.ran == [])
            #expect(prose.rerendered == [fixture.lessons + "/01-a.md"])
            #expect(prose.unchanged == 1)
            #expect(try await fixture.page("/01-a.html").contains("Changed words."))

            // A snippet: that lesson alone runs.
            try fixture.folder.write(
                "Lessons/02-b.md", Fixture.lesson(title: "Beta", prose: "Other words.", value: "3"))
            let snippet = fixture.preview.builder.build()
            #expect(snippet.ran == [fixture.lessons + "/02-b.md"])
            #expect(snippet.unchanged == 1)
            #expect(try await fixture.page("/02-b.html").contains("value 3"))

            // A compile error: in the terminal report and at the foot of every page, with file and line.
            try fixture.folder.write(
                "Lessons/02-b.md", Fixture.lesson(title: "Beta", prose: "Other words.", value: "undefinedName"))
            let broken = fixture.preview.builder.build()
            let error = try #require(broken.diagnostics.first)
            #expect(error.path == fixture.lessons + "/02-b.md")
            #expect(error.line == 8)
            let page = try await fixture.page("/01-a.html")
            #expect(page.contains("lessons-build-errors"))
            #expect(page.contains(fixture.lessons + "/02-b.md:8:"))
            #expect(page.contains("undefinedName"))

            // Front matter that does not load: the other lessons still build, the lesson's page and
            // every other page show the problem.
            try fixture.folder.write("Lessons/02-b.md", "---\ntitle: [unclosed\n---\n")
            let unloadable = fixture.preview.builder.build()
            #expect(unloadable.wroteSite)
            #expect(unloadable.diagnostics.map(\.path) == [fixture.lessons + "/02-b.md"])
            #expect(unloadable.diagnostics.first?.line == 3)
            #expect(try await fixture.page("/01-a.html").contains(fixture.lessons + "/02-b.md:3:"))
            #expect(try await fixture.page("/01-a.html").contains("Changed words."))
            let standIn = try await fixture.page("/02-b.html")
            #expect(standIn.contains("malformed front matter") && !standIn.contains("undefinedName"))
        }
    }

    @Test func watcherRebuildsOnSaveAndTheReloadSocketTellsThePage() async throws {
        try await Fixture.with { fixture in
            fixture.preview.builder.build()
            try await fixture.preview.start(port: 0)
            let socket = try await fixture.client.openWebSocket("/__lessons/reload")
            #expect(try await socket.nextMessage() == "0")
            let reports = LockedReports()
            let snapshotTaken = DispatchSemaphore(value: 0)
            let watching = Thread { [preview = fixture.preview] in
                preview.watch(interval: 0.05, watching: { snapshotTaken.signal() }) { changed, report in
                    reports.append(changed, report)
                }
            }
            watching.start()
            let started = try await AuthoringHTTPClient.offPool {
                snapshotTaken.wait(timeout: .now() + 120) == .success
            }
            try #require(started, "the watcher never started")
            try fixture.folder.write(
                "Lessons/01-a.md", Fixture.lesson(title: "Alpha", prose: "Saved while serving.", value: "1"))
            // The open page hears the new generation once the rebuild is written (up to the socket's 120 s).
            #expect(try await socket.nextMessage() == "1")
            #expect(fixture.preview.hub.generation == 1)
            // The report comes before the reload, so it is there once the page was told.
            let (changed, report) = try #require(reports.first)
            #expect(changed == [fixture.lessons + "/01-a.md"])
            #expect(report.ran == [])
            #expect(
                try await fixture.page("/").contains("<script data-generation=\"1\" data-socket=\"/__lessons/reload\">")
            )
            #expect(try await fixture.page("/01-a.html").contains("Saved while serving."))
        }
    }

    final class LockedReports: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [([String], PreviewBuilder.Report)] = []
        func append(_ changed: [String], _ report: PreviewBuilder.Report) {
            lock.withLock { items.append((changed, report)) }
        }
        var first: ([String], PreviewBuilder.Report)? { lock.withLock { items.first } }
    }
}

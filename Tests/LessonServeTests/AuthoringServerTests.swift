import Foundation
import Testing
import LessonTestSupport
@testable import LessonServe
@testable import LessonCore

/// The preview server over real loopback HTTP: files, injected live reload, build problems in the
/// page, the event stream, and paths that try to leave the site folder.
@Suite struct AuthoringServerTests {
    /// A server over a small site whose build problems the test sets.
    final class Fixture: @unchecked Sendable {
        let folder: AuthoringTemporaryFolder
        let hub = ReloadHub()
        let server: HTTPServer
        let problems = Locked<[Diagnostic]>([])
        var diagnostics: [Diagnostic] {
            get { problems.value }
            set { problems.value = newValue }
        }

        init() throws {
            folder = try AuthoringTemporaryFolder()
            try folder.write("html/index.html", "<!DOCTYPE html>\n<html><body><h1>Index</h1></body></html>\n")
            try folder.write("html/02-relu.html", "<!DOCTYPE html>\n<html><body><p>ReLU</p></body></html>\n")
            try folder.write("html/style.css", "body { color: black; }\n")
            try folder.write("html/figures/plot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
            try folder.write("html/reference/index.html", "<html><body>Reference</body></html>")
            try folder.write("secret.txt", "outside the site\n")
            let site = PreviewSite(root: folder.path + "/html", hub: hub) { [problems] in problems.value }
            server = HTTPServer { site.respond(to: $0) }
            try server.start(port: 0)
        }

        var client: AuthoringHTTPClient { AuthoringHTTPClient(port: server.port) }

        func stop() {
            hub.close()
            server.stop()
            folder.remove()
        }
    }

    @Test func servesPagesWithTheLiveReloadScriptAndOtherFilesAsTheyAre() throws {
        let fixture = try Fixture()
        defer { fixture.stop() }
        #expect(fixture.server.port != 0)
        let index = try fixture.client.request("/")
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.body.contains("<h1>Index</h1>"))
        #expect(index.body.contains("new EventSource(\"/__lessons/events\")"))
        // The script goes inside the body, before it closes.
        let script = try #require(index.body.range(of: "<script>"))
        let bodyEnd = try #require(index.body.range(of: "</body>"))
        #expect(script.lowerBound < bodyEnd.lowerBound)
        #expect(Int(index.headers["content-length"] ?? "") == index.body.utf8.count)

        let css = try fixture.client.request("/style.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(css.body == "body { color: black; }\n")
        let svg = try fixture.client.request("/figures/plot.svg")
        #expect(svg.headers["content-type"] == "image/svg+xml")
        #expect(!svg.body.contains("EventSource"))

        let head = try fixture.client.request("/02-relu.html", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(try fixture.client.request("/02-relu.html", method: "POST").status == 405)
    }

    @Test func folderWithoutSlashRedirectsAndMissingOrEscapingPathsAreNotFound() throws {
        let fixture = try Fixture()
        defer { fixture.stop() }
        let redirect = try fixture.client.request("/reference")
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/reference/")
        #expect(try fixture.client.request("/reference/").body.contains("Reference"))
        for path in ["/missing.html", "/../secret.txt", "/%2e%2e/secret.txt", "/figures/../../secret.txt"] {
            let response = try fixture.client.request(path)
            #expect(response.status == 404, "\(path)")
            #expect(!response.body.contains("outside the site"), "\(path)")
        }
    }

    @Test func buildProblemsShowInEveryPageEscaped() throws {
        let fixture = try Fixture()
        defer { fixture.stop() }
        #expect(!(try fixture.client.request("/02-relu.html").body.contains("lessons-build-errors")))
        fixture.diagnostics = [Diagnostic(path: "Lessons/02-relu.md", line: 14, column: 7, message: "cannot find 'rleu' in scope <oops>")]
        let page = try fixture.client.request("/02-relu.html")
        #expect(page.body.contains("id=\"lessons-build-errors\""))
        #expect(page.body.contains("Lessons/02-relu.md:14:7: error: cannot find &#39;rleu&#39; in scope &lt;oops&gt;")
            || page.body.contains("Lessons/02-relu.md:14:7: error: cannot find 'rleu' in scope &lt;oops&gt;"))
        #expect(!page.body.contains("<oops>"))
        // A page that does not exist yet (first build failed) still shows them and reloads later.
        let missing = try fixture.client.request("/03-new.html")
        #expect(missing.status == 404)
        #expect(missing.body.contains("Lessons/02-relu.md:14:7"))
        #expect(missing.body.contains("EventSource"))
    }

    @Test func eventStreamReportsTheGenerationAndEachNewBuild() throws {
        let fixture = try Fixture()
        defer { fixture.stop() }
        let page = try fixture.client.request("/")
        #expect(page.body.contains("const served = 0;"))
        let events = try fixture.client.readEvents("/__lessons/events", until: { $0.contains("data: 1\n\n") }) {
            fixture.hub.publish()
        }
        #expect(events.contains("data: 1\n\n"))
        #expect(try fixture.client.request("/").body.contains("const served = 1;"))
    }

    @Test func stopEndsOpenStreamsAndFreesThePort() throws {
        let fixture = try Fixture()
        let port = fixture.server.port
        let open = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        let closedByServer = Locked(false)
        let client = fixture.client
        // The client's read timeout (60 s) is far longer than any wait below, so a stream that
        // stop() failed to end shows as `closedByServer == false`, not as a slow machine.
        Thread.detachNewThread {
            let closed = (try? client.eventStreamIsClosedByServer("/__lessons/events", timeout: 60) { open.signal() }) ?? false
            closedByServer.value = closed
            done.signal()
        }
        try #require(open.wait(timeout: .now() + 30) == .success, "the event stream never opened")
        fixture.stop()
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(closedByServer.value)
        #expect(throws: AuthoringHTTPClient.Failure.connect) { try AuthoringHTTPClient(port: port).request("/") }
    }

    /// A value shared between a test and the threads it starts.
    final class Locked<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var _value: Value
        init(_ value: Value) { _value = value }
        var value: Value {
            get { lock.withLock { _value } }
            set { lock.withLock { _value = newValue } }
        }
    }
}

import Foundation
import LessonTestSupport
import Testing

@testable import LessonCore
@testable import LessonServe

/// The preview server over real loopback HTTP: files, injected live reload, build problems in the
/// page, the reload socket, paths that try to leave the site folder, and `Host` names that are not
/// this machine's.
@Suite struct AuthoringServerTests {
    /// A server over a small site whose build problems the test sets.
    final class Fixture: Sendable {
        let folder: AuthoringTemporaryFolder
        let hub = ReloadHub()
        let site: PreviewSite
        let server: LoopbackHTTPServer
        let port: UInt16
        let problems = Locked<[Diagnostic]>([])

        init() async throws {
            folder = try AuthoringTemporaryFolder()
            try folder.write("html/index.html", "<!DOCTYPE html>\n<html><body><h1>Index</h1></body></html>\n")
            try folder.write("html/02-relu.html", "<!DOCTYPE html>\n<html><body><p>ReLU</p></body></html>\n")
            try folder.write("html/style.css", "body { color: black; }\n")
            try folder.write("html/figures/plot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
            try folder.write("html/reference/index.html", "<html><body>Reference</body></html>")
            try folder.write("secret.txt", "outside the site\n")
            try folder.write("Package.swift", "// swift-tools-version: outside the site\n")
            site = PreviewSite(root: folder.path + "/html", hub: hub) { [problems] in problems.value }
            server = try LoopbackHTTPServer(port: 0, handler: site)
            port = try await server.start()
        }

        var client: AuthoringHTTPClient { AuthoringHTTPClient(port: port) }

        func stop() async {
            hub.close()
            await server.stop()
            folder.remove()
        }

        /// Runs `body` with a fresh fixture and stops it afterwards, also when `body` throws.
        static func with(_ body: (Fixture) async throws -> Void) async throws {
            try await withStopping(try await Fixture(), stop: { await $0.stop() }, body)
        }
    }

    @Test func servesPagesWithTheLiveReloadScriptAndOtherFilesAsTheyAre() async throws {
        try await Fixture.with { fixture in
            #expect(fixture.port != 0)
            let index = try await fixture.client.request("/")
            #expect(index.status == 200)
            #expect(index.headers["content-type"] == "text/html; charset=utf-8")
            #expect(index.headers["cache-control"] == "no-store")
            #expect(index.body.contains("<h1>Index</h1>"))
            #expect(index.body.contains("new WebSocket("))
            #expect(index.body.contains("\"/__lessons/reload\""))
            // The script goes inside the body, before it closes.
            let script = try #require(index.body.range(of: "<script data-generation="))
            let bodyEnd = try #require(index.body.range(of: "</body>"))
            #expect(script.lowerBound < bodyEnd.lowerBound)
            #expect(Int(index.headers["content-length"] ?? "") == index.body.utf8.count)

            let css = try await fixture.client.request("/style.css")
            #expect(css.status == 200)
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(css.body == "body { color: black; }\n")
            let svg = try await fixture.client.request("/figures/plot.svg")
            #expect(svg.headers["content-type"] == "image/svg+xml")
            #expect(!svg.body.contains("WebSocket"))

            let get = try await fixture.client.request("/02-relu.html")
            let head = try await fixture.client.request("/02-relu.html", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["content-length"] == get.headers["content-length"])
            let post = try await fixture.client.request("/02-relu.html", method: "POST")
            #expect(post.status == 405)
            #expect(post.headers["allow"] == "GET, HEAD")
        }
    }

    @Test func folderWithoutSlashRedirectsAndMissingOrEscapingPathsAreNotFound() async throws {
        try await Fixture.with { fixture in
            let redirect = try await fixture.client.request("/reference")
            #expect(redirect.status == 301)
            #expect(redirect.headers["location"] == "/reference/")
            #expect(try await fixture.client.request("/reference/").body.contains("Reference"))
            let escaping = [
                "/missing.html", "/../secret.txt", "/%2e%2e/secret.txt", "/figures/../../secret.txt",
                "/../Package.swift", "/%2E%2E/Package.swift", "/..%2FPackage.swift", "/%2e%2e%2fPackage.swift",
                "/figures/%2e%2e/%2e%2e/Package.swift", "/./../Package.swift", "/.%2e/Package.swift",
            ]
            for path in escaping {
                let response = try await fixture.client.request(path)
                #expect(response.status == 404, "\(path)")
                #expect(!response.body.contains("outside the site"), "\(path)")
            }
        }
    }

    @Test func requestsNamingAnotherHostAreRefused() async throws {
        try await Fixture.with { fixture in
            // DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1.
            for host: String? in [
                "evil.example", "evil.example:\(fixture.port)", "localhost.evil.example", "127.0.0.1.evil.example", nil,
            ] {
                let refused = try await fixture.client.request("/", host: host)
                #expect(refused.status == 421, "\(host ?? "no Host")")
                #expect(refused.headers["content-type"] == "text/plain; charset=utf-8")
                #expect(refused.body.contains("localhost"), "\(host ?? "no Host")")
                #expect(!refused.body.contains("Index"), "\(host ?? "no Host")")
            }
            await #expect(throws: AuthoringHTTPClient.WebSocket.Refused.self) {
                try await fixture.client.openWebSocket("/__lessons/reload", host: "evil.example")
            }
            for host in [
                "localhost:\(fixture.port)", "LOCALHOST", "127.0.0.1:\(fixture.port)", "[::1]:\(fixture.port)",
            ] {
                let page = try await fixture.client.request("/", host: host)
                #expect(page.status == 200, "\(host)")
                #expect(page.body.contains("<h1>Index</h1>"), "\(host)")
            }
        }
    }

    @Test(arguments: [
        ("localhost", true), ("localhost:8000", true), ("LocalHost:65535", true), ("127.0.0.1", true),
        ("127.0.0.1:8000", true), ("[::1]", true), ("[::1]:8000", true),
        ("evil.example", false), ("localhost.evil.example", false), ("127.0.0.2", false), ("localhost:", false),
        ("localhost:99999", false), ("localhost:+80", false), ("[::1]x", false), ("[::2]:80", false), ("", false),
    ])
    func loopbackHostNames(host: String, accepted: Bool) {
        #expect(LoopbackHost.isLoopback(host) == accepted)
    }

    @Test func buildProblemsShowInEveryPageEscaped() async throws {
        try await Fixture.with { fixture in
            #expect(!(try await fixture.client.request("/02-relu.html").body.contains("lessons-build-errors")))
            fixture.problems.value = [
                Diagnostic(
                    path: "Lessons/02-relu.md", line: 14, column: 7, message: "cannot find 'rleu' in scope <oops>")
            ]
            let page = try await fixture.client.request("/02-relu.html")
            #expect(page.body.contains("id=\"lessons-build-errors\""))
            #expect(
                page.body.contains("Lessons/02-relu.md:14:7: error: cannot find &#39;rleu&#39; in scope &lt;oops&gt;")
                    || page.body.contains("Lessons/02-relu.md:14:7: error: cannot find 'rleu' in scope &lt;oops&gt;"))
            #expect(!page.body.contains("<oops>"))
            // A page that does not exist yet (first build failed) still shows them and reloads later.
            let missing = try await fixture.client.request("/03-new.html")
            #expect(missing.status == 404)
            #expect(missing.body.contains("Lessons/02-relu.md:14:7"))
            #expect(missing.body.contains("WebSocket"))
        }
    }

    @Test func reloadSocketSendsTheGenerationAndEachNewBuild() async throws {
        try await Fixture.with { fixture in
            let page = try await fixture.client.request("/")
            #expect(page.body.contains("<script data-generation=\"0\" data-socket=\"/__lessons/reload\">"))
            let socket = try await fixture.client.openWebSocket("/__lessons/reload")
            #expect(try await socket.nextMessage() == "0")
            fixture.hub.publish()
            #expect(try await socket.nextMessage() == "1")
            #expect(
                try await fixture.client.request("/").body.contains(
                    "<script data-generation=\"1\" data-socket=\"/__lessons/reload\">"))
            // A page that connects after the build hears the new generation at once.
            let late = try await fixture.client.openWebSocket("/__lessons/reload", host: "localhost:\(fixture.port)")
            #expect(try await late.nextMessage() == "1")
        }
    }

    @Test func stopEndsOpenSocketsAndFreesThePort() async throws {
        let fixture = try await Fixture()
        let port = fixture.port
        // The socket's read timeout (120 s) is far longer than stop() needs, so a socket that stop()
        // failed to end shows as a timeout, not as a slow machine.
        let socket = try await fixture.client.openWebSocket("/__lessons/reload")
        #expect(try await socket.nextMessage() == "0")
        async let stopped: Void = fixture.stop()
        let afterStop = try await socket.nextMessage()
        await stopped
        #expect(afterStop == nil)
        await #expect(throws: AuthoringHTTPClient.Failure.connect) {
            try await AuthoringHTTPClient(port: port).request("/")
        }
    }

    @Test func aPortInUseIsAnErrorThatSaysSo() async throws {
        try await Fixture.with { fixture in
            let second = try LoopbackHTTPServer(port: fixture.port, handler: fixture.site)
            let error = await #expect(throws: LoopbackHTTPServer.StartError.self) { try await second.start() }
            #expect(error?.description.contains("cannot listen on 127.0.0.1") == true)
            // The first server still answers.
            #expect(try await fixture.client.request("/").status == 200)
        }
    }

    /// A value shared between a test and the tasks it starts.
    final class Locked<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var _value: Value
        init(_ value: Value) { _value = value }
        var value: Value {
            get { lock.withLock { _value } }
            set { lock.withLock { _value = newValue } }
        }
    }
}

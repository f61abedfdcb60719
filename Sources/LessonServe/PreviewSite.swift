import FlyingFox
import Foundation
import LessonCore
import LessonRender

/// Answers the preview server's requests: files under the site folder (`Output/html/`), with the
/// live-reload script and the current build problems injected into HTML pages, and the
/// `/__lessons/reload` WebSocket. Paths that leave the folder are not found.
public struct PreviewSite: HTTPHandler, Sendable {
    public var root: String
    public let hub: ReloadHub
    /// The problems of the last build, read on every request so a reload shows the latest.
    public let diagnostics: @Sendable () -> [Diagnostic]

    public init(root: String, hub: ReloadHub, diagnostics: @escaping @Sendable () -> [Diagnostic]) {
        self.root = root
        self.hub = hub
        self.diagnostics = diagnostics
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The path as sent, percent-decoded once: FlyingFox's `request.path` has `..` already
        // folded away, which would turn `/../x` into `/x` instead of refusing it.
        let path = request.target.path(percentEncoded: false)
        if path == PreviewInjection.reloadPath {
            return try await WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: ReloadSocket(hub: hub)))
                .handleRequest(request)
        }
        guard request.method == .GET || request.method == .HEAD else {
            return Self.response(
                .methodNotAllowed, type: "text/plain; charset=utf-8", body: Data("method not allowed\n".utf8),
                headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        return Self.headOnly(respond(to: path), if: request.method == .HEAD)
    }

    func respond(to path: String) -> HTTPResponse {
        guard let file = Self.file(for: path, under: root) else { return notFound(path) }
        if file.isDirectory {
            // `/reference` → `/reference/` so relative links inside index.html resolve.
            return Self.response(
                .movedPermanently, type: "text/plain; charset=utf-8", body: Data(), headers: [.location: path + "/"])
        }
        guard let data = FileManager.default.contents(atPath: file.path) else { return notFound(path) }
        let type = Self.contentType(for: file.path)
        guard type.hasPrefix("text/html") else { return Self.response(.ok, type: type, body: data) }
        let page = PreviewInjection.inject(
            PreviewInjection.html(generation: hub.generation, diagnostics: diagnostics()), into: [UInt8](data))
        return Self.response(.ok, type: type, body: Data(page))
    }

    /// A page of its own (it reloads when the next build succeeds, and shows the problems).
    private func notFound(_ path: String) -> HTTPResponse {
        let page =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Not found</title></head>\n<body>\n"
            + "<h1>Not found</h1>\n<p>" + HTMLBuilder.escape(path)
            + " is not in the site (yet).</p>\n</body>\n</html>\n"
        let body = PreviewInjection.inject(
            PreviewInjection.html(generation: hub.generation, diagnostics: diagnostics()), into: Array(page.utf8))
        return Self.response(.notFound, type: "text/html; charset=utf-8", body: Data(body))
    }

    private static func response(_ status: HTTPStatusCode, type: String, body: Data, headers: HTTPHeaders = [:])
        -> HTTPResponse
    {
        var headers = headers
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    /// `HEAD`: the same status and headers, the length of the body that `GET` would send, no body.
    private static func headOnly(_ response: HTTPResponse, if head: Bool) -> HTTPResponse {
        guard head, case .httpBody(let body) = response.payload else { return response }
        var headers = response.headers
        headers[.contentLength] = String(body.count ?? 0)
        return HTTPResponse(statusCode: response.statusCode, headers: headers, body: Data())
    }

    /// The file a URL path names: `/` and folders ending in `/` mean their `index.html`. nil for
    /// paths with `..`, hidden components or NUL, and for files that do not exist.
    static func file(for urlPath: String, under root: String) -> (path: String, isDirectory: Bool)? {
        let components = urlPath.split(separator: "/", omittingEmptySubsequences: true)
        guard components.allSatisfy({ !$0.hasPrefix(".") && !$0.contains("\0") }) else { return nil }
        var path = ([root] + components.map(String.init)).joined(separator: "/")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            guard urlPath.hasSuffix("/") else { return (path, true) }
            path += "/index.html"
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                return nil
            }
        }
        return (path, false)
    }

    static func contentType(for path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "csv": "text/csv; charset=utf-8"
        case "pdf": "application/pdf"
        case "json": "application/json"
        case "md", "txt": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}

import Foundation
import LessonCore
import LessonRender

/// Answers the preview server's requests: files under the site folder (`Output/html/`), with the
/// live-reload script and the current build problems injected into HTML pages, and the
/// `/__lessons/events` stream. Paths that leave the folder are not found.
public struct PreviewSite: Sendable {
    public var root: String
    public let hub: ReloadHub
    /// The problems of the last build, read on every request so a reload shows the latest.
    public let diagnostics: @Sendable () -> [Diagnostic]

    public init(root: String, hub: ReloadHub, diagnostics: @escaping @Sendable () -> [Diagnostic]) {
        self.root = root
        self.hub = hub
        self.diagnostics = diagnostics
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        if request.path == PreviewInjection.eventsPath { return hub.eventStream() }
        guard let file = Self.file(for: request.path, under: root) else { return notFound(request.path) }
        if file.isDirectory {
            // `/reference` → `/reference/` so relative links inside index.html resolve.
            return .full(status: 301, contentType: "text/plain; charset=utf-8", body: [], headers: [("Location", request.path + "/")])
        }
        guard let data = FileManager.default.contents(atPath: file.path) else { return notFound(request.path) }
        let type = Self.contentType(for: file.path)
        var body = [UInt8](data)
        if type.hasPrefix("text/html") {
            body = PreviewInjection.inject(PreviewInjection.html(generation: hub.generation, diagnostics: diagnostics()), into: body)
        }
        return .full(status: 200, contentType: type, body: body)
    }

    /// A page of its own (it reloads when the next build succeeds, and shows the problems).
    private func notFound(_ path: String) -> HTTPResponse {
        let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Not found</title></head>\n<body>\n"
            + "<h1>Not found</h1>\n<p>" + HTMLBuilder.escape(path) + " is not in the site (yet).</p>\n</body>\n</html>\n"
        let body = PreviewInjection.inject(PreviewInjection.html(generation: hub.generation, diagnostics: diagnostics()), into: Array(page.utf8))
        return .full(status: 404, contentType: "text/html; charset=utf-8", body: body)
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
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
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

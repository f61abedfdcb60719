import FlyingFox
import Foundation
import LessonCore
import LessonRender

/// Tells open preview pages that the site changed. Every finished build bumps `generation`; each
/// page learns the generation it was served at and listens on `/__lessons/reload` (a WebSocket),
/// reloading as soon as the server reports a different one. Because the first message on a
/// socket is the current generation, a page that connects after a build still reloads.
public final class ReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var _generation = 0
    private var closed = false
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]

    public init() {}

    public var generation: Int {
        lock.withLock { _generation }
    }

    /// A build finished: tell every listener.
    public func publish() {
        lock.withLock {
            _generation += 1
            for listener in listeners.values { listener.yield(_generation) }
        }
    }

    /// Ends every listener's stream, and those made later (the server is stopping).
    public func close() {
        let ending = lock.withLock {
            closed = true
            defer { listeners = [:] }
            return Array(listeners.values)
        }
        for listener in ending { listener.finish() }
    }

    /// The current generation at once, then each new one; only the latest is kept for a slow
    /// listener. Ends with `close()`; a listener that stops iterating is forgotten.
    public func generations() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        // Set before the listener is registered, so one that stops at once is still forgotten.
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = lock.withLock { listeners.removeValue(forKey: id) }
        }
        let open = lock.withLock {
            continuation.yield(_generation)
            guard !closed else { return false }
            listeners[id] = continuation
            return true
        }
        if !open { continuation.finish() }
        return stream
    }
}

/// The reload socket: sends each generation as a text message, and closes with "going away" when
/// the hub closes. What the page sends is ignored; FlyingFox answers pings and closes.
struct ReloadSocket: WSMessageHandler {
    let hub: ReloadHub

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let generations = hub.generations()
        let (messages, continuation) = AsyncStream.makeStream(of: WSMessage.self)
        let forwarding = Task {
            for await generation in generations { continuation.yield(.text(String(generation))) }
            continuation.yield(.close(.goingAway))
            continuation.finish()
        }
        // The page closed the socket: stop listening to the hub.
        continuation.onTermination = { _ in forwarding.cancel() }
        return messages
    }
}

/// What a served page gets before `</body>`: the build's problems, if any, and the live-reload
/// script. Never part of the files written to `Output/`.
enum PreviewInjection {
    static let reloadPath = "/__lessons/reload"

    /// `diagnostics` are shown in a panel at the bottom of the page, each as `file:line: error: …`.
    /// The script and the panel's style are real files (`Resources/reload.js`, `problems.css`).
    static func html(generation: Int, diagnostics: [Diagnostic]) -> String {
        var html = ""
        if !diagnostics.isEmpty {
            html += "<style>\n" + Resources.problemsStyle + "</style>\n"
            html += "<div id=\"lessons-build-errors\" role=\"alert\">"
            html +=
                "<strong>lessons: the build has \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s")"
                + "</strong><pre>"
            html += HTMLBuilder.escape(diagnostics.map(\.formatted).joined(separator: "\n\n"))
            html += "</pre></div>\n"
        }
        html += "<script data-generation=\"\(generation)\" data-socket=\"\(reloadPath)\">\n"
        html += Resources.reloadScript + "</script>\n"
        return html
    }

    /// The injection's script and style, read once from the target's resources.
    enum Resources {
        static let reloadScript = load("reload", "js")
        static let problemsStyle = load("problems", "css")

        private static func load(_ name: String, _ fileExtension: String) -> String {
            String(decoding: bundledFile(name, fileExtension, in: .module), as: UTF8.self)
        }
    }

    /// Inserts the injection before the last `</body>`, or appends it when there is none.
    static func inject(_ injection: String, into page: [UInt8]) -> [UInt8] {
        let marker = Array("</body>".utf8)
        var index = page.count - marker.count
        while index >= 0 {
            if page[index..<index + marker.count].elementsEqual(marker) {
                return Array(page[..<index]) + Array(injection.utf8) + Array(page[index...])
            }
            index -= 1
        }
        return page + Array(injection.utf8)
    }
}

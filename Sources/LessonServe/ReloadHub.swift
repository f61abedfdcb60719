import Foundation
import LessonCore
import LessonRender

/// Tells open preview pages that the site changed. Every finished build bumps `generation`; each
/// page learns the generation it was served at and listens on `/__lessons/events` (Server-Sent
/// Events), reloading as soon as the server reports a different one. Because the first event on a
/// connection is the current generation, a page that connects after a build still reloads.
public final class ReloadHub: @unchecked Sendable {
    private let condition = NSCondition()
    private var _generation = 0
    private var closed = false

    public init() {}

    public var generation: Int {
        condition.withLock { _generation }
    }

    /// A build finished: wake every listener.
    public func publish() {
        condition.withLock {
            _generation += 1
            condition.broadcast()
        }
    }

    /// Ends every stream (the server is stopping).
    public func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }

    /// Waits until the generation differs from `seen` or `timeout` passes; returns the current
    /// generation, or nil once the hub is closed.
    public func wait(after seen: Int, timeout: TimeInterval) -> Int? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        return condition.withLock {
            while !closed && _generation == seen && condition.wait(until: deadline) {}
            return closed ? nil : _generation
        }
    }

    /// The `text/event-stream` response for `/__lessons/events`: the current generation at once,
    /// then one event per build, and a comment every 15 s so a closed tab is noticed.
    public func eventStream() -> HTTPResponse {
        .stream(contentType: "text/event-stream; charset=utf-8") { [self] send in
            var seen = generation
            guard send("retry: 500\n\ndata: \(seen)\n\n") else { return }
            while let current = wait(after: seen, timeout: 15) {
                let line = current == seen ? ": keep-alive\n\n" : "data: \(current)\n\n"
                guard send(line) else { return }
                seen = current
            }
        }
    }
}

/// What a served page gets before `</body>`: the build's problems, if any, and the live-reload
/// script. Never part of the files written to `Output/`.
enum PreviewInjection {
    static let eventsPath = "/__lessons/events"

    /// `diagnostics` are shown in a panel at the bottom of the page, each as `file:line: error: …`.
    static func html(generation: Int, diagnostics: [Diagnostic]) -> String {
        var html = ""
        if !diagnostics.isEmpty {
            html += "<div id=\"lessons-build-errors\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;"
                + "max-height:45vh;overflow:auto;margin:0;padding:.75rem 1rem;background:#3b0d0d;color:#ffe4e4;"
                + "font:13px/1.4 ui-monospace,monospace;z-index:2147483647;border-top:3px solid #ff5c5c\">"
            html += "<strong>lessons: the build has \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s")"
                + "</strong><pre style=\"margin:.5rem 0 0;white-space:pre-wrap\">"
            html += HTMLBuilder.escape(diagnostics.map(\.formatted).joined(separator: "\n\n"))
            html += "</pre></div>\n"
        }
        html += """
            <script>
            (() => {
              const served = \(generation);
              const events = new EventSource("\(eventsPath)");
              events.onmessage = (event) => { if (Number(event.data) !== served) location.reload(); };
            })();
            </script>

            """
        return html
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

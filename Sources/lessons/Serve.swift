import ArgumentParser
import Foundation
import LessonCore
import LessonServe

extension Lessons {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Builds the site, serves it on 127.0.0.1, rebuilds what changes and reloads open pages.",
            discussion: """
                Watches the lessons folder and the runtime's sources. A prose edit re-renders the lesson \
                from cached results; a snippet edit runs that lesson only; a runtime edit rebuilds the \
                runtime and every lesson. Build problems show in the terminal and at the foot of every page.
                """)

        @OptionGroup var engine: EngineOptions

        @Option(name: .customLong("output"), help: "The output folder; its html/ is served.")
        var outputDirectory = "Output"

        @Option(help: "The port on 127.0.0.1 (0: any free port).")
        var port = 8000

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        }

        func run() throws {
            let style = TerminalStyle.forDescriptor(2)
            var pipeline = engine.pipeline
            // --no-cache applies to the first build only: rebuilds must reuse results, or a prose
            // edit would run code again.
            pipeline.configuration.readCache = true
            let builder = PreviewBuilder(
                pipeline: pipeline, outputDirectory: outputDirectory, pageSources: PageSources.available)
            let first = builder.build(runEverything: engine.noCache, log: { Console.error($0) })
            report(first, changed: [], style: style)
            let server = PreviewServer(builder: builder)
            let bound: UInt16
            do {
                bound = try Self.waitFor { [port] in try await server.start(port: UInt16(port)) }
            } catch {
                Console.error(style.paint("error:", .boldRed) + " \(error)")
                throw ExitCode.failure
            }
            Console.error(
                "Serving \(outputDirectory)/html at " + style.paint("http://127.0.0.1:\(bound)/", .bold)
                    + "  (Ctrl-C to stop)")
            server.watch(
                log: { Console.error($0) },
                report: { changed, result in report(result, changed: changed, style: style) })
        }

        /// Runs `work` as a task and blocks this thread (the main one, which then runs the watch
        /// loop) until it is done; the server's tasks run on the concurrency pool meanwhile.
        private static func waitFor<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) throws
            -> Value
        {
            let outcome = TaskOutcome<Value>()
            Task {
                do { outcome.result = .success(try await work()) } catch { outcome.result = .failure(error) }
                outcome.done.signal()
            }
            outcome.done.wait()
            return try outcome.result!.get()
        }

        private func report(_ result: PreviewBuilder.Report, changed: [String], style: TerminalStyle) {
            for diagnostic in result.diagnostics { Console.error(style.diagnostic(diagnostic)) }
            guard !engine.quiet else { return }
            var parts: [String] = []
            if !changed.isEmpty {
                parts.append(changed.count == 1 ? changed[0] : "\(changed.count) files")
            }
            parts.append(
                "\(result.ran.count) run, \(result.rerendered.count) re-rendered, \(result.unchanged) unchanged")
            if !result.wroteSite { parts.append("site not updated") }
            parts.append(String(format: "%.2f s", result.seconds))
            let line = (changed.isEmpty ? "built: " : "rebuilt: ") + parts.joined(separator: ", ")
            let problems = result.diagnostics.count
            Console.error(
                problems == 0
                    ? style.paint(line, .green)
                    : line + ", " + style.paint("\(problems) problem\(problems == 1 ? "" : "s")", .boldRed))
        }
    }
}

/// What a task handed back to a thread that waited for it (`done` signals once `result` is set).
private final class TaskOutcome<Value: Sendable>: @unchecked Sendable {
    var result: Result<Value, any Error>?
    let done = DispatchSemaphore(value: 0)
}

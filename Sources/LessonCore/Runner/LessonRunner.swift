import Foundation
import LessonProtocol

/// Compiles and runs one lesson: one program for all its snippets, in a fresh temporary folder,
/// with a time limit; turns what happened into one `SnippetResult` per snippet.
///
/// `expect-error` snippets:
/// - If the program does not compile, each error is attributed to the snippet whose lines hold it.
///   When every error lies in `expect-error` snippets, those snippets' errors become their output
///   and the program is compiled again without them; otherwise the lesson fails to compile.
/// - If one traps, the trap is its output, and the program runs again with that snippet skipped
///   (through the environment, no recompiling) so that later snippets still run.
/// - If one compiles and runs cleanly, that is an error.
struct LessonRunner {
    var runtime: LessonRuntime
    var settings: RunSettings

    /// What one lesson run did, beyond its results.
    struct Report {
        var result: LessonResult
        var compilerRuns: Int
        /// False when the result depends on the machine's load (a time limit hit) and must not be cached.
        var cacheable: Bool
    }

    /// Runs `lesson`; `prebuilt` is its program when a merged compile already built it
    /// (`MergedCompilation`), nil to compile it here.
    func run(_ lesson: Lesson, prebuilt: LessonProgram? = nil) -> Report {
        // Nothing to compile: a prose-only lesson costs no compiler run.
        if !lesson.hasCode {
            return Report(result: LessonResult(lesson: lesson, snippets: []), compilerRuns: 0, cacheable: true)
        }
        let start = Date()
        var report = runInFolder(lesson, prebuilt: prebuilt)
        report.result.duration = Date().timeIntervalSince(start)
        return report
    }

    private func runInFolder(_ lesson: Lesson, prebuilt: LessonProgram?) -> Report {
        let folder: String
        do {
            folder = try TemporaryFolder.make(prefix: "lessons-" + lesson.slug)
        } catch {
            return failure(lesson, message: "\(error)")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }

        var results = lesson.snippets.map { _ in SnippetResult(status: .notRun) }
        var diagnostics: [Diagnostic] = []
        var compilerRuns = 0
        var excluded: Set<Int> = []
        let compiler = LessonCompiler(runtime: runtime)
        var executable = prebuilt
        // At most two compiles: with every snippet, then without the expect-error ones that failed.
        for _ in 0..<2 where prebuilt == nil {
            let source = ProgramGenerator(lesson: lesson, excluded: excluded).generate()
            compilerRuns += 1
            let outcome: Result<String, CompileFailure>
            do {
                outcome = try compiler.compile(source, in: folder, timeout: settings.compileTimeout)
            } catch {
                return failure(lesson, message: "\(error)", compilerRuns: compilerRuns)
            }
            switch outcome {
            case .success(let path):
                executable = LessonProgram(executable: path)
            case .failure(let failure):
                let attributed = attribute(failure.errors, in: lesson)
                for index in Set(attributed.compactMap(\.snippet)) {
                    let errors = attributed.filter { $0.snippet == index }.map { shown($0.diagnostic, lesson) }
                    results[index] = SnippetResult(
                        status: lesson.snippets[index].options.expectError ? .failedAsExpected : .failed,
                        items: [.text(errors.joined(separator: "\n") + "\n")])
                }
                let unexpected = attributed.filter {
                    $0.snippet.map { !lesson.snippets[$0].options.expectError } ?? true
                }
                .map(\.diagnostic)
                if unexpected.isEmpty, !failure.errors.isEmpty, excluded.isEmpty {
                    excluded = Set(attributed.compactMap(\.snippet))
                    continue
                }
                diagnostics =
                    unexpected.isEmpty
                    ? [
                        Diagnostic(
                            path: lesson.path, line: 1,
                            message: "the lesson program did not compile:\n" + failure.output)
                    ]
                    : unexpected
                return Report(
                    result: LessonResult(lesson: lesson, snippets: results, diagnostics: diagnostics),
                    compilerRuns: compilerRuns, cacheable: !unexpected.isEmpty)
            }
            break
        }
        guard let executable else {
            return failure(lesson, message: "internal error: no program", compilerRuns: compilerRuns)
        }

        var skipped: Set<Int> = []
        var inlineValues: [Int: String] = [:]
        var cacheable = true
        var firstToTake = 0
        while true {
            let run: ProgramRun
            do {
                run = try execute(executable, lesson: lesson, folder: folder, skipped: skipped)
            } catch {
                return failure(lesson, message: "\(error)", compilerRuns: compilerRuns)
            }
            if run.timedOut { cacheable = false }
            for index in firstToTake..<results.count where !excluded.contains(index) {
                results[index] = run.results[index]
            }
            diagnostics += run.diagnostics
            inlineValues.merge(run.inlineValues) { _, rerun in rerun }
            // An expect-error snippet or a solution that trapped: run again without it, so later
            // snippets run too.
            guard let trapped = run.failedSnippet, lesson.snippets[trapped].runsInOwnScope, !run.timedOut,
                trapped + 1 < results.count
            else { break }
            skipped.insert(trapped)
            firstToTake = trapped + 1
        }
        for snippet in lesson.snippets where snippet.options.expectError && results[snippet.index].status == .succeeded
        {
            results[snippet.index].status = .failed
            diagnostics.append(
                Diagnostic(
                    path: lesson.path, line: snippet.fenceLine,
                    message: "snippet marked 'expect-error' compiled and ran without error"))
        }
        var result = LessonResult(lesson: lesson, snippets: results, diagnostics: diagnostics)
        result.inlineValues = lesson.inlineValues.map { inlineValues[$0.index] }
        result.diagnostics += result.failedClaimDiagnostics
        return Report(result: result, compilerRuns: compilerRuns, cacheable: cacheable)
    }

    private struct ProgramRun {
        var results: [SnippetResult]
        var diagnostics: [Diagnostic]
        /// The snippet that was running when the program trapped, exited early or timed out.
        var failedSnippet: Int?
        var timedOut: Bool
        /// Inline values the program wrote, by index.
        var inlineValues: [Int: String] = [:]
    }

    private func execute(_ program: LessonProgram, lesson: Lesson, folder: String, skipped: Set<Int>) throws
        -> ProgramRun
    {
        let work = folder + "/work-\(skipped.count)"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        // In the work folder: the only place the program (and the backtracer it starts) may write.
        let backtraceFile = work + "/.lessons-backtrace.txt"
        let token = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let memoryLimit = lesson.frontMatter.memory ?? settings.memoryLimit
        let run = Sandbox.Run(
            executable: program.executable, arguments: program.arguments, folder: folder, work: work,
            // A merged program lives outside the lesson's folder: only the file itself is shown.
            readOnly: [runtime.directory] + (program.executable.hasPrefix(folder + "/") ? [] : [program.executable]),
            environment: [
                LessonEnvironment.token: token,
                LessonEnvironment.skip: skipped.sorted().map(String.init).joined(separator: ","),
                LessonEnvironment.language: settings.language,
                "SWIFT_BACKTRACE":
                    "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,output-to=\(backtraceFile)",
            ],
            memoryLimit: memoryLimit, network: lesson.frontMatter.network)
        let command = try Sandbox.forMode(settings.sandbox).command(for: run)
        let timeout = lesson.frontMatter.timeout ?? settings.defaultTimeout
        var splitter = OutputSplitter(token: token, cap: settings.outputCap)
        let outcome = try Subprocess(
            executable: command[0], arguments: Array(command.dropFirst()), environment: Sandbox.environment(for: run),
            workingDirectory: work, timeout: timeout
        )
        .run { splitter.consume($0) }
        splitter.finish()

        var results = lesson.snippets.map { snippet -> SnippetResult in
            var items = splitter.items[snippet.index] ?? []
            let truncated = splitter.truncated.contains(snippet.index)
            if truncated { items.append(.text(RunSettings.truncationNote(cap: settings.outputCap))) }
            return SnippetResult(
                status: .succeeded, items: items, truncated: truncated, claims: splitter.claims[snippet.index] ?? [])
        }
        if splitter.sawEnd && outcome.succeeded {
            return ProgramRun(
                results: results, diagnostics: [], failedSnippet: nil, timedOut: false,
                inlineValues: splitter.inlineValues)
        }
        // The snippet whose marker came last was running when the program stopped.
        let failed = splitter.current ?? 0
        for index in results.indices where index > failed { results[index] = SnippetResult(status: .notRun) }
        guard failed < results.count else {
            return ProgramRun(
                results: results, diagnostics: [], failedSnippet: nil, timedOut: outcome.timedOut,
                inlineValues: splitter.inlineValues)
        }
        let snippet = lesson.snippets[failed]
        let trap = TrapReport(
            lesson: lesson, snippet: snippet, outcome: outcome, timeout: timeout, memoryLimit: memoryLimit,
            backtrace: (try? String(contentsOfFile: backtraceFile, encoding: .utf8)) ?? "",
            output: results[failed].text)
        results[failed].items = trap.cleaned(results[failed].items)
        if !trap.summary.isEmpty { results[failed].items.append(.text(trap.summary)) }
        results[failed].status = snippet.options.expectError && !outcome.timedOut ? .failedAsExpected : .failed
        let diagnostics = results[failed].status == .failed ? [trap.diagnostic] : []
        return ProgramRun(
            results: results, diagnostics: diagnostics, failedSnippet: failed, timedOut: outcome.timedOut,
            inlineValues: splitter.inlineValues)
    }

    /// Each compiler error with the snippet whose code lines hold it (nil: outside every snippet).
    private func attribute(_ errors: [Diagnostic], in lesson: Lesson) -> [(diagnostic: Diagnostic, snippet: Int?)] {
        errors.map { error in
            let snippet = lesson.snippets.first { snippet in
                error.path == lesson.path
                    && (error.line.map { $0 >= snippet.codeLine && $0 < max(snippet.endLine, snippet.codeLine + 1) }
                        ?? false)
            }
            return (error, snippet?.index)
        }
    }

    /// A compiler error as a snippet's output shows it: the file name only, not the folder it was
    /// given with, so the expected output does not depend on where `lessons` runs.
    private func shown(_ diagnostic: Diagnostic, _ lesson: Lesson) -> String {
        var local = diagnostic
        local.path = lesson.fileName
        local.notes = diagnostic.notes.map { note in
            var note = note
            if note.path == lesson.path { note.path = lesson.fileName }
            return note
        }
        return local.formatted
    }

    private func failure(_ lesson: Lesson, message: String, compilerRuns: Int = 0) -> Report {
        Report(
            result: LessonResult(
                lesson: lesson, snippets: lesson.snippets.map { _ in SnippetResult(status: .notRun) },
                diagnostics: [Diagnostic(path: lesson.path, line: 1, message: message)]),
            compilerRuns: compilerRuns, cacheable: false)
    }
}

/// An executable that runs one lesson: its own program, or a merged one with the lesson's argument.
struct LessonProgram: Sendable {
    var executable: String
    var arguments: [String] = []
}

extension Lesson {
    /// The file name without its folder, as snippet outputs name the lesson.
    var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
}

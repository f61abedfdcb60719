import ArgumentParser
import Foundation
import LessonCore
import LessonRender

/// Options every command that runs lessons shares.
struct EngineOptions: ParsableArguments {
    @Option(name: .customLong("lessons"), help: "The lessons folder.")
    var lessonsDirectory = "Lessons"

    @Flag(name: .customLong("no-cache"), help: "Compile and run every lesson, ignoring cached results.")
    var noCache = false

    @Option(help: "Lessons compiled and run at once (default: the number of cores).")
    var jobs: Int?

    @Option(
        name: .customLong("runtime"),
        help: "A prebuilt runtime folder with libLessonRuntime.so and Modules/ (or set LESSONS_RUNTIME).")
    var runtimeDirectory: String?

    @Option(
        help: ArgumentHelp(
            "Run lesson programs in the bubblewrap sandbox: auto (when bwrap is installed), required (fail "
                + "without it, for CI) or off.", valueName: "mode"))
    var sandbox: SandboxMode = .auto

    @Flag(name: .customLong("no-sandbox"), help: "Run lesson programs without the sandbox (--sandbox off).")
    var noSandbox = false

    @Flag(help: "Print a progress line per lesson even when standard error is not a terminal.")
    var verbose = false

    @Flag(help: "Print only problems and the final summary.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
        if noSandbox && sandbox != .auto && sandbox != .off {
            throw ValidationError("--no-sandbox and --sandbox \(sandbox.rawValue) exclude each other")
        }
    }

    var pipeline: LessonPipeline {
        var configuration = LessonPipeline.Configuration()
        configuration.lessonsDirectory = lessonsDirectory
        configuration.readCache = !noCache
        configuration.jobs = jobs
        configuration.runtimeDirectory = runtimeDirectory
        configuration.settings.sandbox = noSandbox ? .off : sandbox
        return LessonPipeline(configuration)
    }

    /// Progress lines go to standard error on a terminal, or always with `--verbose`.
    var showsProgress: Bool { !quiet && (verbose || isatty(2) != 0) }

    func progress(_ line: String) {
        if showsProgress { Console.error(line) }
    }
}

extension SandboxMode: ExpressibleByArgument {}

/// Line output on the standard streams.
enum Console {
    /// Colours for standard output and standard error: only on a terminal, never with `NO_COLOR`.
    static let outputStyle = TerminalStyle.forDescriptor(1)
    static let errorStyle = TerminalStyle.forDescriptor(2)

    static func output(_ line: String) {
        print(line)
    }

    /// Each diagnostic on standard error, in the terminal's style.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(errorStyle.diagnostic(diagnostic)) }
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

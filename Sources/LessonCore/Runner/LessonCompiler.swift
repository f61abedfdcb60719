import Foundation

/// Compiles a generated lesson program with `swiftc` against the prebuilt runtime.
struct LessonCompiler {
    var runtime: LessonRuntime

    /// Writes `source` to `folder/main.swift` and compiles it to `folder/lesson`. Returns the
    /// executable's path, or the compiler's errors.
    func compile(_ source: String, in folder: String, timeout: Double) throws -> Result<String, CompileFailure> {
        try compile(files: [("main.swift", source)], in: folder, timeout: timeout)
    }

    /// Writes `files` to `folder` and compiles them as one module to `folder/lesson`; `extra` are
    /// further compiler arguments (`MergedCompilation`'s whole-module flags).
    func compile(
        files: [(name: String, source: String)], in folder: String, extra: [String] = [], timeout: Double
    ) throws -> Result<String, CompileFailure> {
        let executable = folder + "/lesson"
        for file in files {
            try file.source.write(toFile: folder + "/" + file.name, atomically: false, encoding: .utf8)
        }
        let bin = runtime.directory
        let arguments =
            [
                "-g", "-diagnostic-style", "llvm", "-no-color-diagnostics",
                "-I", bin + "/Modules", "-L", bin, "-lLessonRuntime", "-Xlinker", "-rpath", "-Xlinker", bin,
                "-module-name", "Lesson",
            ] + extra + files.map { folder + "/" + $0.name } + ["-o", executable]
        let (outcome, output) = try Subprocess(
            executable: "swiftc", arguments: arguments, workingDirectory: folder, timeout: timeout
        )
        .runCapturing()
        if outcome.succeeded { return .success(executable) }
        if outcome.timedOut {
            return .failure(CompileFailure(errors: [], output: "the compiler timed out after \(Int(timeout)) s"))
        }
        return .failure(CompileFailure(errors: Self.errors(in: output), output: output))
    }

    /// Reads `PATH:LINE:COL: error: MESSAGE` lines (and the `note:` lines that follow an error)
    /// from LLVM-style compiler output; source excerpts and warnings are dropped.
    static func errors(in output: String) -> [Diagnostic] {
        var errors: [Diagnostic] = []
        var lastWasError = false
        for line in output.split(separator: "\n") {
            guard let parsed = parse(line) else { continue }
            switch parsed.severity {
            case .error:
                errors.append(parsed)
                lastWasError = true
            case .note where lastWasError:
                errors[errors.count - 1].notes.append(
                    Diagnostic.Note(
                        path: parsed.path, line: parsed.line, column: parsed.column, message: parsed.message))
            default:
                lastWasError = false
            }
        }
        return errors
    }

    private static func parse(_ line: Substring) -> Diagnostic? {
        for severity in [Diagnostic.Severity.error, .warning, .note] {
            guard let marker = line.range(of: ": \(severity.rawValue): ") else { continue }
            let location = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard location.count >= 3, let lineNumber = Int(location[location.count - 2]),
                let column = Int(location[location.count - 1])
            else { continue }
            let path = location.dropLast(2).joined(separator: ":")
            return Diagnostic(
                severity, path: path, line: lineNumber, column: column, message: String(line[marker.upperBound...]))
        }
        return nil
    }
}

/// Why a lesson program did not compile.
struct CompileFailure: Error {
    /// Errors (with their notes), at Markdown lines thanks to `#sourceLocation`.
    var errors: [Diagnostic]
    /// The compiler's whole output, for errors that name no line.
    var output: String
}

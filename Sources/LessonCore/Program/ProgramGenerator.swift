import Foundation
import LessonProtocol

/// Generates the one Swift program that runs all snippets of a lesson, in order.
///
/// Notebook semantics come from nesting: each snippet opens a `do {` scope that encloses every later
/// snippet, so later snippets see earlier names and may shadow them (a second `relu`). Exceptions:
/// - declarations Swift allows only at file scope are hoisted (`FileScopeHoister`), and so is a
///   snippet type that some snippet extends;
/// - an `isolated` snippet becomes a file-scope function, so it sees no snippet's state;
/// - an `expect-error` snippet, or an exercise's solution, runs in its own `if` scope, skippable
///   through the environment, so that after it traps the engine can rerun the program without it;
///   it leaves no state behind;
/// - an exercise's starter is compiled, never run (`ExerciseProgram`).
/// Every piece of snippet code is wrapped in `#sourceLocation`, so diagnostics and trap backtraces
/// name the Markdown file and line.
public struct ProgramGenerator {
    public var lesson: Lesson
    /// Indices of snippets to leave out (expect-error snippets that do not compile).
    public var excluded: Set<Int>

    public init(lesson: Lesson, excluded: Set<Int> = []) {
        self.lesson = lesson
        self.excluded = excluded
    }

    public func generate() -> String {
        let parts = self.parts()
        return parts.header + parts.body
    }

    /// The program's two halves: its file-scope declarations (imports, hoisted declarations,
    /// `isolated` snippets' functions) and its top-level code. `merged`: written for one file among
    /// other lessons' (`MergedProgram`): hoisted declarations that may be `fileprivate` are, and so
    /// are `isolated` snippets' functions, so two lessons may declare the same names.
    func parts(merged: Bool = false) -> (header: String, body: String) {
        var header = RuntimeModules.imported.map { "import \($0)\n" }.joined()
        var body = "_lessonsBegin()\n"
        var openScopes = 0
        let types = FileScopeHoister.typesToHoist(lesson.snippets.filter { !excluded.contains($0.index) }.map(\.code))
        for snippet in lesson.snippets {
            body += inlineValues(before: snippet.index)
            body += "_lessonsSnippet(\(snippet.index))\n"
            if excluded.contains(snippet.index) { continue }
            let split = FileScopeHoister.split(snippet.code, types: types)
            for declaration in split.hoisted {
                let line = snippet.codeLine + declaration.offset
                if merged, MergedDeclaration(declaration.text, lessonTypes: types).access == .filePrivate {
                    // On a line of its own above the declaration: every column stays where it was.
                    header += located("fileprivate\n" + declaration.text, line: line - 1)
                } else {
                    header += located(declaration.text, line: line)
                }
            }
            let code = located(split.body.joined(separator: "\n"), line: snippet.codeLine)
            let call: String
            if snippet.options.isolated {
                let name = "_lessonsIsolated\(snippet.index)"
                header += (merged ? "fileprivate " : "") + "func \(name)() {\n" + code + "}\n"
                call = "\(name)()\n"
            } else {
                call = code
            }
            switch snippet.scope {
            case .neverRun: body += ExerciseProgram.starter(call, index: snippet.index)
            case .own: body += "if _lessonsShouldRun(\(snippet.index)) {\n" + call + "}\n"
            case .isolated: body += call
            case .shared:
                body += "do {\n" + call
                openScopes += 1
            }
        }
        body += inlineValues(before: lesson.snippets.count)
        body += String(repeating: "}\n", count: openScopes)
        body += "_lessonsEnd()\n"
        return (header, body)
    }

    /// The inline values that come after `index` snippets in reading order: each is evaluated in
    /// the scope of the snippets above it, its expression placed at its own line and column of the
    /// Markdown file, so a compile error or a trap in it is reported there.
    private func inlineValues(before index: Int) -> String {
        lesson.inlineValues.filter { $0.snippetsBefore == index }.map { value in
            let padding = String(repeating: " ", count: max(0, value.column - 1))
            return "_lessonsInline(\(value.index)) {\n" + located(padding + value.expression, line: value.line) + "}\n"
        }.joined()
    }

    private func located(_ code: String, line: Int) -> String {
        let file = lesson.path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let text = code.hasSuffix("\n") ? code : code + "\n"
        return "#sourceLocation(file: \"\(file)\", line: \(line))\n" + text + "#sourceLocation()\n"
    }
}

/// Several lessons' programs as one Swift module, compiled in one compiler run (Rust's merged
/// doctests are the model): each lesson is one file whose top-level code becomes the function
/// `_lessonsLessonN()`, and `main.swift` runs the lesson its one argument names. Each lesson still
/// runs as a process of its own, so lessons share nothing at run time.
///
/// A lesson's file is its own program (`ProgramGenerator.parts(merged:)`) with its file-scope
/// extensions and `isolated` functions `fileprivate`; its snippet code keeps its
/// `#sourceLocation`s, so results and backtraces name the same Markdown lines. Which lessons may
/// share a module is `MergeProfile`'s question.
struct MergedProgram {
    var lessons: [Lesson]

    /// The source files, `main.swift` last; lesson `i` is in `fileName(i)`.
    var files: [(name: String, source: String)] {
        lessons.indices.map { position in
            let parts = ProgramGenerator(lesson: lessons[position]).parts(merged: true)
            return (Self.fileName(position), parts.header + "func _lessonsLesson\(position)() {\n" + parts.body + "}\n")
        } + [("main.swift", main)]
    }

    static func fileName(_ position: Int) -> String { "lesson\(position).swift" }

    /// The command-line argument that runs lesson `position`.
    static func argument(_ position: Int) -> String { "\(position)" }

    /// Picks the lesson, then gives it the command line a program of its own would have.
    private var main: String {
        let cases = lessons.indices.map { "case \"\(Self.argument($0))\": _lessonsLesson\($0)()\n" }.joined()
        return """
            let _lessonsChosen = CommandLine.arguments.dropFirst().first ?? ""
            CommandLine.arguments = Array(CommandLine.arguments.prefix(1))
            switch _lessonsChosen {
            \(cases)default: fatalError("no lesson \\(_lessonsChosen) in this program")
            }

            """
    }
}

import LessonCore

/// How the pages of one lesson show its exercises: "Exercise 4.2" (the lesson's place in reading
/// order, then the exercise's within the lesson), the solution folded in a `<details>` (or left
/// out, `lessons build --no-solutions`), and a list of the exercises at the end of the page.
///
/// Decisions only; the HTML and Markdown renderers write what it decides.
struct ExercisePresentation {
    /// The lesson's place in the book's reading order, from 1.
    var lessonNumber = 1
    var includesSolutions = true
    var strings = ExerciseStrings.english

    /// "Упражнение 4.2".
    func title(_ exercise: Exercise) -> String {
        strings.exercise + " " + exercise.displayNumber(lessonNumber: lessonNumber)
    }

    /// The exercise whose lead-in paragraph starts at `line`.
    func exercise(leadInLine line: Int?, in lesson: Lesson) -> Exercise? {
        guard let line, !lesson.exercises.isEmpty else { return nil }
        return lesson.exercises.first { $0.line == line }
    }

    /// The exercises' lead-in paragraphs by line, wherever they stand in `document`.
    static func leadIns(in document: Markup, lesson: Lesson) -> [Int: Markup] {
        guard !lesson.exercises.isEmpty else { return [:] }
        let lines = Set(lesson.exercises.map(\.line))
        var found: [Int: Markup] = [:]
        func visit(_ node: Markup) {
            if case .paragraph = node.kind, let line = node.range?.start.line, lines.contains(line) {
                found[line] = node
                return
            }
            for child in node.children { visit(child) }
        }
        visit(document)
        return found
    }

    /// A short line for the list of exercises: the task's opening words, cut at a word boundary.
    static func summary(_ text: String, limit: Int = 80) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        var cut = String(flat.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}

/// The interface words of exercises, in the book's language.
struct ExerciseStrings: Translations, Sendable {
    var exercise: String
    /// The heading of the list at the end of a page.
    var exercises: String
    var solution: String

    static let english = ExerciseStrings(exercise: "Exercise", exercises: "Exercises", solution: "Solution")
    static let russian = ExerciseStrings(exercise: "Упражнение", exercises: "Упражнения", solution: "Решение")
}

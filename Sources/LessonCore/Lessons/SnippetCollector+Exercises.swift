/// Exercises in a lesson's Markdown: a lead-in paragraph (`**Exercise.**`, `**Упражнение.**`)
/// opens one; the ```` ```swift exercise ```` fence that follows it (after more task text, if any)
/// is its starter, and a ```` ```swift solution ```` fence right after the starter its solution.
extension SnippetCollector {
    /// Where the exercise being read stands, among sibling blocks.
    struct ExerciseState {
        /// The exercise whose task text is being read and that has no starter yet.
        var awaitingStarter: Int?
        /// True right after a starter fence (a solution may follow, with only blank lines between).
        var afterStarter = false

        /// Whether the block before this one was a starter; cleared for the next block.
        mutating func takeAfterStarter() -> Bool {
            defer { afterStarter = false }
            return afterStarter
        }
    }

    /// Notes a block that is not a code fence: a lead-in opens an exercise; a heading or a rule
    /// ends the task text of one that is still waiting for its starter (it then has no code).
    mutating func noteExerciseTask(_ block: Markup) {
        switch block.kind {
        case .heading, .thematicBreak:
            exerciseState.awaitingStarter = nil
        case .paragraph:
            guard let (label, _) = ExerciseLeadIn.recognise(block) else { return }
            let line = block.range?.start.line ?? 1
            if let label {
                if !ExerciseLeadIn.isValid(label: label) {
                    diagnostics.append(
                        Diagnostic(
                            path: path, line: line,
                            message:
                                "exercise label '{#\(label)}' must be 'exr-' followed by letters, digits, '-' or '_'"))
                } else if exercises.contains(where: { $0.label == label }) {
                    diagnostics.append(
                        Diagnostic(path: path, line: line, message: "duplicate exercise label '\(label)'"))
                }
            }
            exercises.append(Exercise(number: exercises.count + 1, label: label, line: line))
            exerciseState.awaitingStarter = exercises.count - 1
        default:
            break
        }
    }

    /// A ```` ```swift exercise ```` or ```` ```swift solution ```` fence; `afterStarter` tells
    /// whether the previous sibling block was a starter.
    mutating func addExerciseFence(
        _ role: Snippet.Role, code: String, words: ArraySlice<Substring>, range: SourceRange, afterStarter: Bool
    ) {
        let line = range.start.line
        if !words.isEmpty {
            diagnostics.append(
                Diagnostic(path: path, line: line, message: "a 'swift \(role.rawValue)' fence takes no options"))
        }
        let exercise: Int
        switch role {
        case .run:
            return
        case .exercise:
            guard let waiting = exerciseState.awaitingStarter else {
                diagnostics.append(
                    Diagnostic(
                        path: path, line: line,
                        message:
                            "'swift exercise' fence with no task before it (a paragraph starting with **Exercise.** or **Упражнение.**)"
                    ))
                return
            }
            exercise = waiting
            exerciseState.awaitingStarter = nil
            exerciseState.afterStarter = true
            exercises[exercise].starter = snippets.count
        case .solution:
            guard afterStarter, let last = exercises.indices.last, exercises[last].starter == snippets.count - 1 else {
                diagnostics.append(
                    Diagnostic(
                        path: path, line: line,
                        message: "'swift solution' fence with no 'swift exercise' fence right before it"))
                return
            }
            exercise = last
            exercises[exercise].solution = snippets.count
        }
        var snippet = Snippet(
            index: snippets.count, code: code, options: SnippetOptions(), fenceLine: line, codeLine: line + 1,
            endLine: range.end.line)
        snippet.role = role
        snippets.append(snippet)
    }
}

extension Snippet.Role {
    /// The role named by the word after `swift` in a fence's info string; nil for a plain fence.
    init?(fenceWord: Substring?) {
        guard let fenceWord, let role = Self(rawValue: String(fenceWord)) else { return nil }
        self = role
    }
}

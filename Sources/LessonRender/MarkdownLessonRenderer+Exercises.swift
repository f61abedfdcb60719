import LessonCore

/// Exercises on the Markdown page: GitHub renders `<details>` and the bold lead-in as they are.
extension ExercisePresentation {
    /// The lead-in's source line with "**Exercise.** {#exr-x}" turned into
    /// `<a id="exr-x"></a>**Exercise 4.2.**`; nil when no exercise starts at `line`.
    func markdownLeadIn(_ source: String, line: Int, lesson: Lesson) -> String? {
        guard let exercise = exercise(leadInLine: line, in: lesson) else { return nil }
        for word in ExerciseLeadIn.words {
            for marker in ["**", "__"] {
                guard let range = source.range(of: marker + word + "." + marker) else { continue }
                var rest = source[range.upperBound...]
                if let label = exercise.label {
                    let trimmed = rest.drop { $0 == " " }
                    if trimmed.hasPrefix("{#" + label + "}") {
                        rest = trimmed.dropFirst(label.count + 3)
                        if !rest.isEmpty, rest.first != " " { rest = " " + rest }
                    }
                }
                let anchor = "<a id=\"\(exercise.anchor)\"></a>"
                return source[..<range.lowerBound] + anchor + "**" + title(exercise) + ".**" + rest
            }
        }
        return nil
    }

    /// A solution's fence and output folded in `<details>`; nothing with `--no-solutions`. The
    /// blank line after `<summary>` lets GitHub render the fence inside as Markdown.
    func markdownSolution(_ text: String) -> String {
        guard includesSolutions else { return "" }
        let body = text.hasSuffix("\n") ? text : text + "\n"
        return "<details>\n<summary>\(strings.solution)</summary>\n\n" + body + "\n</details>\n"
    }

    /// The list of exercises at the end of the page ("## Exercises", one linked item each), or
    /// nothing for a lesson without exercises.
    func markdownList(_ lesson: Lesson) -> String {
        guard !lesson.exercises.isEmpty else { return "" }
        let leadIns = Self.leadIns(in: lesson.document, lesson: lesson)
        var list = "\n## \(MarkdownLessonRenderer.escapeText(strings.exercises))\n\n"
        for exercise in lesson.exercises {
            list += "- [\(MarkdownLessonRenderer.escapeText(title(exercise)))](#\(exercise.anchor))"
            if let task = leadIns[exercise.line].flatMap(ExerciseLeadIn.recognise)?.rest.map(\.plainText).joined(),
                !task.isEmpty
            {
                list += ". " + MarkdownLessonRenderer.escapeText(Self.summary(task))
            }
            list += "\n"
        }
        return list
    }
}

/// `check --junit FILE`: one `<testsuite>` per lesson, one `<testcase>` per snippet, a `<failure>`
/// with the diagnostics for each failed one, in the JUnit XML dialect CI systems read. A book with
/// editions adds a `translations` suite: one failed test case per file with a translation error.
public enum JUnitReport {
    public static func xml(_ checks: [LessonCheck], translationProblems: [Diagnostic] = []) -> String {
        let summary = CheckSummary(checks)
        let errors = translationProblems.filter { $0.severity == .error }
        let files = errors.map(\.path).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml +=
            "<testsuites name=\"lessons\" tests=\"\(summary.passed + summary.failed + files.count)\" "
            + "failures=\"\(summary.failed + files.count)\">\n"
        for check in checks {
            let lesson = check.result.lesson
            xml +=
                "  <testsuite name=\"\(escape(lesson.path))\" tests=\"\(check.passedCount + check.failedCount)\" "
                + "failures=\"\(check.failedCount)\" time=\"\(seconds(check.result.duration))\">\n"
            for snippet in lesson.snippets {
                let name =
                    "snippet \(snippet.index + 1) (line \(snippet.fenceLine))"
                    + (snippet.options.id.map { " \($0)" } ?? "")
                xml +=
                    "    <testcase classname=\"\(escape(lesson.slug))\" name=\"\(escape(name))\" "
                    + "file=\"\(escape(lesson.path))\" line=\"\(snippet.fenceLine)\""
                if check.passed(snippet.index) {
                    xml += "/>\n"
                    continue
                }
                let problems = check.snippetProblems[snippet.index] ?? []
                let message =
                    problems.first?.message ?? "not run: an earlier snippet failed or the lesson did not compile"
                xml +=
                    ">\n      <failure message=\"\(escape(message))\">"
                    + escape(problems.map(\.formatted).joined(separator: "\n")) + "</failure>\n    </testcase>\n"
            }
            if !check.lessonProblems.isEmpty {
                xml += "    <testcase classname=\"\(escape(lesson.slug))\" name=\"lesson\">\n"
                xml +=
                    "      <failure message=\"\(escape(check.lessonProblems[0].message))\">"
                    + escape(check.lessonProblems.map(\.formatted).joined(separator: "\n"))
                    + "</failure>\n    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        if !files.isEmpty {
            xml +=
                "  <testsuite name=\"translations\" tests=\"\(files.count)\" failures=\"\(files.count)\" time=\"0.0\">\n"
            for file in files {
                let problems = errors.filter { $0.path == file }
                xml +=
                    "    <testcase classname=\"translations\" name=\"\(escape(file))\" file=\"\(escape(file))\">\n"
                    + "      <failure message=\"\(escape(problems[0].message))\">"
                    + escape(problems.map(\.formatted).joined(separator: "\n")) + "</failure>\n    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    private static func seconds(_ value: Double) -> String {
        String(Double(Int(value * 1000)) / 1000)
    }

    /// XML text and attribute escaping; control characters (illegal in XML 1.0) become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar.value < 0x20 ? " " : scalar)
            }
        }
        return out
    }
}

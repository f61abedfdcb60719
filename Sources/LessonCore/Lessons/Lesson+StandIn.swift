extension Lesson {
    /// What the book holds for a lesson file that could not be loaded (unreadable bytes, malformed
    /// front matter, an unknown snippet option): a page titled with the file's name whose body is
    /// a caution callout listing the problems. The other lessons still build, the table of contents
    /// keeps the page, and a reader of the site or of the preview sees why it is empty.
    ///
    /// The problems travel in `loadProblems`, so every command reports them and fails; the stand-in
    /// has no snippets, is never run or cached, and `fix` never writes it.
    static func standIn(path: String, problems: [Diagnostic]) -> Lesson {
        let report = problems.map(\.formatted).joined(separator: "\n")
        // A fence longer than any run of backticks in the report, so the report cannot close it.
        let longestRun = report.split(whereSeparator: { $0 != "`" }).map(\.count).max() ?? 0
        let fence = String(repeating: "`", count: max(3, longestRun + 1))
        let quoted = ([fence + "text"] + report.lines + [fence]).map { "> " + $0 }
        let markdown = (["> [!CAUTION]"] + quoted).joined(separator: "\n") + "\n"
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var lesson = Lesson(
            path: path, source: markdown, frontMatter: FrontMatter(title: name),
            document: MarkdownParser.parse(markdown), snippets: [])
        lesson.loadProblems = problems
        return lesson
    }
}

import LessonProtocol

/// A lesson's program written to be read: the `main.swift` of its exported package.
///
/// It is the program `ProgramGenerator` makes for the engine, with the same scopes (each snippet
/// opens a `do {` scope that the end of the file closes; declarations Swift allows only at file
/// scope are hoisted by `FileScopeHoister`; `isolated` snippets are file-scope functions), but
/// without `#sourceLocation` and without the protocol markers, and with what a reader needs:
/// - the lesson's headings and each snippet's start as `// MARK:` comments;
/// - `expect-error` snippets commented out (the book shows their error);
/// - each exercise's starter as a comment, followed by its solution;
/// - the prose's inline values printed with their sentence.
/// The only hook left is `_lessonsSnippet(i)` before a snippet that displays figures: it numbers
/// them, so their files are named as the page numbers them (`figure-3-1.svg`).
public struct ExportProgram {
    public var lesson: Lesson
    /// The book's language (`site.yml`), set for `fmt` and the figures' descriptions as the engine
    /// sets it; nil or English needs nothing.
    public var language: String?

    public init(lesson: Lesson, language: String? = nil) {
        self.lesson = lesson
        self.language = language
    }

    /// The snippets whose code is compiled: not commented out (an `expect-error` snippet, a starter).
    private func compiles(_ snippet: Snippet) -> Bool {
        !snippet.options.expectError && snippet.scope != .neverRun
    }

    public func generate() -> String {
        let file = lesson.path.split(separator: "/").last.map(String.init) ?? lesson.path
        var header = """
            // \(lesson.frontMatter.title.replacingLineBreaks)
            //
            // The program of the lesson \(file), exported by `lessons export`: every snippet in
            // reading order, as the book runs them. Each snippet opens a `do {` scope that the end of
            // the file closes, so a later snippet sees the names of earlier ones and may define one
            // again. Declarations Swift allows only at file scope are moved to the top.

            """
        header += RuntimeModules.imported.map { "import \($0)\n" }.joined()
        var fileScope = ""
        var body = ""
        if let language, SiteConfig(language: language).languageCode != "en" {
            header += "#if canImport(Glibc)\n    import Glibc\n#else\n    import Darwin\n#endif\n"
            body += "\n// The book's language, for fmt() and the figures' descriptions (as the book runs it).\n"
            body += "setenv(\"\(LessonEnvironment.language)\", \"\(language)\", 1)\n"
        }
        var openScopes = 0
        let types = FileScopeHoister.typesToHoist(lesson.snippets.filter(compiles).map(\.code))
        var events = blocks()
        for snippet in lesson.snippets {
            while let first = events.first, first.line < snippet.fenceLine {
                body += first.text
                events.removeFirst()
            }
            let title = "Snippet \(snippet.index + 1) (\(file):\(snippet.fenceLine))"
            if !compiles(snippet) {
                body += commentedOut(snippet, title: title)
                continue
            }
            let split = FileScopeHoister.split(snippet.code, types: types)
            for declaration in split.hoisted {
                fileScope +=
                    "\n// From snippet \(snippet.index + 1) (\(file):\(snippet.codeLine + declaration.offset))\n"
                fileScope += declaration.text + "\n"
            }
            let code = Self.trimmed(split.body)
            var notes: [String] = []
            if snippet.options.hide { notes.append("hidden on the page") }
            if snippet.options.nondeterministic { notes.append("its output differs from run to run") }
            if snippet.role == .solution { notes.append("the solution") }
            body += "\n// MARK: \(title)" + (notes.isEmpty ? "" : ": " + notes.joined(separator: ", ")) + "\n"
            if snippet.code.contains("display(") {
                body += "_lessonsSnippet(\(snippet.index))  // names its figures figure-\(snippet.index + 1)-1.svg, …\n"
            }
            switch snippet.scope {
            case .isolated:
                let name = "isolatedSnippet\(snippet.index + 1)"
                fileScope += "\n// Snippet \(snippet.index + 1) is isolated: it sees no other snippet's names.\n"
                fileScope += "func \(name)() {\n" + code + "}\n"
                body += "\(name)()\n"
            case .own, .neverRun:
                body += "do {\n" + code + "}\n"
            case .shared:
                body += "do {\n" + code
                openScopes += 1
            }
        }
        body += events.map(\.text).joined()
        body += String(repeating: "}\n", count: openScopes)
        return header + fileScope + body
    }

    /// An `expect-error` snippet or an exercise's starter, as comments.
    private func commentedOut(_ snippet: Snippet, title: String) -> String {
        let code = Self.trimmed(snippet.shownCode.lines).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map { $0.isEmpty ? "//" : "// " + $0 }.joined(separator: "\n")
        if snippet.role == .exercise {
            let number = lesson.exercises.first { $0.starter == snippet.index }?.number
            let exercise = number.map { "Exercise \($0)" } ?? "An exercise"
            return "\n// MARK: \(title): \(exercise), the code the reader starts from\n" + code + "\n"
        }
        return "\n// MARK: \(title): expected to fail, so commented out (the book shows its error)\n" + code + "\n"
    }

    /// Headings as `// MARK: -` comments and the prose's inline values as `print`s, by line.
    private func blocks() -> [(line: Int, text: String)] {
        var events: [(line: Int, text: String)] = []
        func headings(_ node: Markup) {
            if case .heading = node.kind, let line = node.range?.start.line {
                events.append((line, "\n// MARK: - \(node.plainText.replacingLineBreaks)\n"))
            } else {
                node.children.forEach(headings)
            }
        }
        headings(lesson.document)
        for sentence in InlineSentences.sentences(in: lesson.document) {
            events.append((sentence.line, "print(\"\(sentence.literal)\")  // the text, with its values\n"))
        }
        return events.sorted { $0.line < $1.line }
    }

    /// Code lines without the empty ones at the start and the end (cell options, hoisted lines),
    /// ending with a newline; empty for code with no line left.
    static func trimmed(_ lines: [String]) -> String {
        let isBlank: (String) -> Bool = { $0.allSatisfy(\.isWhitespace) }
        guard let first = lines.firstIndex(where: { !isBlank($0) }),
            let last = lines.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return lines[first...last].joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate var replacingLineBreaks: String {
        split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

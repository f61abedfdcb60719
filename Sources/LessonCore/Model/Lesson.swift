/// A parsed lesson file: front matter, the Markdown tree, and its executable snippets.
public struct Lesson: Hashable, Sendable {
    /// The file's path as the user gave it (relative to the working directory when possible);
    /// used verbatim in diagnostics.
    public var path: String
    /// The raw file contents.
    public var source: String
    public var frontMatter: FrontMatter
    /// The Markdown body; line numbers are lines of the whole file.
    public var document: Markup
    /// The `swift run` fences, in document order.
    public var snippets: [Snippet]
    /// The `` `{swift} expr` `` values in the prose, in document order.
    public var inlineValues: [InlineValue] = []
    /// The exercises, in document order; their starters and solutions are among `snippets`.
    public var exercises: [Exercise] = []
    /// Why the file could not be loaded, for a stand-in lesson (see `Lesson.standIn`); empty for
    /// every lesson that loaded.
    public var loadProblems: [Diagnostic] = []
    /// For a lesson of one edition of a book in several languages, the book's lessons folder
    /// (`Lessons`, above `Lessons/en`): its images and files resolve inside it, so the editions
    /// share one copy (`../shared/net.png`). Nil: inside the lesson's own folder.
    public var bookFolder: String?

    public init(
        path: String, source: String, frontMatter: FrontMatter, document: Markup, snippets: [Snippet],
        inlineValues: [InlineValue] = [], exercises: [Exercise] = []
    ) {
        self.path = path
        self.source = source
        self.frontMatter = frontMatter
        self.document = document
        self.snippets = snippets
        self.inlineValues = inlineValues
        self.exercises = exercises
    }

    /// Whether the lesson has anything to compile and run.
    public var hasCode: Bool { !snippets.isEmpty || !inlineValues.isEmpty }

    /// The file name without directory and `.md` extension, e.g. `02-relu`; names the output pages.
    public var slug: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

/// The YAML block at the top of a lesson.
public struct FrontMatter: Hashable, Sendable {
    public var title: String
    public var order: Int?
    public var description: String?
    /// Time limit for the whole lesson program, in seconds.
    public var timeout: Double?
    /// Memory limit for the lesson program in bytes (`memory: 4GiB`); nil: `RunSettings.memoryLimit`.
    public var memory: Int?
    /// Whether the lesson program may use the network (`network: true`); the sandbox cuts it off.
    public var network = false

    public init(
        title: String, order: Int? = nil, description: String? = nil, timeout: Double? = nil, memory: Int? = nil,
        network: Bool = false
    ) {
        self.title = title
        self.order = order
        self.description = description
        self.timeout = timeout
        self.memory = memory
        self.network = network
    }
}

/// One fenced ```` ```swift run ```` block.
public struct Snippet: Hashable, Sendable {
    /// Position among the lesson's snippets, from 0.
    public var index: Int
    public var code: String
    public var options: SnippetOptions
    /// Line of the opening fence.
    public var fenceLine: Int
    /// Line of the first line of code (the fence line + 1).
    public var codeLine: Int
    /// Line of the closing fence (the last line of the block).
    public var endLine: Int
    /// The ```` ```output ```` fence right after the snippet, if any.
    public var expectedOutput: ExpectedOutput?
    /// A `swift run` cell, or an exercise's starter or solution.
    public var role: Role = .run
    /// How many `//| key: value` cell option lines open the code (`code` holds them as empty
    /// lines, so that line numbers stay right; `shownCode` leaves them out).
    public var cellOptionLines = 0

    /// The code as the pages show it: without the cell option lines.
    public var shownCode: String {
        guard cellOptionLines > 0 else { return code }
        return code.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(cellOptionLines)
            .joined(separator: "\n")
    }

    public init(
        index: Int, code: String, options: SnippetOptions, fenceLine: Int, codeLine: Int, endLine: Int? = nil,
        expectedOutput: ExpectedOutput? = nil
    ) {
        self.index = index
        self.code = code
        self.options = options
        self.fenceLine = fenceLine
        self.codeLine = codeLine
        self.endLine = endLine ?? codeLine + code.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        self.expectedOutput = expectedOutput
    }
}

/// The options after `swift run` in a fence's info string.
public struct SnippetOptions: Hashable, Sendable {
    /// Runs, but the code is not shown (setup).
    public var hide = false
    /// Runs, but the output is not shown.
    public var hideOutput = false
    /// A compile error or a trap is the expected result, shown as the output.
    public var expectError = false
    /// Own scope: sees no earlier state and leaves none behind.
    public var isolated = false
    /// Output shown but never compared (timings, addresses).
    public var nondeterministic = false
    /// The snippet's name; `id` and Quarto's `label` are one option. A label starting with `fig-`
    /// or `tbl-` makes the snippet's one figure or table a target of `@fig-…` / `@tbl-…`.
    public var id: String?
    /// `fig-cap` / `tbl-cap`: the caption of the figure or table the snippet displays.
    public var caption: String?

    public var label: String? { id }

    public init() {}
}

/// An ```` ```output ```` fence: what the text promises a snippet prints.
public struct ExpectedOutput: Hashable, Sendable {
    public var text: String
    /// Line of the opening fence.
    public var fenceLine: Int
    /// Line of the closing fence (the last line of the block).
    public var endLine: Int

    public init(text: String, fenceLine: Int, endLine: Int) {
        self.text = text
        self.fenceLine = fenceLine
        self.endLine = endLine
    }
}

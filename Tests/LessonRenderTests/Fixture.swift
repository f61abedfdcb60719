import ActivationReference

@testable import LessonCore
@testable import LessonRender

/// Lessons and results built by hand, so the render tests depend neither on the engine's parser
/// nor on the book, which are written concurrently.
enum Fixture {
    /// A lesson from Markdown source with front matter: snippets are the `swift run` fences (and
    /// exercises' `swift exercise` / `swift solution` fences), and an `output` fence right after one
    /// is its expected output, as the lesson format says. Exercises are set by hand (`lessons`).
    static func lesson(path: String, source: String) -> Lesson {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var title = "Untitled"
        var description: String?
        var order: Int?
        var bodyStart = 0
        if lines.first == "---", let end = lines.indices.dropFirst().first(where: { lines[$0] == "---" }) {
            for line in lines[1..<end] {
                let parts = line.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces }
                guard parts.count == 2 else { continue }
                switch parts[0] {
                case "title": title = parts[1]
                case "description": description = parts[1]
                case "order": order = Int(parts[1])
                default: break
                }
            }
            bodyStart = end + 1
        }
        let body = lines[bodyStart...].joined(separator: "\n")
        let document = MarkdownParser.parse(body, firstLine: bodyStart + 1)
        var snippets: [Snippet] = []
        let blocks = codeBlocks(document)
        for (position, block) in blocks.enumerated() {
            guard case .codeBlock(let info, let code) = block.kind, let range = block.range else { continue }
            let words = info.split(separator: " ").map(String.init)
            guard words.count >= 2, words[0] == "swift", let role = Snippet.Role(rawValue: words[1]) else { continue }
            var options = SnippetOptions()
            for word in words.dropFirst(2) {
                switch word {
                case "hide": options.hide = true
                case "hide-output": options.hideOutput = true
                case "expect-error": options.expectError = true
                case let word where word.hasPrefix("id="): options.id = String(word.dropFirst(3))
                default: break
                }
            }
            var expected: ExpectedOutput?
            if position + 1 < blocks.count, case .codeBlock(let nextInfo, let nextCode) = blocks[position + 1].kind,
                nextInfo == "output", let nextRange = blocks[position + 1].range
            {
                expected = ExpectedOutput(text: nextCode, fenceLine: nextRange.start.line, endLine: nextRange.end.line)
            }
            var snippet = Snippet(
                index: snippets.count, code: code, options: options, fenceLine: range.start.line,
                codeLine: range.start.line + 1, expectedOutput: expected)
            snippet.role = role
            snippets.append(snippet)
        }
        return Lesson(
            path: path, source: source,
            frontMatter: FrontMatter(title: title, order: order, description: description),
            document: document, snippets: snippets)
    }

    private static func codeBlocks(_ node: Markup) -> [Markup] {
        if case .codeBlock = node.kind { return [node] }
        return node.children.flatMap(codeBlocks)
    }

    /// A small SVG figure drawn with `currentColor`, as the plot library draws them.
    static let figure = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200" role="img" aria-labelledby="t d">
        <title id="t">ReLU</title><desc id="d">Line plot of ReLU.</desc>
        <defs><clipPath id="plot"><rect x="40" y="10" width="270" height="170"/></clipPath></defs>
        <line x1="40" y1="180" x2="310" y2="180" stroke="currentColor"/>
        <polyline clip-path="url(#plot)" fill="none" stroke="#1f77b4" stroke-width="2" points="40,180 175,180 310,10"/>
        <text x="175" y="196" font-size="12" fill="currentColor" text-anchor="middle">x &lt; 0</text>
        </svg>
        """

    static let introSource = """
        ---
        title: Введение
        description: Зачем нужны функции активации
        ---

        # Введение

        Без нелинейности сеть из слоёв $y = xW^\\top + b$ остаётся линейной. Дальше — [ReLU](02-relu.md).

        ```swift run hide
        let secret = 42
        ```

        ```swift run
        print("<script>alert(1)</script> & more")
        ```

        ```output
        stale text that must not appear
        ```
        """

    static let reluSource = """
        ---
        title: Функция ReLU
        description: Определение, график и производная
        ---

        Функция ReLU определяется так:

        $$\\mathrm{ReLU}(x) = \\max(0, x) = \\begin{cases} x, & x > 0 \\\\ 0, & x \\leq 0 \\end{cases}$$

        ## Вычисление

        Цена в $5 и $6 — не формула, а $\\frac{1}{2}$ — формула. См. [введение](01-intro.md#введение). Справка: [ReLU](reference/relu.md), [нет такой](reference/nope.md).

        ```swift run
        let x = Tensor([-2, -1, 0, 1, 2])
        print(ReLU()(x))
        ```

        ```output
        tensor([0, 0, 0, 1, 2])
        ```

        ## График и таблица

        | $x$ | ReLU | Производная |
        |----:|:----:|-------------|
        | -1  | 0    | 0           |
        | 2   | 2    | 1           |

        ```swift run id=fig-relu-plot
        display(plotActivation(ReLU()))
        display(table: [["x", "f(x)"], ["0", "0"]])
        ```

        > [!WARNING]
        > Производная в нуле — это соглашение, а не математика.

        > Обычная цитата.

        ## Ошибки

        ```swift run expect-error
        let y: Int = "a"
        ```

        ```swift run
        for i in 0..<100_000 { print(i) }
        ```

        ```swift run
        print("never")
        ```

        Сравните с Python:

        ```python
        import torch
        print(torch.relu(torch.tensor([-1.0, 2.0])))
        ```

        **Упражнение.** {#exr-relu} Напишите свою `relu`.

        ```swift exercise
        func relu(_ x: Double) -> Double { fatalError() }
        ```

        ```swift solution
        func relu(_ x: Double) -> Double { max(0, x) }
        print(relu(-1))
        ```

        ## Подписи {#sec-captions}

        График — @fig-relu-plot (на рисунке -@fig-relu-plot, задача @exr-relu), формула @eq-step, значения в @tbl-step; раздел @sec-captions. Не ссылки: \\@fig-relu-plot, a@fig-relu-plot.ru, @MainActor.

        $$H(x) = [x > 0]$$ {#eq-step}

        | x | H(x) |
        |---|------|
        | 1 | 1    |

        : Ступенька Хевисайда {#tbl-step}
        """

    static var lessons: [Lesson] {
        var relu = lesson(path: "Lessons/02-relu.md", source: reluSource)
        let exerciseLine =
            reluSource.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("**Упражнение.**") }.map { $0 + 1 } ?? 0
        relu.exercises = [Exercise(number: 1, label: "exr-relu", line: exerciseLine, starter: 5, solution: 6)]
        return [lesson(path: "Lessons/01-intro.md", source: introSource), relu]
    }

    /// Results as the engine would produce them for `lessons`.
    static var results: [LessonResult] {
        let lessons = self.lessons
        let intro = LessonResult(
            lesson: lessons[0],
            snippets: [
                SnippetResult(status: .succeeded),
                SnippetResult(status: .succeeded, items: [.text("<script>alert(1)</script> & more\n")]),
            ])
        let relu = LessonResult(
            lesson: lessons[1],
            snippets: [
                SnippetResult(status: .succeeded, items: [.text("tensor([0, 0, 0, 1, 2])\n")]),
                SnippetResult(
                    status: .succeeded,
                    items: [
                        .figure(svg: figure),
                        .table(DisplayTable(headers: ["x", "f(x) | <b>"], rows: [["0", "0"]])),
                    ]),
                SnippetResult(
                    status: .failedAsExpected,
                    items: [
                        .text(
                            "Lessons/02-relu.md:38:14: error: cannot convert value of type 'String' to specified type 'Int'\n"
                        )
                    ]),
                SnippetResult(status: .failed, items: [.text("0\n1\n2\n")], truncated: true),
                SnippetResult(status: .notRun),
                SnippetResult(status: .succeeded),
                SnippetResult(status: .succeeded, items: [.text("0.0\n")]),
            ])
        return [intro, relu]
    }

    static let russianSite = SiteConfig(title: "ReLU <от> начала", language: "ru", author: "Авторы")

    static func render(_ site: SiteConfig = russianSite) -> [String: [UInt8]] {
        SiteRenderer(site: site, sources: [ActivationReferencePages()]).render(results)
    }

    /// The fixture site, rendered once for all tests that only read it.
    static let site: [String: [UInt8]] = render()

    static func text(_ files: [String: [UInt8]], _ path: String) -> String {
        files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

import Testing

@testable import LessonCore
@testable import LessonRender

@Suite struct MarkdownPageTests {
    let relu = Fixture.text(Fixture.site, "markdown/02-relu.md")
    let intro = Fixture.text(Fixture.site, "markdown/01-intro.md")

    @Test func codeFencesAreFollowedByComputedOutput() {
        #expect(
            relu.contains(
                "```swift\nlet x = Tensor([-2, -1, 0, 1, 2])\nprint(ReLU()(x))\n```\n\n**Вывод:**\n\n```text\ntensor([0, 0, 0, 1, 2])\n```\n"
            ))
        #expect(!intro.contains("stale text"))
        #expect(!intro.contains("secret"))
        #expect(!relu.contains("swift run"))
        #expect(!intro.hasPrefix("---"), "front matter becomes a title")
        #expect(intro.hasPrefix("# Введение\n"))
        #expect(relu.hasPrefix("# Функция ReLU\n\nОпределение, график и производная\n"))
    }

    @Test func figuresAreRelativeImagesAndTablesArePipeTables() {
        #expect(
            relu.contains("![Рисунок 2.1. ReLU](figures/02-relu-2-1.svg)\n\n*Рисунок 2.1. ReLU*"),
            "numbered in the book, titled by the figure")
        #expect(Fixture.site["markdown/figures/02-relu-2-1.svg"] == Array(Fixture.figure.utf8))
        #expect(relu.contains("| x | f(x) \\| \\<b\\> |\n| --- | --- |\n| 0 | 0 |"))
    }

    @Test func authorsMarkdownIsKeptAsWritten() {
        #expect(
            relu.contains(#"$$\mathrm{ReLU}(x) = \max(0, x) = \begin{cases} x, & x > 0 \\ 0, & x \leq 0 \end{cases}$$"#)
        )
        #expect(relu.contains("> [!WARNING]\n> Производная в нуле"))
        #expect(relu.contains("[введение](01-intro.md#введение)"))
        #expect(relu.contains("| $x$ | ReLU | Производная |\n|----:|:----:|-------------|"))
    }

    @Test func statusesAndNavigation() {
        #expect(relu.contains("> [!CAUTION]\n> Фрагмент завершился ошибкой"))
        #expect(relu.contains("*Вывод обрезан*"))
        #expect(relu.hasSuffix("---\n\n← [Введение](01-intro.md) · [Оглавление](README.md)\n"))
        let readme = Fixture.text(Fixture.site, "markdown/README.md")
        #expect(readme.hasPrefix("# ReLU \\<от\\> начала\n"))
        #expect(
            readme.contains("1. [Введение](01-intro.md) — Зачем нужны функции активации\n2. [Функция ReLU](02-relu.md)")
        )
        #expect(readme.contains("- [`ReLU`](reference/relu.md)"))
    }

    @Test func outputFencesOutgrowBackticksInTheOutput() {
        #expect(MarkdownLessonRenderer.fence("a ``` b\n", info: "text") == "````text\na ``` b\n````\n")
    }

    // MARK: Pages that keep the document's meaning

    /// The lesson's source with one snippet that printed `output`, rendered to both pages.
    static func pages(printing output: String) -> (markdown: String, html: String) {
        let lesson = Fixture.lesson(
            path: "Lessons/01-fences.md",
            source: """
                ---
                title: Fences
                ---

                ```swift run
                print(fences)
                ```
                """)
        let result = LessonResult(lesson: lesson, snippets: [SnippetResult(status: .succeeded, items: [.text(output)])])
        let markdown = MarkdownLessonRenderer(result: result, strings: .forLanguage("en")).render(
            previous: nil, next: nil
        ).page
        var html = HTMLLessonRenderer(
            result: result, prepared: PreparedLesson(lesson), strings: .forLanguage("en"), links: LessonLinks(slugs: [])
        )
        html.renderDocument()
        return (markdown, html.html.string)
    }

    /// The text of every code block of `markdown` as cmark reads it, in document order.
    static func codeBlocks(_ markdown: String) -> [String] {
        func walk(_ node: Markup) -> [String] {
            if case .codeBlock(_, let code) = node.kind { return [code] }
            return node.children.flatMap(walk)
        }
        return walk(MarkdownParser.parse(markdown))
    }

    @Test func outputWithFencesBlankLinesAndTrailingSpacesIsKeptByteForByte() {
        let output = "```\n\n\n\n````\nend ```  \n  \n\n~~~\ntrailing   \n\n"
        let (markdown, html) = Self.pages(printing: output)
        #expect(markdown.contains("`````text\n" + output + "`````\n"), "the fence outgrows the output's backticks")
        #expect(Self.codeBlocks(markdown) == ["print(fences)\n", output], "cmark reads the output back unchanged")
        #expect(html.contains("<samp>" + HTMLBuilder.escape(String(output.dropLast())) + "</samp>"))
    }

    @Test func blankLinesInsideTheAuthorsCodeAreCode() {
        let source = """
            ---
            title: Code
            ---

            Indented:

                let a = 1


                let b = 2



            - A list item with code:

                  first


                  second

              ```
              fenced


              in the item
              ```

            > ```
            > quoted
            >
            >
            > code
            > ```

            <pre>
            raw


            html
            </pre>


            End.
            """
        let lesson = Fixture.lesson(path: "Lessons/01-code.md", source: source)
        let page = MarkdownLessonRenderer(
            result: LessonResult(lesson: lesson, snippets: []), strings: .forLanguage("en")
        )
        .render(previous: nil, next: nil).page
        let body = String(
            source.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4).joined(separator: "\n"))
        #expect(Self.codeBlocks(page) == Self.codeBlocks(body))
        #expect(Self.codeBlocks(page).count == 4)
        #expect(
            page.contains("<pre>\nraw\n\n\nhtml\n</pre>\n\nEnd.\n"),
            "raw HTML keeps its blank lines; blank lines between blocks become one")
    }

    @Test func aFenceLeftOpenIsClosedBeforeTheFooter() {
        for (source, code) in [
            ("```\nopen\n\n\n", "open\n\n\n"),
            ("~~~~ text\nopen ```\n~~~", "open ```\n~~~\n"),
            ("- item\n\n  ```\n  open", "open\n"),
            ("> ```\n> open\n>\n", "open\n\n"),
        ] {
            let lesson = Fixture.lesson(path: "Lessons/01-open.md", source: "---\ntitle: Open\n---\n\n" + source)
            let page = MarkdownLessonRenderer(
                result: LessonResult(lesson: lesson, snippets: []), strings: .forLanguage("en")
            )
            .render(previous: nil, next: [(slug: "02-next", title: "Next")].first).page
            #expect(Self.codeBlocks(page) == [code], "\(source)")
            let document = MarkdownParser.parse(page)
            #expect(
                document.children.suffix(2).map(\.kind) == [.thematicBreak, .paragraph],
                "the footer is not code: \(page)")
        }
    }

    @Test func snippetsInListItemsAndQuotesStayInThem() {
        let lesson = Fixture.lesson(
            path: "Lessons/01-steps.md",
            source: """
                ---
                title: Steps
                ---

                1. First step:

                   ```swift run
                   print(1)
                   ```

                > - Quoted:
                >   ```swift run
                >   print(2)
                >   ```
                """)
        let result = LessonResult(
            lesson: lesson,
            snippets: [
                SnippetResult(status: .succeeded, items: [.text("1\n\n")]),
                SnippetResult(status: .succeeded, items: [.text("2\n")]),
            ])
        let page = MarkdownLessonRenderer(result: result, strings: .forLanguage("en")).render(previous: nil, next: nil)
            .page
        #expect(page.contains("   ```swift\n   print(1)\n   ```\n\n   **Output:**\n\n   ```text\n   1\n\n   ```\n"))
        let document = MarkdownParser.parse(page)
        func blocks(_ node: Markup) -> [Markup] {
            node.children.flatMap { $0.kind == .item ? $0.children : blocks($0) }
        }
        let inItems = blocks(document).compactMap { node -> String? in
            if case .codeBlock(_, let code) = node.kind { return code }
            return nil
        }
        #expect(inItems == ["print(1)\n", "1\n\n", "print(2)\n", "2\n"], "code and output stay inside the list items")
    }
}

import Testing

@testable import LessonCore
@testable import LessonRender

/// Labels, numbers, captions and `@…` references (Quarto's syntax), on both pages, and the
/// problems `BookIndex` reports at their lines.
@Suite struct CrossReferenceTests {
    // MARK: The fixture book (HTML checked by the Nu checker in SiteValidationTests)

    let html = Fixture.text(Fixture.site, "html/02-relu.html")
    let markdown = Fixture.text(Fixture.site, "markdown/02-relu.md")

    @Test func labelledHeadingKeepsItsTitleAndTakesTheLabelAsId() {
        #expect(html.contains(##"<h2 id="sec-captions">Подписи<a class="anchor" href="#sec-captions""##))
        #expect(!html.contains("{#sec-captions}"))
        #expect(markdown.contains("\n## Подписи <a id=\"sec-captions\"></a>\n"))
    }

    @Test func referencesBecomeLinksOnBothPages() {
        #expect(
            html.contains(
                ##"График — <a href="#fig-relu-plot">Рисунок 2.1</a> (на рисунке <a href="#fig-relu-plot">2.1</a>, задача <a href="#exr-relu">Упражнение 2.1</a>), формула <a href="#eq-step">(2.1)</a>, значения в <a href="#tbl-step">Таблица 2.1</a>; раздел <a href="#sec-captions">Подписи</a>."##
            ))
        #expect(
            markdown.contains(
                "График — [Рисунок 2.1](#fig-relu-plot) (на рисунке [2.1](#fig-relu-plot), задача [Упражнение 2.1](#exr-relu)), формула [(2.1)](#eq-step), значения в [Таблица 2.1](#tbl-step); раздел [Подписи](#sec-captions)."
            ))
    }

    @Test func escapedAtSignsAddressesAndAttributesAreText() {
        #expect(html.contains("Не ссылки: @fig-relu-plot, a@fig-relu-plot.ru, @MainActor."))
        #expect(markdown.contains(##"Не ссылки: \@fig-relu-plot, a@fig-relu-plot.ru, @MainActor."##))
    }

    @Test func figuresAreNumberedAndCaptioned() {
        #expect(html.contains(##"<figure class="figure" id="fig-relu-plot"><svg"##))
        #expect(html.contains("</svg><figcaption>Рисунок 2.1. ReLU</figcaption></figure>"))
        #expect(
            markdown.contains(
                "<a id=\"fig-relu-plot\"></a>![Рисунок 2.1. ReLU](figures/02-relu-2-1.svg)\n\n*Рисунок 2.1. ReLU*"))
    }

    @Test func labelledEquationShowsItsNumber() {
        #expect(html.contains(##"<div class="math-display numbered" id="eq-step"><math display="block">"##))
        #expect(html.contains(##"</math><span class="equation-number">(2.1)</span></div>"##))
        #expect(markdown.contains(##"$$H(x) = [x > 0] \tag{2.1} $$"##))
    }

    @Test func tableCaptionIsTheTablesCaption() {
        #expect(
            html.contains(
                "<div class=\"table-wrap\"><table id=\"tbl-step\">\n<caption>Таблица 2.1. Ступенька Хевисайда</caption>"
            ))
        #expect(!html.contains(": Ступенька"))
        #expect(markdown.contains("<a id=\"tbl-step\"></a>*Таблица 2.1.* Ступенька Хевисайда"))
    }

    @Test func fixturesBrokenLinkIsReported() {
        let book = SiteRenderer(site: Fixture.russianSite, sources: [ActivationReferenceStub()]).book(Fixture.results)
        #expect(
            book.diagnostics.map(\.formatted) == [
                "Lessons/02-relu.md:12: error: link 'reference/nope.md': no page 'nope' in 'reference/'"
            ])
    }

    // MARK: Lessons parsed by the engine's parser

    static let first = """
        ---
        title: One
        ---

        # One

        ```swift run
        //| fig-cap: Unlabelled, captioned
        display(svg: a)
        ```

        ```swift run
        //| label: fig-second
        //| fig-cap: The second figure
        display(svg: b)
        ```

        ```swift run
        //| label: tbl-code
        //| tbl-cap: From code
        display(table: t)
        ```

        ## Setup {#sec-setup}

        $$ y = x $$ {#eq-line}
        """

    static let second = """
        ---
        title: Two
        ---

        Back to @fig-second, -@eq-line, @tbl-code, @sec-setup; [setup](01-one.md#sec-setup), [top](#two).

        ## Two

        [missing](01-one.md#nowhere) and [here](#nothing) and @fig-nowhere; code: `@fig-second`.

        ```swift run
        //| label: fig-two
        display(svg: a)
        display(svg: b)
        ```

        ## Again {#sec-setup}
        """

    static func book(language: String = "en") throws -> (BookIndex, [String: [UInt8]]) {
        let one = try LessonParser.parse(path: "Lessons/01-one.md", source: first)
        let two = try LessonParser.parse(path: "Lessons/02-two.md", source: second)
        let figure = OutputItem.figure(svg: Fixture.figure)
        let table = OutputItem.table(DisplayTable(headers: ["a"], rows: [["1"]]))
        let results = [
            LessonResult(
                lesson: one,
                snippets: [
                    SnippetResult(status: .succeeded, items: [figure]),
                    SnippetResult(status: .succeeded, items: [figure]),
                    SnippetResult(status: .succeeded, items: [table]),
                ]),
            LessonResult(lesson: two, snippets: [SnippetResult(status: .succeeded, items: [figure, figure])]),
        ]
        let renderer = SiteRenderer(site: SiteConfig(title: "T", language: language))
        let book = renderer.book(results)
        return (book, renderer.render(results, book: book))
    }

    @Test func figuresAreNumberedInOrderAcrossTheLesson() throws {
        let (_, files) = try Self.book()
        let one = Fixture.text(files, "html/01-one.html")
        #expect(one.contains("<figcaption>Figure 1.1. Unlabelled, captioned</figcaption>"))
        #expect(one.contains("<figcaption>Figure 1.2. The second figure</figcaption>"))
        #expect(one.contains("<table id=\"tbl-code\">\n<caption>Table 1.1. From code</caption>"))
        #expect(one.contains(##"<span class="equation-number">(1.1)</span>"##))
        let two = Fixture.text(files, "html/02-two.html")
        #expect(two.contains("<figcaption>Figure 2.1. ReLU</figcaption>"))
        #expect(two.contains("<figcaption>Figure 2.2. ReLU</figcaption>"))
    }

    @Test func referencesAcrossLessons() throws {
        let (_, files) = try Self.book()
        let html = Fixture.text(files, "html/02-two.html")
        #expect(
            html.contains(
                ##"Back to <a href="01-one.html#fig-second">Figure 1.2</a>, <a href="01-one.html#eq-line">1.1</a>, <a href="01-one.html#tbl-code">Table 1.1</a>, <a href="01-one.html#sec-setup">Setup</a>;"##
            ))
        let markdown = Fixture.text(files, "markdown/02-two.md")
        #expect(
            markdown.contains(
                "Back to [Figure 1.2](01-one.md#fig-second), [1.1](01-one.md#eq-line), [Table 1.1](01-one.md#tbl-code), [Setup](01-one.md#sec-setup);"
            ))
        #expect(Fixture.text(files, "markdown/01-one.md").contains("*Table 1.1. From code*\n\n| a |"))
    }

    @Test func codeIsNeverAReference() throws {
        let (_, files) = try Self.book()
        #expect(Fixture.text(files, "html/02-two.html").contains("code: <code>@fig-second</code>."))
        #expect(Fixture.text(files, "markdown/02-two.md").contains("code: `@fig-second`."))
    }

    @Test func cellOptionsAreNotShown() throws {
        let (_, files) = try Self.book()
        #expect(!Fixture.text(files, "html/01-one.html").contains("//|"))
        #expect(!Fixture.text(files, "markdown/01-one.md").contains("//|"))
        #expect(Fixture.text(files, "markdown/01-one.md").contains("```swift\ndisplay(svg: b)\n```"))
    }

    @Test func problemsAreReportedAtTheirLines() throws {
        let (book, _) = try Self.book()
        #expect(
            book.diagnostics.map(\.formatted) == [
                "Lessons/02-two.md:9: error: unknown label 'fig-nowhere' in '@fig-nowhere'",
                "Lessons/02-two.md:9: error: link '01-one.md#nowhere': no heading or label '#nowhere' in lesson '01-one'",
                "Lessons/02-two.md:9: error: link '#nothing': no heading or label '#nothing' on this page",
                "Lessons/02-two.md:11: error: snippet 'fig-two' must display exactly one figure, but displayed 2",
                "Lessons/02-two.md:17: error: duplicate label 'sec-setup' (first at 01-one.md:24)",
            ])
    }

    @Test func externalLinksAreListedNotChecked() throws {
        let lesson = try LessonParser.parse(
            path: "Lessons/01-a.md",
            source: "---\ntitle: A\n---\n\n[PyTorch](https://pytorch.org) and <mailto:a@b.c>, [local](#a).\n\n# A\n")
        let book = SiteRenderer(site: SiteConfig(title: "T")).book([LessonResult(lesson: lesson, snippets: [])])
        #expect(
            book.externalLinks.map { "\($0.path):\($0.line): \($0.url)" } == [
                "Lessons/01-a.md:5: https://pytorch.org", "Lessons/01-a.md:5: mailto:a@b.c",
            ])
        #expect(book.diagnostics == [])
    }

    @Test func referenceSyntax() {
        let found = CrossReferenceSyntax.references(
            in: "See @fig-a, -@eq-b. x@fig-c \\@fig-d @MainActor @sec-e- (@tbl-f)")
        #expect(found.map(\.label) == ["fig-a", "eq-b", "sec-e", "tbl-f"])
        #expect(found.map(\.numberOnly) == [false, true, false, false])
    }
}

/// A page source with one page, `reference/relu`, for link checks.
struct ActivationReferenceStub: PageSource {
    var name: String { "stub" }
    func pages(in context: PageSourceContext) -> SourcedPages {
        SourcedPages(
            folder: "reference", heading: "Reference", anchor: "reference",
            pages: [.init(slug: "relu", title: "ReLU", sections: [])], files: [])
    }
}

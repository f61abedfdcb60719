import Testing

@testable import LessonCore
@testable import LessonRender

@Suite struct HTMLPageTests {
    let relu = Fixture.text(Fixture.site, "html/02-relu.html")
    let intro = Fixture.text(Fixture.site, "html/01-intro.html")
    let index = Fixture.text(Fixture.site, "html/index.html")

    @Test func everyExpectedFileIsThere() {
        let paths = Set(Fixture.site.keys)
        for path in [
            "html/index.html", "html/01-intro.html", "html/02-relu.html", "html/style.css",
            "html/figures/02-relu-2-1.svg", "html/reference/relu.html", "html/reference/figures/relu.svg",
            "markdown/README.md", "markdown/01-intro.md", "markdown/02-relu.md", "markdown/figures/02-relu-2-1.svg",
            "markdown/reference/relu.md", "markdown/reference/figures/relu.svg",
        ] {
            #expect(paths.contains(path), "\(path)")
        }
    }

    @Test func printedMarkupIsShownAsText() {
        #expect(intro.contains("<samp>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</samp>"))
        #expect(!intro.contains("<script>alert"))
        // The site title `ReLU <от> начала` is escaped in the title, the header and the index.
        #expect(intro.contains("<title>Введение · ReLU &lt;от&gt; начала</title>"))
        #expect(index.contains("<h1>ReLU &lt;от&gt; начала</h1>"))
        // A displayed table's cells are text too.
        #expect(relu.contains("<th>f(x) | &lt;b&gt;</th>"))
    }

    @Test func snippetsShowCodeThenComputedOutput() {
        #expect(!intro.contains("secret"), "a `hide` snippet's code is not shown")
        #expect(!intro.contains("stale text"), "the author's output fence is replaced by the computed output")
        #expect(!relu.contains("swift run"), "snippet options never show")
        let code = relu.range(of: "<span class=\"type\">ReLU</span>()(x))")!
        let output = relu.range(of: "<samp>tensor([0, 0, 0, 1, 2])</samp>")!
        #expect(code.upperBound < output.lowerBound)
        #expect(relu.contains(#"<section class="output" aria-label="Вывод"><p class="output-label">Вывод</p>"#))
    }

    @Test func statusesAndTruncationAreVisible() {
        #expect(relu.contains(#"<section class="output output-failed""#))
        #expect(relu.contains("Фрагмент завершился ошибкой"))
        #expect(relu.contains(#"<p class="output-truncated">Вывод обрезан</p>"#))
        #expect(relu.contains("Ошибка, как и ожидалось"))
        #expect(relu.contains("Не выполнен: ранее произошла ошибка"))
    }

    @Test func figuresAreInlineAndWrittenAsFiles() {
        #expect(relu.contains(##"<figure class="figure" id="fig-relu-plot"><svg xmlns="http://www.w3.org/2000/svg""##))
        #expect(
            relu.contains("role=\"img\" aria-labelledby=\"t d\">\n<title id=\"t\">ReLU</title>"),
            "the figure keeps its own accessible name and the ids it was made with")
        let unlabelled = SVGInliner.inline("<svg width=\"1\"></svg>", label: "Рисунок <1>")
        #expect(unlabelled == #"<svg role="img" aria-label="Рисунок &lt;1&gt;" width="1"></svg>"#)
        #expect(!relu.contains("<?xml"))
        #expect(relu.contains(##"clip-path="url(#plot)""##), "ids are not rewritten")
        #expect(Fixture.site["html/figures/02-relu-2-1.svg"] == Array(Fixture.figure.utf8))
    }

    @Test func headingsHaveCyrillicAnchorsAndTableOfContents() {
        #expect(
            relu.contains(##"<h2 id="график-и-таблица">График и таблица<a class="anchor" href="#график-и-таблица""##))
        #expect(relu.contains(#"<nav class="toc" aria-label="На этой странице">"#))
        #expect(relu.contains(##"<li class="toc-level-2"><a href="#ошибки">Ошибки</a></li>"##))
        var anchors = HeadingAnchors()
        #expect(anchors.id(for: "Функция ReLU: f(x) = max(0, x)!") == "функция-relu-f-x-max-0-x")
        #expect(anchors.id(for: "Функция ReLU: f(x) = max(0, x)!") == "функция-relu-f-x-max-0-x-1")
        #expect(anchors.id(for: "???") == "section")
    }

    @Test func navigationBetweenLessons() {
        #expect(relu.contains(#"<a class="pager-previous" href="01-intro.html" rel="prev">"#))
        #expect(intro.contains(#"<a class="pager-next" href="02-relu.html" rel="next">"#))
        #expect(!relu.contains("pager-next"), "the last lesson has no next link")
        #expect(intro.contains(#"<a href="02-relu.html">ReLU</a>"#), "links between lessons point at the .html pages")
        // Percent-encoded as cmark writes it; a browser decodes the fragment to find the heading.
        #expect(
            relu.contains(#"<a href="01-intro.html#%D0%B2%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5">введение</a>"#))
        #expect(relu.contains(#"<a href="reference/relu.html">ReLU</a>"#), "links to reference pages too")
        #expect(relu.contains(#"<a href="reference/nope.md">нет такой</a>"#), "unknown pages are left alone")
        #expect(index.contains(#"<a href="01-intro.html">Введение</a><p>Зачем нужны функции активации</p>"#))
        #expect(index.contains(#"<a href="reference/relu.html"><code>ReLU</code></a>"#))
    }

    @Test func mathIsMathMLAndDollarAmountsAreText() {
        #expect(relu.contains(#"<div class="math-display"><math display="block"><semantics><mrow><mi>ReLU</mi>"#))
        #expect(relu.contains("Цена в $5 и $6 — не формула, а <math><semantics><mfrac>"))
        #expect(intro.contains("<msup><mi>W</mi><mi>⊤</mi></msup>"))
    }

    @Test func calloutsTablesAndOtherCode() {
        #expect(
            relu.contains(
                #"<aside class="callout callout-warning"><p class="callout-label">Предупреждение</p><p>Производная в нуле"#
            ))
        #expect(relu.contains("<blockquote>\n<p>Обычная цитата.</p>\n</blockquote>"))
        #expect(relu.contains(#"<th class="align-right"><math>"#))
        #expect(relu.contains(#"<td class="align-center">0</td>"#))
        #expect(
            relu.contains("<pre class=\"code\"><code class=\"language-python\">import torch\n"),
            "other languages are shown as plain code")
    }

    @Test func accessibleOfflinePage() {
        for page in [relu, intro, index] {
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">"))
            #expect(page.contains(##"<a class="skip-link" href="#main">Перейти к содержанию</a>"##))
            #expect(page.contains(#"<main id="main">"#))
            #expect(page.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#))
            // Nothing is fetched from the network: no absolute URLs in src or href.
            #expect(!page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("href=\"//"))
        }
        let css = Fixture.text(Fixture.site, "html/style.css")
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
        #expect(css.contains("@media print"))
        #expect(!css.contains("url(") && !css.contains("@import"))
    }

    @Test func interfaceFallsBackToEnglish() {
        let files = Fixture.render(SiteConfig(title: "Book", language: "de"))
        let page = Fixture.text(files, "html/02-relu.html")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"))
        #expect(page.contains(#"<p class="output-label">Output</p>"#))
        #expect(page.contains(#"<p class="callout-label">Warning</p>"#))
        #expect(Fixture.text(files, "markdown/02-relu.md").contains("**Output:**"))
    }

    @Test func buildsAreByteForByteReproducible() {
        let again = Fixture.render()
        #expect(again == Fixture.site)
    }

    @Test func linkTargetsArePercentEncodedAsCmarkDoes() {
        let lesson = Fixture.lesson(
            path: "Lessons/01-intro.md",
            source: """
                ---
                title: Links
                ---

                [space](<my file.md>) [backslash](<a\\b>) [letters](#заголовок) [kept](a-z_0.9+!*'(),%41#@?=;:/&$~)
                [quotes](<x"[]^`{|}y>) [lesson](01-intro.md#раздел) ![image](<my pic.png>)
                """)
        var renderer = HTMLLessonRenderer(
            result: LessonResult(lesson: lesson, snippets: []), prepared: PreparedLesson(lesson),
            strings: .forLanguage("en"),
            links: LessonLinks(slugs: ["01-intro"]))
        renderer.renderDocument()
        let html = renderer.html.string
        #expect(html.contains(#"<a href="my%20file.md">space</a>"#))
        #expect(html.contains(#"<a href="a%5Cb">backslash</a>"#))
        #expect(html.contains(##"<a href="#%D0%B7%D0%B0%D0%B3%D0%BE%D0%BB%D0%BE%D0%B2%D0%BE%D0%BA">letters</a>"##))
        #expect(html.contains(#"<a href="a-z_0.9+!*'(),%41#@?=;:/&amp;$~">kept</a>"#))
        #expect(html.contains(#"<a href="x%22%5B%5D%5E%60%7B%7C%7Dy">quotes</a>"#))
        #expect(
            html.contains(#"<a href="01-intro.html#%D1%80%D0%B0%D0%B7%D0%B4%D0%B5%D0%BB">lesson</a>"#),
            ".md links still point at the pages")
        #expect(html.contains(#"<img src="my%20pic.png" alt="image">"#))
        #expect(
            HTMLBuilder.href("assets/images/my%20net.png") == "assets/images/my%20net.png",
            "encoding twice changes nothing")
    }
}

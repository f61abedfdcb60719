import ActivationReference
import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// The site search: what `search-index.js` holds for the fixture book, that nothing an author writes
/// can break out of it, the search box on every page, and searching in headless Chromium.
@Suite struct SearchIndexTests {
    struct Page: Decodable {
        var title: String
        var url: String
        var sections: [[String]]

        func section(_ anchor: String) -> (heading: String, text: String)? {
            sections.first { $0[1] == anchor }.map { ($0[0], $0[2]) }
        }
    }

    /// The index as the browser reads it: the file is one assignment of a JSON value.
    static func pages(_ files: [String: [UInt8]]) throws -> [Page] {
        let script = Fixture.text(files, "html/search-index.js")
        let prefix = "window.lessonsSearchIndex = "
        let start = try #require(script.range(of: prefix)).upperBound
        let end = try #require(script.range(of: ";\n", options: .backwards)).lowerBound
        return try JSONDecoder().decode([Page].self, from: Data(script[start..<end].utf8))
    }

    @Test func indexHoldsTitlesHeadingsAnchorsAndProse() throws {
        let pages = try Self.pages(Fixture.site)
        #expect(pages.prefix(2).map(\.url) == ["01-intro.html", "02-relu.html"], "lessons first, in reading order")
        let intro = pages[0]
        let relu = pages[1]
        #expect(intro.title == "Введение")
        #expect(intro.sections.map { $0[1] } == ["введение"], "a lesson opening with its heading has no empty top")
        #expect(
            intro.section("введение")?.text.contains("сеть из слоёв y = xWᵀ + b остаётся линейной") == true,
            "inline formulas are written as text")

        #expect(relu.title == "Функция ReLU")
        #expect(relu.sections.map { $0[1] } == ["", "вычисление", "график-и-таблица", "ошибки", "sec-captions"])
        let top = try #require(relu.section(""))
        #expect(
            top.text == "Определение, график и производная Функция ReLU определяется так:",
            "the lead the page shows, then the prose; the display formula is left out")
        #expect(relu.section("вычисление")?.text.contains("Цена в $5 и $6 — не формула, а 1/2 — формула.") == true)
        let table = try #require(relu.section("график-и-таблица"))
        #expect(table.heading == "График и таблица")
        #expect(table.text.contains("x ReLU Производная -1 0 0"), "table cells")
        #expect(table.text.contains("Производная в нуле — это соглашение, а не математика. Обычная цитата."))
        #expect(!table.text.contains("[!WARNING]"), "the callout marker is syntax, not text")
        let everything = pages.flatMap(\.sections).map { $0[2] }.joined(separator: "\n")
        for code in ["Tensor([-2", "tensor([0, 0", "import torch", "never", "\\begin{cases}", "secret"] {
            #expect(!everything.contains(code), "fenced code, outputs and display formulas are not indexed: \(code)")
        }

        let reference = try #require(pages.first { $0.url == "reference/relu.html" })
        #expect(reference.title == "ReLU")
        #expect(reference.section("derivative")?.heading == "Производная")
        #expect(reference.section("")?.text == "torch.nn.ReLU")
    }

    /// The index links into pages by anchor: every one must be an id on its page.
    @Test func everyAnchorIsAnIdOnItsPage() throws {
        let pages = try Self.pages(Fixture.site)
        #expect(pages.count > 10, "lessons and reference pages")
        for page in pages {
            let html = Fixture.text(Fixture.site, "html/" + page.url)
            #expect(!html.isEmpty, "\(page.url) is a page of the site")
            for section in page.sections where !section[1].isEmpty {
                #expect(html.contains("id=\"\(section[1])\""), "\(page.url)#\(section[1])")
            }
        }
    }

    @Test func authorTextCannotBreakOutOfTheScript() throws {
        let source = """
            ---
            title: A "quoted" </script> title
            ---

            ## `</script>` and \\</SCRIPT> \\ "both" 'quotes'

            Line\u{2028}separator and paragraph\u{2029}separator, \\<!-- not a comment --> & more.
            """
        let lesson = Fixture.lesson(path: "Lessons/03-tricky.md", source: source)
        let files = SiteRenderer(site: SiteConfig(title: "Book", language: "en"))
            .render([LessonResult(lesson: lesson, snippets: [])])
        let script = Fixture.text(files, "html/search-index.js")
        #expect(!script.lowercased().contains("</script"))
        #expect(!script.contains("<!--"))
        #expect(!script.contains("\u{2028}") && !script.contains("\u{2029}"))
        let page = try #require(try Self.pages(files).first)
        #expect(page.title == "A \"quoted\" </script> title")
        let section = try #require(page.sections.first)
        #expect(section[0] == "</script> and </SCRIPT> \\ \"both\" 'quotes'")
        #expect(
            section[2] == "Line separator and paragraph separator, <!-- not a comment --> & more.",
            "line and paragraph separators are whitespace between words")
        #expect(JavaScriptString.literal("</script>\"\\\u{2028}\n\u{1}") == #""\u003c/script\u003e\"\\\u2028\n\u0001""#)
        #expect(JavaScriptString.literal("— ё\u{2029}&") == #""— ё\u2029\u0026""#, "other text passes as it is")
    }

    @Test func indexIsByteStable() {
        let again = Fixture.render()
        #expect(again["html/search-index.js"] == Fixture.site["html/search-index.js"])
        #expect(again["html/search.js"] == Fixture.site["html/search.js"])
    }

    @Test func everyPageHasAHiddenLabelledSearchBox() {
        for (path, root) in [("html/index.html", ""), ("html/02-relu.html", ""), ("html/reference/relu.html", "../")] {
            let page = Fixture.text(Fixture.site, path)
            #expect(
                page.contains(
                    #"<form class="search" role="search" hidden data-root="\#(root)" data-found="Найдено: {n}" data-none="Ничего не найдено">"#
                ),
                "\(path): hidden until the script shows it")
            #expect(
                page.contains(
                    #"<label class="visually-hidden" for="site-search">Поиск</label><input type="search" id="site-search""#
                ))
            #expect(page.contains(#"placeholder="Поиск по книге""#))
            #expect(page.contains(#"<p class="search-status" id="site-search-status" aria-live="polite"></p>"#))
            #expect(page.contains("<script src=\"\(root)search.js\"></script>\n</body>"))
        }
        let english = Fixture.text(Fixture.render(SiteConfig(title: "Book", language: "de")), "html/02-relu.html")
        #expect(english.contains(#"data-found="Results: {n}" data-none="No results">"#))
        #expect(english.contains(#"<label class="visually-hidden" for="site-search">Search</label>"#))
    }

    /// Searches the fixture site in headless Chromium through `?q=` on three pages, from one harness
    /// page (one browser start): a Russian word finds its section, `е` finds `ё`, capitals find
    /// lower case and another ending of a word finds it, links from a reference page climb to the
    /// lessons, ↓ moves to the first result, and titles rank before headings before text.
    @Test(.enabled(if: ExternalTools.shouldRun("chromium")))
    func searchingInTheBrowser() throws {
        let chromium = try #require(
            ExternalTools.find("chromium"), "chromium is not installed (apt-get install chromium)")
        let site = try ExternalTools.write(Fixture.site, to: "search-site")
        let harness = site.appendingPathComponent("search.html")
        try Data(Self.harness.utf8).write(to: harness)
        let result = try ExternalTools.run(
            chromium,
            BrowserTests.flags + [
                "--allow-file-access-from-files", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
                "--dump-dom", harness.absoluteString,
            ])
        let report = try #require(
            BrowserTests.between(result.output, "<pre id=\"result\">", "</pre>"), "no result:\n\(result.output)")
        let searches = try JSONDecoder().decode([Search].self, from: Data(report.utf8))
        try #require(searches.count == 6, "\(report)")

        let yo = searches[0]
        #expect(yo.visible, "the script shows the search box")
        #expect(yo.status == "Найдено: 1")
        #expect(yo.links.first == "01-intro.html#введение", "слоев finds слоёв")
        #expect(yo.titles.first == "Введение")
        #expect(yo.marks.first == "слоёв", "the match is marked in the text as written")
        #expect(yo.focusedFirstResult, "↓ in the box moves to the first result")

        let capitals = searches[1]
        #expect(capitals.links.first == "02-relu.html#график-и-таблица", "СОГЛАШЕНИЕ finds the callout's section")
        #expect(capitals.titles.first == "Функция ReLU › График и таблица")

        let fromReference = searches[2]
        #expect(fromReference.links.first == "../02-relu.html#вычисление")

        let inflected = searches[3]
        #expect(inflected.links.first == "02-relu.html", "функции finds функция: the ending is dropped")
        #expect(inflected.titles.first == "Функция ReLU")

        // Ranking: a heading before text even when the text comes first in the book, a title before both.
        #expect(searches[4].links.prefix(2) == ["02-relu.html#график-и-таблица", "02-relu.html"])
        let relu = searches[5].links
        #expect(relu.prefix(2) == ["02-relu.html", "reference/relu.html"], "the lesson and the page titled ReLU")
        let textOnly = try #require(relu.firstIndex(of: "01-intro.html#введение"), "\(relu)")
        #expect(textOnly > 1)

        let console = result.output.split(separator: "\n").filter { $0.contains(":CONSOLE") && $0.contains("/html/") }
        #expect(console.isEmpty, "console messages:\n\(console.joined(separator: "\n"))")
    }

    struct Search: Decodable {
        var visible: Bool
        var status: String
        var links: [String]
        var titles: [String]
        var marks: [String]
        var focusedFirstResult: Bool
    }

    static let harness = harness(pages: [
        "html/01-intro.html?q=слоев", "html/02-relu.html?q=СОГЛАШЕНИЕ", "html/reference/relu.html?q=цена%20формула",
        "html/index.html?q=функции", "html/index.html?q=график", "html/index.html?q=relu",
    ])

    /// A page that opens each of `pages` (with its `?q=`) in an iframe and reports what the search
    /// box shows there, as JSON in `#result`.
    static func harness(pages: [String]) -> String {
        let list = pages.map { "\"\($0)\"" }.joined(separator: ", ")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>search check</title></head><body>
            <pre id="result">pending</pre>
            <script>
            async function search(page) {
              const frame = document.createElement("iframe");
              document.body.appendChild(frame);
              await new Promise(resolve => { frame.onload = resolve; frame.src = page; });
              const doc = frame.contentDocument;
              const status = doc.querySelector(".search-status");
              for (let i = 0; i < 100 && !status.textContent; i++) await new Promise(r => setTimeout(r, 20));
              const links = [...doc.querySelectorAll(".search-results a")];
              doc.querySelector("#site-search").dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
              const result = {
                visible: !doc.querySelector("form.search").hidden,
                status: status.textContent,
                links: links.map(a => a.getAttribute("href")),
                titles: links.map(a => a.querySelector(".search-result-title").textContent),
                marks: [...doc.querySelectorAll(".search-results mark")].map(m => m.textContent),
                focusedFirstResult: links.length > 0 && doc.activeElement === links[0],
              };
              frame.remove();
              return result;
            }
            (async () => {
              const results = [];
              for (const page of [\(list)]) {
                results.push(await search(page));
              }
              document.getElementById("result").textContent = JSON.stringify(results);
            })().catch(e => { document.getElementById("result").textContent = "ERROR " + e; });
            </script></body></html>
            """
    }
}

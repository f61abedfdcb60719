import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// Every example of the CommonMark spec, as the body of a lesson, through both renderers:
/// - the HTML page's fragment must be the HTML `cmark --unsafe` makes of the example, up to what
///   `HTMLNormaliser` reads alike and what our pages add by design (heading ids and anchors,
///   the `code` class of listings);
/// - the Markdown page, parsed again by cmark, must give the example's HTML between the page's
///   title heading and its footer.
/// What still differs is listed below, example by example, with the reason; an exception that no
/// longer differs is reported, so the lists only shrink.
@Suite struct CommonMarkSpecTests {
    /// HTML pages that differ from cmark on purpose.
    static let htmlExceptions: [Int: String] = [:]

    /// Markdown pages that do not parse back to the example's HTML.
    static let markdownExceptions: [Int: String] = [
        142: """
        An HTML block opened by `<style` and never closed runs to the end of the document (the spec's \
        rule for `<script>`, `<pre>`, `<style>`, `<textarea>`, comments, `<?…?>`, `<!X…>` and CDATA), so \
        the page's footer becomes part of it. Closing it would add HTML the author did not write; \
        the lesson's own HTML page has the same unclosed `<style>`, which hides what follows in a browser.
        """
    ]

    struct Reference {
        var examples: [CommonMarkSpec.Example]
        /// `cmark --unsafe`'s HTML of each example.
        var html: [String]
    }

    /// The examples and cmark's HTML of them, made once for both tests.
    static let reference: Result<Reference, any Error> = Result {
        let examples = try CommonMarkSpec.examples()
        return Reference(examples: examples, html: try CommonMarkSpec.cmark(examples.map(\.markdown), name: "examples"))
    }

    static func lesson(_ markdown: String) -> Lesson {
        // No blank line after the front matter: the page must separate its head from the body.
        let frontMatter = "---\ntitle: Untitled\ndescription: An example.\n---\n"
        return Lesson(
            path: "Lessons/example.md", source: frontMatter + markdown,
            frontMatter: FrontMatter(title: "Untitled", description: "An example."),
            document: MarkdownParser.parse(markdown, firstLine: 5), snippets: [])
    }

    static func htmlFragment(_ markdown: String) -> String {
        let lesson = lesson(markdown)
        var renderer = HTMLLessonRenderer(
            result: LessonResult(lesson: lesson, snippets: []), prepared: PreparedLesson(lesson),
            strings: .forLanguage("en"), links: LessonLinks(slugs: []))
        renderer.renderDocument()
        return renderer.html.string
    }

    static func markdownPage(_ markdown: String) -> String {
        let lesson = lesson(markdown)
        return MarkdownLessonRenderer(result: LessonResult(lesson: lesson, snippets: []), strings: .forLanguage("en"))
            .render(previous: nil, next: nil).page
    }

    @Test func normaliserKeepsWhatABrowserSeesApart() {
        let same = HTMLNormaliser.normalise
        #expect(same("<p>a &quot;b&quot;</p>\n<hr />", false) == same(#"<p>a "b"</p><hr>"#, false))
        #expect(same(#"<a title='t' href="x">y</a>"#, false) == same(#"<a href="x" title="t">y</a>"#, false))
        #expect(
            same(##"<h2 id="x">A<a class="anchor" href="#x" aria-hidden="true" tabindex="-1">#</a></h2>"##, true)
                == "<h2>A</h2>")
        #expect(same(#"<a href="a b">x</a>"#, false) != same(#"<a href="a%20b">x</a>"#, false))
        #expect(same("<pre><code>a\n\n\nb</code></pre>", false) != same("<pre><code>a\n\nb</code></pre>", false))
        #expect(same("<pre><code>a  </code></pre>", false) != same("<pre><code>a</code></pre>", false))
        #expect(same(#"<code class="language-a">x</code>"#, false) != same("<code>x</code>", false))
        #expect(same("<ol start=\"2\">", false) != same("<ol>", false))
    }

    @Test func specHasItsExamples() throws {
        let examples = try CommonMarkSpec.examples()
        #expect(examples.count == 649)
        #expect(examples[0].markdown == "\tfoo\tbaz\t\tbim\n")
    }

    @Test func htmlPagesAgreeWithCmark() throws {
        guard ExternalTools.shouldRun("cmark") else { return }
        let reference = try Self.reference.get()
        var matching = 0
        for (example, expected) in zip(reference.examples, reference.html) {
            let ours = Self.htmlFragment(example.markdown)
            let same = HTMLNormaliser.normalise(ours, ours: true) == HTMLNormaliser.normalise(expected)
            matching += same ? 1 : 0
            Self.check(example, same: same, exceptions: Self.htmlExceptions, expected: expected, actual: ours)
        }
        print(
            "CommonMark spec, HTML pages: \(matching) of \(reference.examples.count) examples match cmark, \(Self.htmlExceptions.count) exceptions"
        )
    }

    @Test func markdownPagesParseToTheSameHTML() throws {
        guard ExternalTools.shouldRun("cmark") else { return }
        let reference = try Self.reference.get()
        let pages = reference.examples.map { Self.markdownPage($0.markdown) }
        let reparsed = try CommonMarkSpec.cmark(pages, name: "markdown-pages")
        var matching = 0
        for (index, example) in reference.examples.enumerated() {
            // The page's own title and description, unless the example opens with a title, and its footer.
            let title =
                HTMLLessonRenderer.hasOwnTitle(MarkdownParser.parse(example.markdown))
                ? "" : "<h1>Untitled</h1>\n<p>An example.</p>\n"
            let expected = title + reference.html[index] + "<hr />\n<p><a href=\"README.md\">Contents</a></p>\n"
            let same = reparsed[index] == expected
            matching += same ? 1 : 0
            Self.check(
                example, same: same, exceptions: Self.markdownExceptions, expected: expected,
                actual: reparsed[index] + "\n--- from the page:\n" + pages[index])
        }
        print(
            "CommonMark spec, Markdown pages: \(matching) of \(reference.examples.count) examples parse back to cmark's HTML, \(Self.markdownExceptions.count) exceptions"
        )
    }

    private static func check(
        _ example: CommonMarkSpec.Example, same: Bool, exceptions: [Int: String], expected: String, actual: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        switch (same, exceptions[example.number]) {
        case (true, nil), (false, .some): break
        case (true, .some):
            Issue.record(
                "example \(example.number) (\(example.section)) now matches: remove its exception",
                sourceLocation: sourceLocation)
        case (false, nil):
            Issue.record(
                """
                example \(example.number) (\(example.section)) differs
                Markdown:
                \(example.markdown)
                cmark:
                \(expected)
                ours:
                \(actual)
                """, sourceLocation: sourceLocation)
        }
    }
}

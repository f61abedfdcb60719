import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// A labelled snippet run end to end: cell options are not compiled, errors keep their Markdown
/// lines, and the figure it displays is captioned and numbered on the page.
@Suite struct CellOptionRunTests {
    static let source = """
        ---
        title: Figures
        ---

        As @fig-relu shows:

        ```swift run
        //| label: fig-relu
        //| fig-cap: ReLU
        display(plotActivation(ReLU()))
        ```

        ```swift run expect-error
        //| id: broken
        let y: Int = "a"
        ```
        """

    @Test func labelledFigureIsCaptionedAndErrorsKeepTheirLines() throws {
        let result = try InlineValueTests.run(Self.source)
        #expect(result.snippets.map(\.status) == [.succeeded, .failedAsExpected])
        #expect(
            result.snippets[1].text.contains("01-inline.md:15:14: error:"), "the line of `let y`, below the cell option"
        )
        let files = SiteRenderer(site: SiteConfig(title: "T", language: "en")).render([result])
        let html = String(decoding: try #require(files["html/01-inline.html"]), as: UTF8.self)
        #expect(html.contains(##"<p>As <a href="#fig-relu">Figure 1.1</a> shows:</p>"##))
        #expect(html.contains("<figcaption>Figure 1.1. ReLU</figcaption>"))
        #expect(!html.contains("//|"))
    }
}

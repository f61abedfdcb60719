import Testing

@testable import LessonCore
@testable import LessonRender

/// The fixture's exercise on the Russian pages (the site the Nu checker validates).
@Suite struct ExercisePageTests {
    @Test func theExerciseIsNumberedAndItsSolutionFolded() {
        let html = Fixture.text(Fixture.site, "html/02-relu.html")
        #expect(
            html.contains(
                #"<p class="exercise" id="exr-relu"><strong>Упражнение 2.1.</strong> Напишите свою <code>relu</code>.</p>"#
            ))
        #expect(html.contains("<details class=\"solution\">\n<summary>Решение</summary>\n"))
        #expect(html.contains(##"<h2 id="упражнения">Упражнения</h2>"##))
        #expect(html.contains(##"<li><a href="#exr-relu">Упражнение 2.1</a>. Напишите свою relu.</li>"##))
        let markdown = Fixture.text(Fixture.site, "markdown/02-relu.md")
        #expect(markdown.contains(#"<a id="exr-relu"></a>**Упражнение 2.1.** Напишите свою `relu`."#))
        #expect(
            markdown.contains(
                "<details>\n<summary>Решение</summary>\n\n```swift\nfunc relu(_ x: Double) -> Double { max(0, x) }"))
        #expect(markdown.contains("\n## Упражнения\n\n- [Упражнение 2.1](#exr-relu). Напишите свою relu.\n"))
    }
}

import Testing

@testable import LessonRender
@testable import LessonCore

@Suite struct MarkdownPageTests {
    let relu = Fixture.text(Fixture.site, "markdown/02-relu.md")
    let intro = Fixture.text(Fixture.site, "markdown/01-intro.md")

    @Test func codeFencesAreFollowedByComputedOutput() {
        #expect(relu.contains("```swift\nlet x = Tensor([-2, -1, 0, 1, 2])\nprint(ReLU()(x))\n```\n\n**Вывод:**\n\n```text\ntensor([0, 0, 0, 1, 2])\n```\n"))
        #expect(!intro.contains("stale text"))
        #expect(!intro.contains("secret"))
        #expect(!relu.contains("swift run"))
        #expect(!intro.hasPrefix("---"), "front matter becomes a title")
        #expect(intro.hasPrefix("# Введение\n"))
        #expect(relu.hasPrefix("# Функция ReLU\n\nОпределение, график и производная\n"))
    }

    @Test func figuresAreRelativeImagesAndTablesArePipeTables() {
        #expect(relu.contains("![Рисунок 2.1. ReLU](figures/02-relu-2-1.svg)\n\n*Рисунок 2.1. ReLU*"), "numbered in the book, titled by the figure")
        #expect(Fixture.site["markdown/figures/02-relu-2-1.svg"] == Array(Fixture.figure.utf8))
        #expect(relu.contains("| x | f(x) \\| \\<b\\> |\n| --- | --- |\n| 0 | 0 |"))
    }

    @Test func authorsMarkdownIsKeptAsWritten() {
        #expect(relu.contains(#"$$\mathrm{ReLU}(x) = \max(0, x) = \begin{cases} x, & x > 0 \\ 0, & x \leq 0 \end{cases}$$"#))
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
        #expect(readme.contains("1. [Введение](01-intro.md) — Зачем нужны функции активации\n2. [Функция ReLU](02-relu.md)"))
        #expect(readme.contains("- [`ReLU`](reference/relu.md)"))
    }

    @Test func outputFencesOutgrowBackticksInTheOutput() {
        #expect(MarkdownLessonRenderer.fence("a ``` b\n", info: "text") == "````text\na ``` b\n````\n")
    }
}

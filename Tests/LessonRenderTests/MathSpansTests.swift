import Testing

@testable import LessonCore
@testable import LessonRender

@Suite struct MathSpansTests {
    func spans(_ text: String) -> [String] { MathSpans.protect(text).spans.map(\.raw) }

    @Test func inlineAndDisplay() {
        #expect(spans(#"a $x^2$ b $$\frac{1}{2}$$ c"#) == ["$x^2$", #"$$\frac{1}{2}$$"#])
        #expect(MathSpans.protect("$$ y $$").spans.first?.tex == "y")
        #expect(MathSpans.protect("$$ y $$").spans.first?.display == true)
    }

    @Test func dollarAmountsAreText() {
        #expect(spans("costs $5 and $6 today").isEmpty)
        #expect(spans("between $ 1 and 2 $").isEmpty)
        #expect(spans(#"a \$x\$ b"#).isEmpty)
        #expect(spans("price $x$5").isEmpty)
    }

    @Test func codeIsLeftAlone() {
        #expect(spans("`$x$` and $y$") == ["$y$"])
        #expect(spans("```swift\nprint(\"$x$\")\n```\n$z$") == ["$z$"])
        #expect(spans("~~~\n$a$\n~~~") == [])
    }

    @Test func lineStructureIsKept() {
        let source = "A\n\n$$\na \\\\ b\n$$\n\n```swift run\nx\n```\n"
        let protected = MathSpans.protect(source).text
        #expect(
            protected.split(separator: "\n", omittingEmptySubsequences: false).count
                == source.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(spans("$$\na\n\nb$$").isEmpty, "display math does not cross a blank line")
    }

    /// Backslash escapes and emphasis characters reach the formula untouched, as cmark would not leave them.
    @Test func latexSurvivesCommonMark() {
        let lesson = Fixture.lesson(
            path: "m.md", source: #"$$\begin{cases} a \\ b \end{cases}$$ and $a_1 * b_2 * c\,d$"#)
        let prepared = PreparedLesson(lesson)
        #expect(prepared.math.map(\.tex) == [#"\begin{cases} a \\ b \end{cases}"#, #"a_1 * b_2 * c\,d"#])
        #expect(
            prepared.plainText(prepared.document) == #"$$\begin{cases} a \\ b \end{cases}$$ and $a_1 * b_2 * c\,d$"#)
    }
}

@Suite struct PreparedLessonTests {
    /// Excerpts in text (the list of exercises) show a formula as it reads, not its LaTeX.
    @Test func excerptsReadFormulasAsText() {
        let lesson = Fixture.lesson(path: "m.md", source: #"A neuron with weight $w = -1$ and $x^2 \leq 1$."#)
        let prepared = PreparedLesson(lesson)
        let text = prepared.plainText(prepared.document.children[0])
        #expect(text.contains("$w = -1$"))
        let read = prepared.reading(prepared.document.children[0].plainText)
        #expect(read == "A neuron with weight w = −1 and x² ≤ 1.", "\(read)")
    }

    /// Formulas cmark left intact are found in the engine's tree, even where cmark split the text
    /// (at `[` and `!`), without parsing the lesson again.
    @Test func formulasInTextNodesAreFoundWithoutParsingAgain() {
        let lesson = Fixture.lesson(path: "m.md", source: "See [ref] and ![x] $f(x)$, $5 and $6.\n\n- item $y_1$\n")
        let prepared = PreparedLesson(lesson)
        #expect(prepared.math.map(\.tex) == ["f(x)", "y_1"])
        #expect(prepared.document.children.count == lesson.document.children.count)
        #expect(prepared.plainText(prepared.document) == lesson.document.plainText)
    }

    /// A formula cmark would change (an escape here) makes the lesson parse again from protected source.
    @Test func mangledFormulasFallBackToParsingAgain() {
        let lesson = Fixture.lesson(path: "m.md", source: #"Spaced $a\,b$ and $c$."#)
        #expect(lesson.document.plainText.contains("$a,b$"), "cmark ate the backslash")
        #expect(PreparedLesson(lesson).math.map(\.tex) == [#"a\,b"#, "c"])
    }
}

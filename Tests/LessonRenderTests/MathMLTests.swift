import Activations
import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct MathMLTests {
    /// The formula's MathML without the `<math>` wrapper and the LaTeX annotation.
    func body(_ tex: String, display: Bool = false) -> String {
        let html = MathML.render(tex, display: display)
        let start = html.range(of: "<semantics>")!.upperBound
        let end = html.range(of: "<annotation")!.lowerBound
        return String(html[start..<end])
    }

    @Test func minusIsASignAfterABracketOrACommaAndSubtractionElsewhere() {
        #expect(body("[-0.5, -1]").components(separatedBy: "<mo form=\"prefix\">−</mo>").count == 3)
        #expect(body("a - b") == "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>")
        #expect(body(#"x \le -1"#).contains("<mo form=\"prefix\">−</mo>"))
        #expect(!body(#"\alpha - 1"#).contains("prefix"))
        #expect(body("-x") == "<mrow><mo form=\"prefix\">−</mo><mi>x</mi></mrow>")
    }

    @Test func fractionsRootsAndScripts() {
        #expect(body(#"\frac{1}{2}"#) == "<mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac>")
        #expect(body(#"\frac14"#) == "<mfrac><mn>1</mn><mn>4</mn></mfrac>")
        #expect(body(#"\sqrt{2/n}"#) == "<msqrt><mrow><mn>2</mn><mo>/</mo><mi>n</mi></mrow></msqrt>")
        #expect(body(#"\sqrt[3]{x}"#) == "<mroot><mrow><mi>x</mi></mrow><mn>3</mn></mroot>")
        #expect(body("e^{-x}") == "<msup><mi>e</mi><mrow><mo form=\"prefix\">−</mo><mi>x</mi></mrow></msup>")
        #expect(body("w_i x_i") == "<mrow><msub><mi>w</mi><mi>i</mi></msub><msub><mi>x</mi><mi>i</mi></msub></mrow>")
        #expect(body("x_1^2") == "<msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup>")
    }

    @Test func bigOperatorsTakeLimitsBelowOnlyInDisplay() {
        #expect(body(#"\sum_{i} x"#, display: true).hasPrefix("<mrow><munder><mo>∑</mo>"))
        #expect(body(#"\sum_{i} x"#, display: false).hasPrefix("<mrow><msub><mo>∑</mo>"))
        #expect(body(#"\prod_i"#).contains("∏"))
    }

    @Test func namedFunctionsAreUprightAndApplied() {
        // `<mi>max</mi>` is upright (multi-letter); U+2061 makes screen readers say "max of".
        #expect(body(#"\max(0, x)"#).hasPrefix("<mrow><mi>max</mi><mo>\u{2061}</mo><mo stretchy=\"false\">(</mo>"))
        #expect(body(#"\operatorname{erf}(x)"#).hasPrefix("<mrow><mi>erf</mi><mo>\u{2061}</mo>"))
        for name in ["tanh", "exp", "ln", "log", "min"] {
            #expect(body("\\" + name + " x").contains("<mi>\(name)</mi><mo>\u{2061}</mo>"))
        }
    }

    @Test func symbols() {
        #expect(
            body(#"\sigma \alpha \beta \lambda \Phi"#)
                == "<mrow><mi>σ</mi><mi>α</mi><mi>β</mi><mi>λ</mi><mi>Φ</mi></mrow>")
        #expect(
            body(#"x \leq 0 \geq \infty \cdot \partial"#).contains(
                "<mo>≤</mo><mn>0</mn><mo>≥</mo><mi>∞</mi><mo>⋅</mo><mi>∂</mi>"))
        #expect(body(#"\mathbb{R}"#) == "<mi>ℝ</mi>")
        #expect(body(#"\boldsymbol{\theta}"#) == #"<mi mathvariant="bold">θ</mi>"#)
        #expect(body(#"\text{если } x"#).hasPrefix("<mrow><mtext>если </mtext>"))
        #expect(
            body(#"a\,b\quad c"#)
                == #"<mrow><mi>a</mi><mspace width="0.1667em"></mspace><mi>b</mi><mspace width="1em"></mspace><mi>c</mi></mrow>"#
        )
    }

    @Test func leftRightAndCases() {
        #expect(body(#"\left( \frac{1}{2} \right)"#).hasPrefix(#"<mrow><mo fence="true">(</mo><mfrac>"#))
        let cases = body(#"\begin{cases} x, & x > 0 \\ 0, & x \leq 0 \end{cases}"#)
        #expect(cases.hasPrefix(#"<mrow><mo>{</mo><mtable columnalign="left"><mtr><mtd>"#))
        #expect(cases.components(separatedBy: "<mtr>").count == 3)
        #expect(cases.components(separatedBy: "<mtd>").count == 5)
    }

    @Test func markupInFormulasIsEscaped() {
        #expect(body("x < y & z") == "<mrow><mi>x</mi><mo>&lt;</mo><mi>y</mi><mi>z</mi></mrow>")
        #expect(
            MathML.render("a<b", display: false).contains(
                "<annotation encoding=\"application/x-tex\">a&lt;b</annotation>"))
    }

    @Test func unknownCommandsShowAsTextNotErrors() {
        let html = MathML.render(#"\foo{x} + 1"#, display: false)
        #expect(html.contains(#"<mtext>\foo</mtext>"#))
        #expect(!html.contains("merror"))
        #expect(isWellFormed(html))
    }

    @Test func malformedInputStaysWellFormed() {
        for tex in [
            #"\frac{"#, "}", "{{x}", #"\left("#, #"\right)"#, #"\begin{cases} x &"#, #"\end{cases}"#, "x^", "_", #"\"#,
            #"\sqrt["#, "&&", "'''",
        ] {
            let html = MathML.render(tex, display: true)
            #expect(isWellFormed(html), "\(tex) → \(html)")
        }
    }

    /// Every formula of the library's activations uses only commands the converter knows.
    @Test func everyActivationFormulaConverts() {
        for entry in ActivationRegistry.entries {
            for tex in [entry.activation.formula, entry.activation.derivativeFormula] {
                let html = MathML.render(tex, display: true)
                #expect(!body(tex, display: true).contains("<mtext>\\"), "\(entry.id): \(tex)")
                #expect(isWellFormed(html), "\(entry.id): \(tex)")
            }
        }
    }
}

/// True when `markup` parses as XML (MathML and SVG must; HTML builders produce closed tags).
func isWellFormed(_ markup: String) -> Bool {
    let parser = XMLParser(data: Data(markup.utf8))
    return parser.parse()
}

import Testing

@testable import LessonCore
@testable import LessonRender

/// Formulas as one line of text, as search results show them.
@Suite struct MathTextTests {
    @Test(arguments: [
        (#"\sigma'(x) = \sigma(x)\,(1 - \sigma(x))"#, "σ′(x) = σ(x) (1 − σ(x))"),
        (#"\mathrm{ReLU}(x) = \max(0, x)"#, "ReLU(x) = max(0, x)"),
        (#"\frac{1}{1 + e^{-x}}"#, "1/(1 + e⁻ˣ)"),
        (#"x^2 + W_{ij}"#, "x² + Wᵢⱼ"),
        (#"e^{-z} + \beta^{t}"#, "e⁻ᶻ + βᵗ"),
        (#"y = xW^\top + b"#, "y = xWᵀ + b"),
        (#"\begin{cases} x, & x > 0 \\ 0, & x \le 0 \end{cases}"#, "x, x > 0; 0, x ≤ 0"),
        (#"\left( \frac{a}{b} \right)^{k+1}"#, "(a/b)ᵏ⁺¹"),
        (#"x^{y+1} + x^{\alpha}"#, "x^(y+1) + x^α"),
        (#"\sqrt{2/\pi}"#, "√(2/π)"),
        (#"\operatorname{GELU}(x) \approx 0.5x"#, "GELU(x) ≈ 0.5x"),
        (#"\unknowncommand{x}"#, "unknowncommandx"),
        (#"\{ a \}"#, "{ a }"),
        // Read by the same parser as MathML, so text shows what the page shows.
        (#"x \in \mathbb{R}^n"#, "x ∈ ℝⁿ"),
        (#"\|x\|_2"#, "‖x‖₂"),
        (#"\sqrt[3]{x}"#, "³√x"),
        (#"\text{a-b}"#, "a-b"),
        ("a\t+\nb", "a + b"),
    ])
    func formulasReadAsText(tex: String, text: String) {
        #expect(MathText.plain(tex) == text)
    }
}

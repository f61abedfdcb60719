import Activations
import LessonCore
import LessonRender
import Testing

@testable import ActivationReference

/// The computed facts against what mathematics says about each function (not against our output).
@Suite struct ReferencePageTests {
    func facts(_ id: String) throws -> ActivationFacts {
        ActivationFacts(try #require(ActivationRegistry.entry(id: id)).activation)
    }

    @Test func relu() throws {
        let f = try facts("relu")
        #expect(f.valueAtZero == 0 && f.derivativeAtZero == 0)
        #expect(ReferenceNumber.range(f) == "[0,\u{00A0}∞)")
        #expect(f.monotonic && !f.smooth && !f.zeroCentred)
        // E max(0, x) for x ~ N(0, 1) is 1/√(2π).
        #expect(abs(f.meanUnderNormal - 0.3989422804) < 1e-6)
    }

    @Test func sigmoidAndTanh() throws {
        let sigmoid = try facts("sigmoid")
        #expect(sigmoid.valueAtZero == 0.5 && sigmoid.derivativeAtZero == 0.25)
        #expect(ReferenceNumber.range(sigmoid) == "(0,\u{00A0}1)")
        #expect(sigmoid.monotonic && sigmoid.smooth && !sigmoid.zeroCentred)
        let tanh = try facts("tanh")
        #expect(ReferenceNumber.range(tanh) == "(−1,\u{00A0}1)")
        #expect(tanh.derivativeAtZero == 1 && tanh.monotonic && tanh.smooth && tanh.zeroCentred)
    }

    @Test func nonMonotonicAndBoundedFunctions() throws {
        let gelu = try facts("gelu")
        #expect(!gelu.monotonic && gelu.smooth && gelu.lower.attained)
        #expect(ReferenceNumber.format(gelu.lower.value) == "−0.17")
        let relu6 = try facts("relu6")
        #expect(ReferenceNumber.range(relu6) == "[0,\u{00A0}6]")
        #expect(!(try facts("hardswish")).smooth)
        #expect(ReferenceNumber.range(try facts("hardtanh")) == "[−1,\u{00A0}1]")
    }

    /// SELU's constants are chosen so that a standard normal input gives zero mean output.
    @Test func seluIsZeroCentredAndEluIsNot() throws {
        #expect(try facts("selu").zeroCentred)
        #expect(!(try facts("elu")).zeroCentred)
        #expect((try facts("elu")).smooth, "ELU with α = 1 has a continuous derivative")
        #expect(!(try facts("selu")).smooth, "SELU's slope jumps from λα to λ at 0")
    }

    /// The reference pages of a Russian book with no lessons, as `lessons build` writes them.
    static let site = SiteRenderer(
        site: SiteConfig(title: "Книга", language: "ru", pages: ["activation-reference"]),
        sources: [ActivationReferencePages()]
    ).render([])

    static func page(_ path: String) -> String {
        String(decoding: site[path] ?? [], as: UTF8.self)
    }

    @Test func pagesShowFormulaPlotPropertiesAndParameters() {
        let page = Self.page("html/reference/leaky-relu.html")
        #expect(page.contains("<h1>LeakyReLU</h1>"))
        #expect(page.contains("<code>torch.nn.LeakyReLU</code>"))
        #expect(page.contains(#"<math display="block"><semantics><mrow><mi>f</mi>"#))
        #expect(page.contains("<svg "))
        #expect(page.contains(#"<tr><th scope="row">Производная в 0</th><td>0.01</td></tr>"#))
        #expect(page.contains("<tr><td><code>negativeSlope</code></td><td>0.01</td></tr>"))
        #expect(page.contains(#"<link rel="stylesheet" href="../style.css">"#))
        let markdown = Self.page("markdown/reference/leaky-relu.md")
        #expect(markdown.contains("$$f(x) = " + LeakyReLU().formula + "$$"))
        #expect(markdown.contains("](figures/leaky-relu.svg)"))
        #expect(markdown.contains("| Монотонная | да |"))
    }
}

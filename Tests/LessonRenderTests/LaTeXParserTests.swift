import Testing

@testable import LessonCore
@testable import LessonRender

/// The one reader of LaTeX: what a formula means, before MathML or text show it.
@Suite struct LaTeXParserTests {
    @Test func symbolsResolveAndSpacesStayForText() {
        #expect(
            LaTeXParser.parse(#"\alpha \le -1"#) == [
                .identifier("α"), .whitespace, .symbol("≤"), .whitespace, .symbol("−", .sign), .number("1"),
            ])
        #expect(LaTeXParser.parse("a - b")[2] == .symbol("−"))
        #expect(
            LaTeXParser.parse(#"\max_i x"#) == [
                .scripts(base: .function("max", limits: true), sub: .identifier("i"), sup: nil), .whitespace,
                .identifier("x"),
            ])
    }

    @Test func primesAreASuperscript() {
        #expect(LaTeXParser.parse("f''") == [.scripts(base: .identifier("f"), sub: nil, sup: .symbol("′′"))])
        #expect(
            LaTeXParser.parse("f_n'") == [
                .scripts(base: .identifier("f"), sub: .identifier("n"), sup: .symbol("′"))
            ])
    }

    @Test func casesAreRowsOfCellsWithoutATrailingEmptyRow() {
        let tree = LaTeXParser.parse(#"\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \\ \end{cases}"#)
        guard case .table("cases", let rows) = tree.first else {
            Issue.record("not a table: \(tree)")
            return
        }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == 2 })
    }

    @Test func fontsTakeTheirLettersOrOneSymbol() {
        #expect(LaTeXParser.parse(#"\mathbb{R}"#) == [.identifier("ℝ")])
        #expect(LaTeXParser.parse(#"\boldsymbol{\theta}"#) == [.identifier("θ", .bold)])
        #expect(LaTeXParser.parse(#"\text{if } x"#) == [.text("if "), .whitespace, .identifier("x")])
    }

    @Test func malformedInputStillParses() {
        #expect(LaTeXParser.parse("}") == [.symbol("}")])
        #expect(LaTeXParser.parse(#"\frac"#) == [.fraction(numerator: .group([]), denominator: .group([]))])
        #expect(LaTeXParser.parse(#"\foo"#) == [.unknown("foo")])
        #expect(LaTeXParser.parse(#"\left( x"#) == [.fenced(open: "(", [.whitespace, .identifier("x")], close: "")])
    }
}

import Testing

@testable import LessonCore

/// The one reader of Swift: real edge cases that hide braces and quotes from a naive scan.
@Suite struct SwiftTokenizerTests {
    /// Each token as its kind and text; strings list their interpolations' code after a `|`.
    func tokens(_ code: String) -> [String] {
        let tokenizer = SwiftTokenizer(code)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(tokenizer.scalars[range])) }
        func describe(_ token: SwiftToken) -> String {
            switch token.kind {
            case .identifier: "id " + text(token.range)
            case .number: "num " + text(token.range)
            case .string(let parts): "str " + text(token.range) + parts.map { " | " + text($0.range) }.joined()
            case .regex: "regex " + text(token.range)
            case .comment: "comment " + text(token.range)
            case .attribute: "attr " + text(token.range)
            case .directive: "directive " + text(token.range)
            case .openBrace: "{"
            case .closeBrace: "}"
            }
        }
        return tokenizer.tokens().map(describe)
    }

    @Test func rawStringsEndOnlyAtTheirOwnHashes() {
        #expect(tokens(##"#"a "quoted" \(x) \#(y)"# {"##) == [##"str #"a "quoted" \(x) \#(y)"# | y"##, "{"])
        #expect(tokens(###"##"a "# still "## + 1"###) == [###"str ##"a "# still "##"###, "num 1"])
        #expect(tokens(###"##"\#(x) \##(y)"##"###) == [###"str ##"\#(x) \##(y)"## | y"###])
    }

    @Test func multilineStringsWithInterpolationsHoldingStringsAndParentheses() {
        let code = "\"\"\"\n  a \\(f(\"x)\", (1 + 2))) {\n  \"\"\"\n}"
        #expect(tokens(code) == ["str \"\"\"\n  a \\(f(\"x)\", (1 + 2))) {\n  \"\"\" | f(\"x)\", (1 + 2))", "}"])
        #expect(tokens("#\"\"\"\n\"\"\"\n\"\"\"#").count == 1)
    }

    @Test func interpolationsNest() {
        let tokenizer = SwiftTokenizer(#""a \("b \("c")") d""#)
        guard case .string(let outer) = tokenizer.tokens().first?.kind,
            case .string(let inner) = outer.first?.tokens.first?.kind
        else {
            Issue.record("no nested string")
            return
        }
        #expect(inner.count == 1)
        #expect(tokens(#""x \(a.map { "\($0)" }) y" }"#).last == "}")
    }

    @Test func commentsNestAndDocCommentsAreComments() {
        #expect(tokens("/* /* inner */ still { */ x") == ["comment /* /* inner */ still { */", "id x"])
        #expect(tokens("/// doc {\nfunc") == ["comment /// doc {", "id func"])
        #expect(tokens("/** doc\n * { */") == ["comment /** doc\n * { */"])
        #expect(tokens("/* open {") == ["comment /* open {"])
    }

    @Test func directivesAttributesAndBackticks() {
        #expect(
            tokens("#if DEBUG\n#else\n#endif") == [
                "directive #if", "id DEBUG", "directive #else", "directive #endif",
            ])
        #expect(tokens("@MainActor final") == ["attr @MainActor", "id final"])
        #expect(tokens("let `default` = $0 + $1") == ["id let", "id `default`", "id $0", "id $1"])
    }

    @Test func numbers() {
        #expect(
            tokens("0x1p-3 1_000 1e-9 0b1010 0o17 1.5e+3 0xFF_FF 0x1.8p1") == [
                "num 0x1p-3", "num 1_000", "num 1e-9", "num 0b1010", "num 0o17", "num 1.5e+3", "num 0xFF_FF",
                "num 0x1.8p1",
            ])
        #expect(tokens("1..2 0.5.description") == ["num 1", "num 2", "num 0.5", "id description"])
    }

    @Test func operatorsAreGaps() {
        #expect(tokens("a &+ b ..< c ?? d /= e").allSatisfy { $0.hasPrefix("id ") })
    }

    @Test func extendedRegexLiteralsHideTheirBraces() {
        #expect(tokens("let r = #/a{2}/#") == ["id let", "id r", "regex #/a{2}/#"])
    }
}

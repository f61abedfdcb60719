import Testing

@testable import LessonCore
@testable import LessonRender

@Suite struct SwiftHighlighterTests {
    func html(_ code: String) -> String { SwiftHighlighter.highlight(code) }

    @Test func keywordsTypesAndNumbers() {
        #expect(
            html("let x = Tensor([1.5, -2])")
                == #"<span class="keyword">let</span> x = <span class="type">Tensor</span>([<span class="number">1.5</span>, -<span class="number">2</span>])"#
        )
        #expect(
            html("for i in 0..<10_000 {}")
                == #"<span class="keyword">for</span> i <span class="keyword">in</span> <span class="number">0</span>..&lt;<span class="number">10_000</span> {}"#
        )
        #expect(html("1e-3 0x1F") == #"<span class="number">1e-3</span> <span class="number">0x1F</span>"#)
    }

    @Test func memberNamesAreNotKeywords() {
        #expect(html("x.default") == "x.default")
        #expect(html("Foo.self") == #"<span class="type">Foo</span>.self"#)
    }

    @Test func stringsWithInterpolation() {
        #expect(
            html(#"print("a \(x + 1) b")"#)
                == #"print(<span class="string">"a \(<span class="interpolation">x + <span class="number">1</span></span>) b"</span>)"#
        )
        let escapedQuotes = "\"<b>\\\"q\\\"\""  // "<b>\"q\""
        #expect(html(escapedQuotes) == "<span class=\"string\">\"&lt;b&gt;\\\"q\\\"\"</span>")
        #expect(html(##"#"raw \(x)"#"##) == ##"<span class="string">#"raw \(x)"#</span>"##)
        let multiline = "let s = \"\"\"\n  a \"quoted\" line\n  \"\"\"\nlet"
        #expect(html(multiline).hasSuffix("line\n  \"\"\"</span>\n<span class=\"keyword\">let</span>"))
    }

    @Test func commentsAndAttributes() {
        #expect(html("x // note <b>\ny") == #"x <span class="comment">// note &lt;b&gt;</span>"# + "\ny")
        #expect(html("/* a /* nested */ b */x") == #"<span class="comment">/* a /* nested */ b */</span>x"#)
        #expect(
            html("@MainActor func f()")
                == #"<span class="attribute">@MainActor</span> <span class="keyword">func</span> f()"#)
        #expect(html("#if DEBUG") == #"<span class="keyword">#if</span> <span class="type">DEBUG</span>"#)
    }

    @Test func tokensTheOldScannerCutWrong() {
        #expect(html("$0 + `default`") == "$0 + `default`")
        #expect(html("0x1p-3") == #"<span class="number">0x1p-3</span>"#)
        #expect(html(###"##"a "# b"##"###) == ###"<span class="string">##"a "# b"##</span>"###)
        #expect(html("#/a{2}/#") == ##"<span class="string">#/a{2}/#</span>"##)
    }

    /// Whatever the input, the text a reader sees is exactly the code: nothing lost, nothing doubled.
    @Test(arguments: [
        "let a = \"unterminated", "\"\"\"\nopen", "/* open comment", "x = \"\\(\"", "@", "#", "a & b < c > d",
        "\u{0}", "Ω = \"юникод \\(α)\"", "func f<T>(_ x: T) -> T { x }", "#/open", "`open", "0x", "1e", "\"\\(",
        ###"##"\##("###,
    ])
    func everyCharacterSurvives(_ code: String) {
        var text = html(code)
        while let open = text.range(of: "<span class=\"") {
            let close = text[open.upperBound...].range(of: "\">")!
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        text = text.replacingAll("</span>", with: "")
        let unescaped = text.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">")
            .replacingAll("&amp;", with: "&")
        #expect(unescaped == code.replacingAll("\u{0}", with: "\u{FFFD}"))
    }
}

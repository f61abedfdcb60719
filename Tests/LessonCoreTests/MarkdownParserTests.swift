import Testing

@testable import LessonCore

@Suite struct MarkdownParserTests {
    @Test func headingParagraphAndFenceKeepTheirLines() {
        let text = "# Title\n\nSome *text*.\n\n```swift run hide\nprint(1)\n```\n"
        let document = MarkdownParser.parse(text, firstLine: 5)
        #expect(document.kind == .document)
        #expect(document.children.count == 3)
        #expect(document.children[0].kind == .heading(level: 1))
        #expect(document.children[0].range?.start.line == 5)
        #expect(document.children[1].plainText == "Some text.")
        #expect(document.children[1].children[1].kind == .emphasis)
        #expect(document.children[2].kind == .codeBlock(info: "swift run hide", code: "print(1)\n"))
        #expect(document.children[2].range?.start.line == 9)
        #expect(document.children[2].range?.end.line == 11)
    }

    @Test func pipeTableBecomesATable() throws {
        let text = "Before.\n\n| a | b |\n|:--|--:|\n| `x\\|y` | **2** |\n"
        let document = MarkdownParser.parse(text)
        let table = try #require(document.children.last)
        #expect(table.kind == .table(alignments: [.left, .right]))
        #expect(table.children.count == 2)
        #expect(table.children[0].kind == .tableRow(isHeader: true))
        #expect(table.children[1].children[0].plainText == "x|y")
        #expect(table.children[1].children[1].children.first?.kind == .strong)
        #expect(table.children[1].range?.start.line == 5)
    }

    @Test func paragraphWithPipesButNoDelimiterRowStaysAParagraph() {
        let document = MarkdownParser.parse("a | b\nc | d\n")
        #expect(document.children.first?.kind == .paragraph)
    }

    @Test func unicodeTextSurvives() {
        let document = MarkdownParser.parse("Функция «ReLU» — $\\max(0, x)$\n")
        #expect(document.children.first?.plainText == "Функция «ReLU» — $\\max(0, x)$")
    }

    /// Table cells that look like plain text skip cmark; they must come out exactly as cmark would
    /// make them, positions included.
    @Test(arguments: [
        "0", "-1", "+2", "1.5", "1)", "2. item", "- x", "-", "---", "+ y", "ReLU(x)", "функция", "max(0, x) = x",
        "a * b", "_a_", "`x`", "[x](y)", "a\\b", "<b>", "&amp;", "!x", "x^2", "50%", "a/b", "(x)", "\"q\"",
        "'q'", "1e-3", "x;y", "x: y", "α = 1.67", "# h", "> q", "a  b", "é", "e\u{301}",
    ])
    func plainCellShortcutAgreesWithCmark(cell: String) {
        let expected = MarkdownParser.parse(cell, firstLine: 7).children.first?.children ?? []
        if let shortcut = PipeTables.plainCell(cell, line: 7) {
            #expect(shortcut == expected, "cell \(cell)")
        }
    }

    @Test func plainCellShortcutTakesWordsAndNumbers() {
        for cell in ["0", "-1", "ReLU(x)", "функция", "max(0, x) = x"] {
            #expect(PipeTables.plainCell(cell, line: 1) != nil, "cell \(cell)")
        }
        for cell in ["1)", "- x", "`x`", "*a*"] {
            #expect(PipeTables.plainCell(cell, line: 1) == nil, "cell \(cell)")
        }
    }
}

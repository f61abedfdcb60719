import Testing

@testable import LessonCore

@Suite struct OutputSplitterTests {
    func split(_ text: String, cap: Int = 1 << 20) -> OutputSplitter {
        var splitter = OutputSplitter(token: "t0k", cap: cap)
        Array(text.utf8).withUnsafeBytes { splitter.consume($0) }
        splitter.finish()
        return splitter
    }

    @Test func markersSplitTextFiguresAndTables() {
        let m = "\u{1}lessons:t0k:"
        let splitter = split(
            "\(m)snippet:0\nhello\npartial\(m)snippet:1\n\(m)figure:PHN2Zy8+\nafter\n\(m)table:eA==,eQ==;MQ==,Mg==\n\(m)end\n"
        )
        #expect(splitter.items[0] == [.text("hello\npartial")])
        #expect(
            splitter.items[1] == [
                .figure(svg: "<svg/>"), .text("after\n"),
                .table(DisplayTable(headers: ["x", "y"], rows: [["1", "2"]])),
            ])
        #expect(splitter.sawEnd)
    }

    @Test func markersWithAnotherTokenAreText() {
        let splitter = split("\u{1}lessons:t0k:snippet:0\n\u{1}lessons:other:snippet:1\n")
        #expect(splitter.current == 0)
        #expect(splitter.items[0] == [.text("\u{1}lessons:other:snippet:1\n")])
    }

    @Test func textIsCappedPerSnippet() {
        let splitter = split(
            "\u{1}lessons:t0k:snippet:0\n" + String(repeating: "a", count: 100) + "\n\u{1}lessons:t0k:snippet:1\nb\n",
            cap: 10)
        #expect(splitter.items[0] == [.text("aaaaaaaaaa")])
        #expect(splitter.truncated == [0])
        #expect(splitter.items[1] == [.text("b\n")])
    }
}

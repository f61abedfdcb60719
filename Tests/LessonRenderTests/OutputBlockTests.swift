import Testing

@testable import LessonCore
@testable import LessonRender

/// What both renderers show under a snippet: text printed in pieces reads as one block, figures
/// keep their order and their number within the snippet.
@Suite struct OutputBlockTests {
    @Test func consecutiveTextMergesAndFiguresAreNumbered() {
        let table = DisplayTable(headers: ["a"], rows: [["1"]])
        let blocks = OutputBlock.blocks(of: [
            .text("a"), .text(""), .text("b\n"), .figure(svg: "<svg id='1'/>"), .text("c\n"),
            .table(table), .figure(svg: "<svg id='2'/>"),
        ])
        #expect(
            blocks == [
                .text("ab\n"), .figure(svg: "<svg id='1'/>", index: 0), .text("c\n"), .table(table),
                .figure(svg: "<svg id='2'/>", index: 1),
            ])
    }

    @Test func emptyTextMakesNoBlock() {
        #expect(OutputBlock.blocks(of: [.text("")]).isEmpty)
        #expect(OutputBlock.blocks(of: []).isEmpty)
    }
}

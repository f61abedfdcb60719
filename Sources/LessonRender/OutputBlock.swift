import LessonCore

/// A snippet's output as pages show it: consecutive text merged into one block, and figures
/// numbered within the snippet from 0. One grouping, shared by the HTML and Markdown renderers.
enum OutputBlock: Equatable {
    case text(String)
    case figure(svg: String, index: Int)
    case table(DisplayTable)

    static func blocks(of items: [OutputItem]) -> [OutputBlock] {
        var blocks: [OutputBlock] = []
        var figureCount = 0
        for item in items {
            switch item {
            case .text(let text):
                if case .text(let previous)? = blocks.last {
                    blocks[blocks.count - 1] = .text(previous + text)
                } else if !text.isEmpty {
                    blocks.append(.text(text))
                }
            case .figure(let svg):
                blocks.append(.figure(svg: svg, index: figureCount))
                figureCount += 1
            case .table(let table):
                blocks.append(.table(table))
            }
        }
        return blocks
    }
}

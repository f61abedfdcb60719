import CCmark

/// Parses CommonMark text with libcmark into a `Markup` tree.
///
/// This is the only place that touches cmark: the C tree is walked once, converted into Swift
/// values, and every C node is freed before `parse` returns.
public enum MarkdownParser {
    /// Parses `text`. `firstLine` is the file line of `text`'s first line, so that ranges name lines
    /// of the whole file when front matter was cut off before parsing.
    public static func parse(_ text: String, firstLine: Int = 1) -> Markup {
        let root: OpaquePointer? = text.withCString { bytes in
            cmark_parse_document(bytes, text.utf8.count, CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS)
        }
        guard let root else { return Markup(.document) }
        defer { cmark_node_free(root) }
        let tree = convert(root, lineOffset: firstLine - 1)
        return PipeTables.recognise(in: tree, source: text, lineOffset: firstLine - 1)
    }

    private static func convert(_ node: OpaquePointer, lineOffset: Int) -> Markup {
        // Counting first lets the array be allocated once instead of growing child by child.
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        var children: [Markup] = []
        children.reserveCapacity(count)
        child = cmark_node_first_child(node)
        while let current = child {
            children.append(convert(current, lineOffset: lineOffset))
            child = cmark_node_next(current)
        }
        var range: SourceRange?
        let startLine = Int(cmark_node_get_start_line(node))
        if startLine > 0 {
            range = SourceRange(
                start: SourcePosition(line: startLine + lineOffset, column: Int(cmark_node_get_start_column(node))),
                end: SourcePosition(
                    line: Int(cmark_node_get_end_line(node)) + lineOffset,
                    column: Int(cmark_node_get_end_column(node))))
        }
        return Markup(kind(of: node), children: children, range: range)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func kind(of node: OpaquePointer) -> Markup.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), code: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default:
            // Custom blocks and inlines are never produced by the CommonMark parser.
            return .htmlInline(string(cmark_node_get_literal(node)))
        }
    }
}

import LessonCore

/// Presentation MathML for the LaTeX that lessons and activation formulas use, at build time, so
/// formulas show with no script and no network: a walk over `LaTeXParser`'s tree.
///
/// An unknown command is shown as its own text (`\foo`), never as an error element, so a page with
/// a typo stays valid and readable. The original LaTeX is kept as an annotation for copying.
package enum MathML {
    /// A complete `<math>` element for `tex`.
    package static func render(_ tex: String, display: Bool) -> String {
        var html = HTMLBuilder(capacity: tex.utf8.count * 8)
        html.open("math", [("display", display ? "block" : nil)])
        html.raw("<semantics>")
        var writer = Writer(display: display)
        writer.row(LaTeXParser.parse(tex))
        html.raw(writer.out)
        html.open("annotation", [("encoding", "application/x-tex")])
        html.text(tex)
        html.raw("</annotation></semantics></math>")
        return html.string
    }

    private struct Writer {
        let display: Bool
        var out = ""

        /// A row as one element: itself when it holds one node, else an `<mrow>`. Source spaces are
        /// not nodes here; nodes that draw nothing are.
        mutating func row(_ nodes: [MathNode]) {
            let drawn = nodes.filter { $0 != .whitespace }
            if drawn.count == 1 { return node(drawn[0]) }
            mrow(drawn)
        }

        mutating func mrow(_ nodes: [MathNode]) {
            out += "<mrow>"
            for node in nodes where node != .whitespace { self.node(node) }
            out += "</mrow>"
        }

        mutating func node(_ node: MathNode) {
            switch node {
            case .identifier(let name, .normal): element("mi", name)
            case .identifier(let name, .bold): element("mi", name, attributes: " mathvariant=\"bold\"")
            case .identifier(let name, .script): element("mi", name, attributes: " mathvariant=\"script\"")
            case .number(let digits): element("mn", digits)
            case .symbol(let symbol, .sign): element("mo", symbol, attributes: " form=\"prefix\"")
            case .symbol(let symbol, .bracket): element("mo", symbol, attributes: " stretchy=\"false\"")
            case .symbol(let symbol, _): element("mo", symbol)
            case .function(let name, _):
                element("mi", name)
                out += Self.functionApplication
            case .text(let text): element("mtext", text)
            case .unknown(let name): element("mtext", "\\" + name)
            case .space(let width): out += "<mspace width=\"\(width)\"></mspace>"
            case .invisible, .whitespace: break
            case .group(let nodes): mrow(nodes)
            case .fraction(let numerator, let denominator):
                out += "<mfrac>"
                self.node(numerator)
                self.node(denominator)
                out += "</mfrac>"
            case .root(let radicand, nil):
                out += "<msqrt>"
                self.node(radicand)
                out += "</msqrt>"
            case .root(let radicand, let index?):
                out += "<mroot>"
                self.node(radicand)
                row(index)
                out += "</mroot>"
            case .scripts(let base, let sub, let sup): scripts(base, sub, sup)
            case .accent(let base, let mark):
                out += "<mover accent=\"true\">"
                self.node(base)
                out += "<mo>\(mark)</mo></mover>"
            case .fenced(let open, let inner, let close):
                out += "<mrow>"
                if !open.isEmpty { element("mo", open, attributes: " fence=\"true\"") }
                for node in inner where node != .whitespace { self.node(node) }
                if !close.isEmpty { element("mo", close, attributes: " fence=\"true\"") }
                out += "</mrow>"
            case .table(let environment, let rows): table(environment, rows)
            }
        }

        /// `msub`/`msup`/`msubsup`, or `munder`/`mover`/`munderover` for limits in display style.
        /// A function's invisible application operator follows its scripts (`max_i ⁡ x`).
        mutating func scripts(_ base: MathNode, _ sub: MathNode?, _ sup: MathNode?) {
            let under = base.hasLimits && display
            let tag =
                switch (sub, sup) {
                case (_?, nil): under ? "munder" : "msub"
                case (nil, _): under ? "mover" : "msup"
                case (_?, _?): under ? "munderover" : "msubsup"
                }
            out += "<\(tag)>"
            if case .function(let name, _) = base { element("mi", name) } else { node(base) }
            if let sub { node(sub) }
            if let sup { node(sup) }
            out += "</\(tag)>"
            if case .function = base { out += Self.functionApplication }
        }

        mutating func table(_ environment: String, _ rows: [[[MathNode]]]) {
            switch environment {
            case "cases": out += "<mrow><mo>{</mo>"
            case "pmatrix": out += "<mrow><mo>(</mo>"
            case "bmatrix": out += "<mrow><mo>[</mo>"
            default: break
            }
            let leftAligned = ["cases", "aligned", "align"].contains(environment)
            out += leftAligned ? "<mtable columnalign=\"left\">" : "<mtable>"
            for cells in rows {
                out += "<mtr>"
                for cell in cells {
                    out += "<mtd>"
                    row(cell)
                    out += "</mtd>"
                }
                out += "</mtr>"
            }
            out += "</mtable>"
            switch environment {
            case "cases": out += "</mrow>"
            case "pmatrix": out += "<mo>)</mo></mrow>"
            case "bmatrix": out += "<mo>]</mo></mrow>"
            default: break
            }
        }

        mutating func element(_ tag: String, _ text: String, attributes: String = "") {
            out += "<\(tag)\(attributes)>\(HTMLBuilder.escape(text))</\(tag)>"
        }

        /// U+2061 FUNCTION APPLICATION: tells screen readers "max of", not "max times".
        static let functionApplication = "<mo>\u{2061}</mo>"
    }
}

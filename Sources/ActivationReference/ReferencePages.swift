import Activations
import LessonCore
import LessonRender
import Plot

/// One page per activation function of the library, generated from `ActivationRegistry`: formula
/// and derivative as MathML, the function-and-derivative plot, and computed facts (value and slope
/// at 0, output range, monotonic, smooth, zero-centred), parameters with defaults, the PyTorch name.
///
/// A page source: a book turns it on with `pages: [activation-reference]` in `site.yml`.
package struct ActivationReferencePages: PageSource {
    package let name = "activation-reference"
    /// The activations to document; the whole registry by default.
    let registry: [ActivationRegistry.Entry]

    package init(registry: [ActivationRegistry.Entry] = ActivationRegistry.entries) {
        self.registry = registry
    }

    package func pages(in context: PageSourceContext) -> SourcedPages {
        let book = ReferenceBook(context: context, registry: registry)
        return SourcedPages(
            folder: "reference", heading: book.strings.activationFunctions, anchor: "reference",
            pages: book.entries.map(book.searchPage), files: book.files())
    }
}

/// The reference pages of one book: its strings and layout, and an entry per activation.
struct ReferenceBook {
    /// The sections of every reference page, in order: the id of each heading and its title.
    /// The search index names them the same way.
    enum Section: String, CaseIterable {
        case formula, derivative, plot, properties, parameters, pytorch

        var id: String { rawValue }

        func title(_ strings: ReferenceStrings) -> String {
            switch self {
            case .formula: strings.formula
            case .derivative: strings.derivative
            case .plot: strings.plot
            case .properties: strings.properties
            case .parameters: strings.parameters
            case .pytorch: strings.torchName
            }
        }
    }

    /// An activation as listed on the index pages.
    struct Entry {
        /// The registry's id: the page's file name.
        var slug: String
        /// The `torch.nn` name, e.g. `LeakyReLU`, with the id added when two entries share a name.
        var name: String
        var activation: any DocumentedActivation
    }

    let site: SiteConfig
    let interface: InterfaceStrings
    let strings: ReferenceStrings
    let layout: HTMLLayout
    let entries: [Entry]

    init(context: PageSourceContext, registry: [ActivationRegistry.Entry]) {
        self.site = context.site
        self.interface = context.strings
        self.strings = ReferenceStrings.forLanguage(context.site.language)
        self.layout = context.layout
        let names = registry.map(\.activation.name)
        entries = registry.map { entry in
            let name = entry.activation.name
            let shared = names.filter { $0 == name }.count > 1
            return Entry(slug: entry.id, name: shared ? "\(name) (\(entry.id))" : name, activation: entry.activation)
        }
    }

    /// The page as the search index sees it: its title and `torch.nn` name on top, then its
    /// sections. They hold little text (the pages are formulas, a plot and tables); they are there
    /// so that "ReLU производная" leads to the right heading.
    func searchPage(_ entry: Entry) -> SourcedPages.Page {
        let f = entry.activation
        let parameters = f.parameters.isEmpty ? strings.noParameters : f.parameters.map(\.name).joined(separator: " ")
        let text: [Section: String] = [
            .parameters: parameters, .pytorch: "torch.nn.\(f.name) grad_fn=<\(f.gradFnName)>",
        ]
        let sections =
            [(heading: "", anchor: "", text: "torch.nn." + f.name)]
            + Section.allCases.map { (heading: $0.title(strings), anchor: $0.id, text: text[$0] ?? "") }
        return SourcedPages.Page(slug: entry.slug, title: entry.name, sections: sections)
    }

    /// Every reference file: HTML and Markdown pages and their figures.
    func files() -> [(path: String, bytes: [UInt8])] {
        var files: [(path: String, bytes: [UInt8])] = []
        for (position, entry) in entries.enumerated() {
            let facts = ActivationFacts(entry.activation)
            let svg = plotActivation(entry.activation, language: PlotLanguage(tag: site.language)).svg
            let figurePath = "figures/\(entry.slug).svg"
            let previous = position > 0 ? entries[position - 1] : nil
            let next = position + 1 < entries.count ? entries[position + 1] : nil
            files.append(
                (
                    "html/reference/\(entry.slug).html",
                    html(entry, facts: facts, svg: svg, previous: previous, next: next)
                ))
            files.append(("html/reference/" + figurePath, Array(svg.utf8)))
            files.append(
                (
                    "markdown/reference/\(entry.slug).md",
                    Array(markdown(entry, facts: facts, figure: figurePath, previous: previous, next: next).utf8)
                ))
            files.append(("markdown/reference/" + figurePath, Array(svg.utf8)))
        }
        return files
    }

    /// Rows of the properties table: label and value, in page order.
    func properties(_ facts: ActivationFacts) -> [(String, String)] {
        func yesNo(_ flag: Bool) -> String { flag ? strings.yes : strings.no }
        return [
            (strings.valueAtZero, ReferenceNumber.format(facts.valueAtZero)),
            (strings.derivativeAtZero, ReferenceNumber.format(facts.derivativeAtZero)),
            (strings.outputRange, ReferenceNumber.range(facts)),
            (strings.monotonic, yesNo(facts.monotonic)),
            (strings.smooth, yesNo(facts.smooth)),
            (strings.zeroCentred, yesNo(facts.zeroCentred)),
            (strings.meanUnderNormal, ReferenceNumber.format(facts.meanUnderNormal)),
        ]
    }

    private func html(_ entry: Entry, facts: ActivationFacts, svg: String, previous: Entry?, next: Entry?) -> [UInt8] {
        let f = entry.activation
        var main = HTMLBuilder()
        main.raw("<article class=\"reference\">\n")
        main.element("h1", text: entry.name)
        main.newline()
        main.open("p", [("class", "lead")])
        main.element("code", text: "torch.nn." + f.name)
        main.text(" — " + strings.generatedNote)
        main.raw("</p>\n")

        main.element("h2", [("id", Section.formula.id)], text: Section.formula.title(strings))
        main.raw("\n<div class=\"math-display\">" + MathML.render("f(x) = " + f.formula, display: true) + "</div>\n")
        main.element("h2", [("id", Section.derivative.id)], text: Section.derivative.title(strings))
        main.raw(
            "\n<div class=\"math-display\">" + MathML.render("f'(x) = " + f.derivativeFormula, display: true)
                + "</div>\n")

        main.element("h2", [("id", Section.plot.id)], text: Section.plot.title(strings))
        main.raw("\n<figure class=\"figure\">")
        main.raw(SVGInliner.inline(svg, label: strings.plotAlt + ": " + entry.name))
        main.raw("</figure>\n")

        main.element("h2", [("id", Section.properties.id)], text: Section.properties.title(strings))
        main.raw("\n<div class=\"table-wrap\"><table class=\"properties\">\n<tbody>\n")
        for (label, value) in properties(facts) {
            main.raw("<tr>")
            main.open("th", [("scope", "row")])
            main.text(label)
            main.close("th")
            main.element("td", text: value)
            main.raw("</tr>\n")
        }
        main.raw("</tbody></table></div>\n")

        main.element("h2", [("id", Section.parameters.id)], text: Section.parameters.title(strings))
        main.newline()
        if f.parameters.isEmpty {
            main.element("p", text: strings.noParameters)
        } else {
            main.raw("<div class=\"table-wrap\"><table>\n<thead><tr>")
            main.element("th", [("scope", "col")], text: strings.parameter)
            main.element("th", [("scope", "col")], text: strings.defaultValue)
            main.raw("</tr></thead>\n<tbody>\n")
            for parameter in f.parameters {
                main.raw("<tr><td>")
                main.element("code", text: parameter.name)
                main.raw("</td>")
                main.element("td", text: ReferenceNumber.format(parameter.value))
                main.raw("</tr>\n")
            }
            main.raw("</tbody></table></div>\n")
        }
        main.newline()
        main.element("h2", [("id", Section.pytorch.id)], text: Section.pytorch.title(strings))
        main.newline()
        main.open("p")
        main.element("code", text: "torch.nn." + f.name)
        main.raw(" · ")
        main.element("code", text: "grad_fn=<" + f.gradFnName + ">")
        main.raw("</p>\n</article>\n")

        Pager(
            label: strings.activationFunctions, previous: previous.map { ($0.slug, $0.name) },
            home: "../index.html#reference", next: next.map { ($0.slug, $0.name) }
        ).render(into: &main, strings: interface)
        return layout.page(title: entry.name, root: "../", body: main.bytes)
    }

    private func markdown(_ entry: Entry, facts: ActivationFacts, figure: String, previous: Entry?, next: Entry?)
        -> String
    {
        let f = entry.activation
        let escape = MarkdownLessonRenderer.escapeText
        var text = "# " + escape(entry.name) + "\n\n"
        text += "`torch.nn.\(f.name)` — " + escape(strings.generatedNote) + "\n\n"
        text += "## \(strings.formula)\n\n$$f(x) = \(f.formula)$$\n\n"
        text += "## \(strings.derivative)\n\n$$f'(x) = \(f.derivativeFormula)$$\n\n"
        text += "## \(strings.plot)\n\n![\(escape(strings.plotAlt)): \(escape(entry.name))](\(figure))\n\n"
        text += "## \(strings.properties)\n\n"
        text += MarkdownLessonRenderer.pipeTable(
            DisplayTable(
                headers: [strings.properties, ""], rows: properties(facts).map { [$0.0, $0.1] }))
        text += "\n\n## \(strings.parameters)\n\n"
        if f.parameters.isEmpty {
            text += strings.noParameters + "\n"
        } else {
            text += MarkdownLessonRenderer.pipeTable(
                DisplayTable(
                    headers: [strings.parameter, strings.defaultValue],
                    rows: f.parameters.map { [$0.name, ReferenceNumber.format($0.value)] }))
            text += "\n"
        }
        text += "\n## \(strings.torchName)\n\n`torch.nn.\(f.name)` · `grad_fn=<\(f.gradFnName)>`\n\n---\n\n"
        var links: [String] = []
        if let previous { links.append("← [\(escape(previous.name))](\(previous.slug).md)") }
        links.append("[\(escape(interface.home))](../README.md)")
        if let next { links.append("[\(escape(next.name))](\(next.slug).md) →") }
        return text + links.joined(separator: " · ") + "\n"
    }
}

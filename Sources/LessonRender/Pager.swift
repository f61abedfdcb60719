import LessonCore

/// The links at the foot of a lesson or reference page: previous, contents, next.
package struct Pager {
    /// A neighbouring page: where it is and what it is called.
    struct Link {
        var href: String
        var title: String
    }

    /// The navigation's accessible name ("Lessons", "Activation functions").
    var label: String
    var previous: Link?
    /// The contents page this one belongs to.
    var home: String
    var next: Link?

    /// The pager between pages of one folder: neighbours by file name (without `.html`) and title.
    package init(
        label: String, previous: (slug: String, title: String)?, home: String, next: (slug: String, title: String)?
    ) {
        self.label = label
        self.previous = previous.map { Link(href: $0.slug + ".html", title: $0.title) }
        self.home = home
        self.next = next.map { Link(href: $0.slug + ".html", title: $0.title) }
    }

    package func render(into html: inout HTMLBuilder, strings: InterfaceStrings) {
        html.open("nav", [("class", "pager"), ("aria-label", label)])
        if let previous {
            html.open("a", [("class", "pager-previous"), ("href", previous.href), ("rel", "prev")])
            html.element("span", [("class", "pager-label")], text: "← " + strings.previous)
            html.element("span", [("class", "pager-title")], text: previous.title)
            html.close("a")
        }
        html.open("a", [("class", "pager-home"), ("href", home)])
        html.text(strings.home)
        html.close("a")
        if let next {
            html.open("a", [("class", "pager-next"), ("href", next.href), ("rel", "next")])
            html.element("span", [("class", "pager-label")], text: strings.next + " →")
            html.element("span", [("class", "pager-title")], text: next.title)
            html.close("a")
        }
        html.raw("</nav>\n")
    }
}

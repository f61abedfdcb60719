import LessonCore

/// The links at the foot of a lesson or reference page: previous, contents, next.
package struct Pager {
    /// A neighbouring page: where it is and what it is called.
    package struct Link {
        var href: String
        var title: String

        package init(href: String, title: String) {
            self.href = href
            self.title = title
        }
    }

    /// The navigation's accessible name ("Lessons", "Activation functions").
    var label: String
    var previous: Link?
    /// The contents page this one belongs to.
    var home: String
    var next: Link?

    package init(label: String, previous: Link?, home: String, next: Link?) {
        self.label = label
        self.previous = previous
        self.home = home
        self.next = next
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

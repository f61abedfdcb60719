import LessonCore

/// The frame shared by every HTML page: head, skip link, site header, footer and the small script
/// that adds copy buttons to code, and the search box (the page reads fine without scripts).
package struct HTMLLayout {
    let site: SiteConfig
    let strings: InterfaceStrings

    /// A complete page. `root` is the relative path from the page to the `html/` folder
    /// (`""` or `"../"`); `body` is the page's main content, already HTML.
    package func page(title: String, root: String, sidebar: [UInt8] = [], body: [UInt8]) -> [UInt8] {
        var html = HTMLBuilder(capacity: body.count + sidebar.count + 2048)
        html.raw("<!DOCTYPE html>\n")
        html.open("html", [("lang", site.language)])
        html.raw("\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.raw("<meta name=\"color-scheme\" content=\"light dark\">\n")
        html.element("title", text: title == site.title ? title : "\(title) · \(site.title)")
        html.newline()
        html.open("link", [("rel", "stylesheet"), ("href", root + "style.css")])
        html.raw("\n</head>\n<body>\n")
        html.open("a", [("class", "skip-link"), ("href", "#main")])
        html.text(strings.skipToContent)
        html.raw("</a>\n<header class=\"site-header\">")
        html.open("a", [("class", "site-title"), ("href", root + "index.html")])
        html.text(site.title)
        html.raw("</a>")
        html.raw(bytes: SearchBox.form(strings: strings, root: root))
        html.raw("</header>\n<div class=\"layout\">\n")
        html.raw(bytes: sidebar)
        html.raw("<main id=\"main\">\n")
        html.raw(bytes: body)
        html.raw("</main>\n</div>\n")
        html.open("script", [("src", root + "copy.js"), ("data-copy", strings.copy), ("data-copied", strings.copied)])
        html.raw("</script>\n")
        html.open("script", [("src", root + "explore.js")])
        html.raw("</script>\n")
        html.open("script", [("src", root + "search.js")])
        html.raw("</script>\n</body>\n</html>\n")
        return html.bytes
    }
}

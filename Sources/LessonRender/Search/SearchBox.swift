import LessonCore

/// The search control in every page's header, and `search.js`, the script behind it.
///
/// The form is written `hidden`: without JavaScript there is no search, so there is no control
/// either, and the page reads as before. The script shows it, loads `search-index.js` (see
/// `SearchIndex`) the first time the reader focuses the box, and lists up to ten sections as links.
/// Interface text comes from `InterfaceStrings` through `data-` attributes, so the script holds no
/// language of its own. `page.html?q=words` opens a page with a search already made.
enum SearchBox {
    /// The control's markup; `root` is the path from the page to the `html/` folder.
    static func form(strings: InterfaceStrings, root: String) -> [UInt8] {
        var html = HTMLBuilder(capacity: 768)
        // `hidden` written bare, as HTML writes boolean attributes.
        html.raw("<form class=\"search\" role=\"search\" hidden")
        let data = [("data-root", root), ("data-found", strings.searchFound), ("data-none", strings.searchNone)]
        for (name, value) in data {
            html.raw(" \(name)=\"" + HTMLBuilder.escape(value) + "\"")
        }
        html.raw(">")
        html.open("label", [("class", "visually-hidden"), ("for", "site-search")])
        html.text(strings.search)
        html.close("label")
        html.open(
            "input",
            [
                ("type", "search"), ("id", "site-search"), ("name", "q"), ("placeholder", strings.searchPlaceholder),
                ("autocomplete", "off"), ("spellcheck", "false"), ("aria-keyshortcuts", "/"),
                ("aria-describedby", "site-search-status"), ("aria-controls", "site-search-results"),
            ])
        html.raw("<p class=\"search-status\" id=\"site-search-status\" aria-live=\"polite\"></p>")
        html.raw("<ol class=\"search-results\" id=\"site-search-results\" hidden></ol>")
        html.raw("</form>")
        return html.bytes
    }
}

import LessonCore

/// Turns a standalone SVG document into markup that can sit inside an HTML page.
///
/// Inline SVG inherits the page's `color`, so figures drawn with `currentColor` follow dark mode.
/// The XML declaration and doctype are dropped (not allowed in HTML), the root gets `role="img"`
/// and a label unless it has its own. Ids are left as they are: figures get ids unique on their
/// page where they are made (`display` in a lesson program numbers them by snippet and figure).
package enum SVGInliner {
    package static func inline(_ svg: String, label: String) -> String {
        var text = Substring(svg)
        // Skip the prolog: XML declaration, comments and doctype before the root element.
        while let start = text.firstIndex(of: "<") {
            let rest = text[start...]
            if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                guard let end = rest.firstIndex(of: ">") else { break }
                text = rest[rest.index(after: end)...]
            } else {
                text = rest
                break
            }
        }
        var body = String(text)
        while body.last?.isWhitespace == true { body.removeLast() }
        guard body.hasPrefix("<svg"), let tagEnd = body.firstIndex(of: ">") else { return body }
        // Keep the figure's own accessible name (the plot library writes title and desc) if any.
        let rootTag = body[..<tagEnd]
        var attributes = ""
        if !rootTag.contains(" role=") { attributes += " role=\"img\"" }
        if !rootTag.contains(" aria-label") { attributes += " aria-label=\"\(HTMLBuilder.escape(label))\"" }
        return "<svg" + attributes + body.dropFirst(4)
    }
}

extension SVGInliner {
    /// The text of the figure's `<title>`, if it has one (the plot library writes the plot title there).
    static func title(of svg: String) -> String? {
        guard let open = svg.firstRange(of: "<title"), let start = svg[open.upperBound...].firstIndex(of: ">"),
            let close = svg[start...].firstRange(of: "</title>")
        else { return nil }
        let text = unescape(String(svg[svg.index(after: start)..<close.lowerBound])).trimmingSpaces
        return text.isEmpty ? nil : text
    }

    /// Text or an attribute value of the figure with the five escapes the plot library writes undone.
    static func unescape(_ text: String) -> String {
        text.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">").replacingAll("&quot;", with: "\"")
            .replacingAll("&apos;", with: "'").replacingAll("&amp;", with: "&")
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    package func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}

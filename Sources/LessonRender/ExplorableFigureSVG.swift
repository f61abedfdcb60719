import LessonProtocol

/// What the renderers need to know about an explorable figure: one SVG document with a frame per
/// value of a parameter, marked up as `ExplorableFigureMarkup` describes (`Plot` writes it). The
/// HTML page inlines the whole document and `explore.js` adds the slider; the Markdown edition and
/// print show the default frame, with a line that says the HTML page has the slider.
enum ExplorableFigureSVG {
    /// The parameter's name if `svg` is an explorable figure (its root carries the marker), else nil.
    static func parameter(of svg: String) -> String? {
        guard let open = svg.firstRange(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else {
            return nil
        }
        let attribute = " " + ExplorableFigureMarkup.parameterAttribute + "=\""
        let root = svg[open.upperBound..<end]
        guard let start = root.firstRange(of: attribute), let close = root[start.upperBound...].firstIndex(of: "\"")
        else { return nil }
        return SVGInliner.unescape(String(root[start.upperBound..<close]))
    }

    /// The document with its hidden frames removed: the default frame alone, as a static image
    /// shows it anyway, at a fraction of the size. A document without frames comes back as it is.
    static func defaultFrameOnly(_ svg: String) -> String {
        let hiddenFrame = "<g " + ExplorableFigureMarkup.frameAttribute + "="
        var result = ""
        result.reserveCapacity(svg.utf8.count / 4)
        var rest = Substring(svg)
        while let start = rest.firstRange(of: hiddenFrame) {
            guard let tagEnd = rest[start.lowerBound...].firstIndex(of: ">"),
                rest[start.lowerBound..<tagEnd].contains(ExplorableFigureMarkup.hiddenAttribute),
                let end = endOfGroup(rest[start.lowerBound...])
            else {
                let next = rest.index(after: start.lowerBound)
                result += rest[..<next]
                rest = rest[next...]
                continue
            }
            result += rest[..<start.lowerBound]
            rest = rest[end...]
            if rest.first == "\n" { rest = rest.dropFirst() }
        }
        return result + rest
    }

    /// The sentence under the default frame in the Markdown edition and in print.
    static func note(parameter: String, language: String) -> String {
        language.split(separator: "-").first?.lowercased() == "ru"
            ? "На HTML-странице у этого рисунка есть ползунок «\(parameter)»."
            : "On the HTML page this figure has a slider for \(parameter)."
    }

    /// The index just past the `</g>` that closes the group `text` starts with.
    private static func endOfGroup(_ text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.startIndex
        while let tag = text[index...].firstIndex(of: "<") {
            let rest = text[tag...]
            if rest.hasPrefix("</g>") {
                depth -= 1
                index = rest.index(tag, offsetBy: 4)
                if depth == 0 { return index }
            } else {
                if rest.hasPrefix("<g ") || rest.hasPrefix("<g>"),
                    let close = rest.firstIndex(of: ">"), rest[rest.index(before: close)] != "/"
                {
                    depth += 1
                }
                index = rest.index(after: tag)
            }
        }
        return nil
    }
}

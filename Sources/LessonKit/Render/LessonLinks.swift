/// Rewrites links between lessons: `02-relu.md#x` becomes `02-relu.html#x` on the HTML site.
///
/// Only relative links whose file is a lesson of the book are rewritten; anything with a scheme,
/// an absolute path or an unknown file is left as written.
struct LessonLinks {
    /// Slugs of the book's lessons.
    var slugs: Set<String>

    /// The destination for the HTML page of a lesson at `html/`, or `nil` to keep the link.
    func htmlDestination(_ destination: String) -> String? {
        guard let (slug, fragment) = lessonTarget(destination) else { return nil }
        return slug + ".html" + fragment
    }

    /// Splits `dir/02-relu.md#frag` into `02-relu` and `#frag` when it names a lesson.
    func lessonTarget(_ destination: String) -> (slug: String, fragment: String)? {
        if destination.contains("://") || destination.hasPrefix("/") || destination.hasPrefix("#")
            || destination.hasPrefix("mailto:")
        {
            return nil
        }
        let hashIndex = destination.firstIndex(of: "#") ?? destination.endIndex
        let path = destination[..<hashIndex]
        let fragment = String(destination[hashIndex...])
        guard path.hasSuffix(".md") else { return nil }
        let file = path.split(separator: "/").last.map(String.init) ?? String(path)
        let slug = String(file.dropLast(3))
        return slugs.contains(slug) ? (slug, fragment) : nil
    }
}

/// Where each figure of a lesson's output is written, relative to the `html/` or `markdown/` folder.
enum FigureFiles {
    /// `figures/02-relu-3-1.svg`: lesson slug, snippet number and figure number, counted from 1.
    static func path(slug: String, snippet: Int, figure: Int) -> String {
        "figures/\(slug)-\(snippet + 1)-\(figure + 1).svg"
    }
}

import Foundation
import LessonCore

/// Finding the local files a lesson references in its Markdown tree, with the line of each
/// reference (for diagnostics) and the bytes of the source that spell its destination (so the
/// Markdown pages, which copy the source, can point at the copy).
///
/// Remote destinations (a scheme such as `https:` or `data:`, or `//host`), anchors (`#x`) and
/// Markdown files (lessons and reference pages, which `LessonLinks` handles) are not assets.
enum LessonAssets {
    /// What a local destination names.
    enum Target: Hashable {
        /// A file inside the lessons folder, by its normalised path relative to the folder.
        case file(String)
        /// An absolute path (`/etc/passwd`): not part of the book, and not portable.
        case absolute
        /// A relative path that climbs out of the lessons folder (`../../etc/passwd`).
        case outside
    }

    /// One local reference in a lesson.
    struct Reference: Hashable {
        enum Kind: Hashable {
            case image, link
        }

        var kind: Kind
        /// The destination as parsed (cmark's URL, or the `src` attribute's value).
        var destination: String
        var target: Target
        /// The line of the image or link (the line of `src=` in a multi-line HTML block).
        var line: Int
        /// Byte ranges of the lesson's source that spell the destination; empty when it could not
        /// be found there (the Markdown page then keeps it as written).
        var spans: [Range<Int>]
        /// True for an `<img src>` in raw HTML, where a rewritten destination is HTML-escaped.
        var isHTML = false
    }

    // MARK: Destinations

    /// The file a destination names, or nil when it is not a local file (remote, anchor, lesson,
    /// folder). Lessons sit directly in the lessons folder, so a path relative to the lesson file
    /// is relative to the folder; an edition's lessons sit in `base` (`en`) inside the book's
    /// folder, and their paths are relative to the book's.
    static func target(of destination: String, from base: String = "") -> Target? {
        let path = pathPart(of: destination)
        guard !path.isEmpty, !path.hasPrefix("#"), !path.hasPrefix("//"), !hasScheme(path) else { return nil }
        let decoded = percentDecoded(path)
        guard !decoded.hasSuffix("/"), !Self.hasMarkdownExtension(decoded) else { return nil }
        if decoded.hasPrefix("/") { return .absolute }
        var components = base.split(separator: "/")
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return .outside }
                components.removeLast()
            default: components.append(component)
            }
        }
        return components.isEmpty ? nil : .file(components.joined(separator: "/"))
    }

    /// Ends in `.md` in any case: on bytes, as `lowercased()` would make a new string for every link
    /// (no character but an ASCII letter lowercases to `m` or `d`).
    static func hasMarkdownExtension(_ path: String) -> Bool {
        let tail = path.utf8.suffix(3)
        guard tail.count == 3 else { return false }
        let bytes = Array(tail)
        return bytes[0] == UInt8(ascii: ".") && bytes[1] | 0x20 == UInt8(ascii: "m")
            && bytes[2] | 0x20 == UInt8(ascii: "d")
    }

    /// The destination without its `?query` and `#fragment`.
    static func pathPart(of destination: String) -> Substring {
        destination[..<(destination.firstIndex { $0 == "?" || $0 == "#" } ?? destination.endIndex)]
    }

    /// `http:`, `data:`, `mailto:`: a letter, then letters, digits, `+`, `-` or `.`, then a colon.
    private static func hasScheme(_ path: Substring) -> Bool {
        guard let colon = path.firstIndex(of: ":"), let first = path.first, first.isASCII, first.isLetter else {
            return false
        }
        return path[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// `my%20net.png` as `my net.png`; text with a stray `%` or decoding to invalid UTF-8 is kept.
    static func percentDecoded(_ text: Substring) -> String {
        text.removingPercentEncoding ?? String(text)
    }

    /// The URL of a copied file, relative to the page (`assets/images/my%20net.png`), followed by
    /// the original destination's query and fragment.
    static func url(forAsset path: String, destination: String) -> String {
        let suffix = destination[pathPart(of: destination).endIndex...]
        return percentEncoded(LessonAsset(path: path, bytes: []).outputPath, keeping: "/")
            + percentEncoded(suffix, keeping: "/?#=&%+:@!$'*,;")
    }

    /// Every byte outside the URL's unreserved characters (and `keeping`) as `%XX`, so the URL
    /// needs no escaping in Markdown or HTML and no quoting in an attribute.
    private static func percentEncoded(_ text: some StringProtocol, keeping: String) -> String {
        let allowed = CharacterSet(charactersIn: unreserved + keeping)
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? String(text)
    }

    /// RFC 3986's unreserved characters, ASCII only (`CharacterSet.alphanumerics` has every script).
    private static let unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"

    // MARK: References in a lesson

    /// The folder of `lesson` inside the folder its files resolve in: its edition's (`en`), or
    /// empty for a lesson of a single-language book.
    static func base(of lesson: Lesson) -> String {
        guard lesson.bookFolder != nil else { return "" }
        return ((lesson.path as NSString).deletingLastPathComponent as NSString).lastPathComponent
    }

    /// Every local reference of `lesson`, in document order.
    static func references(in lesson: Lesson) -> [Reference] {
        var finder = AssetReferenceFinder(lesson)
        finder.visit(lesson.document)
        return finder.references
    }
}

import Foundation
import Yams

/// Splits a lesson file into its YAML front matter and its Markdown body, and reads the front matter.
///
/// Front matter is a block that opens with `---` on the file's first line and closes with `---` (or
/// `...`) on a line of its own. Every problem is reported at the file line it concerns.
enum FrontMatterParser {
    /// The keys a lesson may set; anything else is a typo worth an error.
    static let knownKeys: Set<String> = ["title", "order", "description", "timeout", "memory", "network"]

    struct Split {
        var yaml: String
        /// File line of the YAML's first line.
        var yamlFirstLine: Int
        var body: String
        /// File line of the body's first line.
        var bodyFirstLine: Int
    }

    /// Finds the front matter block. Returns nil when the file does not start with `---`.
    ///
    /// Walks the lines only as far as the closing fence; the body is sliced off, not rebuilt.
    static func split(_ source: String, path: String) throws(LessonLoadingError) -> Split? {
        let scalars = source.unicodeScalars
        var lineStart = scalars.startIndex
        var lineNumber = 1
        var yamlStart: String.UnicodeScalarView.Index?
        while lineStart < scalars.endIndex || lineNumber == 1 {
            let lineEnd = scalars[lineStart...].firstIndex(of: "\n") ?? scalars.endIndex
            let line = trimmed(String(scalars[lineStart..<lineEnd]))
            let next = lineEnd < scalars.endIndex ? scalars.index(after: lineEnd) : scalars.endIndex
            if let yamlStart {
                if line == "---" || line == "..." {
                    return Split(
                        yaml: String(
                            scalars[yamlStart..<(lineStart == yamlStart ? lineStart : scalars.index(before: lineStart))]
                        ),
                        yamlFirstLine: 2,
                        body: String(scalars[next...]),
                        bodyFirstLine: lineNumber + 1)
                }
            } else {
                guard line == "---" else { return nil }
                yamlStart = next
            }
            if lineEnd == scalars.endIndex { break }
            lineStart = next
            lineNumber += 1
        }
        throw LessonLoadingError(
            Diagnostic(path: path, line: 1, message: "front matter opened with '---' is never closed"))
    }

    /// Reads `title`, `order`, `description`, `timeout`, `memory` and `network` from the YAML text.
    static func parse(_ split: Split, path: String) throws(LessonLoadingError) -> FrontMatter {
        func error(_ line: Int?, _ message: String) -> LessonLoadingError {
            LessonLoadingError(Diagnostic(path: path, line: line ?? split.yamlFirstLine - 1, message: message))
        }
        func fileLine(_ node: Node) -> Int? {
            node.mark.map { $0.line + split.yamlFirstLine - 1 }
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: split.yaml)
        } catch {
            throw LessonLoadingError(
                .yaml(
                    error, what: "front matter", path: path, firstLine: split.yamlFirstLine,
                    fallbackLine: split.yamlFirstLine - 1))
        }
        guard let mapping = root?.mapping else {
            throw error(nil, "front matter must be a YAML mapping with at least a 'title'")
        }
        var title: String?
        var frontMatter = FrontMatter(title: "")
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "title":
                guard let text = value.string, !text.isEmpty else {
                    throw error(fileLine(keyNode), "'title' must be a non-empty string")
                }
                title = text
            case "order":
                guard let order = value.int else { throw error(fileLine(keyNode), "'order' must be an integer") }
                frontMatter.order = order
            case "description":
                guard let text = value.string else { throw error(fileLine(keyNode), "'description' must be a string") }
                frontMatter.description = text
            case "timeout":
                guard let seconds = value.float, seconds > 0 else {
                    throw error(fileLine(keyNode), "'timeout' must be a positive number of seconds")
                }
                frontMatter.timeout = seconds
            case "memory":
                guard let bytes = value.string.flatMap(byteCount) else {
                    throw error(fileLine(keyNode), "'memory' must be a size such as 512MiB or 4GiB")
                }
                frontMatter.memory = bytes
            case "network":
                guard let allowed = value.bool else {
                    throw error(fileLine(keyNode), "'network' must be true or false")
                }
                frontMatter.network = allowed
            default:
                let known = knownKeys.sorted().joined(separator: ", ")
                throw error(fileLine(keyNode), "unknown front matter key '\(key)' (known: \(known))")
            }
        }
        guard let title else { throw error(nil, "front matter has no 'title'") }
        frontMatter.title = title
        return frontMatter
    }

    /// `4GiB`, `512 MiB`, `1.5GiB` or a plain number of bytes; binary units only, so that `GB`
    /// (which could mean either) is not silently taken for one of them.
    static func byteCount(_ text: String) -> Int? {
        let units: [(String, Double)] = [("KiB", 0x1p10), ("MiB", 0x1p20), ("GiB", 0x1p30), ("TiB", 0x1p40), ("", 1)]
        let text = text.trimmingCharacters(in: .whitespaces)
        for (unit, size) in units where text.hasSuffix(unit) {
            let number = text.dropLast(unit.count).trimmingCharacters(in: .whitespaces)
            guard let value = Double(number), value > 0, value * size < 0x1p62 else { return nil }
            return Int(value * size)
        }
        return nil
    }

    private static func trimmed(_ line: String) -> Substring {
        var line = line[...]
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
        return line
    }
}

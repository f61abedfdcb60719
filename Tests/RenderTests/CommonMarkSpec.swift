import Foundation

@testable import LessonKit

/// The examples of the CommonMark spec (`Fixtures/commonmark-spec-0.29.txt`, CC-BY-SA 4.0, by John
/// MacFarlane), and `cmark --unsafe`'s HTML for any Markdown, to compare our pages with.
///
/// The spec's own expected HTML is not used: the project links libcmark 0.30, whose answers differ
/// from 0.29's in a few examples; what we must agree with is the library that parses our lessons.
enum CommonMarkSpec {
    struct Example {
        /// Counted from 1 in the order of the spec, as the spec numbers them.
        var number: Int
        var section: String
        var markdown: String
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/commonmark-spec-0.29.txt")

    /// Every example: its Markdown (with `→` as the tab it stands for) and the section it is in.
    static func examples() throws -> [Example] {
        let text = try String(contentsOf: file, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var section = ""
        var markdown: [Substring]?
        var inHTML = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if var lines = markdown {
                if line == fence {
                    let body = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
                    examples.append(Example(
                        number: examples.count + 1, section: section,
                        markdown: body.replacingOccurrences(of: "→", with: "\t")))
                    markdown = nil
                } else if line == "." {
                    inHTML = true
                } else if !inHTML {
                    lines.append(line)
                    markdown = lines
                }
            } else if line == fence + " example" {
                markdown = []
                inHTML = false
            } else if line.hasPrefix("#") {
                section = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            }
        }
        return examples
    }

    /// `cmark --unsafe` over each document, in order.
    ///
    /// One process per document (cmark reads one document), but started by one shell for all of them,
    /// two at a time: starting processes from Swift one by one is several times slower.
    static func cmark(_ documents: [String], name: String) throws -> [String] {
        let folder = ExternalTools.artefacts.appendingPathComponent("commonmark/" + name)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (index, document) in documents.enumerated() {
            try Data(document.utf8).write(to: folder.appendingPathComponent("\(index).md"))
        }
        let script = #"cd "$1" && printf '%s\n' *.md | xargs -n 100 -P 2 sh -c 'for f; do cmark --unsafe "$f" > "${f%.md}.html" || exit 1; done' sh"#
        let result = try ExternalTools.run("/bin/sh", ["-c", script, "sh", folder.path])
        guard result.status == 0 else { throw CMarkFailed(output: result.output) }
        return try documents.indices.map { index in
            String(decoding: try Data(contentsOf: folder.appendingPathComponent("\(index).html")), as: UTF8.self)
        }
    }

    struct CMarkFailed: Error {
        var output: String
    }
}

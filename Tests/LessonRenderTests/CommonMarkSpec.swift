import Foundation

@testable import LessonCore
@testable import LessonRender

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
                    examples.append(
                        Example(
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
    /// cmark reads one document per process. Starting 649 of them from Swift, or writing a file for
    /// each, takes seconds; instead the documents go into one file, separated by U+0001 (which no
    /// example holds), and two `awk`s each pipe every other one into a fresh `cmark`, writing its
    /// HTML followed by U+0002.
    static func cmark(_ documents: [String], name: String) throws -> [String] {
        let folder = ExternalTools.artefacts.appendingPathComponent("commonmark/" + name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        precondition(!documents.contains { $0.utf8.contains(1) }, "a document holds the separator")
        try Data(documents.joined(separator: "\u{1}").utf8).write(to: folder.appendingPathComponent("documents.md"))
        // `xargs` runs the two in parallel: a shell's `&` and `wait` hung when the test process
        // started the shell (Foundation's `Process` on Linux), `xargs` waits for its children itself.
        let script = #"""
            cd "$1" || exit 1
            program='BEGIN { RS = "\001"; ORS = "" }
                (NR - 1) % 2 == k { printf "%s", $0 | "cmark --unsafe"; close("cmark --unsafe"); printf "\002"; fflush() }'
            export program
            printf '0\n1\n' | xargs -n 1 -P 2 sh -c 'awk -v k="$0" "$program" documents.md > "html-$0"'
            """#
        let result = try ExternalTools.run("/bin/sh", ["-c", script, "sh", folder.path])
        let halves = try (0..<2).map { k in
            try Data(contentsOf: folder.appendingPathComponent("html-\(k)")).split(
                separator: 2, omittingEmptySubsequences: false
            )
            .dropLast().map { String(decoding: $0, as: UTF8.self) }
        }
        guard result.status == 0, halves[0].count == (documents.count + 1) / 2, halves[1].count == documents.count / 2
        else {
            throw CMarkFailed(output: result.output)
        }
        return documents.indices.map { halves[$0 % 2][$0 / 2] }
    }

    struct CMarkFailed: Error {
        var output: String
    }
}

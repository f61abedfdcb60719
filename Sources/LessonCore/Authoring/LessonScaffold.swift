import Foundation

/// `lessons new "Title"`: a numbered lesson file with front matter and a first snippet that passes
/// `check`, so an author starts from something that builds.
public enum LessonScaffold {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The file that would be created: `NN-slug.md`, NN one more than the highest number in use
    /// (two digits at least), and its contents.
    public static func plan(title: String, lessonsDirectory: String) throws -> (path: String, contents: String) {
        let cleanTitle = title.trimmingCharacters(in: .whitespaces)
        guard !cleanTitle.isEmpty, !cleanTitle.contains(where: \.isNewline) else {
            throw Failure(description: "the title must be one non-empty line")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: lessonsDirectory)) ?? []
        let numbers = names.filter { $0.hasSuffix(".md") }.compactMap { name in
            Int(name.prefix { $0.isASCII && $0.isNumber })
        }
        let number = (numbers.max() ?? 0) + 1
        let orders = names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.compactMap { name -> Int? in
            let path = lessonsDirectory + "/" + name
            guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            return (try? LessonParser.parse(path: path, source: source))?.frontMatter.order
        }
        let order = max(number, (orders.max() ?? 0) + 1)
        let slug = slug(cleanTitle)
        let name = String(format: "%02d", number) + (slug.isEmpty ? "" : "-" + slug) + ".md"
        return (lessonsDirectory + "/" + name, contents(title: cleanTitle, order: order))
    }

    /// Creates the lesson file; never overwrites.
    @discardableResult
    public static func create(title: String, lessonsDirectory: String) throws -> String {
        let (path, contents) = try plan(title: title, lessonsDirectory: lessonsDirectory)
        try FileManager.default.createDirectory(atPath: lessonsDirectory, withIntermediateDirectories: true)
        try writeNewFile(path, contents: contents)
        return path
    }

    /// Writes a file that must not exist yet: `O_EXCL` makes "check, then write" one step, so a
    /// file that appeared meanwhile is refused rather than replaced.
    static func writeNewFile(_ path: String, contents: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw Failure(
                description: errno == EEXIST
                    ? "\(path) already exists; not overwriting it"
                    : "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let bytes = Array(contents.utf8)
        guard bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The new lesson's text. The snippet uses only the standard library so it runs whatever the
    /// book's runtime offers; its `output` fence is what it prints.
    static func contents(title: String, order: Int) -> String {
        let quoted =
            "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
        return """
            ---
            title: \(quoted)
            order: \(order)
            # description: one sentence for the book's table of contents
            ---

            Write the lesson here. Snippets marked `swift run` are compiled and run; the `output` fence
            under a snippet is what it must print (`lessons fix` rewrites it from the real output).

            ```swift run
            let inputs: [Double] = [-2, -1, 0, 1, 2]
            print(inputs.map { max(0, $0) })
            ```

            ```output
            [0.0, 0.0, 0.0, 1.0, 2.0]
            ```

            """
    }

    /// A file-name slug: Latin letters and digits, words joined by hyphens; Cyrillic is
    /// transliterated so `Функция ReLU` becomes `funktsiya-relu`.
    public static func slug(_ title: String) -> String {
        var out = ""
        var pendingHyphen = false
        for character in title.lowercased() {
            let piece: String
            if character.isASCII && (character.isLetter || character.isNumber) {
                piece = String(character)
            } else if let latin = cyrillic[character] {
                piece = latin
            } else {
                pendingHyphen = !out.isEmpty
                continue
            }
            if piece.isEmpty { continue }
            if pendingHyphen { out += "-" }
            pendingHyphen = false
            out += piece
        }
        return String(out.prefix(60))
    }

    private static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    ]
}

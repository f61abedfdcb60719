import Foundation

/// A translated edition's `translations.lock`: for each lesson, the kind and hash of every source
/// block as it was when the translation was last marked current. Plain text, one block a line, so
/// that a change to it reads well in a diff:
///
/// ```
/// # source: ru
/// 02-relu.md
///   front-matter 5d1c0a7f3b2e9d84
///   heading 0b9e61a4c2d7f315
/// ```
public struct TranslationLock: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var kind: TranslationBlock.Kind
        public var hash: String

        public init(kind: TranslationBlock.Kind, hash: String) {
            self.kind = kind
            self.hash = hash
        }
    }

    /// The file's name, in the translated edition's folder.
    public static let fileName = "translations.lock"

    /// The source edition's language, as the header records it.
    public var sourceLanguage: String
    /// By lesson file name (`02-relu.md`).
    public var lessons: [String: [Entry]]

    public init(sourceLanguage: String, lessons: [String: [Entry]] = [:]) {
        self.sourceLanguage = sourceLanguage
        self.lessons = lessons
    }

    /// The entries of `blocks` (kinds and hashes; lines are not locked).
    public static func entries(_ blocks: [TranslationBlock]) -> [Entry] {
        blocks.map { Entry(kind: $0.kind, hash: $0.hash) }
    }

    /// The file's text: lessons by file name, blocks in order.
    public var text: String {
        var lines = [
            "# Translations kept in step with the \(sourceLanguage) edition: each lesson's source blocks (kind, hash)",
            "# as they were when its translation was last marked current. Written by `lessons translations --mark-current`.",
            "# source: \(sourceLanguage)",
        ]
        for name in lessons.keys.sorted() {
            lines.append(name)
            for entry in lessons[name] ?? [] { lines.append("  \(entry.kind.rawValue) \(entry.hash)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a lock file's text; a line it cannot read is an error at that line of `path`.
    public init(text: String, path: String) throws(Diagnostic) {
        self.init(sourceLanguage: "")
        var current: String?
        for (offset, raw) in text.lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.hasPrefix("# source:") {
                sourceLanguage = line.dropFirst("# source:".count).trimmingCharacters(in: .whitespaces)
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !raw.hasPrefix(" ") {
                current = line
                lessons[line, default: []] = []
                continue
            }
            let fields = line.split(separator: " ")
            guard let current, fields.count == 2, let kind = TranslationBlock.Kind(rawValue: String(fields[0])) else {
                throw Diagnostic(
                    path: path, line: offset + 1,
                    message: "cannot read this line of the translations lock (expected '  KIND HASH' under a lesson "
                        + "file name); run 'lessons translations --mark-current' to rewrite it")
            }
            lessons[current, default: []].append(Entry(kind: kind, hash: String(fields[1])))
        }
    }

    /// The lock of the edition in `directory`, or an empty one when it has none yet.
    public static func read(directory: String, sourceLanguage: String) throws(Diagnostic) -> TranslationLock {
        let path = directory + "/" + fileName
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return TranslationLock(sourceLanguage: sourceLanguage)
        }
        return try TranslationLock(text: text, path: path)
    }
}

/// Moves line numbers in cached results to where the snippets are now, after prose edits moved them.
///
/// Snippet code is unchanged (it is in the cache key), so each snippet moved as a block: a line in
/// snippet `i`'s old range moves by that snippet's offset. Diagnostics and their notes carry lines
/// as numbers; text output names them as `FILE.md:LINE` (compiler errors and traps shown as a
/// snippet's output), and those are moved too.
struct ResultRelocation {
    let lesson: Lesson
    /// (fence line, closing line) of each snippet when cached.
    let oldLines: [(Int, Int)]

    var isIdentity: Bool {
        zip(oldLines, lesson.snippets).allSatisfy { $0.0 == $1.fenceLine }
    }

    func moved(_ line: Int) -> Int {
        for (old, snippet) in zip(oldLines, lesson.snippets) where line >= old.0 && line <= old.1 {
            return line + snippet.fenceLine - old.0
        }
        return line
    }

    func apply(_ diagnostic: Diagnostic) -> Diagnostic {
        guard !isIdentity else { return diagnostic }
        var moved = diagnostic
        moved.line = diagnostic.line.map(self.moved)
        moved.notes = diagnostic.notes.map { note in
            var note = note
            if note.path == lesson.path { note.line = note.line.map(self.moved) }
            return note
        }
        return moved
    }

    func apply(_ result: SnippetResult) -> SnippetResult {
        guard !isIdentity else { return result }
        var moved = result
        moved.items = result.items.map { item in
            if case .text(let text) = item { return .text(relocateText(text, name: lesson.fileName)) }
            return item
        }
        moved.claims = result.claims.map { claim in
            var claim = claim
            claim.line = self.moved(claim.line)
            return claim
        }
        return moved
    }

    /// Rewrites every `NAME:LINE` in `text`.
    private func relocateText(_ text: String, name: String) -> String {
        let needle = name + ":"
        var output = ""
        var rest = text[...]
        while let range = rest.range(of: needle) {
            output += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if let line = Int(digits) {
                output += String(moved(line))
                rest = rest.dropFirst(digits.count)
            }
        }
        return output + rest
    }
}

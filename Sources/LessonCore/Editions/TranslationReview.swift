import Foundation

/// Compares a translated edition with its source, lesson by lesson, through the edition's lock:
/// which source blocks changed since the translation was marked current, whether the translation
/// is still block-parallel to the source it translated, whether its code is the source's code.
public struct TranslationReview: Sendable {
    public var source: Edition
    public var translation: Edition
    public var lock: TranslationLock
    /// Report stale and missing translations as warnings (`check --allow-stale`).
    public var allowStale = false

    public init(source: Edition, translation: Edition, lock: TranslationLock, allowStale: Bool = false) {
        self.source = source
        self.translation = translation
        self.lock = lock
        self.allowStale = allowStale
    }

    /// Every lesson of the source, in reading order, then translations that have no source.
    public func lessons() -> [LessonTranslation] {
        let translated = Dictionary(
            translation.library.lessons.map { (Self.fileName($0.path), $0) }, uniquingKeysWith: { a, _ in a })
        var reports = source.library.lessons.map { lesson in
            review(lesson, translated[Self.fileName(lesson.path)])
        }
        let sourceNames = Set(source.library.lessons.map { Self.fileName($0.path) })
        for lesson in translation.library.lessons where !sourceNames.contains(Self.fileName(lesson.path)) {
            let name = Self.fileName(lesson.path)
            reports.append(
                LessonTranslation(
                    name: name, state: .translated,
                    diagnostics: [
                        Diagnostic(
                            path: lesson.path, line: 1,
                            message: "this lesson has no source: the \(source.language) edition has no \(name)")
                    ]))
        }
        return reports
    }

    var staleSeverity: Diagnostic.Severity { allowStale ? .warning : .error }

    /// One lesson: `translated` is its translation, if it has one.
    func review(_ original: Lesson, _ translated: Lesson?) -> LessonTranslation {
        let name = Self.fileName(original.path)
        let sourceBlocks = TranslationBlock.blocks(of: original)
        guard let translated else {
            return LessonTranslation(
                name: name, state: .missing,
                diagnostics: [
                    Diagnostic(
                        staleSeverity, path: original.path, line: 1,
                        message: "missing translation: the \(translation.language) edition has no \(name) "
                            + "(\(translation.directory)/\(name))")
                ])
        }
        // A lesson that does not load has its problems reported already; its blocks are unknown.
        guard original.loadProblems.isEmpty && translated.loadProblems.isEmpty else {
            return LessonTranslation(name: name, state: .stale(blocks: 0), diagnostics: [])
        }
        let blocks = TranslationBlock.blocks(of: translated)
        var diagnostics = settingsDifferences(original, translated)
        guard let locked = lock.lessons[name] else {
            diagnostics.append(
                Diagnostic(
                    staleSeverity, path: translated.path, line: 1,
                    message: "stale translation: never marked current against \(original.path) "
                        + "(run 'lessons translations --mark-current \(Self.slug(name))' once it is translated)"))
            return LessonTranslation(name: name, state: .stale(blocks: sourceBlocks.count), diagnostics: diagnostics)
        }
        var stale = 0
        if let mismatch = structureMismatch(blocks, locked, path: translated.path) {
            diagnostics.append(mismatch)
            stale += 1
        }
        let alignment = BlockAlignment.align(locked, TranslationLock.entries(sourceBlocks))
        func at(_ index: Int) -> TranslationBlock { blocks[min(max(index, 0), blocks.count - 1)] }
        for gap in alignment.gaps {
            let changed = min(gap.old.count, gap.new.count)
            for k in 0..<changed {
                let block = sourceBlocks[gap.new.lowerBound + k]
                diagnostics.append(
                    stalenessAt(
                        at(gap.old.lowerBound + k), translated.path,
                        "the source \(block.noun) at \(original.path):\(block.line) changed since this was translated"))
            }
            for index in gap.old.dropFirst(changed) {
                let near = sourceBlocks[min(gap.new.upperBound, sourceBlocks.count - 1)]
                diagnostics.append(
                    stalenessAt(
                        at(index), translated.path,
                        "the source \(locked[index].kind == .code ? "code snippet" : "block") this translates was "
                            + "removed (near \(original.path):\(near.line)) since this was translated"))
            }
            for index in gap.new.dropFirst(changed) {
                let block = sourceBlocks[index]
                diagnostics.append(
                    stalenessAt(
                        at(gap.old.lowerBound + changed - 1), translated.path,
                        "the source \(block.noun) at \(original.path):\(block.line) was added since this was "
                            + "translated; it has no counterpart here"))
            }
            stale += max(gap.old.count, gap.new.count)
        }
        if blocks.count == locked.count {
            for pair in alignment.kept {
                if let problem = codeDifference(
                    sourceBlocks[pair.new], blocks[pair.old], original.path, translated.path)
                {
                    diagnostics.append(problem)
                }
            }
        }
        diagnostics.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        return LessonTranslation(
            name: name, state: stale == 0 ? .translated : .stale(blocks: stale), diagnostics: diagnostics)
    }

    func stalenessAt(_ block: TranslationBlock, _ path: String, _ detail: String) -> Diagnostic {
        Diagnostic(staleSeverity, path: path, line: block.line, message: "stale translation: " + detail)
    }

    /// The first place the translation's blocks stop being parallel to the locked source's.
    func structureMismatch(_ blocks: [TranslationBlock], _ locked: [TranslationLock.Entry], path: String)
        -> Diagnostic?
    {
        guard blocks.map(\.kind) != locked.map(\.kind) else { return nil }
        let index =
            zip(blocks, locked).enumerated().first { $0.element.0.kind != $0.element.1.kind }?.offset
            ?? min(blocks.count, locked.count)
        let here = index < blocks.count ? "a \(blocks[index].noun)" : "nothing"
        let there =
            index < locked.count ? "a \(TranslationBlock(kind: locked[index].kind, line: 0, hash: "").noun)" : "nothing"
        return Diagnostic(
            staleSeverity, path: path, line: blocks[min(index, blocks.count - 1)].line,
            message: "stale translation: structure mismatch: block \(index + 1) is \(here) where the source it "
                + "translates has \(there) (\(blocks.count) blocks here, \(locked.count) in the source); a "
                + "translation keeps the source's headings, paragraphs, lists, tables, math and code, in order")
    }

    /// Code that differs from the source in anything but comments and the text of string literals.
    func codeDifference(
        _ original: TranslationBlock, _ translated: TranslationBlock, _ sourcePath: String, _ path: String
    )
        -> Diagnostic?
    {
        guard let sourceCode = original.code, let code = translated.code,
            let difference = CodeComparison.firstDifference(
                source: sourceCode, translation: code, language: original.language)
        else { return nil }
        return Diagnostic(
            path: path, line: translated.line + 1 + difference.translation,
            message: "this code differs from the source's at \(sourcePath):\(original.line + 1 + difference.source) "
                + "(a translation may change only comments and string literals)")
    }

    /// Front matter fields that are settings, not words: they must be the source's.
    func settingsDifferences(_ original: Lesson, _ translated: Lesson) -> [Diagnostic] {
        let a = original.frontMatter
        let b = translated.frontMatter
        var fields: [String] = []
        if a.order != b.order { fields.append("order") }
        if a.timeout != b.timeout { fields.append("timeout") }
        if a.memory != b.memory { fields.append("memory") }
        if a.network != b.network { fields.append("network") }
        guard !fields.isEmpty else { return [] }
        return [
            Diagnostic(
                path: translated.path, line: 1,
                message: "front matter \(fields.joined(separator: ", ")) differs from the source's (\(original.path)); "
                    + "only title and description are translated")
        ]
    }

    /// The lock with `names` (file names; all the source's lessons when nil) marked current: their
    /// source blocks as they are now. A lesson whose translation is missing or not parallel to the
    /// source is left as it was, with an error.
    public func markingCurrent(_ names: Set<String>? = nil) -> (lock: TranslationLock, problems: [Diagnostic]) {
        var lock = self.lock
        lock.sourceLanguage = source.language
        var problems: [Diagnostic] = []
        let translated = Dictionary(
            translation.library.lessons.map { (Self.fileName($0.path), $0) }, uniquingKeysWith: { a, _ in a })
        for original in source.library.lessons {
            let name = Self.fileName(original.path)
            guard names?.contains(name) ?? true else { continue }
            guard let lesson = translated[name] else {
                problems.append(
                    Diagnostic(
                        path: original.path, line: 1,
                        message:
                            "cannot mark a missing translation current: \(translation.directory)/\(name) does not exist"
                    ))
                continue
            }
            if let problem = (original.loadProblems + lesson.loadProblems).first {
                problems.append(
                    Diagnostic(
                        path: problem.path, line: problem.line,
                        message: "cannot mark a translation current while a lesson does not load: \(problem.message)"))
                continue
            }
            let current = TranslationLock.entries(TranslationBlock.blocks(of: original))
            if let mismatch = structureMismatch(TranslationBlock.blocks(of: lesson), current, path: lesson.path) {
                var problem = mismatch
                problem.severity = .error
                problem.message =
                    "not marked current: "
                    + mismatch.message.replacingOccurrences(
                        of: "stale translation: ", with: "")
                problems.append(problem)
                continue
            }
            lock.lessons[name] = current
        }
        return (lock, problems)
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func slug(_ name: String) -> String {
        name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

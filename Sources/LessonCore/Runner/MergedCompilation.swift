import Foundation

/// Compiles the lessons of each `MergePlan` batch in one compiler run, the first time one of them
/// is wanted, and hands each lesson its program (the merged executable and the lesson's argument).
///
/// When a merged compile fails, the lessons its errors name are dropped and the rest compiled
/// merged once more; when that fails too, or an error names no lesson, every lesson of the batch
/// is compiled alone, so that each lesson's diagnostics are exactly what its own compile says.
final class MergedCompilation: @unchecked Sendable {
    private let lessons: [Lesson]
    private let compiler: LessonCompiler
    private let settings: RunSettings
    private let threads: Int
    private let batches: [Batch]
    private let batchOfLesson: [Int: Batch]
    private let counted: @Sendable (_ compilerRuns: Int) -> Void

    /// - Parameters:
    ///   - candidates: indices of the lessons that must be compiled.
    ///   - threads: the compiler's code-generation threads.
    ///   - counted: told of every merged compiler run.
    init(
        lessons: [Lesson], candidates: [Int], runtime: LessonRuntime, settings: RunSettings, threads: Int,
        counted: @escaping @Sendable (_ compilerRuns: Int) -> Void
    ) {
        self.lessons = lessons
        self.compiler = LessonCompiler(runtime: runtime)
        self.settings = settings
        self.threads = threads
        self.counted = counted
        batches = MergePlan(lessons, candidates: candidates).batches.map(Batch.init)
        var batchOfLesson: [Int: Batch] = [:]
        for batch in batches { for index in batch.members { batchOfLesson[index] = batch } }
        self.batchOfLesson = batchOfLesson
    }

    /// The program that runs lesson `index` from its batch's merged executable, compiling the batch
    /// first if no lesson of it has asked before; nil: compile the lesson alone.
    func program(for index: Int) -> LessonProgram? {
        guard let batch = batchOfLesson[index] else { return nil }
        return batch.lock.withLock {
            if batch.programs == nil { batch.programs = build(batch) }
            return batch.programs?[index]
        }
    }

    /// Removes the merged programs' folders (once every lesson has run).
    func removeFolders() {
        for batch in batches {
            batch.lock.withLock { for folder in batch.folders { try? FileManager.default.removeItem(atPath: folder) } }
        }
    }

    /// The whole-module flags: one frontend for all files, and no file sees the members another
    /// file's imports bring (as when each lesson is compiled alone).
    private var flags: [String] {
        ["-wmo", "-num-threads", "\(threads)", "-enable-upcoming-feature", "MemberImportVisibility"]
    }

    private func build(_ batch: Batch) -> [Int: LessonProgram] {
        var members = batch.members
        // At most two merged compiles: all, then without the lessons the first one's errors name.
        for _ in 0..<2 where members.count > 1 {
            guard let folder = try? TemporaryFolder.make(prefix: "lessons-merged") else { return [:] }
            batch.folders.append(folder)
            let program = MergedProgram(lessons: members.map { lessons[$0] })
            let outcome = try? compiler.compile(
                files: program.files, in: folder, extra: flags, timeout: settings.compileTimeout)
            counted(1)
            switch outcome {
            case .success(let executable):
                return Dictionary(
                    uniqueKeysWithValues: members.enumerated().map { position, index in
                        (index, LessonProgram(executable: executable, arguments: [MergedProgram.argument(position)]))
                    })
            case .failure(let failure):
                let failing = Set(
                    members.indices.filter { position in
                        failure.errors.contains { error in
                            error.path == lessons[members[position]].path
                                || error.path.hasSuffix("/" + MergedProgram.fileName(position))
                        }
                    })
                guard !failing.isEmpty, failing.count < members.count else { return [:] }
                members = members.indices.filter { !failing.contains($0) }.map { members[$0] }
            case nil:
                return [:]
            }
        }
        return [:]
    }

    private final class Batch: @unchecked Sendable {
        let lock = NSLock()
        let members: [Int]
        /// nil until compiled; then the lessons that run from a merged program.
        var programs: [Int: LessonProgram]?
        var folders: [String] = []

        init(_ members: [Int]) {
            self.members = members
        }
    }
}

import ArgumentParser
import Foundation
import LessonCore

/// The results of one edition's lessons.
struct EditionRun {
    var edition: Edition
    var results: [LessonResult]
}

extension EngineOptions {
    /// Loads the book (every edition; a single-language book is one) and runs its lessons, printing
    /// progress: the one way commands run lessons. `select` picks from all editions' lessons
    /// together (`--shard` splits the whole book); each edition's programs run in its own language
    /// (`LESSONS_LANGUAGE`). `rerunsNondeterministic`: run lessons with a `nondeterministic` snippet
    /// even when cached. Load errors end the command.
    func runEditions(
        rerunsNondeterministic: Bool = false, select: ([Lesson]) -> [Lesson] = { $0 }
    ) throws -> (book: BookEditions, runs: [EditionRun]) {
        var pipeline = self.pipeline
        pipeline.configuration.rerunsNondeterministic = rerunsNondeterministic
        let book: BookEditions
        do {
            book = try pipeline.loadEditions()
        } catch {
            Console.report(error.diagnostics)
            throw ExitCode.failure
        }
        let selected = Set(select(book.allLessons).map(\.path))
        let start = Date()
        let show = showsProgress
        var runs: [EditionRun] = []
        var (run, cached, compilerRuns) = (0, 0, 0)
        for edition in book.editions {
            let engine: LessonEngine
            do {
                engine = try pipeline.forEdition(edition).engine(for: edition.site) {
                    $0.hasPrefix("warning: ") ? Console.error($0) : progress($0)
                }
            } catch {
                Console.error("error: \(error)")
                throw ExitCode.failure
            }
            let lessons = edition.library.lessons.filter { selected.contains($0.path) }
            let ran = engine.run(lessons) { result in
                if show { Console.error(ProgressLine.format(result)) }
            }
            runs.append(EditionRun(edition: edition, results: LessonPipeline.readingAssets(ran)))
            run += engine.statistics.lessonsRun
            cached += engine.statistics.lessonsCached
            compilerRuns += engine.statistics.compilerRuns
        }
        let count = runs.map(\.results.count).reduce(0, +)
        if !quiet {
            Console.error(
                "\(count) lessons: \(run) run (\(compilerRuns) compiler runs), \(cached) cached, "
                    + ProgressLine.seconds(Date().timeIntervalSince(start)))
        }
        return (book, runs)
    }
}

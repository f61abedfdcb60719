import ArgumentParser
import LessonCore
import LessonRender

extension Lessons {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Runs every lesson and writes the site (html/ and markdown/, one folder per edition) into the output folder.",
            discussion: """
                With --shard I/N only that shard's lessons run, to fill the cache, and no site is \
                written (a part of a book is not a book): CI jobs each build one shard, their \
                .lessons-cache/ folders are copied together, and a last `lessons build` writes the \
                site from the merged cache without running anything.
                """)

        @OptionGroup var engine: EngineOptions

        @OptionGroup var shard: ShardOption

        @Option(name: .customLong("output"), help: "The output folder.")
        var outputDirectory = "Output"

        @Flag(name: .customLong("no-solutions"), help: "Leave exercises' solutions out of the pages (they still run).")
        var noSolutions = false

        func run() throws {
            let (editions, runs) = try engine.runEditions(select: shard.select)
            let sources: [any PageSource]
            do {
                sources = try editions.site.pageSources(from: PageSources.available)
            } catch {
                Console.error(Console.errorStyle.diagnostic(error))
                throw ExitCode.failure
            }
            // Labels, references and links need the whole book: resolved once per edition, before
            // any page (with --shard, the lessons outside the shard still give their labels and anchors).
            var rendered: [RenderedEdition] = []
            for run in runs {
                let book = LessonPipeline.book(
                    run.results, lessons: run.edition.library.lessons, site: run.edition.site, sources: sources)
                rendered.append(
                    RenderedEdition(
                        edition: run.edition, results: LessonPipeline.adding(book.diagnostics, to: run.results),
                        book: book))
            }
            let results = rendered.flatMap(\.results)
            let problems = results.flatMap(\.diagnostics)
            Console.report(problems)
            if let selected = shard.selected {
                engine.progress(
                    "shard \(selected.index)/\(selected.count): no site written (build without --shard to write it)")
                if !problems.isEmpty { throw ExitCode.failure }
                return
            }
            do {
                let summary = try LessonPipeline.writeEditions(
                    rendered, multilingual: editions.isMultilingual, sources: sources, to: outputDirectory,
                    includesSolutions: !noSolutions, cacheDirectory: engine.pipeline.cacheDirectory)
                engine.progress(
                    "\(outputDirectory): \(summary.written.count) written, \(summary.unchanged) unchanged, "
                        + "\(summary.removed.count) removed")
            } catch let diagnostic as Diagnostic {
                Console.error(Console.errorStyle.diagnostic(diagnostic))
                throw ExitCode.failure
            } catch {
                Console.error("error: \(error)")
                throw ExitCode.failure
            }
            if !problems.isEmpty { throw ExitCode.failure }
        }
    }
}

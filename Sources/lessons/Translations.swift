import ArgumentParser
import Foundation
import LessonCore

extension Lessons {
    struct Translations: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prints how each lesson's translations stand: translated, stale (N blocks) or missing.",
            discussion: """
                A translated edition keeps a translations.lock beside its lessons: the hash of each \
                source block as it was when the translation was last marked current. After a source \
                change that needs no new translation (a typo fix), or once a translation is brought \
                up to date, --mark-current records the source as it is now (after checking that the \
                translation is still block-parallel to it). See docs/translations.md.
                """)

        @Option(name: .customLong("lessons"), help: "The lessons folder.")
        var lessonsDirectory = "Lessons"

        @Flag(
            name: .customLong("mark-current"),
            help: "Mark the translations of LESSON… (all lessons by default) current against the source.")
        var markCurrent = false

        @Option(name: .customLong("edition"), help: "Only this translated edition (a language, e.g. en).")
        var edition: String?

        @Argument(
            help: "Lessons to mark current, by file name or slug (02-relu.md, 02-relu); only with --mark-current.")
        var lessons: [String] = []

        func validate() throws {
            if !lessons.isEmpty && !markCurrent { throw ValidationError("lessons are named only with --mark-current") }
        }

        func run() throws {
            let book: BookEditions
            do {
                book = try BookEditions.load(directory: lessonsDirectory)
            } catch {
                Console.report(error.diagnostics)
                throw ExitCode.failure
            }
            guard book.isMultilingual else {
                Console.error(
                    "error: \(lessonsDirectory) is a single-language book ('editions' in site.yml lists none)")
                throw ExitCode.failure
            }
            let editions = book.translations.filter { edition == nil || $0.language == edition }
            if editions.isEmpty {
                Console.error(
                    "error: no translated edition '\(edition ?? "")' (editions: \(book.site.editions.joined(separator: ", ")))"
                )
                throw ExitCode.failure
            }
            var failed = false
            for translation in editions {
                let lock: TranslationLock
                do {
                    lock = try TranslationLock.read(
                        directory: translation.directory, sourceLanguage: book.source.language)
                } catch {
                    Console.error(Console.errorStyle.diagnostic(error))
                    failed = true
                    continue
                }
                let review = TranslationReview(source: book.source, translation: translation, lock: lock)
                if markCurrent {
                    failed = try mark(review, translation) || failed
                } else {
                    printCoverage(review)
                }
            }
            if failed { throw ExitCode.failure }
        }

        /// Rewrites the edition's lock; true when some lesson could not be marked.
        func mark(_ review: TranslationReview, _ translation: Edition) throws -> Bool {
            let known = Set(review.source.library.lessons.map { ($0.path as NSString).lastPathComponent })
            var names: Set<String>?
            if !lessons.isEmpty {
                names = Set(lessons.map { $0.hasSuffix(".md") ? $0 : $0 + ".md" })
                if let unknown = names?.subtracting(known).sorted().first {
                    Console.error("error: the source edition has no lesson \(unknown)")
                    throw ExitCode.failure
                }
            }
            let (lock, problems) = review.markingCurrent(names)
            Console.report(problems)
            let path = translation.directory + "/" + TranslationLock.fileName
            do {
                try lock.text.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                Console.error("error: cannot write \(path): \(error.localizedDescription)")
                throw ExitCode.failure
            }
            let marked = (names ?? known).count - problems.count
            Console.output(
                "\(path): \(marked) \(marked == 1 ? "lesson" : "lessons") marked current"
                    + (problems.isEmpty ? "" : ", \(problems.count) not"))
            return !problems.isEmpty
        }

        /// The coverage table of one translated edition and its totals.
        func printCoverage(_ review: TranslationReview) {
            let lessons = review.lessons()
            Console.output("\(review.translation.language) (from \(review.source.language)):")
            let width = lessons.map(\.name.count).max() ?? 0
            var (translated, stale, missing, staleBlocks) = (0, 0, 0, 0)
            for lesson in lessons {
                let state: String
                switch lesson.state {
                case .translated:
                    translated += 1
                    state = "translated"
                case .stale(let blocks):
                    stale += 1
                    staleBlocks += blocks
                    state = "stale (\(blocks) block\(blocks == 1 ? "" : "s"))"
                case .missing:
                    missing += 1
                    state = "missing"
                }
                Console.output("  " + lesson.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + state)
            }
            Console.output(
                "  \(translated) translated, \(stale) stale (\(staleBlocks) blocks), \(missing) missing "
                    + "of \(review.source.library.lessons.count) lessons")
        }
    }
}

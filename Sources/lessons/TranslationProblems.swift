import Foundation
import LessonCore
import LessonRender

/// What `check` finds between a book's editions, beyond each edition's own lessons: stale and
/// missing translations, structure and code that differ from the source, labels one edition lacks.
enum TranslationProblems {
    /// Every problem of every translated edition; `books` are the editions' resolved books, in the
    /// order of `book.editions`. A lock that cannot be read is one error.
    static func find(_ book: BookEditions, books: [BookIndex], allowStale: Bool) -> [Diagnostic] {
        guard book.isMultilingual else { return [] }
        let sourceBook = books[book.editions.firstIndex(where: \.isSource) ?? 0]
        var problems: [Diagnostic] = []
        for (edition, editionBook) in zip(book.editions, books) where !edition.isSource {
            do {
                let lock = try TranslationLock.read(directory: edition.directory, sourceLanguage: book.source.language)
                let review = TranslationReview(
                    source: book.source, translation: edition, lock: lock, allowStale: allowStale)
                problems += review.lessons().flatMap(\.diagnostics)
            } catch {
                problems.append(error)
            }
            problems += EditionLabels.differences(
                source: sourceBook, translation: editionBook, severity: allowStale ? .warning : .error)
        }
        return problems
    }
}

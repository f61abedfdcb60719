import LessonCore

/// Every piece of interface text the renderers write, in one language.
///
/// Chosen by the book's language (`SiteConfig.language`); English is the fallback for any language
/// without a translation here.
package struct InterfaceStrings: Sendable, Translations {
    var skipToContent: String
    var contents: String
    var lessons: String
    package var previous: String
    package var next: String
    package var home: String
    var output: String
    var copy: String
    var copied: String
    var outputTruncated: String
    var snippetFailed: String
    var snippetFailedAsExpected: String
    var snippetNotRun: String
    var figure: String
    var calloutNote: String
    var calloutTip: String
    var calloutImportant: String
    var calloutWarning: String
    var calloutCaution: String
    // Search box; `{n}` in `searchFound` is the number of sections found.
    var search: String
    var searchPlaceholder: String
    var searchFound: String
    var searchNone: String
    // The page that lists the book's claims.
    var verifiedTitle: String
    var verifiedLead: String

    package static let english = InterfaceStrings(
        skipToContent: "Skip to content", contents: "On this page", lessons: "Lessons",
        previous: "Previous", next: "Next", home: "Contents", output: "Output",
        copy: "Copy", copied: "Copied", outputTruncated: "Output truncated",
        snippetFailed: "This snippet failed", snippetFailedAsExpected: "Fails as expected",
        snippetNotRun: "Not run: an earlier snippet failed", figure: "Figure",
        calloutNote: "Note",
        calloutTip: "Tip", calloutImportant: "Important", calloutWarning: "Warning",
        calloutCaution: "Caution",
        search: "Search", searchPlaceholder: "Search the book", searchFound: "Results: {n}",
        searchNone: "No results", verifiedTitle: "What this book verifies",
        verifiedLead:
            "Every statement below is checked by the lessons’ code each time the book is built; each one links to the place in the text where it is made."
    )

    package static let russian = InterfaceStrings(
        skipToContent: "Перейти к содержанию", contents: "На этой странице", lessons: "Уроки",
        previous: "Назад", next: "Далее", home: "Оглавление", output: "Вывод",
        copy: "Копировать", copied: "Скопировано", outputTruncated: "Вывод обрезан",
        snippetFailed: "Фрагмент завершился ошибкой", snippetFailedAsExpected: "Ошибка, как и ожидалось",
        snippetNotRun: "Не выполнен: ранее произошла ошибка", figure: "Рисунок",
        calloutNote: "Примечание", calloutTip: "Совет",
        calloutImportant: "Важно", calloutWarning: "Предупреждение", calloutCaution: "Осторожно",
        search: "Поиск", searchPlaceholder: "Поиск по книге", searchFound: "Найдено: {n}",
        searchNone: "Ничего не найдено", verifiedTitle: "Что проверяет эта книга",
        verifiedLead:
            "Каждое утверждение ниже — проверка, которую код уроков выполняет при каждой сборке книги; ссылка ведёт туда, где оно стоит."
    )
}

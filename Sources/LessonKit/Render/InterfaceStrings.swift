/// Every piece of interface text the renderers write, in one language.
///
/// Chosen by the book's language (`SiteConfig.language`); English is the fallback for any language
/// without a translation here.
struct InterfaceStrings: Sendable {
    var skipToContent: String
    var contents: String
    var lessons: String
    var previous: String
    var next: String
    var home: String
    var output: String
    var copy: String
    var copied: String
    var outputTruncated: String
    var snippetFailed: String
    var snippetFailedAsExpected: String
    var snippetNotRun: String
    var figure: String
    var activationFunctions: String
    // Reference pages
    var formula: String
    var derivative: String
    var plot: String
    var properties: String
    var valueAtZero: String
    var derivativeAtZero: String
    var outputRange: String
    var monotonic: String
    var smooth: String
    var zeroCentred: String
    var meanUnderNormal: String
    var yes: String
    var no: String
    var parameters: String
    var parameter: String
    var defaultValue: String
    var noParameters: String
    var torchName: String
    var plotAlt: String
    var calloutNote: String
    var calloutTip: String
    var calloutImportant: String
    var calloutWarning: String
    var calloutCaution: String
    var generatedNote: String
    // Search box; `{n}` in `searchFound` is the number of sections found.
    var search: String
    var searchPlaceholder: String
    var searchFound: String
    var searchNone: String

    static let english = InterfaceStrings(
        skipToContent: "Skip to content", contents: "On this page", lessons: "Lessons",
        previous: "Previous", next: "Next", home: "Contents", output: "Output",
        copy: "Copy", copied: "Copied", outputTruncated: "Output truncated",
        snippetFailed: "This snippet failed", snippetFailedAsExpected: "Fails as expected",
        snippetNotRun: "Not run: an earlier snippet failed", figure: "Figure",
        activationFunctions: "Activation functions", formula: "Formula", derivative: "Derivative",
        plot: "Function and derivative", properties: "Properties", valueAtZero: "Value at 0",
        derivativeAtZero: "Derivative at 0", outputRange: "Output range", monotonic: "Monotonic",
        smooth: "Smooth", zeroCentred: "Zero-centred",
        meanUnderNormal: "Mean output for x ~ N(0, 1)", yes: "yes", no: "no", parameters: "Parameters",
        parameter: "Parameter", defaultValue: "Default", noParameters: "No parameters.",
        torchName: "PyTorch", plotAlt: "Plot of the function and its derivative", calloutNote: "Note",
        calloutTip: "Tip", calloutImportant: "Important", calloutWarning: "Warning",
        calloutCaution: "Caution",
        generatedNote: "Computed from the library: every number and plot on this page is generated.",
        search: "Search", searchPlaceholder: "Search the book", searchFound: "Results: {n}",
        searchNone: "No results")

    static let russian = InterfaceStrings(
        skipToContent: "Перейти к содержанию", contents: "На этой странице", lessons: "Уроки",
        previous: "Назад", next: "Далее", home: "Оглавление", output: "Вывод",
        copy: "Копировать", copied: "Скопировано", outputTruncated: "Вывод обрезан",
        snippetFailed: "Фрагмент завершился ошибкой", snippetFailedAsExpected: "Ошибка, как и ожидалось",
        snippetNotRun: "Не выполнен: ранее произошла ошибка", figure: "Рисунок",
        activationFunctions: "Функции активации", formula: "Формула", derivative: "Производная",
        plot: "Функция и производная", properties: "Свойства", valueAtZero: "Значение в 0",
        derivativeAtZero: "Производная в 0", outputRange: "Область значений", monotonic: "Монотонная",
        smooth: "Гладкая", zeroCentred: "Центрирована в нуле",
        meanUnderNormal: "Среднее значение при x ~ N(0, 1)", yes: "да", no: "нет",
        parameters: "Параметры", parameter: "Параметр", defaultValue: "По умолчанию",
        noParameters: "Параметров нет.", torchName: "PyTorch",
        plotAlt: "График функции и её производной", calloutNote: "Примечание", calloutTip: "Совет",
        calloutImportant: "Важно", calloutWarning: "Предупреждение", calloutCaution: "Осторожно",
        generatedNote: "Вычислено библиотекой: все числа и графики на этой странице сгенерированы.",
        search: "Поиск", searchPlaceholder: "Поиск по книге", searchFound: "Найдено: {n}",
        searchNone: "Ничего не найдено")

    /// The strings for a BCP 47 tag such as `ru` or `ru-RU`; English when there is no translation.
    static func forLanguage(_ tag: String) -> InterfaceStrings {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        switch primary {
        case "ru": return .russian
        default: return .english
        }
    }
}

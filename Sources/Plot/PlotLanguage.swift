// The language of the words a figure writes by itself: the generated `<desc>` a screen reader reads,
// the fallback `<title>`, the default titles of the activation plots. Each language is one table of
// phrases below; anything a lesson passes in (titles, labels) is shown as given.

import Foundation
import LessonProtocol

/// A language for the text a `Figure` generates itself. English is the fallback for any language
/// without a table here.
///
/// A figure uses its own `language` when set, else `PlotLanguage.default`: the book's language,
/// which the lesson runner passes to every lesson program in `LESSONS_LANGUAGE`.
public enum PlotLanguage: String, Hashable, Sendable, CaseIterable {
    case english = "en"
    case russian = "ru"

    /// The environment variable the default language is read from: a language tag such as `ru`,
    /// `ru-RU` or `en`.
    public static let environmentVariable = LessonEnvironment.language

    /// The language of figures that set none: `LESSONS_LANGUAGE` as this process started, else
    /// English. Read once, on first use; the environment is not consulted again.
    public static let `default` = PlotLanguage(environment: ProcessInfo.processInfo.environment)

    /// The language a tag names: `ru`, `RU`, `ru-RU`, `ru_RU.UTF-8` are Russian. Only the primary
    /// subtag counts; an empty or unknown tag is English.
    public init(tag: String) {
        let primary = tag.trimmingCharacters(in: .whitespaces)
            .split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).first.map { $0.lowercased() }
        self = primary.flatMap(PlotLanguage.init(rawValue:)) ?? .english
    }

    /// The language named by `LESSONS_LANGUAGE` in `environment`; English when it is unset.
    public init(environment: [String: String]) {
        self.init(tag: environment[Self.environmentVariable] ?? "")
    }

    /// The phrases of this language.
    var phrases: PlotPhrases {
        switch self {
        case .english: return .english
        case .russian: return .russian
        }
    }
}

/// Every word a figure generates, in one language. Counted phrases take the count, so each
/// language can choose its plural form.
struct PlotPhrases: Sendable {
    /// The `<title>` of a figure without a title.
    var untitled: String
    var linePlot: String
    var scatterPlot: String
    var lineAndScatterPlot: String
    /// Wraps a title or axis label in the language's quotation marks.
    var quoted: @Sendable (String) -> String
    /// Introduces the list of labelled series.
    var series: String
    /// How a line series is drawn: "solid line", "сплошная линия".
    var line: @Sendable (Dash) -> String
    /// A scatter series: "21 dots", "21 точка".
    var dots: @Sendable (Int) -> String
    var filledDots: String
    var openDots: String
    /// The sentence about unlabelled jump markers, given the filled and the open count.
    var jumps: @Sendable (_ filled: Int, _ open: Int) -> String
    var horizontalAxis: String
    var verticalAxis: String
    /// "from −5 to 5", given the bounds already written as numbers.
    var range: @Sendable (_ from: String, _ to: String) -> String
    var logarithmic: String
    /// The decimal separator of numbers in sentences (figure ticks always use a point).
    var decimalSeparator: String
    /// Default titles of `plotActivations`.
    var activationFunctions: String
    var activationDerivatives: String
    /// The first sentence of an explorable figure's description, given the parameter, the count of
    /// values, the smallest and largest (as numbers) and the default one.
    var explorable:
        @Sendable (_ parameter: String, _ count: Int, _ from: String, _ to: String, _ shown: String) -> String

    /// `value` as a sentence of this language writes it: about four significant digits, a
    /// typographic minus, the language's decimal separator.
    func number(_ value: Double) -> String {
        let short = NumberFormatting.short(value)
        return decimalSeparator == "." ? short : short.replacingOccurrences(of: ".", with: decimalSeparator)
    }

    static let english = PlotPhrases(
        untitled: "Figure",
        linePlot: "Line plot", scatterPlot: "Scatter plot", lineAndScatterPlot: "Line and scatter plot",
        quoted: { "“\($0)”" },
        series: "Series",
        line: { dash in
            switch dash {
            case .solid: return "solid line"
            case .dashed: return "dashed line"
            case .dotted: return "dotted line"
            case .dashDot: return "dash-dot line"
            }
        },
        dots: { "\($0) dots" },
        filledDots: "filled dots", openDots: "open dots",
        jumps: { filled, open in
            "Dots mark jumps: \(filled) filled (the value taken), \(open) open (a limit not taken)."
        },
        horizontalAxis: "Horizontal axis", verticalAxis: "vertical axis",
        range: { "from \($0) to \($1)" },
        logarithmic: "logarithmic",
        decimalSeparator: ".",
        activationFunctions: "Activation functions",
        activationDerivatives: "Derivatives of activation functions",
        explorable: { parameter, count, from, to, shown in
            "Explorable figure, \(count) \(count == 1 ? "frame" : "frames"): \(parameter) from \(from) to \(to), "
                + "changed by a slider on the HTML page. Shown: \(parameter) = \(shown)."
        })

    /// Russian: «ёлочки», decimal comma, nouns and adjectives agreeing with counts (1 точка,
    /// 2 точки, 5 точек; 1 закрашенная, 3 закрашенные, 5 закрашенных). An open dot at a jump is
    /// a «выколотая точка», the usual term in Russian calculus texts.
    static let russian = PlotPhrases(
        untitled: "Рисунок",
        linePlot: "Линейный график", scatterPlot: "Диаграмма рассеяния",
        lineAndScatterPlot: "График из линий и точек",
        quoted: { "«\($0)»" },
        series: "Ряды данных",
        line: { dash in
            switch dash {
            case .solid: return "сплошная линия"
            case .dashed: return "штриховая линия"
            case .dotted: return "точечная линия"
            case .dashDot: return "штрихпунктирная линия"
            }
        },
        dots: { "\($0) " + russianPlural($0, one: "точка", few: "точки", many: "точек") },
        filledDots: "закрашенные точки", openDots: "выколотые точки",
        jumps: { filled, open in
            let filledWord = russianPlural(filled, one: "закрашенная", few: "закрашенные", many: "закрашенных")
            let openWord = russianPlural(open, one: "выколотая", few: "выколотые", many: "выколотых")
            let value = filled == 1 ? "значение функции" : "значения функции"
            let limit = open == 1 ? "предел, который функция не принимает" : "пределы, которые функция не принимает"
            return "Скачки отмечены точками: \(filled) \(filledWord) (\(value)), \(open) \(openWord) (\(limit))."
        },
        horizontalAxis: "Горизонтальная ось", verticalAxis: "вертикальная ось",
        range: { "от \($0) до \($1)" },
        logarithmic: "логарифмическая",
        decimalSeparator: ",",
        activationFunctions: "Функции активации",
        activationDerivatives: "Производные функций активации",
        explorable: { parameter, count, from, to, shown in
            let frames = russianPlural(count, one: "кадр", few: "кадра", many: "кадров")
            return
                "Интерактивный рисунок, \(count) \(frames): параметр «\(parameter)» от \(from) до \(to), "
                + "на HTML-странице его меняет ползунок. Показан кадр при «\(parameter)» = \(shown)."
        })
}

/// The Russian form of a word after the count `n`: `one` after 1, 21, 101 (not 11); `few` after
/// 2–4, 22–24 (not 12–14); `many` otherwise, including 0 and 5–20.
func russianPlural(_ n: Int, one: String, few: String, many: String) -> String {
    let lastTwo = n.magnitude % 100
    let last = n.magnitude % 10
    if (11...14).contains(lastTwo) { return many }
    switch last {
    case 1: return one
    case 2, 3, 4: return few
    default: return many
    }
}

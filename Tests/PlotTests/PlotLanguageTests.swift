import Activations
import Foundation
import Testing

@testable import Plot

/// The words a figure writes by itself, in the book's language: what a screen reader hears.
@Suite struct PlotLanguageTests {
    private func desc(_ figure: Figure) throws -> String {
        try #require(try parseSVG(figure.svg).first { $0.name == "desc" }).text
    }

    private func title(_ figure: Figure) throws -> String {
        try #require(try parseSVG(figure.svg).first { $0.name == "title" }).text
    }

    @Test func reluInRussian() throws {
        // Same figure as Golden/relu.svg, whose English description gives the axis ranges.
        #expect(
            try desc(plotActivation(ReLU(), language: .russian)) == """
                Линейный график «ReLU». Ряды данных: f(x) (сплошная линия), f′(x) (штриховая линия). \
                Скачки отмечены точками: 1 закрашенная (значение функции), 1 выколотая (предел, который функция \
                не принимает). Горизонтальная ось «x» от −5 до 5; вертикальная ось от −0,25 до 5,25.
                """)
    }

    @Test func scatterCountsTakeTheRussianPluralForm() throws {
        var figure = Figure(title: "Классы", xLabel: "x₁", yLabel: "x₂", language: .russian)
        for (label, count) in [("a", 1), ("b", 2), ("c", 5), ("d", 21), ("e", 12), ("f", 104)] {
            let xs = (0..<count).map(Double.init)
            figure.addScatter(x: xs, y: xs.map { $0 / 2 }, label: label)
        }
        let text = try desc(figure)
        #expect(text.hasPrefix("Диаграмма рассеяния «Классы». Ряды данных: "))
        #expect(text.contains("a (1 точка), b (2 точки), c (5 точек), d (21 точка), e (12 точек), f (104 точки)."))
        #expect(text.contains("Горизонтальная ось «x₁» от "))
        #expect(!text.contains("dots") && !text.contains("axis"), "no English left: \(text)")
    }

    @Test func russianPluralRule() {
        func form(_ n: Int) -> String { russianPlural(n, one: "точка", few: "точки", many: "точек") }
        let expected = [
            0: "точек", 1: "точка", 2: "точки", 4: "точки", 5: "точек", 11: "точек", 12: "точек", 14: "точек",
            20: "точек", 21: "точка", 22: "точки", 25: "точек", 101: "точка", 111: "точек", 112: "точек",
            1001: "точка", 1961: "точка",
        ]
        for (n, word) in expected { #expect(form(n) == word, "\(n)") }
    }

    @Test func jumpMarkersAgreeWithTheirCounts() throws {
        var figure = Figure(language: .russian)
        figure.addLine(x: [0, 1], y: [0, 1])
        figure.addPoints(x: [0, 1, 2], y: [0, 0, 0], filled: true)
        figure.addPoints(x: [0, 1, 2, 3, 4], y: [1, 1, 1, 1, 1], filled: false)
        #expect(
            try desc(figure).contains(
                """
                Скачки отмечены точками: 3 закрашенные (значения функции), 5 выколотых (пределы, которые функция \
                не принимает).
                """))
    }

    @Test func dashPatternsLogAxesAndUntitledFiguresInRussian() throws {
        var figure = Figure(xLabel: "эпоха", yLabel: "потери", yScale: .log, language: .russian)
        for (index, name) in ["один", "два", "три", "четыре"].enumerated() {
            figure.addLine(y: [1, 0.1, 0.01].map { $0 * Double(index + 1) }, label: name)
        }
        let text = try desc(figure)
        #expect(
            text.hasPrefix(
                "Линейный график. Ряды данных: один (сплошная линия), два (штриховая линия), "
                    + "три (точечная линия), четыре (штрихпунктирная линия). Горизонтальная ось «эпоха» от 0 до 2; "
                    + "вертикальная ось «потери» от "))
        #expect(text.hasSuffix(", логарифмическая."))
        #expect(try title(figure) == "Рисунок")
    }

    @Test func mixedPlotsAndDecimalCommas() throws {
        var figure = Figure(title: "Смесь", language: .russian)
        figure.xLimits = -0.5...2.5
        figure.addLine(x: [0, 0.5], y: [0, 0.5], label: "линия")
        figure.addScatter(x: [0.25], y: [0.125], label: "точки")
        let text = try desc(figure)
        #expect(
            text.hasPrefix("График из линий и точек «Смесь». Ряды данных: линия (сплошная линия), точки (1 точка)."))
        #expect(text.contains("Горизонтальная ось от −0,5 до 2,5;"), "\(text)")
    }

    @Test func activationComparisonTitlesFollowTheLanguage() throws {
        #expect(try title(plotActivations([ReLU(), Tanh()], language: .russian)) == "Функции активации")
        #expect(
            try title(plotActivations([ReLU(), Tanh()], derivative: true, language: .russian))
                == "Производные функций активации")
        #expect(
            try title(plotActivations([ReLU()], derivative: true, language: .english))
                == "Derivatives of activation functions")
        #expect(try title(plotActivations([ReLU()], title: "Свой", language: .english)) == "Свой")
    }

    @Test func onlyTheWordsChange() {
        let english = plotActivation(ReLU(), language: .english).svg.split(separator: "\n")
        let russian = plotActivation(ReLU(), language: .russian).svg.split(separator: "\n")
        #expect(english.count == russian.count)
        let differing = zip(english, russian).filter { $0 != $1 }
        #expect(differing.count == 1 && differing.first?.0.hasPrefix("<desc") == true)
    }

    @Test func englishIsTheDefault() throws {
        #expect(Figure().language == nil)
        #expect(plotActivation(ReLU()).language == nil)
        #expect(PlotLanguage(environment: [:]) == .english)
        // The golden test renders with the process default; it is English unless the runner was
        // started with LESSONS_LANGUAGE set.
        if ProcessInfo.processInfo.environment[PlotLanguage.environmentVariable] == nil {
            #expect(PlotLanguage.default == .english)
            #expect(try desc(plotActivation(ReLU())).hasPrefix("Line plot “ReLU”. Series: f(x) (solid line)"))
            #expect(try title(Figure()) == "Figure")
        }
        #expect(
            try desc(plotActivation(ReLU(), language: .english)).hasSuffix(
                "Horizontal axis “x” from −5 to 5; vertical axis from −0.25 to 5.25."))
    }

    @Test(arguments: [
        ("ru", PlotLanguage.russian), ("RU", .russian), ("ru-RU", .russian), ("ru_RU.UTF-8", .russian),
        (" ru ", .russian), ("en", .english), ("en-GB", .english), ("de", .english), ("", .english),
        ("-", .english), ("russian", .english),
    ])
    func languageTags(tag: String, language: PlotLanguage) {
        #expect(PlotLanguage(tag: tag) == language)
        #expect(PlotLanguage(environment: [PlotLanguage.environmentVariable: tag]) == language)
    }

    @Test func otherVariablesAreIgnored() {
        #expect(PlotLanguage(environment: ["LANG": "ru_RU.UTF-8", "LANGUAGE": "ru"]) == .english)
        #expect(PlotLanguage.environmentVariable == "LESSONS_LANGUAGE")
    }
}

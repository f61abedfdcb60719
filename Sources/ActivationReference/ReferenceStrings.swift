import LessonCore
import LessonRender

/// The words of the activation reference pages, in one language; English is the fallback.
struct ReferenceStrings: Sendable, Translations {
    var activationFunctions: String
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
    var generatedNote: String

    static let english = ReferenceStrings(
        activationFunctions: "Activation functions",
        formula: "Formula",
        derivative: "Derivative",
        plot: "Function and derivative",
        properties: "Properties",
        valueAtZero: "Value at 0",
        derivativeAtZero: "Derivative at 0",
        outputRange: "Output range",
        monotonic: "Monotonic",
        smooth: "Smooth",
        zeroCentred: "Zero-centered",
        meanUnderNormal: "Mean output for x ~ N(0, 1)",
        yes: "yes",
        no: "no",
        parameters: "Parameters",
        parameter: "Parameter",
        defaultValue: "Default",
        noParameters: "No parameters.",
        torchName: "PyTorch",
        plotAlt: "Plot of the function and its derivative",
        generatedNote: "Computed from the library: every number and plot on this page is generated.")

    static let russian = ReferenceStrings(
        activationFunctions: "Функции активации",
        formula: "Формула",
        derivative: "Производная",
        plot: "Функция и производная",
        properties: "Свойства",
        valueAtZero: "Значение в 0",
        derivativeAtZero: "Производная в 0",
        outputRange: "Область значений",
        monotonic: "Монотонная",
        smooth: "Гладкая",
        zeroCentred: "Центрирована в нуле",
        meanUnderNormal: "Среднее значение при x ~ N(0, 1)",
        yes: "да",
        no: "нет",
        parameters: "Параметры",
        parameter: "Параметр",
        defaultValue: "По умолчанию",
        noParameters: "Параметров нет.",
        torchName: "PyTorch",
        plotAlt: "График функции и её производной",
        generatedNote: "Вычислено библиотекой: все числа и графики на этой странице сгенерированы.")
}

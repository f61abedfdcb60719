// Ready-made figures of the `Activations` library: a function with its derivative, and several
// functions (or their derivatives) compared on one pair of axes.

import Activations

/// A figure of `f` (solid) and its derivative f′ (dashed) over `range`, with legend "f(x)" / "f′(x)".
///
/// Jumps are drawn as jumps: the derivative of `ReLU()` is two horizontal pieces, with a filled dot
/// at (0, 0), the value the library returns at the kink, and an open dot at (0, 1), the limit from
/// the right that it does not take. Corners of f (where f′ jumps) are sampled exactly, so they stay
/// sharp. The title defaults to the function's name and non-default-looking parameters. `language`
/// sets the figure's `language` (the words of its description).
public func plotActivation(
    _ f: some Activation, range: ClosedRange<Double> = -5...5, title: String? = nil, language: PlotLanguage? = nil
) -> Figure {
    let corners = breakpoints(of: f, in: range)
    var figure = Figure(title: title ?? displayName(of: f), xLabel: "x", language: language)
    figure.addFunction(over: range, label: "f(x)", style: LineStyle(dash: .solid, color: 0), breakpoints: corners) {
        f($0)
    }
    figure.addFunction(over: range, label: "f′(x)", style: LineStyle(dash: .dashed, color: 1), breakpoints: corners) {
        f.derivative($0)
    }
    return figure
}

/// One figure comparing several activation functions over `range`, or with `derivative: true`
/// their derivatives; each in its own colour and dash pattern, labelled by name (with parameters
/// where two share a name), jumps drawn as in `plotActivation(_:range:title:language:)`. The default
/// title is in `language` (or `PlotLanguage.default`), like the description.
public func plotActivations(
    _ fs: [any Activation], range: ClosedRange<Double> = -5...5, derivative: Bool = false, title: String? = nil,
    language: PlotLanguage? = nil
) -> Figure {
    let names = fs.map(\.name)
    let phrases = (language ?? .default).phrases
    let defaultTitle = derivative ? phrases.activationDerivatives : phrases.activationFunctions
    var figure = Figure(
        title: title ?? defaultTitle, xLabel: "x", yLabel: derivative ? "f′(x)" : "f(x)",
        language: language)
    for f in fs {
        let label = names.filter { $0 == f.name }.count > 1 ? displayName(of: f) : f.name
        let corners = breakpoints(of: f, in: range)
        if derivative {
            figure.addFunction(over: range, label: label, breakpoints: corners) { f.derivative($0) }
        } else {
            figure.addFunction(over: range, label: label, breakpoints: corners) { f($0) }
        }
    }
    return figure
}

/// Where f or f′ is not smooth: the function's declared `kinks`, and any jump of f′ found by
/// sampling (in case a type leaves its kinks out). Sampling exactly there keeps corners sharp and
/// puts the jump dots at exactly the declared x, where the library's convention applies.
func breakpoints(of f: some Activation, in range: ClosedRange<Double>) -> [Double] {
    let found = FunctionSampler(range: range).jumps(of: { f.derivative($0) }, breakpoints: f.kinks).map(\.x)
    return Array(Set(f.kinks.filter { range.contains($0) } + found)).sorted()
}

/// `ReLU`, or `LeakyReLU(negativeSlope: 0.2)` for a function with parameters.
func displayName(of f: any Activation) -> String {
    guard !f.parameters.isEmpty else { return f.name }
    let arguments = f.parameters.map { "\($0.name): \(NumberFormatting.short($0.value, minus: "-"))" }
    return f.name + "(" + arguments.joined(separator: ", ") + ")"
}

// The figure model lesson snippets build. Rendering lives in Figure+SVG.swift; layout in PlotLayout.

/// A standalone SVG figure: line plots, scatter plots and marker dots on one pair of axes, with nice
/// ticks, a light grid, a legend, axis titles and a colour scheme that follows the reader's.
///
/// ```swift
/// var figure = Figure(title: "Loss", xLabel: "epoch", yLabel: "loss", yScale: .log)
/// figure.addLine(x: epochs, y: trainLoss, label: "train")
/// figure.addLine(x: epochs, y: testLoss, label: "test", style: .dashed)
/// print(figure.svg)
/// ```
///
/// Output is byte-stable: the same figure in the same language always renders to the same bytes.
public struct Figure: Hashable, Sendable {
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    /// Canvas size in pixels.
    public var width: Int
    public var height: Int
    public var xScale: AxisScale
    public var yScale: AxisScale
    /// Fixed axis ranges; `nil` fits the data (with a little room above and below for y).
    public var xLimits: ClosedRange<Double>?
    public var yLimits: ClosedRange<Double>?
    public var legend: LegendPosition = .automatic
    /// The text of the SVG `<desc>` for screen readers; `nil` generates one from title and series.
    public var description: String?
    /// The language of the text the figure writes by itself (the generated `description`, the
    /// `<title>` of an untitled figure); `nil` uses `PlotLanguage.default`, the book's language in a
    /// lesson program. Titles and labels are shown as given.
    public var language: PlotLanguage?
    /// Prefix of the ids inside the SVG; `nil` derives one from the figure's content, so two
    /// different figures inlined in one HTML page do not clash and the same figure keeps its ids.
    public var idPrefix: String?
    /// The series in drawing order (marker dots are drawn last, above lines).
    public internal(set) var series: [Series] = []

    public init(
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
        width: Int = 640, height: Int = 400, xScale: AxisScale = .linear, yScale: AxisScale = .linear,
        language: PlotLanguage? = nil
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.width = width
        self.height = height
        self.xScale = xScale
        self.yScale = yScale
        self.language = language
    }

    // MARK: Adding series

    /// Adds a line through the points `(x[i], y[i])`. NaN and ±∞ break the line; nothing is drawn
    /// for them. Unequal lengths use the common prefix.
    public mutating func addLine(x: [Double], y: [Double], label: String? = nil, style: LineStyle = .automatic) {
        let color = style.color ?? nextColor
        let resolved = LineStyle(
            dash: style.dash ?? Dash.allCases[color % Dash.allCases.count],
            color: color, width: style.width)
        append(Series(kind: .line(resolved), label: label, x: x, y: y, color: color))
    }

    @_disfavoredOverload  // array literals stay [Double]
    public mutating func addLine(x: [Float], y: [Float], label: String? = nil, style: LineStyle = .automatic) {
        addLine(x: x.map(Double.init), y: y.map(Double.init), label: label, style: style)
    }

    /// Adds a line through `(i, y[i])` for i = 0, 1, …: a loss curve over epochs, say.
    public mutating func addLine(y: [Double], label: String? = nil, style: LineStyle = .automatic) {
        addLine(x: y.indices.map(Double.init), y: y, label: label, style: style)
    }

    @_disfavoredOverload
    public mutating func addLine(y: [Float], label: String? = nil, style: LineStyle = .automatic) {
        addLine(y: y.map(Double.init), label: label, style: style)
    }

    /// Adds one dot per point, in the next palette colour unless `color` is given.
    public mutating func addScatter(
        x: [Double], y: [Double], label: String? = nil, color: Int? = nil, radius: Double = 3, opacity: Double = 1
    ) {
        append(
            Series(
                kind: .scatter(radius: radius, opacity: opacity), label: label, x: x, y: y,
                color: color ?? nextColor))
    }

    @_disfavoredOverload
    public mutating func addScatter(
        x: [Float], y: [Float], label: String? = nil, color: Int? = nil, radius: Double = 3, opacity: Double = 1
    ) {
        addScatter(
            x: x.map(Double.init), y: y.map(Double.init), label: label, color: color, radius: radius,
            opacity: opacity)
    }

    /// Adds marker dots above all lines: filled, or open (a hollow ring). Used at jumps, where the
    /// filled dot is the value a function takes and the open dot a limit it does not take. Without a
    /// `color` the dots take the colour of the last line or scatter series.
    public mutating func addPoints(
        x: [Double], y: [Double], filled: Bool = true, color: Int? = nil,
        label: String? = nil
    ) {
        let lastColor = series.last { if case .points = $0.kind { false } else { true } }?.color
        append(Series(kind: .points(filled: filled), label: label, x: x, y: y, color: color ?? lastColor ?? 0))
    }

    /// Samples `f` over `range` and adds it as a line; jumps are drawn as jumps (see
    /// `FunctionSampler`), with a filled dot at the value `f` takes and an open dot at the limit it
    /// does not. `breakpoints` are extra x values to sample exactly, e.g. corners of a piecewise
    /// linear function.
    public mutating func addFunction(
        over range: ClosedRange<Double>, label: String? = nil, style: LineStyle = .automatic,
        breakpoints: [Double] = [], _ f: (Double) -> Double
    ) {
        let curve = FunctionSampler(range: range).sample(f, breakpoints: breakpoints)
        addLine(x: curve.x, y: curve.y, label: label, style: style)
        let color = series[series.count - 1].color
        if !curve.filledDots.isEmpty {
            addPoints(x: curve.filledDots.map { $0.x }, y: curve.filledDots.map { $0.y }, filled: true, color: color)
        }
        if !curve.openDots.isEmpty {
            addPoints(x: curve.openDots.map { $0.x }, y: curve.openDots.map { $0.y }, filled: false, color: color)
        }
    }

    // MARK: Value-returning forms, for building a figure in one expression

    public func addingLine(x: [Double], y: [Double], label: String? = nil, style: LineStyle = .automatic) -> Figure {
        var figure = self
        figure.addLine(x: x, y: y, label: label, style: style)
        return figure
    }

    @_disfavoredOverload
    public func addingLine(x: [Float], y: [Float], label: String? = nil, style: LineStyle = .automatic) -> Figure {
        var figure = self
        figure.addLine(x: x, y: y, label: label, style: style)
        return figure
    }

    public func addingScatter(x: [Double], y: [Double], label: String? = nil, color: Int? = nil) -> Figure {
        var figure = self
        figure.addScatter(x: x, y: y, label: label, color: color)
        return figure
    }

    public func addingPoints(x: [Double], y: [Double], filled: Bool = true, color: Int? = nil) -> Figure {
        var figure = self
        figure.addPoints(x: x, y: y, filled: filled, color: color)
        return figure
    }

    public func addingFunction(
        over range: ClosedRange<Double>, label: String? = nil, style: LineStyle = .automatic,
        breakpoints: [Double] = [], _ f: (Double) -> Double
    ) -> Figure {
        var figure = self
        figure.addFunction(over: range, label: label, style: style, breakpoints: breakpoints, f)
        return figure
    }

    // MARK: Private

    /// The palette index after the highest one used by a line or scatter series so far.
    private var nextColor: Int {
        let used = series.compactMap { series -> Int? in
            if case .points = series.kind { return nil }
            return series.color
        }
        return (used.max() ?? -1) + 1
    }

    private mutating func append(_ newSeries: Series) {
        var newSeries = newSeries
        let count = min(newSeries.x.count, newSeries.y.count)
        newSeries.x.removeSubrange(count...)
        newSeries.y.removeSubrange(count...)
        series.append(newSeries)
    }
}

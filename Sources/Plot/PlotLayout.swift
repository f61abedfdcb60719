// Where everything goes on the canvas: margins sized to the tick labels and titles, the plot area,
// the axes, and the data-to-pixel mapping that the renderer and the tests share.

/// An axis-aligned rectangle in pixels (y grows downwards, as in SVG).
package struct Rect: Hashable, Sendable {
    package var x: Double, y: Double, width: Double, height: Double

    package var maxX: Double { x + width }
    package var maxY: Double { y + height }

    package func contains(_ px: Double, _ py: Double) -> Bool {
        px >= x && px <= maxX && py >= y && py <= maxY
    }
}

/// Rough text metrics: there is no font engine here, and a viewer may substitute fonts anyway, so
/// widths are estimated generously from the character count.
enum TextMetrics {
    static let tickFontSize = 12.0
    static let labelFontSize = 13.0
    static let titleFontSize = 15.0

    static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }
}

/// The laid-out figure: canvas, plot area and both axes.
package struct PlotLayout: Sendable {
    package let width: Double
    package let height: Double
    /// The area inside the axes frame where data is drawn.
    package private(set) var plot: Rect
    package let x: Axis
    package let y: Axis
    /// The placed legend, `nil` when no series has a label or the legend is hidden.
    private(set) var legend: Legend?

    package init(_ figure: Figure) {
        width = Double(figure.width)
        height = Double(figure.height)
        let hasScatter = figure.series.contains {
            if case .scatter = $0.kind { return true }
            return false
        }
        var x = Axis(
            scale: figure.xScale, values: figure.series.flatMap(\.x), limits: figure.xLimits,
            padding: hasScatter ? 0.04 : 0)
        y = Axis(scale: figure.yScale, values: figure.series.flatMap(\.y), limits: figure.yLimits, padding: 0.05)

        let tickWidth = y.ticks.map { TextMetrics.width($0.label, fontSize: TextMetrics.tickFontSize) }.max() ?? 0
        let left = 10 + (figure.yLabel == nil ? 0 : 22) + tickWidth + 9
        let tickLabelWidth = { TextMetrics.width($0, fontSize: TextMetrics.tickFontSize) }
        x.fitLabels(length: width - left - 18, labelWidth: tickLabelWidth)
        self.x = x
        let lastXTick = x.ticks.last.map { TextMetrics.width($0.label, fontSize: TextMetrics.tickFontSize) } ?? 0
        let right = max(18, lastXTick / 2 + 6)
        let top = figure.title == nil ? 14.0 : 40.0
        let bottom = 9 + 14 + (figure.xLabel == nil ? 0 : 22) + 8.0
        plot = Rect(x: left, y: top, width: max(width - left - right, 10), height: max(height - top - bottom, 10))

        let entries = Legend.entries(of: figure)
        guard !entries.isEmpty else { return }
        if let inside = Legend.inside(entries, figure: figure, layout: self) {
            legend = inside
        } else {
            // No free corner: a row (or rows) between the title and the plot, which gets shorter.
            let rows = Legend.rows(entries, width: plot.width).count
            let room = Double(rows) * Legend.rowHeight + 6
            plot.y += room
            plot.height = max(plot.height - room, 10)
            legend = Legend.above(entries, plot: plot, top: plot.y - room + Legend.rowHeight / 2 - 2)
        }
    }

    /// The pixel position of the data point `(x, y)`, or `nil` if either cannot be placed on its axis
    /// (NaN, ±∞, or ≤ 0 on a log axis). Points outside the domain map outside the plot area.
    package func pixel(x dataX: Double, y dataY: Double) -> (x: Double, y: Double)? {
        guard let fx = x.fraction(dataX), let fy = y.fraction(dataY) else { return nil }
        return (plot.x + fx * plot.width, plot.maxY - fy * plot.height)
    }

    /// Pixel x of a data x, for ticks and grid lines.
    func pixelX(_ value: Double) -> Double? {
        x.fraction(value).map { plot.x + $0 * plot.width }
    }

    /// Pixel y of a data y, for ticks and grid lines.
    func pixelY(_ value: Double) -> Double? {
        y.fraction(value).map { plot.maxY - $0 * plot.height }
    }
}

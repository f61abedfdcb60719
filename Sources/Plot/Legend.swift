// The legend box: one row per labelled series, placed in the plot corner that hides the least data.

/// A laid-out legend.
struct Legend {
    struct Entry {
        var label: String
        var kind: Series.Kind
        var color: Int
    }

    static let rowHeight = 18.0
    static let swatchWidth = 24.0
    static let padding = 8.0
    static let inset = 8.0

    var entries: [Entry]
    var frame: Rect

    /// `nil` when no series has a label or the legend is hidden.
    init?(_ figure: Figure, layout: PlotLayout) {
        entries = figure.series.compactMap { series in
            series.label.map { Entry(label: $0, kind: series.kind, color: series.color) }
        }
        guard !entries.isEmpty, figure.legend != .hidden else { return nil }
        let textWidth = entries.map { TextMetrics.width($0.label, fontSize: TextMetrics.tickFontSize) }.max() ?? 0
        let size = (width: Self.padding * 2 + Self.swatchWidth + 6 + textWidth,
                    height: Self.padding * 2 + Self.rowHeight * Double(entries.count) - 4)
        let candidates = Self.corners(size: size, in: layout.plot)
        let chosen: LegendPosition
        if figure.legend == .automatic {
            // Fewest covered data samples wins; the order breaks ties (top left first, where
            // rising curves such as activation functions usually leave room).
            let order: [LegendPosition] = [.topLeft, .topRight, .bottomRight, .bottomLeft]
            let costs = order.map { Self.coveredSamples(by: candidates[$0]!, figure: figure, layout: layout) }
            chosen = order[costs.firstIndex(of: costs.min()!)!]
        } else {
            chosen = figure.legend
        }
        frame = candidates[chosen]!
    }

    private static func corners(size: (width: Double, height: Double), in plot: Rect) -> [LegendPosition: Rect] {
        let left = plot.x + inset, right = plot.maxX - inset - size.width
        let top = plot.y + inset, bottom = plot.maxY - inset - size.height
        return [
            .topLeft: Rect(x: left, y: top, width: size.width, height: size.height),
            .topRight: Rect(x: right, y: top, width: size.width, height: size.height),
            .bottomLeft: Rect(x: left, y: bottom, width: size.width, height: size.height),
            .bottomRight: Rect(x: right, y: bottom, width: size.width, height: size.height),
        ]
    }

    /// How much of the drawn data falls under `rect`: points of scatter and marker series, and
    /// samples every 2 px along line pieces.
    private static func coveredSamples(by rect: Rect, figure: Figure, layout: PlotLayout) -> Int {
        let area = Rect(x: rect.x - 4, y: rect.y - 4, width: rect.width + 8, height: rect.height + 8)
        var count = 0
        for series in figure.series {
            switch series.kind {
            case .line:
                for piece in Polyline.pieces(of: series, in: layout) {
                    for (a, b) in zip(piece, piece.dropFirst()) {
                        let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
                        let steps = min(Int(length / 2) + 1, 2000)
                        for step in 0...steps {
                            let t = Double(step) / Double(steps)
                            if area.contains(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)) { count += 1 }
                        }
                    }
                }
            case .scatter, .points:
                for (x, y) in zip(series.x, series.y) {
                    if let p = layout.pixel(x: x, y: y), area.contains(p.x, p.y) { count += 1 }
                }
            }
        }
        return count
    }
}

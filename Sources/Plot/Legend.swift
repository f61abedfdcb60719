// The legend: one entry per labelled series. It goes in the plot corner that hides none of the data;
// when every corner would hide some (a dense scatter, say), it becomes a row above the plot.

/// A laid-out legend.
struct Legend: Sendable {
    struct Entry: Sendable {
        var label: String
        var kind: Series.Kind
        var color: Int
        /// Left end of the swatch and its vertical centre, in pixels.
        var x = 0.0, y = 0.0
    }

    static let rowHeight = 18.0
    static let swatchWidth = 24.0
    static let padding = 8.0
    static let inset = 8.0
    /// Space between the swatch and the label.
    static let gap = 6.0
    /// Space between entries of a legend row above the plot.
    static let spacing = 18.0

    var entries: [Entry]
    /// The background box, for a legend inside the plot.
    var box: Rect?

    /// The labelled series of `figure`, unplaced; empty when there are none or the legend is hidden.
    static func entries(of figure: Figure) -> [Entry] {
        guard figure.legend != .hidden else { return [] }
        return figure.series.compactMap { series in
            series.label.map { Entry(label: $0, kind: series.kind, color: series.color) }
        }
    }

    /// The legend in a corner of the plot: the requested one, or for `.automatic` the first (top
    /// left, top right, bottom right, bottom left) that covers no data; `nil` if every corner does
    /// or the legend goes above the plot.
    static func inside(_ entries: [Entry], figure: Figure, layout: PlotLayout) -> Legend? {
        guard figure.legend != .above else { return nil }
        let textWidth = entries.map { TextMetrics.width($0.label, fontSize: TextMetrics.tickFontSize) }.max() ?? 0
        let size = (
            width: padding * 2 + swatchWidth + gap + textWidth,
            height: padding * 2 + rowHeight * Double(entries.count) - 4
        )
        let plot = layout.plot
        func corner(_ position: LegendPosition) -> Rect {
            let left = position == .topLeft || position == .bottomLeft
            let top = position == .topLeft || position == .topRight
            return Rect(
                x: left ? plot.x + inset : plot.maxX - inset - size.width,
                y: top ? plot.y + inset : plot.maxY - inset - size.height,
                width: size.width, height: size.height)
        }
        let box: Rect
        if figure.legend == .automatic {
            // Top left first: rising curves, such as most activation functions, leave it free.
            let order: [LegendPosition] = [.topLeft, .topRight, .bottomRight, .bottomLeft]
            guard let free = order.first(where: { !covers(corner($0), figure: figure, layout: layout) }) else {
                return nil
            }
            box = corner(free)
        } else {
            box = corner(figure.legend)
        }
        var placed = entries
        for index in placed.indices {
            placed[index].x = box.x + padding
            placed[index].y = box.y + padding + 5 + Double(index) * rowHeight
        }
        return Legend(entries: placed, box: box)
    }

    /// Rows of entries for a legend above a plot `width` pixels wide, each row as wide as fits.
    static func rows(_ entries: [Entry], width: Double) -> [[Entry]] {
        var rows: [[Entry]] = []
        var rowWidth = 0.0
        for entry in entries {
            let entryWidth = swatchWidth + gap + TextMetrics.width(entry.label, fontSize: TextMetrics.tickFontSize)
            if rows.isEmpty || rowWidth + spacing + entryWidth > width {
                rows.append([entry])
                rowWidth = entryWidth
            } else {
                rows[rows.count - 1].append(entry)
                rowWidth += spacing + entryWidth
            }
        }
        return rows
    }

    /// The legend as rows centred above `plot`, the first row's centre at `top`.
    static func above(_ entries: [Entry], plot: Rect, top: Double) -> Legend {
        var placed: [Entry] = []
        for (index, row) in rows(entries, width: plot.width).enumerated() {
            let widths = row.map {
                swatchWidth + gap + TextMetrics.width($0.label, fontSize: TextMetrics.tickFontSize)
            }
            var x = plot.x + (plot.width - widths.reduce(0, +) - spacing * Double(row.count - 1)) / 2
            for (entry, width) in zip(row, widths) {
                var entry = entry
                entry.x = x
                entry.y = top + Double(index) * rowHeight
                placed.append(entry)
                x += width + spacing
            }
        }
        return Legend(entries: placed, box: nil)
    }

    /// Whether any drawn data falls under `rect` (grown by 4 px): a point of a scatter or marker
    /// series, or a sample every 2 px along a line.
    private static func covers(_ rect: Rect, figure: Figure, layout: PlotLayout) -> Bool {
        let area = Rect(x: rect.x - 4, y: rect.y - 4, width: rect.width + 8, height: rect.height + 8)
        for series in figure.series {
            switch series.kind {
            case .line:
                for piece in Polyline.pieces(of: series, in: layout) {
                    for (a, b) in zip(piece, piece.dropFirst()) {
                        let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
                        let steps = min(Int(length / 2) + 1, 2000)
                        for step in 0...steps {
                            let t = Double(step) / Double(steps)
                            if area.contains(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)) { return true }
                        }
                    }
                }
            case .scatter, .points:
                for (x, y) in zip(series.x, series.y) {
                    if let p = layout.pixel(x: x, y: y), area.contains(p.x, p.y) { return true }
                }
            }
        }
        return false
    }
}

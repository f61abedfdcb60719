// What a figure draws: data series and how each looks. Colours are palette indices resolved to CSS
// variables (`--c0` …) so that they switch with the reader's colour scheme.

/// One data series of a `Figure`: its points, its kind and its legend label.
public struct Series: Hashable, Sendable {
    /// How a series is drawn.
    public enum Kind: Hashable, Sendable {
        /// A polyline; NaN or ±∞ (or, on a log axis, a value ≤ 0) breaks it into separate pieces.
        case line(LineStyle)
        /// One dot per point, for datasets and decision regions.
        case scatter(radius: Double, opacity: Double)
        /// Marker dots drawn above every line: filled, or open (a hollow ring), e.g. at a jump.
        case points(filled: Bool)
    }

    public var kind: Kind
    /// The legend entry; `nil` leaves the series out of the legend.
    public var label: String?
    public var x: [Double]
    public var y: [Double]
    /// Index into the figure palette (`Palette.count` colours, then repeating).
    public var color: Int
}

/// A stroke pattern for line series.
public enum Dash: Int, Hashable, Sendable, CaseIterable {
    case solid, dashed, dotted, dashDot

    /// The SVG `stroke-dasharray`, or `nil` for a solid line.
    var dashArray: String? {
        switch self {
        case .solid: return nil
        case .dashed: return "7 4"
        case .dotted: return "2 3"
        case .dashDot: return "8 3 2 3"
        }
    }
}

/// How a line series is stroked. Unset colour and dash are chosen per series so that several series
/// differ in both, which keeps them apart in grey-scale print and for colour-blind readers.
public struct LineStyle: Hashable, Sendable {
    /// A palette index, or `nil` for the next colour of the figure.
    public var color: Int?
    /// A dash pattern, or `nil` for the pattern matching the series' colour (solid, dashed, …).
    public var dash: Dash?
    /// Stroke width in pixels.
    public var width: Double

    public init(dash: Dash? = nil, color: Int? = nil, width: Double = 2) {
        self.dash = dash
        self.color = color
        self.width = width
    }

    /// Next colour, and a dash pattern that differs from the previous series.
    public static let automatic = LineStyle()
    public static let solid = LineStyle(dash: .solid)
    public static let dashed = LineStyle(dash: .dashed)
    public static let dotted = LineStyle(dash: .dotted)
    public static let dashDot = LineStyle(dash: .dashDot)

    /// The same style in palette colour `index`.
    public func color(_ index: Int) -> LineStyle {
        var style = self
        style.color = index
        return style
    }
}

/// Scale of an axis.
public enum AxisScale: Hashable, Sendable {
    case linear
    /// Base-10 logarithmic; values ≤ 0 cannot be shown and break lines like NaN does.
    case log
}

/// Where the legend goes: a corner inside the plot, a row above it, or nowhere. `automatic` takes
/// the first corner (top left, top right, bottom right, bottom left) that hides no data, else `above`.
public enum LegendPosition: Hashable, Sendable {
    case automatic, topLeft, topRight, bottomLeft, bottomRight, above, hidden
}

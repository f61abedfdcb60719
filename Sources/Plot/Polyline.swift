// Turning a line series into pixel polylines: a point that cannot be placed (NaN, ±∞, ≤ 0 on a log
// axis) ends one piece and the next placeable point starts another, so bad samples break the line
// instead of the SVG. Points that add nothing visible are dropped to keep files small.

enum Polyline {
    typealias Point = (x: Double, y: Double)

    /// The pieces of a line series in pixels, each with at least two points.
    static func pieces(of series: Series, in layout: PlotLayout) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        for (x, y) in zip(series.x, series.y) {
            if let point = layout.pixel(x: x, y: y) {
                current.append(point)
            } else {
                if current.count >= 2 { pieces.append(simplified(current)) }
                current = []
            }
        }
        if current.count >= 2 { pieces.append(simplified(current)) }
        return pieces
    }

    /// Drops interior points lying within `tolerance` pixels of the straight line that replaces them,
    /// so a straight run of 200 samples becomes two points while curves keep their shape.
    static func simplified(_ points: [Point], tolerance: Double = 0.05) -> [Point] {
        guard points.count > 2 else { return points }
        var kept = [points[0]]
        var anchor = 0
        var index = 2
        while index < points.count {
            let allClose = (anchor + 1..<index).allSatisfy {
                distance(points[$0], fromSegment: points[anchor], points[index]) <= tolerance
            }
            // A bounded look-back keeps long straight runs linear in time; one extra point is harmless.
            if !allClose || index - anchor > 64 {
                kept.append(points[index - 1])
                anchor = index - 1
            }
            index += 1
        }
        kept.append(points[points.count - 1])
        return kept
    }

    /// Distance from `p` to the segment `a`–`b`.
    static func distance(_ p: Point, fromSegment a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        guard lengthSquared > 0 else { return ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot() }
        let t = min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared, 0), 1)
        let cx = a.x + t * dx - p.x
        let cy = a.y + t * dy - p.y
        return (cx * cx + cy * cy).squareRoot()
    }
}

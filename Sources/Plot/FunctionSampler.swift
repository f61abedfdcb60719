// Sampling a function for a line plot so that jumps look like jumps. A steep segment between two
// samples is either a jump or a steep but continuous stretch; bisection tells them apart, because
// the difference across a jump stays large however narrow the interval, while a continuous
// function's shrinks with it. At a jump the line is broken, with a filled dot at the value the
// function takes there and an open dot at each one-sided limit it does not take.

/// A point where a function jumps.
package struct Jump: Hashable, Sendable {
    /// Where the jump is; snapped to the shortest decimal inside the bracketing interval, so that a
    /// jump at 0 is evaluated at exactly 0 and shows the library's convention there.
    package var x: Double
    /// Limit from the left, value at `x`, limit from the right.
    package var left: Double, value: Double, right: Double
}

/// A function sampled for drawing: line points (NaN breaks the line at jumps) and the dots.
package struct SampledCurve: Sendable {
    package var x: [Double] = []
    package var y: [Double] = []
    package var jumps: [Jump] = []
    package var filledDots: [(x: Double, y: Double)] = []
    package var openDots: [(x: Double, y: Double)] = []
}

/// Samples functions over a range, finding and drawing their jumps.
package struct FunctionSampler: Sendable {
    package var range: ClosedRange<Double>
    /// Uniform sample intervals; 400 over a 640 px figure is a sample every 1.5 px or so.
    package var intervals: Int

    package init(range: ClosedRange<Double>, intervals: Int = 400) {
        self.range = range
        self.intervals = intervals
    }

    private var span: Double { range.upperBound - range.lowerBound }
    /// Half-width of the neighbourhood used for one-sided limits.
    private var epsilon: Double { span * 1e-9 }

    /// The uniform grid plus `breakpoints` inside the range, sorted, without duplicates.
    package func grid(breakpoints: [Double] = []) -> [Double] {
        let uniform = (0...intervals).map { range.lowerBound + span * Double($0) / Double(intervals) }
        let extra = breakpoints.filter { range.contains($0) }
        return Array(Set(uniform + extra)).sorted()
    }

    /// Jumps of `f` inside the range, in increasing x.
    package func jumps(of f: (Double) -> Double, breakpoints: [Double] = []) -> [Jump] {
        let xs = grid(breakpoints: breakpoints)
        let ys = xs.map(f)
        let finite = ys.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), high > low else { return [] }
        let size = high - low
        var jumps: [Jump] = []
        for i in xs.indices.dropLast() where ys[i].isFinite && ys[i + 1].isFinite {
            // Segments rising by less than 1% of the plot height look the same drawn either way.
            guard abs(ys[i + 1] - ys[i]) > size * 0.01 else { continue }
            guard
                let x = jumpLocation(
                    of: f, from: (xs[i], ys[i]), to: (xs[i + 1], ys[i + 1]),
                    minimumJump: size * 1e-3)
            else { continue }
            if let last = jumps.last, abs(last.x - x) <= 4 * epsilon { continue }
            jumps.append(Jump(x: x, left: f(x - epsilon), value: f(x), right: f(x + epsilon)))
        }
        return jumps
    }

    /// Samples `f`, breaking the line at each jump and placing the dots. `breakpoints` are sampled
    /// exactly (corners of `f`, for example, where its derivative jumps).
    package func sample(_ f: (Double) -> Double, breakpoints: [Double] = []) -> SampledCurve {
        var curve = SampledCurve()
        curve.jumps = jumps(of: f, breakpoints: breakpoints)
        let xs = grid(breakpoints: breakpoints)
        let ys = xs.map(f)
        let finite = ys.filter(\.isFinite)
        let tolerance = ((finite.max() ?? 0) - (finite.min() ?? 0)) * 1e-3
        var pending = curve.jumps[...]
        for (x, y) in zip(xs, ys) {
            while let jump = pending.first, jump.x - 2 * epsilon < x {
                curve.x += [jump.x, jump.x, jump.x]
                curve.y += [jump.left, .nan, jump.right]
                pending.removeFirst()
            }
            if curve.jumps.contains(where: { abs($0.x - x) <= 2 * epsilon }) {
                continue  // the value at the jump itself is the filled dot, not part of either piece
            }
            curve.x.append(x)
            curve.y.append(y)
        }
        for jump in curve.jumps {
            if jump.value.isFinite { curve.filledDots.append((jump.x, jump.value)) }
            // One open dot per limit the function does not take; a single one where both limits agree
            // (a removable discontinuity).
            let limits = abs(jump.left - jump.right) <= tolerance ? [jump.left] : [jump.left, jump.right]
            for limit in limits where limit.isFinite && !(abs(limit - jump.value) <= tolerance) {
                curve.openDots.append((jump.x, limit))
            }
        }
        return curve
    }

    /// Narrows `[a, b]` by bisection, keeping the half that changes more, and returns the jump's
    /// position if the change is still at least `minimumJump` once the interval is a 10⁻¹⁰ of the
    /// range wide; `nil` for a continuous (if steep) stretch.
    private func jumpLocation(
        of f: (Double) -> Double, from start: (Double, Double), to end: (Double, Double), minimumJump: Double
    ) -> Double? {
        var (a, fa) = start
        var (b, fb) = end
        while b - a > span * 1e-10 {
            let m = a + (b - a) / 2
            guard m > a, m < b else { break }
            let fm = f(m)
            guard fm.isFinite else { return nil }
            if abs(fm - fa) >= abs(fb - fm) { (b, fb) = (m, fm) } else { (a, fa) = (m, fm) }
        }
        guard abs(fb - fa) >= minimumJump else { return nil }
        return Self.shortestDecimal(in: a...b)
    }

    /// The decimal with the fewest digits inside `interval`, so a jump found at 2.9999999999 is at 3.
    static func shortestDecimal(in interval: ClosedRange<Double>) -> Double {
        let middle = interval.lowerBound + (interval.upperBound - interval.lowerBound) / 2
        for digits in 0...15 {
            let scale = NumberFormatting.powerOfTen(digits)
            let candidate = (middle * scale).rounded() / scale
            if interval.contains(candidate) { return candidate }
        }
        return middle
    }
}

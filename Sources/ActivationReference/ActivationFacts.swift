import Activations
import Foundation
import LessonCore

/// What a reference page states about an activation function, computed from the function itself
/// rather than typed in, so the page cannot disagree with the library.
///
/// Everything is sampled on the grid -8…8 in steps of 1/256 (exact binary fractions, so every
/// machine evaluates the same points), plus the limits the library returns at ±∞.
struct ActivationFacts: Equatable {
    /// One end of the output range: its value and whether some finite input reaches it.
    struct Bound: Equatable {
        var value: Double
        var attained: Bool
    }

    var valueAtZero: Double
    var derivativeAtZero: Double
    var lower: Bound
    var upper: Bound
    /// Never decreases (non-strict, as ReLU).
    var monotonic: Bool
    /// Both the function and its derivative are continuous (no kink, no jump).
    var smooth: Bool
    /// Mean output for a standard normal input, E f(x) for x ~ N(0, 1).
    var meanUnderNormal: Double
    /// The mean output for x ~ N(0, 1) is 0 (within 0.01): outputs do not shift the next layer.
    var zeroCentred: Bool { abs(meanUnderNormal) < 0.01 }

    static let step = 1.0 / 256
    static let limit = 8.0

    init(_ f: any Activation) {
        valueAtZero = f(0.0)
        derivativeAtZero = f.derivative(0.0)
        let count = Int(2 * Self.limit / Self.step)
        let xs = (0...count).map { -Self.limit + Double($0) * Self.step }
        let ys = xs.map { f($0) }
        let slopes = xs.map { f.derivative($0) }

        let atMinusInfinity = f(-Double.infinity)
        let atPlusInfinity = f(Double.infinity)
        let sampledMin = ys.min() ?? 0
        let sampledMax = ys.max() ?? 0
        let limitMin = min(atMinusInfinity, atPlusInfinity)
        let limitMax = max(atMinusInfinity, atPlusInfinity)
        // The extreme is attained when a finite sample reaches (or passes) the limit at infinity.
        lower =
            sampledMin <= limitMin ? Bound(value: sampledMin, attained: true) : Bound(value: limitMin, attained: false)
        upper =
            sampledMax >= limitMax ? Bound(value: sampledMax, attained: true) : Bound(value: limitMax, attained: false)

        monotonic = zip(ys, ys.dropFirst()).allSatisfy { $1 >= $0 }
        // Neighbouring samples 1/256 apart: a smooth function's value and slope change by about
        // f'·h and f''·h there, far below 0.05; a kink or jump changes them by much more.
        let continuous = zip(ys, ys.dropFirst()).allSatisfy { abs($1 - $0) < 0.05 }
        let slopeContinuous = zip(slopes, slopes.dropFirst()).allSatisfy { abs($1 - $0) < 0.05 }
        smooth = continuous && slopeContinuous

        // Trapezoid rule against the normal density; the tails beyond ±8 weigh less than 1e-14.
        var mean = 0.0
        for (index, (x, y)) in zip(xs, ys).enumerated() {
            let weight = (index == 0 || index == count) ? 0.5 : 1.0
            mean += weight * y * Self.normalDensity(x)
        }
        meanUnderNormal = mean * Self.step
    }

    private static func normalDensity(_ x: Double) -> Double {
        0.3989422804014327 * Foundation.exp(-x * x / 2)
    }
}

import Activations
import Foundation

/// A labelled data set: inputs `x` (`float32`, one row per sample) and targets `y`, destructurable as
/// `let (x, y) = Datasets.xor()` or readable as `data.x`, `data.y`.
public typealias LabeledData = (x: Tensor, y: Tensor)

/// Small synthetic data sets generated in code, like scikit-learn's `make_moons`, for lessons and
/// tests that train tiny networks. Every random one draws from a ``Generator`` (the global one unless
/// passed), so the same seed gives the same points on every machine.
///
/// Classification sets give `x` of shape `[count, 2]` (`float32`) and `y` of shape `[count]`
/// (`int64` class indices); samples are shuffled, so any prefix holds every class.
public enum Datasets {
    /// The four XOR points `(0,0), (0,1), (1,0), (1,1)` with classes `0, 1, 1, 0`: the classic set no
    /// linear model separates. Not random.
    public static func xor() -> LabeledData {
        (Tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), Tensor([0, 1, 1, 0]))
    }

    /// Two interleaving half circles (scikit-learn's `make_moons`): class 0 is the upper arc of radius
    /// 1 around (0, 0), class 1 the lower arc around (1, 0.5); `count / 2` points (rounded down) in
    /// class 0, the rest in class 1, evenly spaced along the arcs, then Gaussian noise of standard
    /// deviation `noise` on each coordinate, then shuffled.
    public static func twoMoons(count: Int = 200, noise: Double = 0.1, generator: inout Generator) -> LabeledData {
        usageCheck(
            count >= 0 && noise >= 0,
            "twoMoons: count and noise must not be negative, got count \(count), noise \(noise)")
        let outer = count / 2
        let inner = count - outer
        var points: [(Double, Double)] = []
        var labels: [Int] = []
        for angle in angles(0, Double.pi, count: outer) {
            points.append((cos(angle), sin(angle)))
            labels.append(0)
        }
        for angle in angles(0, Double.pi, count: inner) {
            points.append((1 - cos(angle), 1 - sin(angle) - 0.5))
            labels.append(1)
        }
        return labeled(points, labels, noise: noise, generator: &generator)
    }

    /// ``twoMoons(count:noise:generator:)`` drawing from the global generator.
    public static func twoMoons(count: Int = 200, noise: Double = 0.1) -> LabeledData {
        Generator.withDefault { twoMoons(count: count, noise: noise, generator: &$0) }
    }

    /// Interleaved spiral arms, one per class (the CS231n spiral set): class k's points run outwards
    /// from the centre, radius 0…1, angle from 4k to 4(k + 1) radians plus Gaussian noise of standard
    /// deviation `noise` on the angle; shuffled. `count` points in all, split as evenly as possible.
    public static func spirals(
        count: Int = 300, classes: Int = 3, noise: Double = 0.2,
        generator: inout Generator
    ) -> LabeledData {
        usageCheck(
            count >= 0 && classes >= 1 && noise >= 0,
            "spirals: count and noise must not be negative and classes must be at least 1, got count \(count), classes \(classes), noise \(noise)"
        )
        var points: [(Double, Double)] = []
        var labels: [Int] = []
        for label in 0..<classes {
            let n = count / classes + (label < count % classes ? 1 : 0)
            let radii = angles(0, 1, count: n)
            let thetas = angles(4 * Double(label), 4 * Double(label + 1), count: n)
            let jitter = generator.normalDoubles(n)
            for i in 0..<n {
                let theta = thetas[i] + noise * jitter[i]
                points.append((radii[i] * sin(theta), radii[i] * cos(theta)))
                labels.append(label)
            }
        }
        return labeled(points, labels, noise: 0, generator: &generator)
    }

    /// ``spirals(count:classes:noise:generator:)`` drawing from the global generator.
    public static func spirals(count: Int = 300, classes: Int = 3, noise: Double = 0.2) -> LabeledData {
        Generator.withDefault { spirals(count: count, classes: classes, noise: noise, generator: &$0) }
    }

    /// A one-dimensional regression set: `x` uniform in [−3, 3] and sorted (so it plots as a line),
    /// `y = function(x) + noise · ε` with ε standard normal; both `float32`, shape `[count, 1]`.
    /// The default function is `sin`.
    public static func noisyRegression(
        count: Int = 100, noise: Double = 0.1, generator: inout Generator,
        function: (Double) -> Double = { sin($0) }
    ) -> LabeledData {
        usageCheck(
            count >= 0 && noise >= 0,
            "noisyRegression: count and noise must not be negative, got count \(count), noise \(noise)")
        let xs = generator.uniformDoubles(count).map { -3 + 6 * $0 }.sorted()
        let eps = generator.normalDoubles(count)
        let ys = zip(xs, eps).map { function($0) + noise * $1 }
        return (Tensor(shape: [count, 1], scalars: xs), Tensor(shape: [count, 1], scalars: ys))
    }

    /// ``noisyRegression(count:noise:generator:function:)`` drawing from the global generator.
    public static func noisyRegression(
        count: Int = 100, noise: Double = 0.1,
        function: (Double) -> Double = { sin($0) }
    ) -> LabeledData {
        Generator.withDefault { noisyRegression(count: count, noise: noise, generator: &$0, function: function) }
    }

    /// `count` evenly spaced values from `start` to `end`, both included (`torch.linspace`).
    private static func angles(_ start: Double, _ end: Double, count: Int) -> [Double] {
        Tensor.linspace(start, end, count: count, dtype: .float64).scalars
    }

    /// Adds Gaussian noise to every coordinate (x then y of each point, in order), shuffles, and packs
    /// the points into a `float32` `[n, 2]` tensor and the labels into an `int64` `[n]` tensor.
    private static func labeled(
        _ points: [(Double, Double)], _ labels: [Int], noise: Double,
        generator: inout Generator
    ) -> LabeledData {
        var coordinates = points.flatMap { [$0.0, $0.1] }
        if noise > 0 {
            for (i, e) in generator.normalDoubles(coordinates.count).enumerated() {
                coordinates[i] += noise * e
            }
        }
        let order = generator.permutation(points.count)
        let shuffled = order.flatMap { [coordinates[2 * $0], coordinates[2 * $0 + 1]] }
        return (Tensor(shape: [points.count, 2], scalars: shuffled), Tensor(order.map { labels[$0] }))
    }
}

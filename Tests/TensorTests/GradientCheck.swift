import Testing

@testable import Activations
@testable import Tensors

/// Central finite differences in `Double` against `backward()`.
///
/// The checked scalar is `sum(f(inputs) * w)` with random weights `w`, so every output element's
/// gradient matters (a plain sum would hide a wrong sign that cancels). Each input element is moved
/// by ±h and the loss recomputed without autograd.
enum GradientCheck {
    static let h = 1e-6

    static func check(
        _ inputs: [Tensor], seed: UInt64, tolerance: Double = 1e-6,
        sourceLocation: SourceLocation = #_sourceLocation, _ f: ([Tensor]) -> Tensor
    ) {
        var generator = Generator(seed: seed ^ 0xC0FFEE)
        for x in inputs { x.grad = nil }
        let output = f(inputs)
        let weights = Tensor.randn(shape: output.shape, generator: &generator, dtype: .float64)
        (output * weights).sum().backward()
        func loss(_ values: [Tensor]) -> Double { noGrad { (f(values) * weights).sum().item() } }
        for (n, x) in inputs.enumerated() where x.requiresGrad {
            guard let analytic = x.grad else {
                Issue.record("input \(n) received no gradient", sourceLocation: sourceLocation)
                continue
            }
            #expect(analytic.shape == x.shape, sourceLocation: sourceLocation)
            let base = x.scalars
            let a = analytic.scalars
            for j in 0..<base.count {
                func shifted(_ delta: Double) -> [Tensor] {
                    var values = base
                    values[j] += delta
                    return inputs.enumerated().map { m, t in
                        m == n ? Tensor(shape: t.shape, scalars: values, dtype: .float64) : t.detach()
                    }
                }
                let numeric = (loss(shifted(h)) - loss(shifted(-h))) / (2 * h)
                let scale = Swift.max(1, Swift.abs(numeric))
                #expect(
                    Swift.abs(a[j] - numeric) <= tolerance * scale,
                    "input \(n) element \(j): backward \(a[j]), finite difference \(numeric)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// A `float64` leaf of the given shape with values in `[low, high)` (magnitudes at least
    /// `awayFromZero`, so kinks at 0 are never straddled by ±h).
    static func input(
        _ shape: [Int], _ generator: inout Generator, low: Double = -2, high: Double = 2,
        awayFromZero: Double = 0.05
    ) -> Tensor {
        let values = (0..<shape.reduce(1, *)).map { _ -> Double in
            var v = low + (high - low) * generator.nextDouble()
            // Shift rather than clamp, so that values stay distinct (ties would make max/min kinks).
            if Swift.abs(v) < awayFromZero { v += v < 0 ? -awayFromZero : awayFromZero }
            return v
        }
        return Tensor(shape: shape, scalars: values, dtype: .float64, requiresGrad: true)
    }

    /// A random shape of rank 1...3 with sizes 1...4.
    static func shape(_ generator: inout Generator, maxRank: Int = 3) -> [Int] {
        (0..<(1 + generator.nextInt(below: maxRank))).map { _ in 1 + generator.nextInt(below: 4) }
    }

    /// A shape that broadcasts against `shape`: some dimensions set to 1, possibly fewer leading ones.
    static func broadcastPartner(of shape: [Int], _ generator: inout Generator) -> [Int] {
        let drop = generator.nextInt(below: shape.count + 1)
        return shape.dropFirst(drop == shape.count ? 0 : drop).map { generator.nextInt(below: 3) == 0 ? 1 : $0 }
    }
}

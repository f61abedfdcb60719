import Testing

@testable import Activations
@testable import Tensors

/// Every differentiable operation's gradient against central finite differences, over many random
/// shapes and values (`Double`, so differences are accurate to about 1e-9).
@Suite struct GradientTests {
    static let seeds: [UInt64] = Array(1...12)

    @Test(arguments: seeds)
    func broadcastingArithmetic(seed: UInt64) {
        var g = Generator(seed: seed)
        let shape = GradientCheck.shape(&g)
        let a = GradientCheck.input(shape, &g)
        let b = GradientCheck.input(GradientCheck.broadcastPartner(of: shape, &g), &g, low: 0.5, high: 2)
        GradientCheck.check([a, b], seed: seed) { $0[0] + $0[1] }
        GradientCheck.check([a, b], seed: seed) { $0[0] - $0[1] }
        GradientCheck.check([a, b], seed: seed) { $0[0] * $0[1] }
        GradientCheck.check([a, b], seed: seed) { $0[0] / $0[1] }
        GradientCheck.check([b, a], seed: seed) { $0[1] / $0[0] }
        GradientCheck.check([a, b], seed: seed) { $0[0].maximum($0[1]) }
        GradientCheck.check([a, b], seed: seed) { $0[0].minimum($0[1]) }
    }

    @Test(arguments: seeds)
    func scalarOperands(seed: UInt64) {
        var g = Generator(seed: seed)
        let a = GradientCheck.input(GradientCheck.shape(&g), &g, low: 0.3, high: 2)
        GradientCheck.check([a], seed: seed) { 3 - $0[0] * 2.5 + 1 }
        GradientCheck.check([a], seed: seed) { 2 / $0[0] - $0[0] / 4 }
        GradientCheck.check([a], seed: seed) { -$0[0] }
    }

    @Test(arguments: seeds)
    func elementwiseMath(seed: UInt64) {
        var g = Generator(seed: seed)
        let shape = GradientCheck.shape(&g)
        let positive = GradientCheck.input(shape, &g, low: 0.2, high: 3)
        let any = GradientCheck.input(shape, &g)
        GradientCheck.check([positive], seed: seed) { $0[0].log() }
        GradientCheck.check([positive], seed: seed) { $0[0].sqrt() }
        GradientCheck.check([positive], seed: seed) { $0[0].reciprocal() }
        GradientCheck.check([any], seed: seed) { $0[0].exp() }
        GradientCheck.check([any], seed: seed) { $0[0].abs() }
        GradientCheck.check([any], seed: seed) { $0[0].pow(3) }
        GradientCheck.check([positive], seed: seed) { $0[0].pow(-1.5) }
        GradientCheck.check([positive, any], seed: seed) { $0[0].pow($0[1]) }
        // Bounds the values cannot come within h of.
        GradientCheck.check([any], seed: seed) { $0[0].clamp(min: -1.005, max: 1.005) }
        GradientCheck.check([any], seed: seed) { $0[0].clamp(min: 0.5) }
    }

    @Test(arguments: seeds)
    func reductions(seed: UInt64) {
        var g = Generator(seed: seed)
        let shape = GradientCheck.shape(&g)
        let x = GradientCheck.input(shape, &g)
        let dim = g.nextInt(below: shape.count)
        GradientCheck.check([x], seed: seed) { $0[0].sum() }
        GradientCheck.check([x], seed: seed) { $0[0].sum(dim: dim) }
        GradientCheck.check([x], seed: seed) { $0[0].sum(dim: dim, keepDim: true) }
        GradientCheck.check([x], seed: seed) { $0[0].mean() }
        GradientCheck.check([x], seed: seed) { $0[0].mean(dim: dim) }
        GradientCheck.check([x], seed: seed) { $0[0].max() }
        GradientCheck.check([x], seed: seed) { $0[0].min() }
        GradientCheck.check([x], seed: seed) { $0[0].max(dim: dim).values }
        GradientCheck.check([x], seed: seed) { $0[0].min(dim: dim, keepDim: true).values }
        GradientCheck.check([x], seed: seed) { $0[0].norm() }
        if x.count > 1 {
            GradientCheck.check([x], seed: seed) { $0[0].var() }
            GradientCheck.check([x], seed: seed) { $0[0].std() }
            GradientCheck.check([x], seed: seed) { $0[0].std(unbiased: false) }
        }
    }

    @Test(arguments: seeds)
    func matrixProducts(seed: UInt64) {
        var g = Generator(seed: seed)
        let m = 1 + g.nextInt(below: 5)
        let k = 1 + g.nextInt(below: 5)
        let n = 1 + g.nextInt(below: 5)
        let a = GradientCheck.input([m, k], &g)
        let b = GradientCheck.input([k, n], &g)
        let v = GradientCheck.input([k], &g)
        let w = GradientCheck.input([k], &g)
        let bias = GradientCheck.input([n], &g)
        let weight = GradientCheck.input([n, k], &g)
        let batch = GradientCheck.input([2, m, k], &g)
        GradientCheck.check([a, b], seed: seed) { $0[0].matmul($0[1]) }
        GradientCheck.check([v, w], seed: seed) { matmul($0[0], $0[1]) }
        GradientCheck.check([a, v], seed: seed) { $0[0].matmul($0[1]) }
        GradientCheck.check([v, b], seed: seed) { $0[0].matmul($0[1]) }
        GradientCheck.check([batch, b], seed: seed) { $0[0].matmul($0[1]) }
        GradientCheck.check([bias, a, b], seed: seed) { Tensor.addmm($0[0], $0[1], $0[2]) }
        GradientCheck.check([a, weight, bias], seed: seed) { linear($0[0], weight: $0[1], bias: $0[2]) }
        GradientCheck.check([a, weight], seed: seed) { linear($0[0], weight: $0[1]) }
        GradientCheck.check([batch, weight, bias], seed: seed) { linear($0[0], weight: $0[1], bias: $0[2]) }
        GradientCheck.check([a, b], seed: seed) { $0[0].T.T.matmul($0[1]).T }
    }

    @Test(arguments: seeds)
    func shapeOperations(seed: UInt64) {
        var g = Generator(seed: seed)
        let x = GradientCheck.input([2 + g.nextInt(below: 3), 1 + g.nextInt(below: 3), 2], &g)
        let y = GradientCheck.input(Array(x.shape.dropFirst()), &g)
        GradientCheck.check([x], seed: seed) { $0[0].reshape(-1, 2) }
        GradientCheck.check([x], seed: seed) { $0[0].flatten() }
        GradientCheck.check([x], seed: seed) { $0[0].transpose(0, 2) }
        GradientCheck.check([x], seed: seed) { $0[0].transpose(-1, 1) }
        GradientCheck.check([x], seed: seed) { $0[0][1] }
        GradientCheck.check([x], seed: seed) { $0[0][-1] }
        GradientCheck.check([x], seed: seed) { $0[0][1..<2] }
        GradientCheck.check([x], seed: seed) { $0[0][1...] }
        GradientCheck.check([x], seed: seed) { $0[0].rows([1, 0, 1]) }
        GradientCheck.check([x], seed: seed) { $0[0].unsqueeze(1).squeeze() }
        GradientCheck.check([x], seed: seed) { $0[0].unsqueeze(-1).squeeze(-1) }
        GradientCheck.check([x, y], seed: seed) { Tensor.cat([$0[0], $0[1].unsqueeze(0)]) }
        let z = GradientCheck.input(y.shape, &g)
        GradientCheck.check([y, z], seed: seed) { Tensor.stack([$0[0], $0[1] * 2]) }
        GradientCheck.check([y], seed: seed) { $0[0].expand([3] + y.shape) }
    }

    /// A round trip through `float32` passes the gradient through unchanged, back in `float64`.
    @Test func conversionPassesGradient() {
        let x = Tensor([0.25, -1.5, 3.0], dtype: .float64, requiresGrad: true)
        (x.float() * Tensor([1.0, 2.0, 3.0])).sum().backward()
        #expect(x.grad?.dtype == .float64)
        #expect(x.grad?.scalars == [1, 2, 3])
        #expect(x.float().gradFn?.name == "ToCopyBackward0")
    }

    /// Every activation of the library, with values kept away from its kinks.
    @Test(arguments: seeds.prefix(4))
    func activations(seed: UInt64) {
        var g = Generator(seed: seed)
        let x = GradientCheck.input(GradientCheck.shape(&g), &g, low: -4, high: 4, awayFromZero: 0.05)
        let functions: [any Activation] = [
            ReLU(), ReLU6(), LeakyReLU(), LeakyReLU(negativeSlope: 0.2), ELU(), ELU(alpha: 0.5), CELU(), SELU(),
            GELU(), SiLU(), Mish(), Softplus(), Sigmoid(), Tanh(), Hardtanh(), Hardsigmoid(), Hardswish(),
            Softsign(), Tanhshrink(), LogSigmoid(), PReLU(),
        ]
        for f in functions {
            // Stay clear of the kinks (±1 for Hardtanh, ±3 for Hardsigmoid and Hardswish, …).
            let kinks = f.kinks
            let values = x.scalars.map { v -> Double in
                var v = v
                for k in kinks where Swift.abs(v - k) < 0.02 { v = k + 0.05 }
                return v
            }
            let input = Tensor(shape: x.shape, scalars: values, dtype: .float64, requiresGrad: true)
            GradientCheck.check([input], seed: seed, tolerance: 1e-5) { f($0[0]) }
        }
    }

    /// PReLU's weight gradient (one slope and one per channel) against finite differences of the
    /// weight itself.
    @Test(arguments: seeds.prefix(4))
    func preluWeights(seed: UInt64) {
        var g = Generator(seed: seed)
        let x = GradientCheck.input([3, 2, 2], &g)
        for channels in [1, 2] {
            let prelu = PReLU(numParameters: channels, dtype: .float64)
            prelu.weight.assign(GradientCheck.input([channels], &g, low: 0.1, high: 0.5))
            let weights = Tensor.randn(shape: x.shape, generator: &g, dtype: .float64)
            x.grad = nil
            (prelu(x) * weights).sum().backward()
            let analytic = prelu.weight.grad?.scalars ?? []
            #expect(analytic.count == channels)
            let base = prelu.weight.scalars
            for j in 0..<channels {
                func loss(_ delta: Double) -> Double {
                    var w = base
                    w[j] += delta
                    prelu.weight.assign(Tensor(shape: [channels], scalars: w, dtype: .float64))
                    return noGrad { (prelu(x) * weights).sum().item() }
                }
                let numeric = (loss(GradientCheck.h) - loss(-GradientCheck.h)) / (2 * GradientCheck.h)
                #expect(Swift.abs(analytic[j] - numeric) <= 1e-6 * Swift.max(1, Swift.abs(numeric)))
            }
            prelu.weight.assign(Tensor(shape: [channels], scalars: base, dtype: .float64))
            GradientCheck.check([x], seed: seed) { prelu($0[0]) }
        }
    }
}

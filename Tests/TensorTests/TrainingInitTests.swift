import Testing

@testable import Activations
@testable import Tensors

@Suite struct TrainingInitTests {
    private func moments(_ values: [Double]) -> (mean: Double, std: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return (mean, variance.squareRoot())
    }

    @Test func gainsAreThoseOfPyTorch() {
        #expect(Init.calculateGain(.linear) == 1 && Init.calculateGain(.sigmoid) == 1)
        #expect(Init.calculateGain(.tanh) == 5.0 / 3)
        #expect(Init.calculateGain(.relu) == 2.0.squareRoot())
        #expect(Init.calculateGain(.leakyReLU) == (2 / 1.0001).squareRoot())
        #expect(Init.calculateGain(.leakyReLU, param: 0) == 2.0.squareRoot())
        #expect(Init.calculateGain(.selu) == 0.75)
    }

    @Test func fansFollowPyTorch() {
        #expect(Init.fans(of: Tensor.zeros(5, 3)) == (3, 5))
        #expect(Init.fans(of: Tensor.zeros(8, 4, 3, 3)) == (36, 72))
        #expect(Init.fans(of: Tensor.zeros(7)) == (7, 7))
    }

    /// He initialisation for ReLU: N(0, 2 / fan-in), in place, keeping shape, dtype and requiresGrad.
    @Test func kaimingNormalHasHeStandardDeviation() {
        var generator = Generator(seed: 11)
        let w = Tensor.zeros(shape: [256, 64], dtype: .float64, requiresGrad: true)
        Init.kaimingNormal(w, nonlinearity: .relu, generator: &generator)
        #expect(w.shape == [256, 64] && w.dtype == .float64 && w.requiresGrad && w.isLeaf)
        let (mean, std) = moments(w.scalars)
        #expect(abs(mean) < 0.01)
        #expect(abs(std / (2.0 / 64).squareRoot() - 1) < 0.03)
        let fanOut = Tensor.zeros(256, 64)
        Init.kaimingNormal(fanOut, mode: .fanOut, nonlinearity: .relu, generator: &generator)
        #expect(abs(moments(fanOut.scalars).std / (2.0 / 256).squareRoot() - 1) < 0.03)
    }

    @Test func uniformFamiliesStayInTheirBounds() {
        var generator = Generator(seed: 12)
        let w = Tensor.zeros(100, 50)
        Init.xavierUniform(w, generator: &generator)
        let xavierBound = (6.0 / 150).squareRoot()
        #expect(w.scalars.allSatisfy { abs($0) <= xavierBound })
        #expect(w.scalars.max()! > 0.95 * xavierBound)
        Init.kaimingUniform(w, nonlinearity: .relu, generator: &generator)
        let heBound = (6.0 / 50).squareRoot()
        #expect(w.scalars.allSatisfy { abs($0) <= heBound } && w.scalars.max()! > 0.95 * heBound)
        Init.xavierNormal(w, gain: 2, generator: &generator)
        #expect(abs(moments(w.scalars).std / (2 * (2.0 / 150).squareRoot()) - 1) < 0.05)
        Init.constant(w, -3)
        #expect(w.scalars.allSatisfy { $0 == -3 })
    }

    /// `Linear` draws its weight and then its bias from U(±1/√fan-in), in that order.
    @Test func linearDrawsWeightThenBiasFromOneOverSqrtFanIn() {
        var g1 = Generator(seed: 21)
        var g2 = Generator(seed: 21)
        let layer = Linear(inFeatures: 4, outFeatures: 3, generator: &g1)
        let weight = Tensor.uniform(shape: [3, 4], low: -0.5, high: 0.5, generator: &g2)
        let bias = Tensor.uniform(shape: [3], low: -0.5, high: 0.5, generator: &g2)
        #expect(zip(layer.weight.floats, weight.floats).allSatisfy { abs($0 - $1) < 1e-7 })
        #expect(layer.bias.floats == bias.floats)
    }
}

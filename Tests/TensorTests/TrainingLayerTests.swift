import Testing

@testable import Activations
@testable import Tensors

/// The tutorial's network, written as a lesson writes it.
private final class SimpleNN: Module {
    let fc = Linear(10, 5)
    let relu = ReLU()
    var parameters: [Tensor] { fc.parameters }
    func callAsFunction(_ x: Tensor) -> Tensor { relu(fc(x)) }
}

@Suite struct TrainingLayerTests {
    @Test func linearHasPyTorchShapesAndParameterCount() {
        var generator = Generator(seed: 1)
        let layer = Linear(inFeatures: 10, outFeatures: 5, generator: &generator)
        #expect(layer.weight.shape == [5, 10])
        #expect(layer.bias.shape == [5])
        #expect(layer.weight.requiresGrad && layer.bias.requiresGrad)
        #expect(layer.parameterCount == 55)
        #expect(layer.parameters.count == 2)
        #expect("\(layer)" == "Linear(in_features=10, out_features=5, bias=True)")
        let noBias = Linear(inFeatures: 3, outFeatures: 2, bias: false, generator: &generator)
        #expect(!noBias.hasBias && noBias.parameters.count == 1 && noBias.parameterCount == 6)
    }

    /// Kaiming-uniform with a = √5 is U(−1/√fan_in, 1/√fan_in): every value inside the bound, and the
    /// sample's mean and variance those of that uniform distribution (variance bound²/3).
    @Test func linearInitialisationFollowsPyTorchDistribution() {
        var generator = Generator(seed: 42)
        let layer = Linear(inFeatures: 64, outFeatures: 256, generator: &generator)
        let bound = 1 / 64.0.squareRoot()
        let w = layer.weight.scalars
        #expect(w.allSatisfy { abs($0) <= bound })
        let mean = w.reduce(0, +) / Double(w.count)
        let variance = w.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(w.count)
        // 16384 samples: the standard error of the mean is bound/√(3·16384) ≈ 0.00056.
        #expect(abs(mean) < 0.003)
        #expect(abs(variance / (bound * bound / 3) - 1) < 0.05)
        // The values reach towards both ends of the range, not a narrower one.
        #expect(w.max()! > 0.95 * bound && w.min()! < -0.95 * bound)
        let b = layer.bias.scalars
        #expect(b.allSatisfy { abs($0) <= bound })
        #expect(Set(b).count == b.count)
    }

    @Test func sameSeedGivesSameWeights() {
        var g1 = Generator(seed: 7)
        var g2 = Generator(seed: 7)
        var g3 = Generator(seed: 8)
        let a = Linear(inFeatures: 4, outFeatures: 3, generator: &g1)
        let b = Linear(inFeatures: 4, outFeatures: 3, generator: &g2)
        let c = Linear(inFeatures: 4, outFeatures: 3, generator: &g3)
        #expect(a.weight.floats == b.weight.floats && a.bias.floats == b.bias.floats)
        #expect(a.weight.floats != c.weight.floats)
    }

    @Test func linearComputesXWTransposedPlusBias() throws {
        var generator = Generator(seed: 3)
        let layer = Linear(inFeatures: 3, outFeatures: 2, generator: &generator, dtype: .float64)
        let x = Tensor([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0]], dtype: .float64)
        let y = layer(x)
        #expect(y.shape == [2, 2])
        #expect(y.gradFn?.name == "AddmmBackward0")
        let w = layer.weight.scalars
        let b = layer.bias.scalars
        let xs = x.scalars
        for row in 0..<2 {
            for out in 0..<2 {
                let expected = (0..<3).reduce(b[out]) { $0 + xs[row * 3 + $1] * w[out * 3 + $1] }
                #expect(abs(y.scalars[row * 2 + out] - expected) < 1e-12)
            }
        }
    }

    @Test func sequentialChainsLayersAndCollectsParameters() {
        let model = Sequential(Linear(2, 8), ReLU(), Linear(8, 1))
        #expect(model.count == 3)
        #expect(model.parameters.count == 4)
        #expect(model.parameterCount == 2 * 8 + 8 + 8 + 1)
        let first = model[0] as! Linear
        #expect(model.parameters[0] === first.weight)
        let x = Tensor([[0.5, -1.0], [2.0, 3.0], [0.0, 0.0]])
        let expected = (model[2] as! Linear)(ReLU()(first(x)))
        let y = model(x)
        #expect(y.shape == [3, 1])
        #expect(y.floats == expected.floats)
    }

    /// `print(model)` gives PyTorch's repr, nested modules indented.
    @Test func sequentialPrintsLikePyTorch() {
        let model = Sequential(Sequential(Linear(2, 8), ReLU()), LeakyReLU(), PReLU(), Linear(8, 1, bias: false))
        #expect(
            "\(model)" == """
                Sequential(
                  (0): Sequential(
                    (0): Linear(in_features=2, out_features=8, bias=True)
                    (1): ReLU()
                  )
                  (1): LeakyReLU(negative_slope=0.01)
                  (2): PReLU(num_parameters=1)
                  (3): Linear(in_features=8, out_features=1, bias=False)
                )
                """)
        let activations = Sequential(
            Hardtanh(), GELU(approximate: .tanh), SELU(), ReLU6(), Softplus(),
            Threshold(threshold: 0.1, value: 20), ELU(), Sigmoid())
        #expect(
            "\(activations)" == """
                Sequential(
                  (0): Hardtanh(min_val=-1.0, max_val=1.0)
                  (1): GELU(approximate='tanh')
                  (2): SELU()
                  (3): ReLU6()
                  (4): Softplus(beta=1.0, threshold=20.0)
                  (5): Threshold(threshold=0.1, value=20.0)
                  (6): ELU(alpha=1.0)
                  (7): Sigmoid()
                )
                """)
    }

    @Test func preluWeightIsATrainableParameterInSequential() throws {
        let prelu = PReLU()
        let model = Sequential(Linear(3, 4), prelu, Linear(4, 2))
        #expect(model.parameters.count == 5)
        #expect(model.parameters.contains { $0 === prelu.weight })
        var generator = Generator(seed: 6)
        model(Tensor.randn(6, 3, generator: &generator)).sum().backward()
        let grad = try #require(prelu.weight.grad)
        #expect(grad.shape == prelu.weight.shape)
    }

    /// Every activation of the library works as a layer, applied exactly as the activation itself.
    @Test func everyRegisteredActivationIsALayer() throws {
        let x = Tensor([[-2.0, -0.5, 0.0, 0.5, 2.0]])
        for activation in ActivationRegistry.all {
            let layer = try #require(activation as? any Layer, "\(activation.name) is not a Layer")
            let model = Sequential(layer)
            #expect(model(x).floats == activation(x).floats, "\(activation.name)")
            #expect(layer.trainableParameters.count == (activation is PReLU ? 1 : 0), "\(activation.name)")
        }
    }

    @Test func simpleNNFromTheTutorialRuns() throws {
        let model = SimpleNN()
        var generator = Generator(seed: 5)
        let output = model(Tensor.randn(1, 10, generator: &generator))
        #expect(output.shape == [1, 5])
        #expect(output.gradFn?.name == "ReluBackward0")
        #expect(output.scalars.allSatisfy { $0 >= 0 })
        output.sum().backward()
        #expect(model.fc.weight.grad != nil)
        model.zeroGrad()
        #expect(model.fc.weight.grad == nil && model.fc.bias.grad == nil)
    }
}

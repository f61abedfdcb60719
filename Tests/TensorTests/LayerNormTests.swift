import Testing

@testable import Activations
@testable import Tensors

/// `layerNorm`, the `LayerNorm` layer and the `Residual` wrapper.
@Suite struct LayerNormTests {
    @Test func rowsHaveMeanZeroAndVarianceOne() {
        let x = Tensor([[1.0, 2.0, 3.0, 4.0], [-10.0, 0.0, 10.0, 20.0]])
        let y = layerNorm(x)
        #expect(y.shape == [2, 4])
        let means = y.mean(dim: 1).scalars
        let variances = (y * y).mean(dim: 1).scalars
        for m in means { #expect(Swift.abs(m) < 1e-6) }
        for v in variances { #expect(Swift.abs(v - 1) < 1e-4) }
        // Shifting and scaling a row does not change its normalised form.
        #expect(zip(y[0].scalars, y[1].scalars).allSatisfy { Swift.abs($0 - $1) < 1e-5 })
    }

    @Test func matchesPyTorchValues() {
        // torch.nn.functional.layer_norm(torch.tensor([[1., 2., 4.]]), (3,))
        // tensor([[-1.0690, -0.2673,  1.3363]])
        let y = layerNorm(Tensor([[1.0, 2.0, 4.0]]))
        let expected = [-1.0690, -0.2673, 1.3363]
        #expect(zip(y.scalars, expected).allSatisfy { Swift.abs($0 - $1) < 1e-4 })
    }

    @Test func gradientsMatchFiniteDifferences() {
        var generator = Generator(seed: 7)
        let x = GradientCheck.input([3, 5], &generator)
        let weight = GradientCheck.input([5], &generator)
        let bias = GradientCheck.input([5], &generator)
        GradientCheck.check([x, weight, bias], seed: 11, tolerance: 1e-5) {
            layerNorm($0[0], weight: $0[1], bias: $0[2])
        }
        let vector = GradientCheck.input([6], &generator)
        GradientCheck.check([vector], seed: 12, tolerance: 1e-5) { layerNorm($0[0]) }
    }

    @Test func layerStartsAsPlainNormalisationAndTrains() {
        let norm = LayerNorm(4)
        #expect(norm.parameters.count == 2)
        #expect(norm.weight.scalars == [1, 1, 1, 1])
        #expect(norm.bias.scalars == [0, 0, 0, 0])
        #expect(norm.description == "LayerNorm((4,), eps=1e-05, elementwise_affine=True)")
        let x = Tensor([[0.5, -1.0, 2.0, 3.0]])
        norm(x).pow(2).sum().backward()
        #expect(norm.weight.grad != nil && norm.bias.grad != nil)
    }

    @Test func residualAddsItsInput() {
        manualSeed(3)
        let body = Sequential(Linear(4, 4), ReLU())
        let block = Residual(body)
        #expect(block.parameters.count == 2)
        let x = Tensor.randn(2, 4)
        #expect(block(x).scalars == (x + body(x)).scalars)
        let zeroBody = Residual(Linear(4, 4, bias: false))
        noGrad { zeroBody.parameters[0].assign(Tensor.zeros(4, 4)) }
        #expect(zeroBody(x).scalars == x.scalars)
        #expect(block.description.hasPrefix("Residual(\n  (body): Sequential(\n    (0): Linear"))
    }
}

import Testing

@testable import Activations
@testable import Tensors

/// Values, shapes and dtypes of tensor operations, as PyTorch gives them.
@Suite struct TensorOperationTests {
    @Test func literalsPickPyTorchDtypes() {
        #expect(Tensor([-2, -1, 0, 1, 2]).dtype == .int64)
        #expect(Tensor([0.5, 1.0]).dtype == .float32)
        #expect(Tensor([[1.0, 2.0], [3.0, 4.0]]).shape == [2, 2])
        #expect(Tensor(3.5).shape == [])
        #expect(Tensor(shape: [2, 1], scalars: [1, 2], dtype: .float64).dtype == .float64)
    }

    @Test func factories() {
        #expect(Tensor.zeros(2, 3).scalars == Array(repeating: 0, count: 6))
        #expect(Tensor.ones(2).scalars == [1, 1])
        #expect(Tensor.full([2, 2], value: 7).scalars == [7, 7, 7, 7])
        #expect(Tensor.arange(5).description == "tensor([0, 1, 2, 3, 4])")
        #expect(Tensor.arange(0, 10, step: 2).description == "tensor([0, 2, 4, 6, 8])")
        #expect(Tensor.arange(0.0, 1.0, step: 0.25).description == "tensor([0.0000, 0.2500, 0.5000, 0.7500])")
        #expect(Tensor.linspace(0, 1, count: 5).description == "tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])")
        let l = Tensor.linspace(-1, 1, count: 25)
        #expect(l.floats.first == -1 && l.floats.last == 1)
    }

    @Test func integerArithmeticStaysIntegerUntilDivision() {
        let x = Tensor([-2, -1, 0, 1, 2])
        #expect((x * 2).description == "tensor([-4, -2,  0,  2,  4])")
        #expect((x + 1).dtype == .int64)
        #expect((x / 2).description == "tensor([-1.0000, -0.5000,  0.0000,  0.5000,  1.0000])")
        #expect((x * 0.5).dtype == .float32)
        #expect(ReLU()(x).description == "tensor([0, 0, 0, 1, 2])")
        #expect(Sigmoid()(x).dtype == .float32)
    }

    @Test func broadcasting() {
        let m = Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        #expect((m + Tensor([10.0, 20.0, 30.0])).scalars == [11, 22, 33, 14, 25, 36])
        #expect((m * Tensor([[2.0], [3.0]])).scalars == [2, 4, 6, 12, 15, 18])
        #expect((Tensor([[1.0], [2.0]]) - Tensor([1.0, 2.0, 3.0])).shape == [2, 3])
        #expect((2 - m).scalars == [1, 0, -1, -2, -3, -4])
        #expect((6 / m).scalars.prefix(3) == [6, 3, 2])
    }

    @Test func shapes() {
        let x = Tensor.arange(6).reshape(2, 3)
        #expect(x.shape == [2, 3])
        #expect(x.reshape(-1, 2).shape == [3, 2])
        #expect(x.T.description == "tensor([[0, 3],\n        [1, 4],\n        [2, 5]])")
        #expect(x.transpose(0, 1).scalars == x.T.scalars)
        #expect(x[1].description == "tensor([3, 4, 5])")
        #expect(x[-1].scalars == [3, 4, 5])
        #expect(x[0..<1].shape == [1, 3])
        #expect(x.flatten().shape == [6])
        #expect(x.unsqueeze(0).shape == [1, 2, 3])
        #expect(x.unsqueeze(-1).shape == [2, 3, 1])
        #expect(x.unsqueeze(0).squeeze().shape == [2, 3])
        #expect(x.rows([1, 1, 0]).scalars == [3, 4, 5, 3, 4, 5, 0, 1, 2])
        #expect(Tensor.cat([x, x]).shape == [4, 3])
        #expect(Tensor.stack([x, x]).shape == [2, 2, 3])
        #expect(Tensor.arange(24).reshape(2, 3, 4).transpose(0, 2)[3][2].scalars == [11, 23])
    }

    @Test func reductions() {
        let x = Tensor([[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]])
        #expect(x.sum().item() == 5)
        #expect(x.sum(dim: 0).scalars == [5, 3, -3])
        #expect(x.sum(dim: 1, keepDim: true).shape == [2, 1])
        #expect(x.mean().description == "tensor(0.8333)")
        #expect(x.mean(dim: 1).scalars.map { ($0 * 3).rounded() } == [2, 3])
        #expect(x.max().item() == 5 && x.min().item() == -6)
        #expect(x.argmax(dim: 1).description == "tensor([2, 1])")
        #expect(x.argmax().item() == 4)
        #expect(x.max(dim: 0).values.scalars == [4, 5, 3])
        #expect(Tensor([3.0, 4.0]).norm().item() == 5)
        // Unbiased by default, like torch: var([1, 2, 3, 4]) = 5/3.
        #expect(Tensor([1.0, 2.0, 3.0, 4.0], dtype: .float64).var().item() == 5.0 / 3)
        #expect(Tensor([1.0, 2.0, 3.0, 4.0], dtype: .float64).var(unbiased: false).item() == 1.25)
        #expect(Tensor([2.0, 4.0], dtype: .float64).std().item() == 2.0.squareRoot())
        #expect(Tensor([1, 2, 3]).sum().dtype == .int64)
        #expect(Tensor([1.0, .nan]).max().item().isNaN)
    }

    @Test func comparisonsAndMasks() {
        let x = Tensor([-2, -1, 0, 1, 2])
        let mask = x > 0
        #expect(mask.dtype == .bool)
        #expect(mask.description == "tensor([False, False, False,  True,  True])")
        #expect((x > 0).float().mean().description == "tensor(0.4000)")
        #expect((x > 0).mean().item() == Double(Float(0.4)))
        #expect((x >= 0).sum().item() == 3)
        #expect((x == Tensor([-2, 0, 0, 0, 2])).bools == [true, false, true, false, true])
        #expect((Tensor([1.0, 2.0]) < Tensor([2.0, 2.0])).bools == [true, false])
    }

    @Test func elementwiseMath() {
        let x = Tensor([1.0, 4.0, 9.0])
        #expect(x.sqrt().scalars == [1, 2, 3])
        #expect(x.pow(0.5).scalars == [1, 2, 3])
        #expect(pow(x, 2).scalars == [1, 16, 81])
        #expect(Tensor([0.0]).exp().item() == 1)
        #expect(Tensor([1.0]).log().item() == 0)
        #expect(Tensor([-3, 2]).abs().description == "tensor([3, 2])")
        #expect(Tensor([-3.0, 0.5, 9.0]).clamp(min: -1, max: 1).scalars == [-1, 0.5, 1])
    }

    @Test func inPlaceUpdatesAreNotRecorded() {
        let w = Tensor([1.0, 2.0], requiresGrad: true)
        w -= Tensor([0.5, 0.5])
        #expect(w.scalars == [0.5, 1.5])
        #expect(w.gradFn == nil && w.requiresGrad)
        w *= 2
        #expect(w.scalars == [1, 3])
        w.fill(0)
        #expect(w.scalars == [0, 0])
    }

    @Test func everyActivationAppliesToTensors() {
        let x = Tensor.linspace(-3, 3, count: 13)
        for f: any Activation in [ReLU(), LeakyReLU(), ELU(), GELU(), SiLU(), Sigmoid(), Tanh(), Softplus(), Mish()] {
            let y = f(x)
            #expect(y.floats == f(x.floats), "\(f.name)")
            #expect(y.shape == x.shape)
        }
        #expect(Tensor([0.0]).sigmoid().item() == 0.5)
        #expect(Tensor([0.0]).tanh().item() == 0)
    }
}

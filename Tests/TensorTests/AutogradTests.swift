import Testing

@testable import Activations
@testable import Tensors

/// What a user of `backward()` notices: where gradients land, when they accumulate, node names.
@Suite struct AutogradTests {
    @Test func reluGradientAtTheKinkIsZero() {
        let x = Tensor([-1.0, 0.0, 2.0], requiresGrad: true)
        let y = ReLU()(x)
        #expect(y.gradFn?.name == "ReluBackward0")
        y.sum().backward()
        #expect(x.grad?.description == "tensor([0., 0., 1.])")
    }

    @Test func gradientsAccumulateUntilZeroed() {
        let x = Tensor([1.0, 2.0], requiresGrad: true)
        (x * x).sum().backward()
        (x * x).sum().backward()
        #expect(x.grad?.scalars == [4, 8])
        x.zeroGrad()
        #expect(x.grad == nil)
        (x * 3).sum().backward()
        #expect(x.grad?.scalars == [3, 3])
    }

    @Test func sharedSubexpressionsSumTheirGradients() {
        let x = Tensor([3.0], requiresGrad: true)
        let y = x * x
        (y + y * x).sum().backward()  // d/dx (x² + x³) = 2x + 3x² = 33
        #expect(x.grad?.scalars == [33])
    }

    @Test func noGradRecordsNothing() {
        let x = Tensor([1.0], requiresGrad: true)
        let y = noGrad { x * 2 }
        #expect(y.gradFn == nil && !y.requiresGrad)
        #expect(noGrad { isGradEnabled } == false)
        #expect(isGradEnabled)
        #expect((x * 2).gradFn?.name == "MulBackward0")
    }

    @Test func leavesWithoutRequiresGradGetNothing() {
        let x = Tensor([1.0, 2.0])
        let w = Tensor([3.0, 4.0], requiresGrad: true)
        (x * w).sum().backward()
        #expect(x.grad == nil)
        #expect(w.grad?.scalars == [1, 2])
        #expect(w.isLeaf && !(x * w).isLeaf)
    }

    @Test func nonScalarBackwardTakesAGradient() {
        let x = Tensor([1.0, 2.0], requiresGrad: true)
        (x * 2).backward(Tensor([1.0, 10.0]))
        #expect(x.grad?.scalars == [2, 20])
    }

    @Test func nodeNamesFollowPyTorch() {
        let x = Tensor([[1.0, 2.0]], requiresGrad: true)
        let names: [(Tensor, String)] = [
            (x + 1, "AddBackward0"), (x - 1, "SubBackward0"), (1 - x, "RsubBackward1"), (x * x, "MulBackward0"),
            (x / 2, "DivBackward0"), (-x, "NegBackward0"), (x.pow(2), "PowBackward0"), (x.exp(), "ExpBackward0"),
            (x.log(), "LogBackward0"), (x.sqrt(), "SqrtBackward0"), (x.abs(), "AbsBackward0"),
            (x.clamp(min: 0), "ClampBackward1"), (x.sum(), "SumBackward0"), (x.sum(dim: 1), "SumBackward1"),
            (x.mean(), "MeanBackward0"), (x.mean(dim: 0), "MeanBackward1"), (x.max(), "MaxBackward1"),
            (x.norm(), "LinalgVectorNormBackward0"), (x.std(), "StdBackward0"), (x.var(), "VarBackward0"),
            (x.reshape(2), "ViewBackward0"), (x.transpose(0, 1), "TransposeBackward0"), (x.T, "PermuteBackward0"),
            (x[0], "SelectBackward0"), (x[0..<1], "SliceBackward0"), (x.unsqueeze(0), "UnsqueezeBackward0"),
            (x.squeeze(), "SqueezeBackward0"), (x.matmul(x.T), "MmBackward0"), (x.sigmoid(), "SigmoidBackward0"),
            (x.tanh(), "TanhBackward0"), (x.double(), "ToCopyBackward0"),
        ]
        for (tensor, name) in names {
            #expect(tensor.gradFn?.name == name)
        }
    }
}

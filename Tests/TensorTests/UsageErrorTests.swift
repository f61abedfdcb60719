import LessonProtocol
import Testing

@testable import Activations
@testable import Tensors

/// The messages misuse of the library stops with (`usageFailure`; a trap cannot be caught in-process,
/// so these call the checks that build the messages). Each check gives nil for valid input.
@Suite struct UsageErrorTests {
    @Test func broadcastingNamesTheSizesAndTheDimension() {
        #expect(
            Broadcasting.mismatch([2, 2], [3])
                == "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1")
        #expect(
            Broadcasting.mismatch([4, 3, 2], [5, 1])
                == "The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1")
        #expect(Broadcasting.mismatch([2, 3], [3]) == nil)
        #expect(Broadcasting.mismatch([2, 1], [1, 5]) == nil)
        #expect(Broadcasting.mismatch([], [7]) == nil)
        #expect(
            Broadcasting.expandMismatch(from: [2], to: [2, 3])
                == "The expanded size of the tensor (3) must match the existing size (2) at non-singleton dimension 1.  "
                + "Target sizes: [2, 3].  Tensor sizes: [2]")
        #expect(
            Broadcasting.expandMismatch(from: [1, 3], to: [3])?.hasPrefix("expand: the number of sizes provided (1)")
                == true)
        #expect(Broadcasting.expandMismatch(from: [3], to: [2, 3]) == nil)
    }

    @Test func matmulNamesTheInnerSizes() {
        #expect(Tensor.mmProblem([2, 3], [2, 3]) == "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)")
        #expect(
            Tensor.mmProblem([3, 2], [2, 3], transposeA: true)
                == "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)")
        #expect(Tensor.mmProblem([2, 3], [3, 4]) == nil)
        #expect(Tensor.mmProblem([2], [2, 3]) == "mm: both operands must be 2-D, got shapes [2] and [2, 3]")
        #expect(Tensor.matmulProblem([3], [2]) == "dot: 1-D tensors must have the same size, got 3 and 2")
        #expect(Tensor.matmulProblem([2, 3], [2]) == "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x1)")
        #expect(Tensor.matmulProblem([2], [3, 4]) == "mat1 and mat2 shapes cannot be multiplied (1x2 and 3x4)")
        #expect(Tensor.matmulProblem([5, 2, 3], [4, 6]) == "mat1 and mat2 shapes cannot be multiplied (10x3 and 4x6)")
        #expect(
            Tensor.matmulProblem([2, 3], [2, 3, 4])?.hasPrefix("matmul: shapes [2, 3] and [2, 3, 4] are not supported")
                == true)
        for (a, b) in [([3], [3]), ([2, 3], [3, 4]), ([2, 3], [3]), ([3], [3, 4]), ([5, 2, 3], [3, 4])] {
            #expect(Tensor.matmulProblem(a, b) == nil, "\(a) · \(b)")
        }
    }

    @Test func reshapeNamesTheShapeAndTheSize() {
        #expect(Tensor.reshapeProblem([2, 4], count: 6) == "shape '[2, 4]' is invalid for input of size 6")
        #expect(Tensor.reshapeProblem([-1, 4], count: 6) == "shape '[-1, 4]' is invalid for input of size 6")
        #expect(Tensor.reshapeProblem([-1, -1], count: 6) == "only one dimension can be inferred")
        #expect(Tensor.reshapeProblem([-2, 3], count: 6) == "invalid shape dimension -2")
        #expect(Tensor.reshapeProblem([-1, 3], count: 6) == nil)
        #expect(Tensor.reshapeProblem([3, 2], count: 6) == nil)
    }

    @Test func catNamesTheTensorThatDiffers() {
        #expect(Tensor.catProblem([]) == "cat(): expected a non-empty list of Tensors")
        #expect(
            Tensor.catProblem([[2, 3], [1, 3], [4, 2]])
                == "Sizes of tensors must match except in dimension 0. Expected size 3 but got size 2 for tensor number 2 in the list."
        )
        #expect(Tensor.catProblem([[2, 3], [3]]) == "Tensors must have same number of dimensions: got 2 and 1")
        #expect(Tensor.catProblem([[2, 3], [5, 3]]) == nil)
    }

    @Test func dtypesAreNamedAsPyTorchNamesThem() {
        #expect(
            crossEntropyProblem(logits: Tensor([[1.0, 2.0]]), targets: Tensor([0.0]))
                == "crossEntropy: expected scalar type Long but found Float (targets are int64 class indices, e.g. `.long()`)"
        )
        #expect(crossEntropyProblem(logits: Tensor([[1.0, 2.0]]), targets: Tensor([0])) == nil)
        #expect(
            crossEntropyProblem(logits: Tensor([[1.0, 2.0]]), targets: Tensor([0, 1]))?
                .hasPrefix("crossEntropy: Expected input batch_size (1) to match target batch_size (2)") == true)
        #expect(Tensor.boolNegation.hasPrefix("Negation, the `-` operator, on a bool tensor is not supported."))
        #expect(DType.allCases.map(\.torchScalarName) == ["Bool", "Long", "Float", "Double"])
    }

    @Test func indicesAndDimensionsOutOfRange() {
        #expect(Tensor.indexProblem(5, shape: [3, 2]) == "index 5 is out of bounds for dimension 0 with size 3")
        #expect(Tensor.indexProblem(-4, shape: [3]) == "index -4 is out of bounds for dimension 0 with size 3")
        #expect(Tensor.indexProblem(-3, shape: [3]) == nil)
        #expect(Tensor.indexProblem(0, shape: []) == Tensor.zeroDimensionalIndex)
        #expect(Tensor.sliceProblem(1..<5, shape: [3]) == "rows 1..<5 are out of bounds for dimension 0 with size 3")
        #expect(Tensor.sliceProblem(1..<3, shape: [3]) == nil)
        #expect(
            Tensor.dimensionOutOfRange(2, rank: 2)
                == "Dimension out of range (expected to be in range of [-2, 1], but got 2)")
        #expect(
            Tensor.dimensionOutOfRange(1, rank: 0)
                == "Dimension out of range (expected to be in range of [-1, 0], but got 1)")
    }

    @Test func backwardNeedsAScalarThatRequiresGrad() {
        let vector = Tensor([1.0, 2.0], requiresGrad: true)
        #expect(
            vector.backwardProblem(gradientShape: nil)?
                .hasPrefix("grad can be implicitly created only for scalar outputs (this tensor has shape [2];") == true
        )
        #expect(vector.backwardProblem(gradientShape: [2]) == nil)
        #expect(
            vector.backwardProblem(gradientShape: [3])
                == "Mismatch in shape: grad_output[0] has a shape of [3] and output[0] has a shape of [2].")
        let constant = Tensor([1.0, 2.0]).sum()
        #expect(
            constant.backwardProblem(gradientShape: nil)?
                .hasPrefix("element 0 of tensors does not require grad and does not have a grad_fn") == true)
        #expect(vector.sum().backwardProblem(gradientShape: nil) == nil)
    }

    @Test func hyperparametersOutOfRange() {
        #expect(
            SGD.problem(lr: -0.1, momentum: 0, weightDecay: 0)
                == "Invalid learning rate: -0.1 (SGD's lr must not be negative)")
        #expect(
            SGD.problem(lr: .nan, momentum: 0, weightDecay: 0)
                == "Invalid learning rate: nan (SGD's lr must not be negative)")
        #expect(
            SGD.problem(lr: 0.1, momentum: -0.9, weightDecay: 0)
                == "Invalid momentum value: -0.9 (SGD's momentum must not be negative)")
        #expect(
            SGD.problem(lr: 0.1, momentum: 0, weightDecay: -1)
                == "Invalid weight_decay value: -1.0 (SGD's weightDecay must not be negative)")
        #expect(SGD.problem(lr: 0, momentum: 0.9, weightDecay: 1e-4) == nil)
        #expect(
            Adam.problem(lr: -1e-3, betas: (0.9, 0.999), eps: 1e-8)
                == "Invalid learning rate: -0.001 (Adam's lr must not be negative)")
        #expect(
            Adam.problem(lr: 1e-3, betas: (0.9, 1.0), eps: 1e-8)
                == "Invalid beta parameter at index 1: 1.0 (Adam's betas must be in [0, 1))")
        #expect(
            Adam.problem(lr: 1e-3, betas: (0.9, 0.999), eps: -1)
                == "Invalid epsilon value: -1.0 (Adam's eps must not be negative)")
        #expect(Adam.problem(lr: 1e-3, betas: (0.9, 0.999), eps: 1e-8) == nil)
    }

    @Test func theLineOnStderrStartsWithItsKind() {
        #expect(
            UsageError.line("shape '[2, 4]' is invalid for input of size 6")
                == "Usage error: shape '[2, 4]' is invalid for input of size 6")
    }
}

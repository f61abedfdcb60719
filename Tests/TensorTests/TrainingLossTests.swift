import Foundation
import Testing

@testable import Activations
@testable import Tensors

@Suite struct TrainingLossTests {
    @Test func mseLossByHand() {
        let loss = mseLoss(Tensor([1.0, 2.0, 3.0]), Tensor([1.0, 0.0, 0.0]))
        #expect(abs(loss.item() - 13.0 / 3.0) < 1e-6)
        #expect(abs(mseLoss(Tensor([1.0, 2.0, 3.0]), Tensor([1.0, 0.0, 0.0]), reduction: .sum).item() - 13) < 1e-6)
        #expect(MSELoss()(Tensor([2.0]), Tensor([2.0])).item() == 0)
    }

    @Test func crossEntropyByHand() {
        // −log softmax([1, 2, 3])[2] = log(1 + e⁻¹ + e⁻²).
        let loss = crossEntropy(Tensor([[1.0, 2.0, 3.0]], dtype: .float64), Tensor([2]))
        #expect(abs(loss.item() - log(1 + exp(-1.0) + exp(-2.0))) < 1e-14)
        // Two rows: the mean of the two rows' losses; equal logits cost log C.
        let two = CrossEntropyLoss()(Tensor([[0.0, 0.0], [5.0, 5.0]], dtype: .float64), Tensor([0, 1]))
        #expect(abs(two.item() - log(2.0)) < 1e-14)
    }

    @Test func crossEntropyOfOneSampleAndSumReduction() {
        let target = Tensor(shape: [], scalars: [0], dtype: .int64)
        let single = crossEntropy(Tensor([1.0, 2.0, 3.0], dtype: .float64), target)
        #expect(abs(single.item() - (log(exp(1.0) + exp(2.0) + exp(3.0)) - 1)) < 1e-14)
        let logits = Tensor([[1.0, 2.0], [3.0, 1.0]], dtype: .float64)
        let targets = Tensor([0, 0])
        let sum = crossEntropy(logits, targets, reduction: .sum).item()
        #expect(abs(sum - 2 * crossEntropy(logits, targets).item()) < 1e-14)
    }

    @Test func crossEntropyIsStableForHugeLogits() {
        let loss = crossEntropy(Tensor([[1000.0, 0.0], [-1000.0, 1000.0]]), Tensor([1, 1]))
        #expect(loss.item().isFinite)
        #expect(abs(loss.item() - 500) < 1e-3)  // row 1 costs 1000, row 2 costs ≈ 0
    }

    @Test func binaryCrossEntropyWithLogitsByHand() {
        let zero = binaryCrossEntropyWithLogits(Tensor([0.0]), Tensor([1.0]))
        #expect(abs(zero.item() - log(2.0)) < 1e-6)
        // −[y log σ(x) + (1 − y) log(1 − σ(x))] for x = 2, y = 0.25.
        let s = 1 / (1 + exp(-2.0))
        let expected = -(0.25 * log(s) + 0.75 * log(1 - s))
        let value = BCEWithLogitsLoss()(Tensor([2.0], dtype: .float64), Tensor([0.25], dtype: .float64))
        #expect(abs(value.item() - expected) < 1e-14)
        let huge = binaryCrossEntropyWithLogits(Tensor([1000.0, -1000.0]), Tensor([0.0, 1.0]))
        #expect(abs(huge.item() - 1000) < 1e-3)
    }

    @Test func lossNodesHavePyTorchNames() {
        let x = Tensor([[0.5, -0.5]], requiresGrad: true)
        #expect(mseLoss(x, Tensor([[1.0, 1.0]])).gradFn?.name == "MseLossBackward0")
        #expect(crossEntropy(x, Tensor([1])).gradFn?.name == "NllLossBackward0")
        #expect(
            binaryCrossEntropyWithLogits(x, Tensor([[1.0, 0.0]])).gradFn?.name
                == "BinaryCrossEntropyWithLogitsBackward0")
        #expect(mseLoss(x, Tensor([[1.0, 1.0]])).dtype == .float32)
    }

    /// Property-style: on many random shapes and values, the gradient from `backward()` matches central
    /// finite differences of the loss in `Double`, for the input and (where differentiable) the target.
    @Test func gradientsMatchFiniteDifferences() throws {
        var generator = Generator(seed: 2024)
        for trial in 0..<30 {
            let rows = 1 + generator.nextInt(below: 5)
            let classes = 2 + generator.nextInt(below: 4)
            let reduction: LossReduction = trial % 3 == 0 ? .sum : .mean
            let logits = (0..<(rows * classes)).map { _ in 6 * generator.nextDouble() - 3 }
            let other = (0..<(rows * classes)).map { _ in generator.nextDouble() }
            let labels = (0..<rows).map { _ in generator.nextInt(below: classes) }
            let shape = [rows, classes]

            try checkGradients(logits, other, shape: shape, differentiableTarget: true) {
                mseLoss($0, $1, reduction: reduction)
            }
            try checkGradients(logits, other, shape: shape, differentiableTarget: true) {
                binaryCrossEntropyWithLogits($0, $1, reduction: reduction)
            }
            try checkGradients(logits, nil, shape: shape, differentiableTarget: false) { x, _ in
                crossEntropy(x, Tensor(labels), reduction: reduction)
            }
        }
    }

    private func checkGradients(
        _ input: [Double], _ target: [Double]?, shape: [Int], differentiableTarget: Bool,
        _ loss: (Tensor, Tensor) -> Tensor
    ) throws {
        let targetValues = target ?? input
        let x = Tensor(shape: shape, scalars: input, dtype: .float64).requiringGrad()
        let y = Tensor(shape: shape, scalars: targetValues, dtype: .float64).requiringGrad(differentiableTarget)
        loss(x, y).backward()
        let h = 1e-6
        func value(_ a: [Double], _ b: [Double]) -> Double {
            loss(Tensor(shape: shape, scalars: a, dtype: .float64), Tensor(shape: shape, scalars: b, dtype: .float64))
                .item()
        }
        let dx = try #require(x.grad).scalars
        for i in input.indices {
            var plus = input
            var minus = input
            plus[i] += h
            minus[i] -= h
            let numeric = (value(plus, targetValues) - value(minus, targetValues)) / (2 * h)
            #expect(abs(dx[i] - numeric) < 1e-6 * max(1, abs(numeric)), "input \(i) of shape \(shape)")
        }
        guard differentiableTarget else { return }
        let dy = try #require(y.grad).scalars
        for i in targetValues.indices {
            var plus = targetValues
            var minus = targetValues
            plus[i] += h
            minus[i] -= h
            let numeric = (value(input, plus) - value(input, minus)) / (2 * h)
            #expect(abs(dy[i] - numeric) < 1e-6 * max(1, abs(numeric)), "target \(i) of shape \(shape)")
        }
    }

    @Test func accuracyCountsArgmaxAndBinaryPredictions() {
        let logits = Tensor([[2.0, 1.0], [0.0, 3.0], [1.0, 1.0], [5.0, -5.0]])
        #expect(accuracy(logits, Tensor([0, 1, 0, 1])) == 0.75)  // tie picks the first class
        #expect(accuracy(Tensor([[0.5], [-0.5], [2.0]]), Tensor([1, 0, 0])) == 2.0 / 3.0)
    }
}

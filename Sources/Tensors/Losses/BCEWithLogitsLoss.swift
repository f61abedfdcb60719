import Activations
import Foundation

/// Binary cross-entropy on logits (`torch.nn.functional.binary_cross_entropy_with_logits`): with
/// p = sigmoid(x), the mean of −[y log p + (1 − y) log(1 − p)], computed in the stable form
/// max(x, 0) − x·y + log(1 + e^−|x|), so that logits of ±1000 give finite losses.
///
/// `input` holds logits, `target` the labels in [0, 1] as floats, same shape (e.g. `[N, 1]`). The
/// gradient with respect to the logits is (sigmoid(x) − y) / N. Prints with
/// `grad_fn=<BinaryCrossEntropyWithLogitsBackward0>`.
public func binaryCrossEntropyWithLogits(
    _ input: Tensor, _ target: Tensor, reduction: LossReduction = .mean
) -> Tensor {
    usageCheck(
        input.shape == target.shape,
        "binaryCrossEntropyWithLogits: Target size (\(target.shape)) must be the same as input size (\(input.shape))")
    let x = input.scalars
    let y = target.scalars
    let scale = reduction.scale(count: x.count)
    var total = 0.0
    for (xi, yi) in zip(x, y) {
        total += Swift.max(xi, 0) - xi * yi + log1p(exp(-Swift.abs(xi)))
    }
    let dtype = DType.promote(input.dtype, target.dtype).floatingResult
    return Tensor.loss(
        total * scale, dtype: dtype, node: "BinaryCrossEntropyWithLogitsBackward0",
        inputs: [input, target]
    ) { g in
        let sigmoid = Sigmoid()
        let dx = zip(x, y).map { (sigmoid($0) - $1) * scale * g }
        let dy = x.map { -$0 * scale * g }
        return [
            Tensor(shape: input.shape, scalars: dx, dtype: input.dtype),
            target.dtype.isFloatingPoint ? Tensor(shape: target.shape, scalars: dy, dtype: target.dtype) : nil,
        ]
    }
}

/// `torch.nn.BCEWithLogitsLoss` as a value: `BCEWithLogitsLoss()(logits, targets)`.
public struct BCEWithLogitsLoss: Sendable {
    public var reduction: LossReduction
    public init(reduction: LossReduction = .mean) { self.reduction = reduction }
    public func callAsFunction(_ input: Tensor, _ target: Tensor) -> Tensor {
        binaryCrossEntropyWithLogits(input, target, reduction: reduction)
    }
}

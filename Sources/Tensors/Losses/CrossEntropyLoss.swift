import Activations
import Foundation

/// The cross-entropy between class scores and class indices (`torch.nn.functional.cross_entropy`):
/// the mean over rows (or with `reduction: .sum`, the sum) of −log softmax(logits)[target].
///
/// - Parameters:
///   - logits: raw scores, shape `[N, C]` (a batch) or `[C]` (one sample); not probabilities.
///   - targets: class indices in `0..<C`, an `int64` tensor of shape `[N]` (or `[]` for one sample).
///
/// The log-softmax (``logSoftmax(_:)-([Double])``, in `Double`) subtracts each row's maximum first, so
/// huge logits neither overflow nor give NaN.
/// The gradient with respect to the logits is (softmax − one-hot) / N. The result prints with
/// `grad_fn=<NllLossBackward0>`, as PyTorch's does (log-softmax followed by NLL).
public func crossEntropy(_ logits: Tensor, _ targets: Tensor, reduction: LossReduction = .mean) -> Tensor {
    precondition(targets.dtype == .int64, "crossEntropy: targets must be int64 class indices, got \(targets.dtype)")
    precondition(logits.rank == 2 || logits.rank == 1,
                 "crossEntropy: logits must be [N, C] or [C], got \(logits.shape)")
    let classes = logits.shape.last!
    let rows = logits.rank == 2 ? logits.shape[0] : 1
    precondition(targets.count == rows && targets.rank == logits.rank - 1,
                 "crossEntropy: targets shape \(targets.shape) does not match logits shape \(logits.shape)")
    let labels = targets.ints
    let values = logits.scalars
    let scale = reduction.scale(count: rows)
    var total = 0.0
    var logProbabilities: [Double] = []
    logProbabilities.reserveCapacity(values.count)
    for row in 0..<rows {
        let label = labels[row]
        precondition((0..<classes).contains(label), "crossEntropy: target \(label) is not a class in 0..<\(classes)")
        let rowLogProbabilities = logSoftmax(Array(values[(row * classes)..<((row + 1) * classes)]))
        total -= rowLogProbabilities[label]
        logProbabilities += rowLogProbabilities
    }
    return Tensor.loss(total * scale, dtype: logits.dtype.floatingResult, node: "NllLossBackward0",
                       inputs: [logits]) { g in
        var dLogits = logProbabilities.map { exp($0) }  // softmax
        for row in 0..<rows {
            dLogits[row * classes + labels[row]] -= 1
        }
        return [Tensor(shape: logits.shape, scalars: dLogits.map { $0 * scale * g }, dtype: logits.dtype)]
    }
}

/// `torch.nn.CrossEntropyLoss` as a value: `CrossEntropyLoss()(logits, targets)`.
public struct CrossEntropyLoss: Sendable {
    public var reduction: LossReduction
    public init(reduction: LossReduction = .mean) { self.reduction = reduction }
    public func callAsFunction(_ logits: Tensor, _ targets: Tensor) -> Tensor {
        crossEntropy(logits, targets, reduction: reduction)
    }
}

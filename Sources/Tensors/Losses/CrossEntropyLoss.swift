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
    if let problem = crossEntropyProblem(logits: logits, targets: targets) { usageFailure(problem) }
    let classes = logits.shape.last!
    let rows = logits.rank == 2 ? logits.shape[0] : 1
    let labels = targets.ints
    let values = logits.scalars
    let scale = reduction.scale(count: rows)
    var total = 0.0
    var logProbabilities: [Double] = []
    logProbabilities.reserveCapacity(values.count)
    for row in 0..<rows {
        let label = labels[row]
        usageCheck(
            (0..<classes).contains(label), "crossEntropy: Target \(label) is out of bounds (classes are 0..<\(classes))"
        )
        let rowLogProbabilities = logSoftmax(Array(values[(row * classes)..<((row + 1) * classes)]))
        total -= rowLogProbabilities[label]
        logProbabilities += rowLogProbabilities
    }
    return Tensor.loss(
        total * scale, dtype: logits.dtype.floatingResult, node: "NllLossBackward0",
        inputs: [logits]
    ) { g in
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

/// The message when `crossEntropy` cannot take these tensors (PyTorch's where it has one), nil when it can.
func crossEntropyProblem(logits: Tensor, targets: Tensor) -> String? {
    if targets.dtype != .int64 {
        return "crossEntropy: expected scalar type Long but found \(targets.dtype.torchScalarName) "
            + "(targets are int64 class indices, e.g. `.long()`)"
    }
    if logits.rank != 2 && logits.rank != 1 {
        return "crossEntropy: logits must have shape [N, C] or [C], got \(logits.shape)"
    }
    let rows = logits.rank == 2 ? logits.shape[0] : 1
    if targets.count != rows || targets.rank != logits.rank - 1 {
        return "crossEntropy: Expected input batch_size (\(rows)) to match target batch_size (\(targets.count)); "
            + "logits have shape \(logits.shape), targets \(targets.shape)"
    }
    return nil
}

import Activations

/// The mean squared error between `input` and `target` (`torch.nn.functional.mse_loss`):
/// mean((input − target)²). Shapes must be equal (PyTorch only warns when they differ, which is nearly
/// always a bug). The result prints with `grad_fn=<MseLossBackward0>`.
public func mseLoss(_ input: Tensor, _ target: Tensor, reduction: LossReduction = .mean) -> Tensor {
    usageCheck(
        input.shape == target.shape,
        "mseLoss: input shape \(input.shape) differs from target shape \(target.shape); reshape one of them")
    let x = input.scalars
    let y = target.scalars
    let diff = zip(x, y).map { $0 - $1 }
    let scale = reduction.scale(count: diff.count)
    let value = diff.reduce(0) { $0 + $1 * $1 } * scale
    let dtype = DType.promote(input.dtype, target.dtype).floatingResult
    return Tensor.loss(value, dtype: dtype, node: "MseLossBackward0", inputs: [input, target]) { g in
        let dx = diff.map { 2 * $0 * scale * g }
        return [
            Tensor(shape: input.shape, scalars: dx, dtype: input.dtype),
            target.dtype.isFloatingPoint
                ? Tensor(shape: target.shape, scalars: dx.map { -$0 }, dtype: target.dtype) : nil,
        ]
    }
}

/// `torch.nn.MSELoss` as a value: `let criterion = MSELoss(); let loss = criterion(output, target)`.
public struct MSELoss: Sendable {
    public var reduction: LossReduction
    public init(reduction: LossReduction = .mean) { self.reduction = reduction }
    public func callAsFunction(_ input: Tensor, _ target: Tensor) -> Tensor {
        mseLoss(input, target, reduction: reduction)
    }
}

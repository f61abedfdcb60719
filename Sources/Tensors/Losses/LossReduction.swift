import Activations

/// How a loss combines the per-element losses (PyTorch's `reduction=` argument).
public enum LossReduction: Sendable {
    /// The average over elements (PyTorch's default).
    case mean
    /// The sum over elements.
    case sum

    /// The factor that turns a sum over `count` elements into this reduction.
    func scale(count: Int) -> Double {
        switch self {
        case .mean: count > 0 ? 1 / Double(count) : .nan  // PyTorch also gives NaN for an empty mean.
        case .sum: 1
        }
    }
}

extension Tensor {
    /// A 0-d loss value with a recorded backward pass. Losses compute their value and gradient in
    /// `Double` from the inputs' elements (two passes over small arrays), then give them the input's
    /// dtype; `backward` gets the incoming gradient as a `Double` and returns the inputs' gradients.
    static func loss(
        _ value: Double, dtype: DType, node: String, inputs: [Tensor],
        backward: @escaping (Double) -> [Tensor?]
    ) -> Tensor {
        Tensor(shape: [], scalars: [value], dtype: dtype)
            .recorded(node, inputs) { g in backward(g.item()) }
    }
}

import Activations

/// A node of the autograd graph: the operation that produced a tensor, the tensors it read, and how
/// to turn the gradient of its output into gradients of those inputs.
///
/// ``name`` is PyTorch's node name (`"ReluBackward0"`, `"AddmmBackward0"`, …), shown in a tensor's
/// repr as `grad_fn=<ReluBackward0>`.
public final class GradFn: @unchecked Sendable, CustomStringConvertible {
    /// PyTorch's name for the node, e.g. `"MulBackward0"`.
    public let name: String
    /// The operation's tensor inputs, in order; gradients flow to those that require them.
    let inputs: [Tensor]
    /// Given the gradient of the output, the gradient of each input (same order as `inputs`), `nil`
    /// where an input does not require one. Runs with gradient recording off.
    let backward: (Tensor) -> [Tensor?]

    init(name: String, inputs: [Tensor], backward: @escaping (Tensor) -> [Tensor?]) {
        self.name = name
        self.inputs = inputs
        self.backward = backward
    }

    /// The nodes this one feeds gradients into (like torch's `next_functions`, without leaves).
    public var nextFunctions: [GradFn] { inputs.compactMap(\.gradFn) }

    public var description: String { "<\(name)>" }
}

extension Tensor {
    /// Attaches a graph node to `self` when gradient recording is on and an input requires a gradient.
    /// Returns `self`, so that operations end with `return result.recorded(...)`.
    @discardableResult
    func recorded(_ name: String, _ inputs: [Tensor], backward: @escaping (Tensor) -> [Tensor?]) -> Tensor {
        guard GradMode.isEnabled, inputs.contains(where: \.requiresGrad) else { return self }
        requiresGrad = true
        gradFn = GradFn(name: name, inputs: inputs, backward: backward)
        return self
    }
}

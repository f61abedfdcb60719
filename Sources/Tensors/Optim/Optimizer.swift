import Activations

/// Updates parameters from their gradients (`torch.optim.Optimizer`).
///
/// The usual loop reads as in PyTorch:
/// ```swift
/// let optimizer = SGD(model.parameters, lr: 0.1, momentum: 0.9)
/// for _ in 0..<epochs {
///     optimizer.zeroGrad()
///     let loss = crossEntropy(model(x), y)
///     loss.backward()
///     optimizer.step()
/// }
/// ```
/// Parameters without a gradient (`grad == nil`) are skipped, as in PyTorch. Updates happen in place
/// and are not recorded by autograd.
public protocol Optimizer: AnyObject {
    /// The tensors this optimiser updates.
    var parameters: [Tensor] { get }
    /// The learning rate; schedulers change it between epochs.
    var lr: Double { get set }
    /// Performs one update of every parameter that has a gradient.
    func step()
}

extension Optimizer {
    /// Clears the gradients of all parameters (PyTorch's `set_to_none=True` default).
    public func zeroGrad() {
        for parameter in parameters {
            parameter.zeroGrad()
        }
    }
}

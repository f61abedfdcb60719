import Activations

/// Anything that can stand in a ``Sequential``: every ``Module`` and every activation function
/// (`ReLU()`, `Sigmoid()`, `PReLU()`, …), so that `Sequential(Linear(2, 8), ReLU(), Linear(8, 1))`
/// reads as it does in PyTorch.
///
/// The requirement is named `trainableParameters` rather than `parameters` because activations already
/// have `parameters` (their fixed hyper-parameters such as `negativeSlope`); modules get it for free.
public protocol Layer {
    /// The tensors an optimiser should update: a module's ``Module/parameters``, PReLU's weight, and
    /// nothing for the other activations.
    var trainableParameters: [Tensor] { get }
    /// Applies the layer to a batch.
    func callAsFunction(_ x: Tensor) -> Tensor
}

/// A building block of a network, shaped after `torch.nn.Module`: it owns trainable tensors and maps
/// an input tensor to an output tensor.
///
/// Write a model the way PyTorch's tutorials do; `parameters` lists every trainable tensor, usually by
/// concatenating the parameters of the sub-modules:
/// ```swift
/// final class SimpleNN: Module {
///     let fc = Linear(10, 5)
///     let relu = ReLU()
///     var parameters: [Tensor] { fc.parameters }
///     func callAsFunction(_ x: Tensor) -> Tensor { relu(fc(x)) }
/// }
/// ```
/// Modules are classes (`AnyObject`), as in PyTorch: an optimiser and the model see the same tensors.
public protocol Module: AnyObject, Layer {
    /// Every trainable tensor of the module and its sub-modules (`model.parameters()` in PyTorch),
    /// in a stable order.
    var parameters: [Tensor] { get }
    /// The forward pass (`forward` in PyTorch).
    func callAsFunction(_ x: Tensor) -> Tensor
}

extension Module {
    public var trainableParameters: [Tensor] { parameters }

    /// Clears the gradients of all parameters (`model.zero_grad()`).
    public func zeroGrad() {
        for parameter in parameters {
            parameter.zeroGrad()
        }
    }

    /// The number of trainable scalars, `sum(p.numel() for p in model.parameters())` in PyTorch.
    public var parameterCount: Int {
        parameters.reduce(0) { $0 + $1.count }
    }
}

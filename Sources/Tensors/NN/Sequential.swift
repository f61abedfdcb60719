import Activations

/// Layers applied one after another (`torch.nn.Sequential`).
///
/// ```swift
/// let model = Sequential(Linear(2, 8), ReLU(), Linear(8, 1))
/// let logits = model(x)
/// ```
/// Its parameters are those of its layers, in order (PReLU contributes its weight).
public final class Sequential: Module {
    /// The layers, in the order they are applied.
    public let layers: [any Layer]

    /// A network of the given layers, applied left to right.
    public init(_ layers: any Layer...) {
        self.layers = layers
    }

    /// A network of the given layers, applied in order.
    public init(_ layers: [any Layer]) {
        self.layers = layers
    }

    public var parameters: [Tensor] { layers.flatMap(\.trainableParameters) }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        layers.reduce(x) { $1($0) }
    }

    /// The number of layers.
    public var count: Int { layers.count }

    /// The layer at `index` (`model[0]` in PyTorch).
    public subscript(index: Int) -> any Layer { layers[index] }
}

import Activations

extension Tensor {
    /// Replaces this tensor's elements by those of `values` (same shape; converted to this dtype), in
    /// place and outside autograd, like PyTorch's in-place updates under `torch.no_grad()`.
    ///
    /// Optimisers and gradient clipping need this: the model, the optimiser and the user all hold the
    /// same parameter object, so an update must change that object rather than make a new tensor.
    func overwrite(with values: Tensor) {
        usageCheck(values.shape == shape, "overwrite: shape \(values.shape) differs from \(shape)")
        storage = values.storage.converted(to: dtype)
    }
}

import Activations

/// Rescales the gradients of `parameters` so that their total 2-norm is at most `maxNorm`
/// (`torch.nn.utils.clip_grad_norm_`), and returns the total norm before clipping.
///
/// The total norm is the 2-norm of all gradients taken together, as if concatenated into one vector
/// (computed in `Double`). Every gradient is multiplied by min(1, maxNorm / (total + 1e-6)), PyTorch's
/// formula; the 1e-6 keeps the factor finite for a zero gradient. Parameters without a gradient are
/// skipped. Typical use, between `backward()` and `step()`:
/// ```swift
/// loss.backward()
/// let norm = clipGradNorm(model.parameters, maxNorm: 1.0)
/// optimizer.step()
/// ```
@discardableResult
public func clipGradNorm(_ parameters: [Tensor], maxNorm: Double) -> Double {
    let gradients = parameters.compactMap(\.grad)
    // Per-tensor norms first, then the norm of those norms, as PyTorch does it.
    let norms = gradients.map { gradient in gradient.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    let total = norms.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let factor = Swift.min(maxNorm / (total + 1e-6), 1)
    noGrad {
        for gradient in gradients {
            gradient.overwrite(with: gradient * factor)
        }
    }
    return total
}

/// Clamps every gradient element of `parameters` into `[-clipValue, clipValue]`
/// (`torch.nn.utils.clip_grad_value_`). Parameters without a gradient are skipped.
public func clipGradValue(_ parameters: [Tensor], clipValue: Double) {
    usageCheck(clipValue >= 0, "clipGradValue: clipValue must not be negative, got \(clipValue)")
    noGrad {
        for gradient in parameters.compactMap(\.grad) {
            gradient.overwrite(with: gradient.clamp(min: -clipValue, max: clipValue))
        }
    }
}

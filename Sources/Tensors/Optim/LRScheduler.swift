import Activations

/// A learning-rate schedule driven by epochs, like `torch.optim.lr_scheduler`'s epoch-based schedulers.
///
/// Call `step()` once per epoch, after the optimiser's steps; the scheduler writes the new rate into
/// the optimiser's `lr`. Rates are updated recursively (`lr *= gamma`), as PyTorch's schedulers do,
/// so printed sequences match PyTorch's digit for digit (e.g. `0.1, 0.010000000000000002`).
public protocol LRScheduler: AnyObject {
    /// Advances the schedule by one epoch.
    func step()
    /// The learning rate the scheduler set last (`get_last_lr()` in PyTorch, one group).
    var lastLR: Double { get }
}

/// Multiplies the learning rate by `gamma` every `stepSize` epochs (`torch.optim.lr_scheduler.StepLR`).
///
/// With `lr = 0.1, stepSize: 30, gamma: 0.1`: epochs 0–29 use 0.1, epochs 30–59 use 0.01, and so on.
public final class StepLR: LRScheduler {
    public let optimizer: any Optimizer
    public let stepSize: Int
    public let gamma: Double
    /// Epochs stepped so far.
    public private(set) var epoch = 0
    public private(set) var lastLR: Double

    public init(_ optimizer: any Optimizer, stepSize: Int, gamma: Double = 0.1) {
        usageCheck(stepSize >= 1, "StepLR: stepSize must be at least 1, got \(stepSize)")
        self.optimizer = optimizer
        self.stepSize = stepSize
        self.gamma = gamma
        self.lastLR = optimizer.lr
    }

    public func step() {
        epoch += 1
        if epoch % stepSize == 0 {
            optimizer.lr *= gamma
        }
        lastLR = optimizer.lr
    }
}

/// Multiplies the learning rate by `gamma` every epoch (`torch.optim.lr_scheduler.ExponentialLR`).
public final class ExponentialLR: LRScheduler {
    public let optimizer: any Optimizer
    public let gamma: Double
    /// Epochs stepped so far.
    public private(set) var epoch = 0
    public private(set) var lastLR: Double

    public init(_ optimizer: any Optimizer, gamma: Double) {
        self.optimizer = optimizer
        self.gamma = gamma
        self.lastLR = optimizer.lr
    }

    public func step() {
        epoch += 1
        optimizer.lr *= gamma
        lastLR = optimizer.lr
    }
}

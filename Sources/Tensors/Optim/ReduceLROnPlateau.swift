import Activations

/// Lowers the learning rate when a metric has stopped improving
/// (`torch.optim.lr_scheduler.ReduceLROnPlateau` with `threshold_mode="rel"`).
///
/// Call `step(_:)` once per epoch with the monitored value: a loss (`mode: .min`, the default) or a
/// score such as accuracy (`mode: .max`). A loss counts as an improvement when it is below
/// `best * (1 - threshold)`, a score when it is above `best * (1 + threshold)`. After more than
/// `patience` epochs without improvement the rate is multiplied by `factor` (never below `minLR`), then
/// `cooldown` epochs pass before counting again.
/// Unlike the epoch-based schedulers it needs the metric, so it has no plain `step()`.
public final class ReduceLROnPlateau {
    /// Whether the monitored value should go down (a loss) or up (an accuracy).
    public enum Mode: Sendable {
        case min, max
    }

    public let optimizer: any Optimizer
    public let mode: Mode
    public let factor: Double
    public let patience: Int
    public let threshold: Double
    public let cooldown: Int
    public let minLR: Double
    /// Changes of the rate smaller than this are ignored, as in PyTorch.
    public let eps: Double
    /// The best metric so far (starts at +∞ for `.min`, −∞ for `.max`).
    public private(set) var best: Double
    /// Epochs in a row without improvement.
    public private(set) var numBadEpochs = 0
    public private(set) var lastLR: Double
    private var cooldownCounter = 0

    public init(
        _ optimizer: any Optimizer, mode: Mode = .min, factor: Double = 0.1, patience: Int = 10,
        threshold: Double = 1e-4, cooldown: Int = 0, minLR: Double = 0, eps: Double = 1e-8
    ) {
        usageCheck(factor < 1, "Factor should be < 1.0. (ReduceLROnPlateau got factor \(factor))")
        self.optimizer = optimizer
        self.mode = mode
        self.best = mode == .min ? .infinity : -.infinity
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.cooldown = cooldown
        self.minLR = minLR
        self.eps = eps
        self.lastLR = optimizer.lr
    }

    /// Records one epoch's metric and lowers the rate if it has plateaued.
    public func step(_ metric: Double) {
        let improved = mode == .min ? metric < best * (1 - threshold) : metric > best * (1 + threshold)
        if improved {
            best = metric
            numBadEpochs = 0
        } else {
            numBadEpochs += 1
        }
        if cooldownCounter > 0 {
            cooldownCounter -= 1
            numBadEpochs = 0  // PyTorch ignores bad epochs during cooldown.
        }
        if numBadEpochs > patience {
            let old = optimizer.lr
            let new = Swift.max(old * factor, minLR)
            if old - new > eps {
                optimizer.lr = new
            }
            cooldownCounter = cooldown
            numBadEpochs = 0
        }
        lastLR = optimizer.lr
    }
}

import Activations

/// Stops training once the monitored loss has stopped improving, as the usual PyTorch training
/// loops do by hand.
///
/// Call `shouldStop(_:)` once per epoch with that epoch's (validation) loss. A loss counts as an
/// improvement only when it beats the best loss so far by more than `minDelta`; after `patience`
/// epochs in a row without improvement, `shouldStop(_:)` returns `true`.
///
/// ```swift
/// let stopper = EarlyStopping(patience: 5, minDelta: 1e-4)
/// for epoch in 0..<1000 {
///     let loss = trainOneEpoch()
///     if stopper.shouldStop(loss) { break }
/// }
/// print(stopper.bestEpoch, stopper.bestLoss)
/// ```
public final class EarlyStopping {
    /// Epochs without improvement that are tolerated before stopping.
    public let patience: Int
    /// How much lower than the best loss a loss must be to count as an improvement.
    public let minDelta: Double
    /// The lowest loss seen so far (`+infinity` before the first call).
    public private(set) var bestLoss: Double = .infinity
    /// The 0-based epoch (call of `shouldStop(_:)`) that gave `bestLoss`; 0 before the first call.
    public private(set) var bestEpoch = 0
    /// Epochs in a row without improvement.
    public private(set) var epochsWithoutImprovement = 0
    /// Number of losses seen so far.
    public private(set) var epoch = 0

    /// - Parameters:
    ///   - patience: epochs without improvement to tolerate before stopping; at least 1.
    ///   - minDelta: minimum decrease of the loss that counts as an improvement; not negative.
    public init(patience: Int = 5, minDelta: Double = 0) {
        usageCheck(patience >= 1, "EarlyStopping: patience must be at least 1, got \(patience)")
        usageCheck(minDelta >= 0, "EarlyStopping: minDelta must not be negative, got \(minDelta)")
        self.patience = patience
        self.minDelta = minDelta
    }

    /// Records one epoch's loss and tells whether training should stop now.
    ///
    /// A NaN loss never counts as an improvement, so a diverging run stops after `patience` epochs.
    public func shouldStop(_ loss: Double) -> Bool {
        if loss < bestLoss - minDelta {
            bestLoss = loss
            bestEpoch = epoch
            epochsWithoutImprovement = 0
        } else {
            epochsWithoutImprovement += 1
        }
        epoch += 1
        return epochsWithoutImprovement >= patience
    }
}

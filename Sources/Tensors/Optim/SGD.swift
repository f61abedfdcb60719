import Activations

/// Stochastic gradient descent with optional momentum and weight decay (`torch.optim.SGD`).
///
/// Each step follows PyTorch's formula (dampening 0, no Nesterov):
/// ```
/// g = grad + weightDecay · p
/// b = g                       on the first step,
/// b = momentum · b + g        afterwards (when momentum ≠ 0), and then g = b
/// p = p − lr · g
/// ```
public final class SGD: Optimizer {
    public let parameters: [Tensor]
    public var lr: Double
    public let momentum: Double
    public let weightDecay: Double
    /// Momentum buffers, one per parameter, created on its first step.
    private var buffers: [Tensor?]

    public init(_ parameters: [Tensor], lr: Double, momentum: Double = 0, weightDecay: Double = 0) {
        if let problem = SGD.problem(lr: lr, momentum: momentum, weightDecay: weightDecay) { usageFailure(problem) }
        self.parameters = parameters
        self.lr = lr
        self.momentum = momentum
        self.weightDecay = weightDecay
        self.buffers = Array(repeating: nil, count: parameters.count)
    }

    /// PyTorch's message for a hyperparameter out of range, nil when all are valid:
    /// "Invalid learning rate: -0.1 (SGD's lr must not be negative)".
    static func problem(lr: Double, momentum: Double, weightDecay: Double) -> String? {
        if !(lr >= 0) { return "Invalid learning rate: \(lr) (SGD's lr must not be negative)" }
        if !(momentum >= 0) { return "Invalid momentum value: \(momentum) (SGD's momentum must not be negative)" }
        if !(weightDecay >= 0) {
            return "Invalid weight_decay value: \(weightDecay) (SGD's weightDecay must not be negative)"
        }
        return nil
    }

    public func step() {
        noGrad {
            for (index, parameter) in parameters.enumerated() {
                guard var g = parameter.grad else { continue }
                if weightDecay != 0 {
                    g = g + parameter * weightDecay
                }
                if momentum != 0 {
                    let buffer = buffers[index].map { $0 * momentum + g } ?? g.clone()
                    buffers[index] = buffer
                    g = buffer
                }
                parameter.overwrite(with: parameter - g * lr)
            }
        }
    }
}

import Activations
import Foundation

/// Adam (`torch.optim.Adam`, without AMSGrad). Weight decay is L2 decay added to the gradient, as in
/// PyTorch's default, or with `decoupledWeightDecay: true` AdamW's decay of the weights themselves
/// (`torch.optim.AdamW`, whose default `weightDecay` is 0.01).
///
/// Each step t = 1, 2, … follows PyTorch's formula:
/// ```
/// g = grad + weightDecay · p        (p = p · (1 − lr · weightDecay) instead, when decoupled)
/// m = β₁ m + (1 − β₁) g
/// v = β₂ v + (1 − β₂) g²
/// p = p − lr / (1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + eps)
/// ```
public final class Adam: Optimizer {
    public let parameters: [Tensor]
    public var lr: Double
    public let betas: (Double, Double)
    public let eps: Double
    public let weightDecay: Double
    public let decoupledWeightDecay: Bool
    /// Steps taken so far, per parameter (a parameter without a gradient is not stepped).
    private var steps: [Int]
    private var firstMoments: [Tensor?]
    private var secondMoments: [Tensor?]

    /// PyTorch's message for a hyperparameter out of range, nil when all are valid:
    /// "Invalid beta parameter at index 1: 1.0 (Adam's betas must be in [0, 1))".
    static func problem(lr: Double, betas: (Double, Double), eps: Double) -> String? {
        if !(lr >= 0) { return "Invalid learning rate: \(lr) (Adam's lr must not be negative)" }
        for (index, beta) in [betas.0, betas.1].enumerated() where !(0..<1).contains(beta) {
            return "Invalid beta parameter at index \(index): \(beta) (Adam's betas must be in [0, 1))"
        }
        if !(eps >= 0) { return "Invalid epsilon value: \(eps) (Adam's eps must not be negative)" }
        return nil
    }

    public init(
        _ parameters: [Tensor], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
        eps: Double = 1e-8, weightDecay: Double = 0, decoupledWeightDecay: Bool = false
    ) {
        if let problem = Adam.problem(lr: lr, betas: betas, eps: eps) { usageFailure(problem) }
        self.parameters = parameters
        self.lr = lr
        self.betas = betas
        self.eps = eps
        self.weightDecay = weightDecay
        self.decoupledWeightDecay = decoupledWeightDecay
        self.steps = Array(repeating: 0, count: parameters.count)
        self.firstMoments = Array(repeating: nil, count: parameters.count)
        self.secondMoments = Array(repeating: nil, count: parameters.count)
    }

    public func step() {
        let (beta1, beta2) = betas
        noGrad {
            for (index, parameter) in parameters.enumerated() {
                guard var g = parameter.grad else { continue }
                if weightDecay != 0 {
                    if decoupledWeightDecay {
                        parameter.overwrite(with: parameter * (1 - lr * weightDecay))
                    } else {
                        g = g + parameter * weightDecay
                    }
                }
                steps[index] += 1
                let t = Double(steps[index])
                let m = (firstMoments[index] ?? Tensor.zeros(like: parameter)) * beta1 + g * (1 - beta1)
                let v = (secondMoments[index] ?? Tensor.zeros(like: parameter)) * beta2 + g * g * (1 - beta2)
                firstMoments[index] = m
                secondMoments[index] = v
                let biasCorrection1 = 1 - pow(beta1, t)
                let biasCorrection2Sqrt = (1 - pow(beta2, t)).squareRoot()
                let stepSize = lr / biasCorrection1
                let denominator = v.sqrt() / biasCorrection2Sqrt + eps
                parameter.overwrite(with: parameter - m / denominator * stepSize)
            }
        }
    }
}

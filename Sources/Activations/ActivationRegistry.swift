/// Every activation of the library, for the reference pages and plots.
///
/// Each entry has a stable `id` (a file name for its page and figures) and an instance with PyTorch's
/// default parameters (PReLU as `ParametricReLU` at its initial slope 0.25). GELU appears twice, exact and with the
/// tanh approximation. Threshold has no PyTorch defaults; its entry uses threshold 1, value 0, which
/// shows the jump.
public enum ActivationRegistry {
    /// An activation and the stable identifier of its reference page.
    public struct Entry: Sendable {
        /// Lower-case, hyphenated, unique, e.g. `"leaky-relu"`, `"gelu-tanh"`.
        public let id: String
        public let activation: any DocumentedActivation
    }

    /// All entries, in the order of `torch.nn`'s list of non-linear activations.
    public static var entries: [Entry] {
        [
            Entry(id: "elu", activation: ELU()),
            Entry(id: "hardsigmoid", activation: Hardsigmoid()),
            Entry(id: "hardtanh", activation: Hardtanh()),
            Entry(id: "hardswish", activation: Hardswish()),
            Entry(id: "leaky-relu", activation: LeakyReLU()),
            Entry(id: "logsigmoid", activation: LogSigmoid()),
            Entry(id: "prelu", activation: ParametricReLU()),
            Entry(id: "relu", activation: ReLU()),
            Entry(id: "relu6", activation: ReLU6()),
            Entry(id: "selu", activation: SELU()),
            Entry(id: "celu", activation: CELU()),
            Entry(id: "gelu", activation: GELU()),
            Entry(id: "gelu-tanh", activation: GELU(approximate: .tanh)),
            Entry(id: "sigmoid", activation: Sigmoid()),
            Entry(id: "silu", activation: SiLU()),
            Entry(id: "mish", activation: Mish()),
            Entry(id: "softplus", activation: Softplus()),
            Entry(id: "softsign", activation: Softsign()),
            Entry(id: "tanh", activation: Tanh()),
            Entry(id: "tanhshrink", activation: Tanhshrink()),
            Entry(id: "threshold", activation: Threshold(threshold: 1, value: 0)),
        ]
    }

    /// The activations of `entries`, in the same order.
    public static var all: [any DocumentedActivation] { entries.map(\.activation) }

    /// The entry with this `id`, if any.
    public static func entry(id: String) -> Entry? {
        entries.first { $0.id == id }
    }
}

import Activations

/// Weight initialisation in place, like `torch.nn.init` (`kaiming_normal_`, `xavier_uniform_`, …):
/// `Init.kaimingNormal(layer.weight, nonlinearity: .relu)`.
///
/// Every function overwrites the tensor's elements without recording autograd (as PyTorch's run under
/// `no_grad`), keeps its shape and dtype, and draws from `generator` or, without one, from the global
/// generator (see ``manualSeed(_:)``). Fans follow PyTorch: for a `[out, in, k…]` weight,
/// fan-in = in · k…, fan-out = out · k…; a 1-d tensor has fan-in = fan-out = its length.
public enum Init {
    /// The activation a layer feeds, for ``calculateGain(_:param:)`` (PyTorch's `nonlinearity`).
    public enum Nonlinearity: Sendable {
        case linear, sigmoid, tanh, relu, leakyReLU, selu
    }

    /// Which fan scales the variance: `fanIn` keeps the forward pass's variance, `fanOut` the
    /// backward pass's.
    public enum FanMode: Sendable {
        case fanIn, fanOut
    }

    /// PyTorch's recommended gain for a nonlinearity (`torch.nn.init.calculate_gain`): 1 for linear
    /// and sigmoid, 5/3 for tanh, √2 for ReLU, √(2 / (1 + a²)) for leaky ReLU with slope `param`
    /// (default 0.01), 3/4 for SELU.
    public static func calculateGain(_ nonlinearity: Nonlinearity, param: Double? = nil) -> Double {
        switch nonlinearity {
        case .linear, .sigmoid: 1
        case .tanh: 5.0 / 3
        case .relu: 2.0.squareRoot()
        case .leakyReLU:
            (2.0 / (1 + (param ?? 0.01) * (param ?? 0.01))).squareRoot()
        case .selu: 3.0 / 4
        }
    }

    /// Fills `tensor` with U(low, high) (`uniform_`).
    public static func uniform(_ tensor: Tensor, low: Double = 0, high: Double = 1, generator: inout Generator) {
        tensor.overwrite(
            with: Tensor.uniform(
                shape: tensor.shape, low: low, high: high, generator: &generator,
                dtype: tensor.dtype))
    }

    /// Fills `tensor` with N(mean, std²) (`normal_`).
    public static func normal(_ tensor: Tensor, mean: Double = 0, std: Double = 1, generator: inout Generator) {
        let values = generator.normalDoubles(tensor.count).map { mean + std * $0 }
        tensor.overwrite(with: Tensor(shape: tensor.shape, scalars: values, dtype: tensor.dtype))
    }

    /// Fills `tensor` with `value` (`constant_`); `Init.constant(layer.bias, 0)` is `zeros_`.
    public static func constant(_ tensor: Tensor, _ value: Double) {
        tensor.overwrite(with: Tensor.full(tensor.shape, value: value, dtype: tensor.dtype))
    }

    /// Glorot/Xavier uniform (`xavier_uniform_`): U(−b, b) with b = gain · √(6 / (fan-in + fan-out)).
    public static func xavierUniform(_ tensor: Tensor, gain: Double = 1, generator: inout Generator) {
        let (fanIn, fanOut) = fans(of: tensor)
        let bound = gain * (6 / Double(fanIn + fanOut)).squareRoot()
        uniform(tensor, low: -bound, high: bound, generator: &generator)
    }

    /// Glorot/Xavier normal (`xavier_normal_`): N(0, σ²) with σ = gain · √(2 / (fan-in + fan-out)).
    public static func xavierNormal(_ tensor: Tensor, gain: Double = 1, generator: inout Generator) {
        let (fanIn, fanOut) = fans(of: tensor)
        normal(tensor, std: gain * (2 / Double(fanIn + fanOut)).squareRoot(), generator: &generator)
    }

    /// He/Kaiming uniform (`kaiming_uniform_`): U(−b, b) with b = √3 · gain / √fan, gain from
    /// `nonlinearity` and `a` (the leaky ReLU slope). Defaults as PyTorch's (`a = 0`, fan-in, leaky ReLU,
    /// i.e. gain √2). `Linear` uses it with `a = √5`.
    public static func kaimingUniform(
        _ tensor: Tensor, a: Double = 0, mode: FanMode = .fanIn,
        nonlinearity: Nonlinearity = .leakyReLU, generator: inout Generator
    ) {
        let bound = 3.0.squareRoot() * kaimingStd(tensor, a: a, mode: mode, nonlinearity: nonlinearity)
        uniform(tensor, low: -bound, high: bound, generator: &generator)
    }

    /// He/Kaiming normal (`kaiming_normal_`): N(0, σ²) with σ = gain / √fan; with ReLU, σ = √(2 / fan-in).
    public static func kaimingNormal(
        _ tensor: Tensor, a: Double = 0, mode: FanMode = .fanIn,
        nonlinearity: Nonlinearity = .leakyReLU, generator: inout Generator
    ) {
        normal(tensor, std: kaimingStd(tensor, a: a, mode: mode, nonlinearity: nonlinearity), generator: &generator)
    }

    // MARK: Global-generator forms

    /// ``uniform(_:low:high:generator:)`` from the global generator.
    public static func uniform(_ tensor: Tensor, low: Double = 0, high: Double = 1) {
        Generator.withDefault { uniform(tensor, low: low, high: high, generator: &$0) }
    }

    /// ``normal(_:mean:std:generator:)`` from the global generator.
    public static func normal(_ tensor: Tensor, mean: Double = 0, std: Double = 1) {
        Generator.withDefault { normal(tensor, mean: mean, std: std, generator: &$0) }
    }

    /// ``xavierUniform(_:gain:generator:)`` from the global generator.
    public static func xavierUniform(_ tensor: Tensor, gain: Double = 1) {
        Generator.withDefault { xavierUniform(tensor, gain: gain, generator: &$0) }
    }

    /// ``xavierNormal(_:gain:generator:)`` from the global generator.
    public static func xavierNormal(_ tensor: Tensor, gain: Double = 1) {
        Generator.withDefault { xavierNormal(tensor, gain: gain, generator: &$0) }
    }

    /// ``kaimingUniform(_:a:mode:nonlinearity:generator:)`` from the global generator.
    public static func kaimingUniform(
        _ tensor: Tensor, a: Double = 0, mode: FanMode = .fanIn,
        nonlinearity: Nonlinearity = .leakyReLU
    ) {
        Generator.withDefault { kaimingUniform(tensor, a: a, mode: mode, nonlinearity: nonlinearity, generator: &$0) }
    }

    /// ``kaimingNormal(_:a:mode:nonlinearity:generator:)`` from the global generator.
    public static func kaimingNormal(
        _ tensor: Tensor, a: Double = 0, mode: FanMode = .fanIn,
        nonlinearity: Nonlinearity = .leakyReLU
    ) {
        Generator.withDefault { kaimingNormal(tensor, a: a, mode: mode, nonlinearity: nonlinearity, generator: &$0) }
    }

    // MARK: Fans

    /// PyTorch's `_calculate_fan_in_and_fan_out`.
    static func fans(of tensor: Tensor) -> (fanIn: Int, fanOut: Int) {
        usageCheck(
            tensor.rank >= 1,
            "Fan in and fan out can not be computed for tensor with fewer than 1 dimensions (shape \(tensor.shape))")
        guard tensor.rank >= 2 else { return (tensor.count, tensor.count) }
        let receptiveField = tensor.shape.dropFirst(2).reduce(1, *)
        return (tensor.shape[1] * receptiveField, tensor.shape[0] * receptiveField)
    }

    private static func kaimingStd(_ tensor: Tensor, a: Double, mode: FanMode, nonlinearity: Nonlinearity) -> Double {
        let (fanIn, fanOut) = fans(of: tensor)
        let fan = Double(mode == .fanIn ? fanIn : fanOut)
        guard fan > 0 else { return 0 }  // an empty tensor: nothing to fill (PyTorch warns and returns)
        return calculateGain(nonlinearity, param: a) / fan.squareRoot()
    }
}

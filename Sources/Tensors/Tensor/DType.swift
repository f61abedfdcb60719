import Activations

/// The element type of a ``Tensor``, named after PyTorch's dtypes.
///
/// Promotion follows PyTorch: `bool < int64 < float32 < float64`, the result of a binary operation
/// takes the larger of its operands' dtypes, and true division of integers gives `float32`.
public enum DType: String, Sendable, CaseIterable {
    case bool
    case int64
    case float32
    case float64

    /// Whether the elements are `Float` or `Double`.
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

    /// PyTorch's spelling, e.g. `torch.float64`, as shown in a tensor's repr.
    public var torchName: String { "torch.\(rawValue)" }

    /// PyTorch's scalar type name in error messages ("expected scalar type Long but found Float").
    var torchScalarName: String {
        switch self {
        case .bool: "Bool"
        case .int64: "Long"
        case .float32: "Float"
        case .float64: "Double"
        }
    }

    var rank: Int {
        switch self {
        case .bool: 0
        case .int64: 1
        case .float32: 2
        case .float64: 3
        }
    }

    /// The dtype of a binary operation's result on operands of dtypes `a` and `b`.
    static func promote(_ a: DType, _ b: DType) -> DType { a.rank >= b.rank ? a : b }

    /// The dtype that floating-point operations (division, `exp`, `mean`, …) compute in.
    var floatingResult: DType { isFloatingPoint ? self : .float32 }
}

import Activations

/// An n-dimensional array of `Float`, `Double`, `Int64` or `Bool` elements with reverse-mode
/// automatic differentiation, shaped after `torch.Tensor`.
///
/// Tensors have reference semantics, like PyTorch's: assigning a tensor to another variable does not
/// copy it, and `grad` accumulates on the object itself. Elements are always contiguous and
/// row-major; `transpose` therefore copies, while `reshape` shares the elements until one side is
/// modified in place (copy-on-write).
///
/// Printing gives exactly what PyTorch's `repr` prints (see `Tensor+Description.swift`).
///
/// A tensor may be handed between threads, but must not be mutated (in-place updates, `grad`) from
/// two threads at once: like PyTorch, it is not internally synchronised.
public final class Tensor: @unchecked Sendable {
    /// The size of each dimension; `[]` for a 0-d tensor (a scalar).
    public let shape: [Int]
    var storage: TensorStorage

    /// Whether operations on this tensor are recorded for ``backward()``. Set it on leaves (inputs,
    /// parameters); results of recorded operations have it set automatically.
    public var requiresGrad: Bool
    /// The gradient accumulated by ``backward()`` on a leaf that requires it; `nil` until then.
    public var grad: Tensor?
    /// The node of the autograd graph that produced this tensor, `nil` for leaves.
    public internal(set) var gradFn: GradFn?

    init(shape: [Int], storage: TensorStorage, requiresGrad: Bool = false) {
        usageCheck(shape.allSatisfy { $0 >= 0 }, "negative dimension in shape \(shape)")
        usageCheck(
            shape.reduce(1, *) == storage.count,
            "shape \(shape) needs \(shape.reduce(1, *)) elements, got \(storage.count)")
        self.shape = shape
        self.storage = storage
        self.requiresGrad = requiresGrad
    }

    /// The element type.
    public var dtype: DType { storage.dtype }
    /// The number of elements (the product of `shape`).
    public var count: Int { storage.count }
    /// The number of dimensions.
    public var rank: Int { shape.count }
    /// PyTorch's `dim()`: the number of dimensions.
    public func dim() -> Int { shape.count }
    /// PyTorch's `numel()`: the number of elements.
    public func numel() -> Int { count }
    /// PyTorch's `size(dim)`, negative `dim` counting from the end.
    public func size(_ dim: Int) -> Int { shape[normalizedDim(dim)] }
    /// `true` for tensors created by the user rather than by a recorded operation.
    public var isLeaf: Bool { gradFn == nil }

    /// The only element of a one-element tensor, as a `Double` (like torch's `item()`).
    public func item() -> Double {
        usageCheck(
            count == 1, "a Tensor with \(count) elements cannot be converted to Scalar (item() needs exactly one)")
        return storage[doubleAt: 0]
    }

    /// Every element, flattened in row-major order, as `Double`.
    public var scalars: [Double] { storage.doubles }

    /// Every element, flattened in row-major order, as `Float`.
    public var floats: [Float] {
        if case .float32(let a) = storage { return a }
        if case .float32(let a) = storage.converted(to: .float32) { return a }
        fatalError("unreachable")
    }

    /// Every element as `Int` (floating-point values truncated toward zero).
    public var ints: [Int] {
        if case .int64(let a) = storage.converted(to: .int64) { return a.map { Int($0) } }
        fatalError("unreachable")
    }

    /// Every element as `Bool` (non-zero is `true`).
    public var bools: [Bool] {
        if case .bool(let a) = storage.converted(to: .bool) { return a }
        fatalError("unreachable")
    }

    /// A tensor sharing this one's elements, cut off from the autograd graph.
    public func detach() -> Tensor { Tensor(shape: shape, storage: storage) }

    /// A copy with its own elements, cut off from the autograd graph.
    public func clone() -> Tensor { Tensor(shape: shape, storage: storage) }

    /// Sets ``requiresGrad`` and returns `self`, like torch's `requires_grad_()`.
    @discardableResult
    public func requiringGrad(_ flag: Bool = true) -> Tensor {
        requiresGrad = flag
        return self
    }

    /// Clears the accumulated gradient (sets ``grad`` to `nil`, as `torch.optim`'s `zero_grad()`
    /// does by default).
    public func zeroGrad() { grad = nil }

    func normalizedDim(_ dim: Int, rank: Int? = nil) -> Int {
        let r = rank ?? self.rank
        let d = dim < 0 ? dim + r : dim
        usageCheck(d >= 0 && d < Swift.max(r, 1), Tensor.dimensionOutOfRange(dim, rank: r))
        return d
    }

    /// PyTorch's message for a dimension outside a tensor of rank `rank` (a 0-d tensor takes 0 and -1):
    /// "Dimension out of range (expected to be in range of [-2, 1], but got 2)".
    static func dimensionOutOfRange(_ dim: Int, rank: Int) -> String {
        let r = Swift.max(rank, 1)
        return "Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(dim))"
    }
}

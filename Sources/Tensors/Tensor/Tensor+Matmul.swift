import Activations

extension Tensor {
    /// `op(a) · op(b)` for 2-d operands in their promoted floating dtype (integers computed exactly
    /// in `Double` while small, then returned as `int64`). Not recorded.
    static func mm(_ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false) -> Tensor {
        if let problem = mmProblem(a.shape, b.shape, transposeA: transposeA, transposeB: transposeB) {
            usageFailure(problem)
        }
        let m = transposeA ? a.shape[1] : a.shape[0]
        let k = transposeA ? a.shape[0] : a.shape[1]
        let n = transposeB ? b.shape[0] : b.shape[1]
        let dtype = DType.promote(a.dtype, b.dtype)
        let storage: TensorStorage
        switch (
            a.storage.converted(to: dtype.floatingResult == .float32 && !dtype.isFloatingPoint ? .float64 : dtype),
            b.storage.converted(to: dtype.floatingResult == .float32 && !dtype.isFloatingPoint ? .float64 : dtype)
        ) {
        case (.float32(let x), .float32(let y)):
            storage = .float32(
                MatmulKernel.multiply(x, y, m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB))
        case (.float64(let x), .float64(let y)):
            storage = TensorStorage.float64(
                MatmulKernel.multiply(
                    x, y, m: m, n: n, k: k, transposeA: transposeA,
                    transposeB: transposeB)
            ).converted(to: dtype)
        default: fatalError("unreachable")
        }
        return Tensor(shape: [m, n], storage: storage)
    }

    /// PyTorch's message when matrices of shapes `a` and `b` cannot be multiplied, nil when they can:
    /// "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)".
    static func mmProblem(_ a: [Int], _ b: [Int], transposeA: Bool = false, transposeB: Bool = false) -> String? {
        guard a.count == 2, b.count == 2 else { return "mm: both operands must be 2-D, got shapes \(a) and \(b)" }
        let m = transposeA ? a[1] : a[0]
        let k = transposeA ? a[0] : a[1]
        let k2 = transposeB ? b[1] : b[0]
        let n = transposeB ? b[0] : b[1]
        return k == k2 ? nil : "mat1 and mat2 shapes cannot be multiplied (\(m)x\(k) and \(k2)x\(n))"
    }

    /// PyTorch's message when `matmul` cannot take tensors of shapes `a` and `b`, nil when it can.
    static func matmulProblem(_ a: [Int], _ b: [Int]) -> String? {
        switch (a.count, b.count) {
        case (1, 1):
            return a == b ? nil : "dot: 1-D tensors must have the same size, got \(a[0]) and \(b[0])"
        case (2, 2): return mmProblem(a, b)
        case (2, 1): return mmProblem(a, [b[0], 1])
        case (1, 2): return mmProblem([1, a[0]], b)
        case (let r, 2) where r > 2: return mmProblem([a.dropLast().reduce(1, *), a[r - 1]], b)
        default:
            return "matmul: shapes \(a) and \(b) are not supported (1-D or 2-D operands, or a batch of matrices "
                + "times a matrix)"
        }
    }

    /// The matrix product, like `torch.matmul`: 1-d·1-d is a dot product (`DotBackward0`), 2-d·2-d a
    /// matrix product (`MmBackward0`), 2-d·1-d a matrix-vector product (`MvBackward0`), 1-d·2-d a
    /// vector-matrix product, and a batch of matrices (rank > 2) times a matrix multiplies every one.
    public func matmul(_ other: Tensor) -> Tensor {
        switch (rank, other.rank) {
        case (1, 1):
            if let problem = Tensor.matmulProblem(shape, other.shape) { usageFailure(problem) }
            let result = Tensor.mm(reshape(shape: [1, count]).detach(), other.reshape(shape: [count, 1]).detach())
                .reshape(shape: []).detach()
            return result.recorded("DotBackward0", [self, other]) { g in [other * g, self * g] }
        case (2, 2):
            let result = Tensor.mm(self, other)
            return result.recorded("MmBackward0", [self, other]) { g in
                [
                    self.requiresGrad ? Tensor.mm(g, other, transposeB: true) : nil,
                    other.requiresGrad ? Tensor.mm(self, g, transposeA: true) : nil,
                ]
            }
        case (2, 1):
            let result = Tensor.mm(self, other.reshape(shape: [other.count, 1]).detach()).reshape(shape: [shape[0]])
                .detach()
            return result.recorded("MvBackward0", [self, other]) { g in
                let g2 = g.reshape(shape: [g.count, 1])
                return [
                    Tensor.mm(g2, other.reshape(shape: [1, other.count])),
                    Tensor.mm(self, g2, transposeA: true).reshape(shape: other.shape),
                ]
            }
        case (1, 2):
            return unsqueeze(0).matmul(other).squeeze(0)
        case (let r, 2) where r > 2:
            let batch = Array(shape.dropLast())
            return reshape(shape: [-1, shape[r - 1]]).matmul(other).reshape(shape: batch + [other.shape[1]])
        default:
            usageFailure(Tensor.matmulProblem(shape, other.shape) ?? "matmul: unsupported shapes")
        }
    }

    /// `bias + input · mat2`, like `torch.addmm` (`AddmmBackward0`), `bias` broadcast to the result.
    public static func addmm(_ bias: Tensor, _ input: Tensor, _ mat2: Tensor) -> Tensor {
        let product = mm(input, mat2)
        let result = elementwise(AddOp.self, product, bias, dtype: DType.promote(product.dtype, bias.dtype))
        return result.recorded("AddmmBackward0", [bias, input, mat2]) { g in
            [
                bias.requiresGrad ? g.sumTo(shape: bias.shape) : nil,
                input.requiresGrad ? mm(g, mat2, transposeB: true) : nil,
                mat2.requiresGrad ? mm(input, g, transposeA: true) : nil,
            ]
        }
    }
}

/// The matrix product of two tensors, like `torch.matmul(a, b)`.
public func matmul(_ a: Tensor, _ b: Tensor) -> Tensor { a.matmul(b) }

/// A fully connected layer's computation, like `torch.nn.functional.linear`: `input · weightᵀ + bias`
/// with `weight` of shape `[out, in]`.
///
/// For a 2-d input with a bias this is one fused node named `AddmmBackward0`, as in torch; the weight
/// receives its gradient without a transposed copy (`gᵀ · input`). Without a bias the node is
/// `MmBackward0`. Inputs of higher rank are flattened to 2-d and reshaped back (`ViewBackward0`).
public func linear(_ input: Tensor, weight: Tensor, bias: Tensor? = nil) -> Tensor {
    usageCheck(weight.rank == 2, "linear: weight must be 2-D [out_features, in_features], got shape \(weight.shape)")
    if input.rank == 1 {
        return linear(input.unsqueeze(0), weight: weight, bias: bias).squeeze(0)
    }
    if input.rank > 2 {
        let batch = Array(input.shape.dropLast())
        return linear(input.reshape(shape: [-1, input.shape.last!]), weight: weight, bias: bias)
            .reshape(shape: batch + [weight.shape[0]])
    }
    let product = Tensor.mm(input, weight, transposeB: true)
    guard let bias else {
        return product.recorded("MmBackward0", [input, weight]) { g in
            [
                input.requiresGrad ? Tensor.mm(g, weight) : nil,
                weight.requiresGrad ? Tensor.mm(g, input, transposeA: true) : nil,
            ]
        }
    }
    let result = Tensor.elementwise(AddOp.self, product, bias, dtype: DType.promote(product.dtype, bias.dtype))
    return result.recorded("AddmmBackward0", [bias, input, weight]) { g in
        [
            bias.requiresGrad ? g.sumTo(shape: bias.shape) : nil,
            input.requiresGrad ? Tensor.mm(g, weight) : nil,
            weight.requiresGrad ? Tensor.mm(g, input, transposeA: true) : nil,
        ]
    }
}

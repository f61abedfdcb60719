import Activations

extension Tensor {
    /// The same elements in a new shape; one dimension may be `-1` (inferred). Recorded as torch's
    /// `ViewBackward0` (our tensors are contiguous, so torch's `reshape` is always a view).
    public func reshape(_ shape: Int...) -> Tensor { reshape(shape: shape) }

    /// The same elements in a new shape given as an array.
    public func reshape(shape newShape: [Int]) -> Tensor {
        let resolved = resolveShape(newShape)
        let source = shape
        return Tensor(shape: resolved, storage: storage).recorded("ViewBackward0", [self]) { g in
            [g.reshape(shape: source)]
        }
    }

    /// torch's `view`: the same as ``reshape(_:)`` for our contiguous tensors.
    public func view(_ shape: Int...) -> Tensor { reshape(shape: shape) }

    private func resolveShape(_ newShape: [Int]) -> [Int] {
        if let problem = Tensor.reshapeProblem(newShape, count: count) { usageFailure(problem) }
        let known = newShape.filter { $0 != -1 }.reduce(1, *)
        return newShape.map { $0 == -1 ? (known == 0 ? 0 : count / known) : $0 }
    }

    /// PyTorch's message when `count` elements cannot take `newShape` (one `-1` inferred), nil when
    /// they can: "shape '[2, 4]' is invalid for input of size 6".
    static func reshapeProblem(_ newShape: [Int], count: Int) -> String? {
        if newShape.filter({ $0 == -1 }).count > 1 { return "only one dimension can be inferred" }
        if let bad = newShape.first(where: { $0 < -1 }) { return "invalid shape dimension \(bad)" }
        let known = newShape.filter { $0 != -1 }.reduce(1, *)
        let resolved = newShape.map { $0 == -1 ? (known == 0 ? 0 : count / known) : $0 }
        return resolved.reduce(1, *) == count ? nil : "shape '\(newShape)' is invalid for input of size \(count)"
    }

    /// All elements in one dimension.
    public func flatten() -> Tensor { reshape(shape: [count]) }

    /// Inserts a dimension of size 1 at `dim`.
    public func unsqueeze(_ dim: Int) -> Tensor {
        let d = dim < 0 ? dim + rank + 1 : dim
        usageCheck(d >= 0 && d <= rank, Tensor.dimensionOutOfRange(dim, rank: rank + 1))
        var newShape = shape
        newShape.insert(1, at: d)
        let source = shape
        return Tensor(shape: newShape, storage: storage).recorded("UnsqueezeBackward0", [self]) { g in
            [g.reshape(shape: source)]
        }
    }

    /// Removes every dimension of size 1.
    public func squeeze() -> Tensor {
        let source = shape
        return Tensor(shape: shape.filter { $0 != 1 }, storage: storage).recorded("SqueezeBackward0", [self]) { g in
            [g.reshape(shape: source)]
        }
    }

    /// Removes dimension `dim` if its size is 1.
    public func squeeze(_ dim: Int) -> Tensor {
        let d = normalizedDim(dim)
        guard shape[d] == 1 else { return self }
        var newShape = shape
        newShape.remove(at: d)
        let source = shape
        return Tensor(shape: newShape, storage: storage).recorded("SqueezeBackward1", [self]) { g in
            [g.reshape(shape: source)]
        }
    }

    /// Swaps dimensions `dim0` and `dim1` (a copy: our tensors are always contiguous).
    public func transpose(_ dim0: Int, _ dim1: Int) -> Tensor {
        let result = permuted(swapping: normalizedDim(dim0), normalizedDim(dim1))
        return result.recorded("TransposeBackward0", [self]) { g in [g.transpose(dim0, dim1)] }
    }

    /// The matrix transpose of a 2-d tensor (dimensions reversed in general), like torch's `.T`,
    /// recorded as `PermuteBackward0`.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    // `.T` is PyTorch's name, kept so a reader can carry code over.
    public var T: Tensor {
        usageCheck(rank <= 2, ".T is defined here for tensors of at most 2 dimensions, this one has shape \(shape)")
        guard rank == 2 else { return self }
        return permuted(swapping: 0, 1).recorded("PermuteBackward0", [self]) { g in [g.T] }
    }

    private func permuted(swapping a: Int, _ b: Int) -> Tensor {
        if a == b || count == 0 { return Tensor(shape: shape, storage: storage) }
        var newShape = shape
        newShape.swapAt(a, b)
        var strides = Self.strides(shape)
        strides.swapAt(a, b)
        // Walk the new shape in row-major order, reading the old element through swapped strides.
        return Tensor(shape: newShape, storage: storage.strided(shape: newShape, strides: strides))
    }

    static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var s = 1
        for d in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[d] = s
            s *= shape[d]
        }
        return strides
    }

    /// Row `index` (along the first dimension; negative counts from the end), like `x[i]`.
    public subscript(index: Int) -> Tensor {
        if let problem = Tensor.indexProblem(index, shape: shape) { usageFailure(problem) }
        let i = index < 0 ? index + shape[0] : index
        let rowSize = count / Swift.max(shape[0], 1)
        let result = Tensor(shape: Array(shape.dropFirst()), storage: storage.slice(i * rowSize..<(i + 1) * rowSize))
        let source = shape
        let dtype = self.dtype
        return result.recorded("SelectBackward0", [self]) { g in
            [Tensor.scatterRows(g, into: source, dtype: dtype, at: i * rowSize)]
        }
    }

    /// Rows `range` (along the first dimension), like `x[a:b]`.
    public subscript(range: Range<Int>) -> Tensor {
        if let problem = Tensor.sliceProblem(range, shape: shape) { usageFailure(problem) }
        let rowSize = count / Swift.max(shape[0], 1)
        var newShape = shape
        newShape[0] = range.count
        let result = Tensor(
            shape: newShape, storage: storage.slice(range.lowerBound * rowSize..<range.upperBound * rowSize))
        let source = shape
        let dtype = self.dtype
        return result.recorded("SliceBackward0", [self]) { g in
            [Tensor.scatterRows(g, into: source, dtype: dtype, at: range.lowerBound * rowSize)]
        }
    }

    /// Rows `range`, like `x[a:]`, `x[:b]`.
    public subscript<R: RangeExpression<Int>>(range: R) -> Tensor {
        self[range.relative(to: 0..<(shape.first ?? 0))]
    }

    /// The rows at `indices` in that order (repeats allowed), like `x[idx]` with an index list; used
    /// for mini-batches. Recorded as `IndexBackward0`.
    public func rows(_ indices: [Int]) -> Tensor {
        usageCheck(rank >= 1, Tensor.zeroDimensionalIndex)
        let rowSize = count / Swift.max(shape[0], 1)
        var elementIndices = [Int]()
        elementIndices.reserveCapacity(indices.count * rowSize)
        for r in indices {
            usageCheck(r >= 0 && r < shape[0], "index \(r) is out of bounds for dimension 0 with size \(shape[0])")
            elementIndices.append(contentsOf: r * rowSize..<(r + 1) * rowSize)
        }
        var newShape = shape
        newShape[0] = indices.count
        let result = Tensor(shape: newShape, storage: storage.gather(elementIndices))
        let source = shape
        return result.recorded("IndexBackward0", [self]) { g in
            var sums = [Double](repeating: 0, count: source.reduce(1, *))
            let values = g.scalars
            for (k, e) in elementIndices.enumerated() { sums[e] += values[k] }
            return [Tensor(shape: source, storage: .fromDoubles(sums, dtype: g.dtype))]
        }
    }

    static let zeroDimensionalIndex =
        "invalid index of a 0-dim tensor. Use `tensor.item()` to convert a 0-dim tensor to a number"

    /// PyTorch's message when `x[index]` is out of bounds, nil when it is not: "index 5 is out of
    /// bounds for dimension 0 with size 3".
    static func indexProblem(_ index: Int, shape: [Int]) -> String? {
        guard let size = shape.first else { return zeroDimensionalIndex }
        let i = index < 0 ? index + size : index
        return i >= 0 && i < size ? nil : "index \(index) is out of bounds for dimension 0 with size \(size)"
    }

    /// The message when rows `range` are not all in a tensor of shape `shape`, nil when they are.
    static func sliceProblem(_ range: Range<Int>, shape: [Int]) -> String? {
        guard let size = shape.first else { return "invalid slice of a 0-dim tensor" }
        return range.lowerBound >= 0 && range.upperBound <= size
            ? nil : "rows \(range) are out of bounds for dimension 0 with size \(size)"
    }

    /// A zero tensor of shape `shape` with `g`'s elements placed at flat `offset`.
    private static func scatterRows(_ g: Tensor, into shape: [Int], dtype: DType, at offset: Int) -> Tensor {
        var values = [Double](repeating: 0, count: shape.reduce(1, *))
        for (k, v) in g.scalars.enumerated() { values[offset + k] = v }
        return Tensor(shape: shape, storage: .fromDoubles(values, dtype: g.dtype))
    }

    /// PyTorch's message when tensors of these shapes cannot be joined along dimension 0, nil when
    /// they can: "Sizes of tensors must match except in dimension 0. Expected size 3 but got size 2
    /// for tensor number 1 in the list."
    static func catProblem(_ shapes: [[Int]]) -> String? {
        guard let first = shapes.first else { return "cat(): expected a non-empty list of Tensors" }
        let rest = first.dropFirst()
        for (number, shape) in shapes.enumerated().dropFirst() {
            guard shape.count == first.count else {
                return "Tensors must have same number of dimensions: got \(first.count) and \(shape.count)"
            }
            for d in rest.indices where shape[d] != first[d] {
                return "Sizes of tensors must match except in dimension 0. Expected size \(first[d]) but got size "
                    + "\(shape[d]) for tensor number \(number) in the list."
            }
        }
        return nil
    }

    /// Joins tensors along an existing dimension 0, like `torch.cat(tensors)`.
    public static func cat(_ tensors: [Tensor]) -> Tensor {
        if let problem = catProblem(tensors.map(\.shape)) { usageFailure(problem) }
        let rest = Array(tensors[0].shape.dropFirst())
        let dtype = tensors.map(\.dtype).reduce(tensors[0].dtype, DType.promote)
        let values = tensors.flatMap { $0.storage.converted(to: dtype).doubles }
        let shape = [tensors.map { $0.shape.first ?? 1 }.reduce(0, +)] + rest
        let result = Tensor(shape: shape, storage: .fromDoubles(values, dtype: dtype))
        return result.recorded("CatBackward0", tensors) { g in
            var start = 0
            return tensors.map { t in
                defer { start += t.shape.first ?? 1 }
                return g[start..<(start + (t.shape.first ?? 1))].reshape(shape: t.shape)
            }
        }
    }

    /// Stacks equal-shaped tensors along a new dimension 0, like `torch.stack(tensors)`.
    public static func stack(_ tensors: [Tensor]) -> Tensor {
        let result = cat(tensors.map { $0.unsqueeze(0) })
        return result
    }
}

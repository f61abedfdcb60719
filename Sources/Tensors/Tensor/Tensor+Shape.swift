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
        let known = newShape.filter { $0 != -1 }.reduce(1, *)
        precondition(newShape.filter { $0 == -1 }.count <= 1, "only one dimension can be inferred")
        let resolved = newShape.map { $0 == -1 ? (known == 0 ? 0 : count / known) : $0 }
        precondition(resolved.reduce(1, *) == count, "shape \(newShape) is invalid for input of size \(count)")
        return resolved
    }

    /// All elements in one dimension.
    public func flatten() -> Tensor { reshape(shape: [count]) }

    /// Inserts a dimension of size 1 at `dim`.
    public func unsqueeze(_ dim: Int) -> Tensor {
        let d = dim < 0 ? dim + rank + 1 : dim
        precondition(d >= 0 && d <= rank, "unsqueeze dimension \(dim) out of range")
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
    public var T: Tensor {
        precondition(rank <= 2, ".T is defined here for tensors of at most 2 dimensions")
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
        var indices = [Int](repeating: 0, count: count)
        var counter = [Int](repeating: 0, count: rank)
        var offset = 0
        for i in 0..<count {
            indices[i] = offset
            var d = rank - 1
            while d >= 0 {
                counter[d] += 1
                offset += strides[d]
                if counter[d] < newShape[d] { break }
                offset -= strides[d] * counter[d]
                counter[d] = 0
                d -= 1
            }
        }
        return Tensor(shape: newShape, storage: storage.gather(indices))
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
        precondition(rank >= 1, "cannot index a 0-d tensor")
        let i = index < 0 ? index + shape[0] : index
        precondition(i >= 0 && i < shape[0], "index \(index) is out of bounds for dimension 0 with size \(shape[0])")
        let rowSize = count / Swift.max(shape[0], 1)
        let result = Tensor(shape: Array(shape.dropFirst()), storage: storage.slice(i * rowSize..<(i + 1) * rowSize))
        let source = shape, dtype = self.dtype
        return result.recorded("SelectBackward0", [self]) { g in
            [Tensor.scatterRows(g, into: source, dtype: dtype, at: i * rowSize)]
        }
    }

    /// Rows `range` (along the first dimension), like `x[a:b]`.
    public subscript(range: Range<Int>) -> Tensor {
        precondition(rank >= 1, "cannot slice a 0-d tensor")
        precondition(range.lowerBound >= 0 && range.upperBound <= shape[0], "rows \(range) out of bounds for size \(shape[0])")
        let rowSize = count / Swift.max(shape[0], 1)
        var newShape = shape
        newShape[0] = range.count
        let result = Tensor(shape: newShape, storage: storage.slice(range.lowerBound * rowSize..<range.upperBound * rowSize))
        let source = shape, dtype = self.dtype
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
        precondition(rank >= 1, "cannot index a 0-d tensor")
        let rowSize = count / Swift.max(shape[0], 1)
        var elementIndices = [Int]()
        elementIndices.reserveCapacity(indices.count * rowSize)
        for r in indices {
            precondition(r >= 0 && r < shape[0], "row \(r) out of bounds for size \(shape[0])")
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

    /// A zero tensor of shape `shape` with `g`'s elements placed at flat `offset`.
    private static func scatterRows(_ g: Tensor, into shape: [Int], dtype: DType, at offset: Int) -> Tensor {
        var values = [Double](repeating: 0, count: shape.reduce(1, *))
        for (k, v) in g.scalars.enumerated() { values[offset + k] = v }
        return Tensor(shape: shape, storage: .fromDoubles(values, dtype: g.dtype))
    }

    /// Joins tensors along an existing dimension 0, like `torch.cat(tensors)`.
    public static func cat(_ tensors: [Tensor]) -> Tensor {
        precondition(!tensors.isEmpty, "cat needs at least one tensor")
        let rest = Array(tensors[0].shape.dropFirst())
        precondition(tensors.allSatisfy { Array($0.shape.dropFirst()) == rest }, "cat needs equal trailing shapes")
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

import Activations

/// NumPy/PyTorch broadcasting: shapes are aligned at their last dimension and a dimension of size 1
/// (or a missing one) stretches to match the other.
enum Broadcasting {
    static func shape(_ a: [Int], _ b: [Int]) -> [Int] {
        if let mismatch = mismatch(a, b) { usageFailure(mismatch) }
        let n = max(a.count, b.count)
        return (0..<n).map { i in
            let x = i < n - a.count ? 1 : a[i - (n - a.count)]
            let y = i < n - b.count ? 1 : b[i - (n - b.count)]
            return x == 1 ? y : x
        }
    }

    /// PyTorch's message when `a` and `b` do not broadcast together, nil when they do: "The size of
    /// tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1".
    static func mismatch(_ a: [Int], _ b: [Int]) -> String? {
        let n = max(a.count, b.count)
        for i in 0..<n {
            let x = i < n - a.count ? 1 : a[i - (n - a.count)]
            let y = i < n - b.count ? 1 : b[i - (n - b.count)]
            if x != y && x != 1 && y != 1 {
                return
                    "The size of tensor a (\(x)) must match the size of tensor b (\(y)) at non-singleton dimension \(i)"
            }
        }
        return nil
    }

    /// PyTorch's message when a tensor of shape `source` cannot be expanded to `target`, nil when it can.
    static func expandMismatch(from source: [Int], to target: [Int]) -> String? {
        let offset = target.count - source.count
        guard offset >= 0 else {
            return "expand: the number of sizes provided (\(target.count)) must be greater or equal to the number "
                + "of dimensions in the tensor (\(source.count))"
        }
        for d in source.indices where source[d] != target[d + offset] && source[d] != 1 {
            return
                "The expanded size of the tensor (\(target[d + offset])) must match the existing size (\(source[d])) at "
                + "non-singleton dimension \(d + offset).  Target sizes: \(target).  Tensor sizes: \(source)"
        }
        return nil
    }

    /// The strides that read a tensor of shape `source` as one of shape `target` by broadcasting:
    /// 0 along stretched (or missing) dimensions. See ``TensorStorage/strided(shape:strides:)``.
    static func sourceStrides(from source: [Int], to target: [Int]) -> [Int] {
        if let mismatch = expandMismatch(from: source, to: target) { usageFailure(mismatch) }
        let offset = target.count - source.count
        var strides = [Int](repeating: 0, count: target.count)
        var step = 1
        for d in stride(from: source.count - 1, through: 0, by: -1) {
            strides[d + offset] = source[d] == 1 ? 0 : step
            step *= source[d]
        }
        return strides
    }
}

extension Tensor {
    /// This tensor's elements repeated to `shape` by broadcasting (a copy), like torch's `expand`.
    public func expand(_ shape: [Int]) -> Tensor {
        if shape == self.shape { return self }
        let source = self.shape
        let result = Tensor(shape: shape, storage: storage.broadcast(from: source, to: shape))
        return result.recorded("ExpandBackward0", [self]) { g in [g.sumTo(shape: source)] }
    }

    /// Sums a broadcast gradient back down to `shape` (the inverse of broadcasting to this shape).
    func sumTo(shape target: [Int]) -> Tensor {
        if shape == target { return self }
        var result = self
        while result.rank > target.count { result = result.sum(dim: 0) }
        for d in 0..<target.count where target[d] == 1 && result.shape[d] != 1 {
            result = result.sum(dim: d, keepDim: true)
        }
        return result.shape == target ? result : result.reshape(shape: target)
    }
}

import Testing

@testable import Tensors

/// Broadcasting and transposing copy elements through strides in one pass
/// (`TensorStorage.strided`): every element must land where the index arithmetic says, in every
/// dtype, for stretched leading, middle and trailing dimensions.
@Suite struct StridedCopyTests {
    /// The row-major index into `source` that broadcasting reads for flat index `flat` of `target`.
    private func naiveSource(_ flat: Int, source: [Int], target: [Int]) -> Int {
        var rest = flat
        var index = [Int](repeating: 0, count: target.count)
        for d in target.indices.reversed() {
            index[d] = rest % target[d]
            rest /= target[d]
        }
        let offset = target.count - source.count
        var result = 0
        for d in source.indices { result = result * source[d] + (source[d] == 1 ? 0 : index[d + offset]) }
        return result
    }

    @Test(arguments: [
        ([3, 1], [2, 3, 4]), ([4], [3, 4]), ([1, 4], [3, 4]), ([3, 1, 2], [3, 4, 2]), ([2, 1, 1], [2, 3, 5]),
        ([1], [2, 3]), ([], [2, 2]), ([5, 1], [5, 7]), ([2, 3], [2, 2, 3]), ([3, 1], [3, 0]),
    ])
    func expandReadsEveryElementFromItsSource(source: [Int], target: [Int]) {
        let n = source.reduce(1, *)
        let values = (0..<n).map { Double($0) * 1.5 - 2 }
        let expected = (0..<target.reduce(1, *)).map { values[naiveSource($0, source: source, target: target)] }
        for dtype in [DType.float32, .float64, .int64] {
            let x = Tensor(shape: source, storage: .fromDoubles(values, dtype: dtype))
            let y = x.expand(target)
            #expect(y.shape == target)
            #expect(y.dtype == dtype)
            #expect(y.scalars == expected.map { dtype == .int64 ? $0.rounded(.towardZero) : $0 })
        }
        let mask = Tensor(shape: source, storage: .bool(values.map { $0 > 0 }))
        #expect(mask.expand(target).bools == expected.map { $0 > 0 })
    }

    @Test(arguments: [(1, 1), (1, 7), (7, 1), (3, 5), (6, 8), (13, 9)])
    func transposeMovesElementIJToJI(rows: Int, cols: Int) {
        let x = Tensor(shape: [rows, cols], storage: .float32((0..<rows * cols).map { Float($0) + 0.25 }))
        let t = x.T
        #expect(t.shape == [cols, rows])
        let a = x.floats
        let b = t.floats
        for i in 0..<rows {
            for j in 0..<cols { #expect(b[j * rows + i] == a[i * cols + j]) }
        }
    }

    @Test func broadcastArithmeticMatchesElementByElement() {
        let x = Tensor(shape: [4, 3], storage: .float32((0..<12).map { Float($0) * 0.1 + 1 }))
        let column = Tensor(shape: [4, 1], storage: .float32([3, 7, 0.5, -2]))
        let quotient = (x / column).floats
        let a = x.floats
        for i in 0..<4 {
            for j in 0..<3 { #expect(quotient[i * 3 + j] == a[i * 3 + j] / column.floats[i]) }
        }
    }
}

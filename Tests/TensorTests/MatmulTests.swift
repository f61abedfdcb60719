import Testing

@testable import Activations
@testable import Tensors

/// The blocked, packed, SIMD, two-thread matrix product must give exactly the naive loop's bits.
@Suite struct MatmulTests {
    /// `C[i, j] = ((0 + a[i,0]·b[0,j]) + a[i,1]·b[1,j]) + …`, k ascending: the documented order.
    static func naive<T: BinaryFloatingPoint>(_ a: [T], _ b: [T], m: Int, n: Int, k: Int) -> [T] {
        var c = [T](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var s: T = 0
                for p in 0..<k { s = s + a[i * k + p] * b[p * n + j] }
                c[i * n + j] = s
            }
        }
        return c
    }

    static func transposed<T>(_ x: [T], rows: Int, cols: Int) -> [T] {
        (0..<cols * rows).map { x[($0 % rows) * cols + $0 / rows] }
    }

    /// Sizes around the tile (6×8) and block (128) edges, and one large enough for two threads.
    static let sizes: [(Int, Int, Int)] = [
        (1, 1, 1), (5, 7, 3), (6, 8, 128), (7, 9, 129), (13, 17, 300), (64, 72, 260), (100, 100, 420),
    ]

    @Test func theLargestSizeRunsOnTwoThreads() {
        #expect(Self.sizes.contains { $0.0 * $0.1 * $0.2 >= MatmulKernel.parallelWork })
        #expect(Self.sizes.contains { $0.0 * $0.1 * $0.2 < MatmulKernel.parallelWork })
    }

    @Test(arguments: 0..<sizes.count)
    func floatMatchesNaiveLoopBitForBit(index: Int) {
        let (m, n, k) = Self.sizes[index]
        var g = Generator(seed: UInt64(index))
        let a = Tensor.randn(m, k, generator: &g).floats
        let b = Tensor.randn(k, n, generator: &g).floats
        let expected = Self.naive(a, b, m: m, n: n, k: k)
        #expect(MatmulKernel.multiply(a, b, m: m, n: n, k: k) == expected)
        let at = Self.transposed(a, rows: m, cols: k)
        let bt = Self.transposed(b, rows: k, cols: n)
        #expect(MatmulKernel.multiply(at, b, m: m, n: n, k: k, transposeA: true) == expected)
        #expect(MatmulKernel.multiply(a, bt, m: m, n: n, k: k, transposeB: true) == expected)
        #expect(MatmulKernel.multiply(at, bt, m: m, n: n, k: k, transposeA: true, transposeB: true) == expected)
    }

    @Test func doubleMatchesNaiveLoopBitForBit() {
        let (m, n, k) = (13, 17, 300)
        var g = Generator(seed: 99)
        let a = Tensor.randn(m, k, generator: &g, dtype: .float64).scalars
        let b = Tensor.randn(k, n, generator: &g, dtype: .float64).scalars
        #expect(MatmulKernel.multiply(a, b, m: m, n: n, k: k) == Self.naive(a, b, m: m, n: n, k: k))
    }

    @Test func largeProductIsTheSameOnEveryRun() {
        var g = Generator(seed: 5)
        let a = Tensor.randn(70, 200, generator: &g)
        let b = Tensor.randn(200, 90, generator: &g)
        let first = a.matmul(b).floats
        #expect(a.matmul(b).floats == first)
        #expect(first == Self.naive(a.floats, b.floats, m: 70, n: 90, k: 200))
    }

    @Test func shapesAndDtypes() {
        let a = Tensor([[1.0, 2.0], [3.0, 4.0]])
        #expect(a.matmul(Tensor([[5.0], [6.0]])).scalars == [17, 39])
        #expect(matmul(Tensor([1.0, 2.0]), Tensor([3.0, 4.0])).shape == [])
        #expect(matmul(Tensor([1.0, 2.0]), Tensor([3.0, 4.0])).item() == 11)
        #expect(a.matmul(Tensor([1.0, 1.0])).scalars == [3, 7])
        #expect(Tensor([1.0, 1.0]).matmul(a).scalars == [4, 6])
        let ints = Tensor([[1, 2], [3, 4]]).matmul(Tensor([[1, 0], [0, 1]]))
        #expect(ints.dtype == .int64)
        #expect(ints.description == "tensor([[1, 2],\n        [3, 4]])")
        let batch = Tensor.ones(shape: [2, 3, 2]).matmul(a)
        #expect(batch.shape == [2, 3, 2])
        #expect(batch[1][2].scalars == [4, 6])
    }

    @Test func linearIsOneAddmmNode() {
        let x = Tensor.ones(4, 3, requiresGrad: true)
        let w = Tensor.ones(2, 3, requiresGrad: true)
        let b = Tensor.zeros(2, requiresGrad: true)
        let y = linear(x, weight: w, bias: b)
        #expect(y.gradFn?.name == "AddmmBackward0")
        #expect(linear(x, weight: w).gradFn?.name == "MmBackward0")
        #expect(Tensor.addmm(b, x, w.T).gradFn?.name == "AddmmBackward0")
        #expect(x.matmul(w.T).gradFn?.name == "MmBackward0")
        #expect(w.T.gradFn?.name == "PermuteBackward0")
        #expect(y.scalars == Array(repeating: 3, count: 8))
    }
}

import Testing

@testable import Activations
@testable import Tensors

/// Large inputs take the multi-core paths; their results must equal the plain single-threaded
/// definitions bit for bit.
@Suite struct DeterminismTests {
    @Test func splitElementwiseWorkEqualsAScalarLoop() {
        var g = Generator(seed: 21)
        let n = 1 << 19  // above every parallel threshold
        let a = Tensor.randn(n, generator: &g)
        let b = Tensor.randn(n, generator: &g)
        let x = a.floats
        let y = b.floats
        #expect((a + b).floats == zip(x, y).map { $0 + $1 })
        #expect((a * b).floats == zip(x, y).map { $0 * $1 })
        #expect((a / b).floats == zip(x, y).map { $0 / $1 })
        #expect(a.relu().floats == x.map { $0 <= 0 ? 0 : $0 })
        #expect((a * 3).floats == x.map { $0 * 3 })
    }

    /// A full sum adds eight interleaved lanes in Double, then combines them in a fixed tree.
    @Test func fullSumFollowsTheDocumentedOrder() {
        var g = Generator(seed: 22)
        let a = Tensor.randn(10_003, generator: &g, dtype: .float64)
        let x = a.scalars
        var lanes = [Double](repeating: 0, count: 8)
        let full = x.count / 8 * 8
        for i in 0..<full { lanes[i % 8] += x[i] }
        var tail = 0.0
        for i in full..<x.count { tail += x[i] }
        let expected =
            ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7])) + tail
        #expect(a.sum().item() == expected)
        #expect(a.sum().item() == a.sum().item())
    }
}

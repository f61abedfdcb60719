import Testing

@testable import Activations

@Suite struct SoftmaxTests {
    @Test func doubleMatchesReference() { check(Double.self, ulps: 2) }
    @Test func floatMatchesReference() { check(Float.self, ulps: 2) }

    func check<T: Precision>(_: T.Type, ulps bound: Double) {
        for c in Reference.softmaxCases {
            let x = c.input.map { T($0) }
            for (actual, expected) in zip(T.softmax(x), c.softmax) {
                #expect(ulps(actual, T(expected)) <= bound, "softmax(\(c.input)): \(actual), want \(expected)")
            }
            for (actual, expected) in zip(T.logSoftmax(x), c.logSoftmax) {
                #expect(ulps(actual, T(expected)) <= bound, "logSoftmax(\(c.input)): \(actual), want \(expected)")
            }
        }
    }

    @Test func largeInputsDoNotOverflow() {
        let expected = softmax([0.0, 1, 2])
        #expect(softmax([1000.0, 1001, 1002]) == expected)
        #expect(zip(softmax([1000 as Float, 1001, 1002]), expected).allSatisfy { ulps($0, Float($1)) <= 2 })
        #expect(logSoftmax([0.0, -1000]) == [0, -1000])
        #expect(logSoftmax([0 as Float, -1000]) == [0, -1000])
    }

    @Test func specialValues() {
        #expect(softmax([Double]()) == [])
        #expect(softmax([1.0, .nan, 2]).allSatisfy { $0.isNaN })
        #expect(softmax([Float(1), .nan, 2]).allSatisfy { $0.isNaN })
        #expect(softmax([Double.infinity, 1, .infinity]) == [0.5, 0, 0.5])
        #expect(softmax([Float.infinity, 1, -.infinity]) == [1, 0, 0])
        #expect(logSoftmax([Double.infinity, 1]) == [-0.0, -.infinity])
        #expect(softmax([-Double.infinity, -.infinity]).allSatisfy { $0.isNaN })
        #expect(softmax([3.0, -.infinity]) == [1, 0])
    }

    /// Long vectors take the vector loops, the tails and both cores; the sum must not depend on them.
    @Test func longVectorsSumToOneAndMatchDouble() {
        let n = 100_003
        let x = (0..<n).map { Float(($0 * 7919) % 1000) / 100 - 5 }
        let y = softmax(x)
        let reference = softmax(x.map(Double.init))
        #expect(abs(y.reduce(0.0) { $0 + Double($1) } - 1) < 1e-5)
        // In Float, xᵢ − max is rounded before exp: a relative error up to |xᵢ − max| · 2⁻²⁴ on top
        // of a few ulps, as in NumPy.
        let m = Double(x.max()!)
        for i in 0..<n {
            let bound = (3 + abs(Double(x[i]) - m)) * 0x1p-24
            #expect(abs(Double(y[i]) - reference[i]) <= bound * reference[i], "softmax element \(i)")
        }
        let logY = logSoftmax(x)
        let logReference = logSoftmax(x.map(Double.init))
        #expect(zip(logY, logReference).allSatisfy { ulps($0, Float($1)) <= 2 })
        #expect(softmax(x) == y, "same input, same bytes")
    }
}

import Testing

@testable import Activations
@testable import Tensors

/// Printing cases beyond the reference file, with golden strings derived by hand from the rules of
/// torch/_tensor_str.py (precision 4, line width 80, threshold 1000, edge items 3).
@Suite struct PrintingEdgeCaseTests {
    @Test func booleansAndIntegers() {
        #expect((Tensor([-1.0, 0.0, 2.0]) > 0).description == "tensor([False, False,  True])")
        #expect(Tensor(7).description == "tensor(7)")
        #expect(Tensor([-10, 5]).description == "tensor([-10,   5])")
        // Beyond 2⁵³ a Double would round; integers print exactly.
        #expect(Tensor([Int.max, 1]).description == "tensor([9223372036854775807,                   1])")
    }

    @Test func zeroDimensionalFloats() {
        #expect(Tensor(0.5, dtype: .float64).description == "tensor(0.5000, dtype=torch.float64)")
        #expect(Tensor(3.0).description == "tensor(3.)")
        #expect(Tensor(1e-7).description == "tensor(1.0000e-07)")
    }

    /// All integral but spanning more than 1000×: scientific even in int mode.
    @Test func integralValuesWithAWideRange() {
        #expect(Tensor([1.0, 1e9]).description == "tensor([1.0000e+00, 1.0000e+09])")
        #expect(Tensor([1.0, 1000.0]).description == "tensor([   1., 1000.])")
    }

    @Test func emptyTensors() {
        #expect(Tensor([Double]()).description == "tensor([])")
        #expect(Tensor.zeros(0, 3).description == "tensor([], size=(0, 3))")
        #expect(Tensor([Int]()).description == "tensor([], dtype=torch.int64)")
    }

    /// Suffixes move to their own line when the last line would pass 80 columns.
    @Test func suffixWrapsToANewLine() {
        let x = Tensor(Array(repeating: 1.5, count: 9), requiresGrad: true)
        // 9 elements of width 6 fit on one line of 7 + 9·8 = 79 columns; the suffix does not.
        #expect(
            x.description == """
                tensor([1.5000, 1.5000, 1.5000, 1.5000, 1.5000, 1.5000, 1.5000, 1.5000, 1.5000],
                       requires_grad=True)
                """)
    }

    /// More than 1000 elements: three at each end, and the format chosen from those only.
    @Test func summarisedVector() {
        #expect(Tensor.arange(100.0, 1200.0).description == "tensor([ 100.,  101.,  102.,  ..., 1197., 1198., 1199.])")
        // 1999 / 1 > 1000: scientific; 6 elements of width 10 per line, " ..." counts as one.
        #expect(
            Tensor.arange(0.0, 2000.0).description == """
                tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,
                        1.9990e+03])
                """)
    }

    @Test func summarisedMatrix() {
        let x = Tensor.arange(1100).reshape(100, 11)
        #expect(
            x.description == """
                tensor([[   0,    1,    2,  ...,    8,    9,   10],
                        [  11,   12,   13,  ...,   19,   20,   21],
                        [  22,   23,   24,  ...,   30,   31,   32],
                        ...,
                        [1067, 1068, 1069,  ..., 1075, 1076, 1077],
                        [1078, 1079, 1080,  ..., 1086, 1087, 1088],
                        [1089, 1090, 1091,  ..., 1097, 1098, 1099]])
                """)
    }

    @Test func gradFnOnAMatrix() {
        let w = Tensor([[1.0, -1.0], [0.5, 2.0]], requiresGrad: true)
        #expect(
            w.relu().description == """
                tensor([[1.0000, 0.0000],
                        [0.5000, 2.0000]], grad_fn=<ReluBackward0>)
                """)
    }

    @Test func negativeNaNPrintsAsPythonDoes() {
        #expect(Tensor([-Double.nan, -.infinity, 1.0]).description == "tensor([nan, -inf, 1.])")
    }
}

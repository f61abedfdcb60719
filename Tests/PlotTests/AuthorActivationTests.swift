import Activations
import Plot
import Tensors
import Testing

/// An author's activation, as the seed tutorial's first exercise writes one: f and f′ on `Double`,
/// nothing else.
private struct Square: Activation {
    func callAsFunction(_ x: Double) -> Double { x * x }
    func derivative(_ x: Double) -> Double { 2 * x }
}

@Suite struct AuthorActivationTests {
    @Test func plots() {
        let figure = plotActivation(Square(), range: -2...2)
        #expect(figure.svg.hasPrefix("<svg"))
        #expect(figure.svg.contains("Square"))
    }

    @Test func mapsArraysOfFloatAndDouble() {
        #expect(Square()([-1.5, 0, 3] as [Double]) == [2.25, 0, 9])
        #expect(Square()([-1.5, 0, 3] as [Float]) == [2.25, 0, 9])
        #expect(Square().derivative([-1.5, 0, 3] as [Double]) == [-3, 0, 6])
        #expect(Square().derivative([-1.5, 0, 3] as [Float]) == [-3, 0, 6])
        #expect(Square()(Float(0.5)) == 0.25)
        #expect(Square().name == "Square")
        #expect(Square().parameters.isEmpty && Square().kinks.isEmpty)
    }

    @Test func backpropagatesThroughATensor() {
        for dtype in [DType.float32, .float64] {
            let x = Tensor([1.0, -2.0, 0.5], dtype: dtype, requiresGrad: true)
            let y = Square()(x)
            #expect(y.scalars == [1, 4, 0.25])
            #expect(y.gradFn?.name == "SquareBackward0")
            #expect(y.description.contains("grad_fn=<SquareBackward0>"))
            (y * Tensor([1.0, 2.0, 3.0], dtype: dtype)).sum().backward()
            // d/dx Σ wᵢ xᵢ² = 2 wᵢ xᵢ
            #expect(x.grad?.scalars == [2, -8, 3])
            #expect(x.grad?.dtype == dtype)
        }
    }
}

import Activations
import Testing

@testable import Tensors

/// The backward pass of an activation on a tensor: g · f′(x) element by element, the same bits as the
/// array forms give, on arrays long enough to be split across cores, in `float32` and `float64`.
@Suite struct ActivationGradientTests {
    static let count = (1 << 18) + 77

    @Test(arguments: ["Sigmoid", "ReLU", "Mish", "GELU"])
    func backwardIsGradientTimesDerivative(_ name: String) {
        let f: any Activation =
            switch name {
            case "Sigmoid": Sigmoid()
            case "ReLU": ReLU()
            case "Mish": Mish()
            default: GELU()
            }
        let xs = (0..<Self.count).map { Double($0 % 1201) / 100 - 6 }
        let gs = (0..<Self.count).map { Double($0 % 13) / 4 - 1.5 }
        for dtype in [DType.float32, .float64] {
            let x = Tensor(shape: [Self.count], scalars: xs, dtype: dtype, requiresGrad: true)
            let g = Tensor(shape: [Self.count], scalars: gs, dtype: dtype)
            f(x).backward(g)
            let grad = x.grad!
            if dtype == .float32 {
                let slopes = f.derivative(x.floats)
                let expected = zip(g.floats, slopes).map { $0 * $1 }
                #expect(grad.floats.map(\.bitPattern) == expected.map(\.bitPattern), "\(name) float32")
            } else {
                let slopes = f.derivative(xs)
                let expected = zip(gs, slopes).map { $0 * $1 }
                #expect(grad.scalars.map(\.bitPattern) == expected.map(\.bitPattern), "\(name) float64")
            }
        }
    }
}

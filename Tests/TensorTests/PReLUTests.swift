import Foundation
import Testing

@testable import Activations
@testable import Tensors

/// PReLU against the `prelu` rows of the shared reference (60-digit values of x, f(x), f'(x) with
/// weight 0.25), and its per-channel form.
@Suite struct PReLUTests {
    static let rows: [[String]] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Reference/activations-prelu.json")
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [[String]]
        else { return [] }
        return object
    }()

    static func number(_ text: String) -> Double {
        switch text {
        case "nan": .nan
        case "inf": .infinity
        case "-inf": -.infinity
        default: Double(text)!
        }
    }

    @Test func matchesTheReferenceRows() {
        #expect(Self.rows.count > 20)
        let prelu = PReLU()
        for row in Self.rows {
            let x = Self.number(row[0])
            let f = Self.number(row[1])
            let d = Self.number(row[2])
            if f.isNaN { #expect(prelu(x).isNaN) } else { #expect(prelu(x) == f, "f(\(x))") }
            if d.isNaN { #expect(prelu.derivative(x).isNaN) } else { #expect(prelu.derivative(x) == d, "f'(\(x))") }
            #expect(prelu(Float(x)) == Float(f) || f.isNaN)
            #expect(prelu.weightGradient(x) == (x > 0 ? 0 : x) || x.isNaN)
        }
        #expect(prelu.gradFnName == "PreluKernelBackward0")
        #expect(prelu.parameters == [ActivationParameter("weight", 0.25)])
    }

    @Test func tensorFormTrainsItsWeight() {
        let prelu = PReLU()
        let x = Tensor([-2.0, -1.0, 0.0, 3.0])
        let y = prelu(x)
        #expect(y.description == "tensor([-0.5000, -0.2500,  0.0000,  3.0000], grad_fn=<PreluKernelBackward0>)")
        y.sum().backward()
        #expect(prelu.weight.grad?.scalars == [-3])
    }

    @Test func perChannelWeightsApplyAlongDimensionOne() {
        let prelu = PReLU(numParameters: 2)
        prelu.weight.assign(Tensor([0.5, 0.1]))
        let x = Tensor([[-1.0, -1.0], [-2.0, 4.0]])
        let y = prelu(x)
        #expect(y.floats == [-0.5, -0.1, -1.0, 4.0])
        y.sum().backward()
        #expect(prelu.weight.grad?.scalars == [-3, -1])
    }
}

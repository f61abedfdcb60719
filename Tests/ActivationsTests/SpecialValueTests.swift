import Testing

@testable import Activations

/// NaN, ±∞, −0 and huge finite inputs, for every registered activation, both types, scalar and
/// array forms.
@Suite struct SpecialValueTests {
    /// f(−∞), f(∞), f'(−∞), f'(∞): the mathematical limits, also where PyTorch returns NaN.
    static let limits: [String: (Double, Double, Double, Double)] = [
        "elu": (-1, .infinity, 0, 1),
        "hardsigmoid": (0, 1, 0, 0),
        "hardtanh": (-1, 1, 0, 0),
        "hardswish": (0, .infinity, 0, 1),
        "leaky-relu": (-.infinity, .infinity, 0.01, 1),
        "logsigmoid": (-.infinity, 0, 1, 0),
        "prelu": (-.infinity, .infinity, 0.25, 1),
        "relu": (0, .infinity, 0, 1),
        "relu6": (0, 6, 0, 0),
        "selu": (-SELU.scaledAlpha, .infinity, 0, SELU.scale),
        "celu": (-1, .infinity, 0, 1),
        "gelu": (0, .infinity, 0, 1),
        "gelu-tanh": (0, .infinity, 0, 1),
        "sigmoid": (0, 1, 0, 0),
        "silu": (0, .infinity, 0, 1),
        "mish": (0, .infinity, 0, 1),
        "softplus": (0, .infinity, 0, 1),
        "softsign": (-1, 1, 0, 0),
        "tanh": (-1, 1, 0, 0),
        "tanhshrink": (-.infinity, .infinity, 1, 1),
        "threshold": (0, .infinity, 0, 1),
    ]

    /// Functions with f(x) ≈ c·x near 0 keep the sign of zero (ReLU maps −0 to +0 on purpose).
    static let keepsNegativeZero: Set<String> = [
        "elu", "hardtanh", "hardswish", "leaky-relu", "prelu", "selu", "celu", "gelu", "gelu-tanh", "silu",
        "mish", "softsign", "tanh", "tanhshrink",
    ]

    static let ids = ActivationRegistry.entries.map(\.id)

    @Test func everyEntryHasLimits() {
        #expect(Set(Self.ids) == Set(Self.limits.keys))
    }

    @Test(arguments: ids)
    func doubleSpecialValues(_ id: String) { check(id, Double.self) }

    @Test(arguments: ids)
    func floatSpecialValues(_ id: String) { check(id, Float.self) }

    func check<T: Precision>(_ id: String, _: T.Type) {
        let f = ActivationRegistry.entry(id: id)!.activation
        let (atMinusInfinity, atInfinity, slopeAtMinusInfinity, slopeAtInfinity) = Self.limits[id]!
        let special: [T] = [.nan, -.infinity, .infinity, -0.0, 0]
        // Repeated past the SIMD width so the array forms take their vector loop as well as the tail.
        let inputs = Array(repeating: special, count: 7).flatMap { $0 }
        let values = T.values(f, inputs)
        let slopes = T.derivatives(f, inputs)
        for (i, x) in inputs.enumerated() {
            for (value, slope) in [(T.value(f, x), T.derivative(f, x)), (values[i], slopes[i])] {
                if x.isNaN {
                    #expect(value.isNaN, "\(id)(nan) = \(value)")
                    #expect(slope.isNaN, "\(id)'(nan) = \(slope)")
                } else if x == -.infinity {
                    #expect(value == T(atMinusInfinity), "\(id)(-inf) = \(value)")
                    #expect(slope == T(slopeAtMinusInfinity), "\(id)'(-inf) = \(slope)")
                } else if x == .infinity {
                    #expect(value == T(atInfinity), "\(id)(inf) = \(value)")
                    #expect(slope == T(slopeAtInfinity), "\(id)'(inf) = \(slope)")
                } else {
                    #expect(value == T.value(f, 0) && slope == T.derivative(f, 0), "\(id) at ±0")
                }
            }
        }
        if Self.keepsNegativeZero.contains(id) {
            #expect(T.value(f, -0.0).sign == .minus, "\(id)(-0) should be -0")
        } else if T.value(f, 0) == 0 {
            #expect(T.value(f, -0.0).sign == .plus, "\(id)(-0) should be +0")
        }
    }

    /// No finite input overflows or gives NaN (up to half the largest finite value: SELU's λx
    /// rightly overflows beyond); the classic traps have exact answers.
    @Test(arguments: ids)
    func hugeFiniteInputs(_ id: String) {
        let f = ActivationRegistry.entry(id: id)!.activation
        let doubles = [
            -Double.greatestFiniteMagnitude / 2, -1e300, -1000, -88.8, 88.8, 1000, 1e300,
            Double.greatestFiniteMagnitude / 2,
        ]
        let floats = [
            -Float.greatestFiniteMagnitude / 2, -1e30, -1000, -104, -88, 88, 89, 1000, 1e30,
            Float.greatestFiniteMagnitude / 2,
        ]
        for x in doubles + Array(repeating: 1000, count: 40) {
            #expect(f(x).isFinite && f.derivative(x).isFinite, "\(id) at \(x)")
        }
        for (value, slope) in zip(f(doubles), f.derivative(doubles)) {
            #expect(value.isFinite && slope.isFinite, "\(id) array")
        }
        let longFloats = Array(repeating: floats, count: 4).flatMap { $0 }
        for (i, (value, slope)) in zip(f(longFloats), f.derivative(longFloats)).enumerated() {
            let x = longFloats[i]
            #expect(value.isFinite && slope.isFinite, "\(id) Float array at \(x): \(value), \(slope)")
            #expect(f(x).isFinite && f.derivative(x).isFinite, "\(id) Float at \(x)")
        }
    }

    @Test func classicTraps() {
        #expect(Sigmoid()(-1000.0) == 0)
        #expect(Sigmoid()(-1000 as Float) == 0)
        #expect(Sigmoid()([-1000 as Float])[0] == 0)
        #expect(LogSigmoid()(-1000.0) == -1000)
        #expect(LogSigmoid()([-1000 as Float])[0] == -1000)
        #expect(Softplus()(1000.0) == 1000)
        #expect(Softplus()([1000 as Float])[0] == 1000)
        #expect(Tanh()([-20 as Float, 20])[0] == -1)
        // Swift's max(0, x) drops NaN; the library does not.
        #expect(max(0, Double.nan) == 0)
        #expect(ReLU()(Double.nan).isNaN)
    }
}

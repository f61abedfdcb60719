import Testing

@testable import Activations

@Suite struct RegistryTests {
    @Test func idsAreUniqueAndEveryFunctionIsListed() {
        let entries = ActivationRegistry.entries
        #expect(Set(entries.map(\.id)).count == entries.count)
        let names = Set(entries.map(\.activation.name))
        let issue: Set = [
            "ReLU", "ReLU6", "LeakyReLU", "PReLU", "ELU", "CELU", "SELU", "GELU", "SiLU", "Mish", "Softplus",
            "Sigmoid", "Tanh", "Hardtanh", "Hardsigmoid", "Hardswish", "Softsign", "Tanhshrink", "LogSigmoid",
            "Threshold",
        ]
        #expect(names == issue)
    }

    @Test func gradFnNamesAreTorchs() {
        let expected = [
            "relu": "ReluBackward0", "relu6": "HardtanhBackward0", "hardtanh": "HardtanhBackward0",
            "leaky-relu": "LeakyReluBackward0", "elu": "EluBackward0", "selu": "EluBackward0",
            "celu": "EluBackward0", "gelu": "GeluBackward0", "gelu-tanh": "GeluBackward0",
            "silu": "SiluBackward0", "mish": "MishBackward0", "softplus": "SoftplusBackward0",
            "sigmoid": "SigmoidBackward0", "tanh": "TanhBackward0", "hardsigmoid": "HardsigmoidBackward0",
            "hardswish": "HardswishBackward0", "logsigmoid": "LogSigmoidBackward0",
            "threshold": "ThresholdBackward0", "softsign": "DivBackward0", "tanhshrink": "SubBackward0",
        ]
        for entry in ActivationRegistry.entries where entry.id != "prelu" {
            #expect(entry.activation.gradFnName == expected[entry.id], "\(entry.id)")
        }
    }

    @Test func parametersAndFormulasShowTheValues() {
        #expect(LeakyReLU(negativeSlope: 0.2).parameters == [.init("negativeSlope", 0.2)])
        #expect(LeakyReLU().formula.contains("0.01"))
        #expect(Hardtanh(minVal: -2, maxVal: 3).formula == #"\min(\max(x, -2), 3)"#)
        #expect(Softplus().parameters.map(\.value) == [1, 20])
        for entry in ActivationRegistry.entries {
            #expect(!entry.activation.formula.isEmpty && !entry.activation.derivativeFormula.isEmpty)
        }
    }

    /// kinks lists exactly the points where f' jumps: a one-sided difference differs on each side.
    @Test func kinksAreWhereTheDerivativeJumps() {
        for entry in ActivationRegistry.entries {
            let f = entry.activation
            for k in f.kinks {
                let h = 1e-6
                let left = (f(k) - f(k - h)) / h
                let right = (f(k + h) - f(k)) / h
                #expect(abs(left - right) > 1e-3, "\(entry.id) has no kink at \(k)")
            }
        }
        #expect(ReLU().kinks == [0] && ELU().kinks.isEmpty && Threshold(threshold: 1, value: 0).kinks == [1])
    }
}

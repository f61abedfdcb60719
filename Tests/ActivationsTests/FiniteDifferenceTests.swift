import Testing

@testable import Activations

/// Each derivative against a central difference of its function, away from kinks, in `Double`.
@Suite struct FiniteDifferenceTests {
    @Test(arguments: ActivationRegistry.entries.map(\.id))
    func derivativeMatchesCentralDifference(_ id: String) {
        let f = ActivationRegistry.entry(id: id)!.activation
        // Irregular points that avoid every kink by far more than the step.
        for x in stride(from: -7.13, through: 7.13, by: 0.371) {
            guard f.kinks.allSatisfy({ abs($0 - x) > 0.01 }) else { continue }
            let h = 1e-5 * max(1, abs(x))
            let difference = (f(x + h) - f(x - h)) / (2 * h)
            // Truncation error h²f'''/6 and rounding error ~ε|f|/h, both far below this bound.
            #expect(
                abs(difference - f.derivative(x)) <= 1e-8 * max(1, abs(f.derivative(x))),
                "\(id)'(\(x)) = \(f.derivative(x)), central difference \(difference)")
        }
    }
}

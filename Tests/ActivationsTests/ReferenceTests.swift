import Testing

@testable import Activations

/// Every function and derivative against every row of the reference file, in the scalar and the
/// array forms, for `Double` and `Float`.
@Suite struct ReferenceTests {
    @Test(arguments: ReferenceCase.all)
    func doubleMatchesReference(_ c: ReferenceCase) {
        check(c, Double.self)
    }

    @Test(arguments: ReferenceCase.all)
    func floatMatchesReference(_ c: ReferenceCase) {
        check(c, Float.self)
    }

    @Test func everyReferenceFunctionIsCovered() {
        let covered = Set(ReferenceCase.all.map(\.key))
        let missing = Set(Reference.functions.keys).subtracting(covered).subtracting(["prelu"])
        #expect(missing.isEmpty, "reference functions without a test: \(missing.sorted())")
    }

    /// One body for both types. The array forms run on the rows repeated to 2¹⁵ + 37 elements, long
    /// enough for the SIMD main loop, the scalar tail and the split across cores.
    func check<T: Precision>(_ c: ReferenceCase, _: T.Type) {
        let rows = Reference.functions[c.key]!
        #expect(rows.count > 40)
        let tolerance = T.tolerance(c)
        let long = (0..<(1 << 15 + 37)).map { rows[$0 % rows.count] }
        let inputs = long.map { T($0.x) }
        let values = T.values(c.activation, inputs)
        let derivatives = T.derivatives(c.activation, inputs)
        var worst = (value: 0.0, derivative: 0.0)
        for (i, row) in long.enumerated() {
            let x = inputs[i]
            // ±0.001 are not Floats: move the expected value to the rounded input to first order
            // (the neglected term is ~1e-22); the derivative is then checked on exact inputs only.
            let exact = Double(x) == row.x
            let expectedValue = T(row.value + row.derivative * (Double(x) - row.x))
            let expectedSlope = T(row.derivative)
            let scalar = (value: T.value(c.activation, x), slope: T.derivative(c.activation, x))
            var errors = [ulps(scalar.value, expectedValue), ulps(values[i], expectedValue)]
            worst.value = max(worst.value, errors.max()!)
            #expect(
                errors.max()! <= tolerance,
                "\(c.key)(\(x)) = \(scalar.value), array \(values[i]), want \(expectedValue)")
            guard exact else { continue }
            let floor = T(c.derivativeFloor)
            errors = [
                ulps(scalar.slope, expectedSlope, floor: floor), ulps(derivatives[i], expectedSlope, floor: floor),
            ]
            worst.derivative = max(worst.derivative, errors.max()!)
            #expect(
                errors.max()! <= tolerance,
                "\(c.key)'(\(x)) = \(scalar.slope), array \(derivatives[i]), want \(expectedSlope)"
            )
        }
        print("accuracy \(c.key) \(T.self): f \(worst.value) ulps, f' \(worst.derivative) ulps")
    }
}

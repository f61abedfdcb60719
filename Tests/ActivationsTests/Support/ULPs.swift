/// Distance of `actual` from `expected` in units of the last place of `expected`, with the unit
/// taken no smaller than that of `floor`: functions whose value or derivative crosses zero away
/// from x = 0 (SiLU', GELU', Mish') cannot be computed with a small relative error next to the
/// crossing from a rounded input, only with a small absolute one, and `floor` states that scale.
/// Equal values (also two NaNs, or +0 and −0) are 0 apart; a NaN against a number is infinitely far.
func ulps<T: BinaryFloatingPoint>(_ actual: T, _ expected: T, floor: T = 0) -> Double {
    if actual == expected || (actual.isNaN && expected.isNaN) { return 0 }
    if actual.isNaN || expected.isNaN || actual.isInfinite || expected.isInfinite { return .infinity }
    let unit = Swift.max(expected.magnitude, floor).ulp
    return Double((actual - expected).magnitude / unit)
}

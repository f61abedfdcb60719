import Activations

/// A seeded pseudo-random number generator whose output is the same on every platform and every
/// Swift version, so that lesson outputs checked in CI never drift.
///
/// Algorithm (fixed; changing it changes every lesson's numbers):
/// - Seeding: the 256-bit state of xoshiro256** is filled with four consecutive outputs of
///   SplitMix64 started at the seed (the seeding Blackman and Vigna recommend).
/// - Bits: xoshiro256** (`rotl(s1 * 5, 7) * 9`, then the xoshiro256 state transition).
/// - Uniform `[0, 1)`: `Float` from the top 24 bits of one output times 2⁻²⁴; `Double` from the top
///   53 bits times 2⁻⁵³.
/// - Normal: Box–Muller on two uniform `Double`s, `u1` taken as `1 - uniform` so it lies in `(0, 1]`:
///   `sqrt(-2 log u1) · (cos 2πu2, sin 2πu2)`, both values used in order. `Float` normals are the
///   `Double` ones rounded. `log`, `sin` and `cos` are our own (``PortableMath``: fdlibm's
///   polynomials in plain arithmetic, no FMA), not the C library's, whose last bits may differ
///   between libms and between glibc's FMA and non-FMA variants; `sqrt` is exact everywhere.
/// - Integers below `n`: Lemire's multiply-and-reject method on one 64-bit output.
///
/// `Swift.Double.random(in:)` and `SystemRandomNumberGenerator` are never used: their algorithms are
/// not specified.
public struct Generator: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator started from `seed` (like `torch.Generator().manual_seed(seed)`).
    public init(seed: UInt64) {
        var sm = seed
        func splitMix() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inline(__always)
    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform `Float` in `[0, 1)`.
    public mutating func nextFloat() -> Float { Float(next() >> 40) * 0x1p-24 }

    /// A uniform `Double` in `[0, 1)`.
    public mutating func nextDouble() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform integer in `0..<upperBound` (Lemire's method, unbiased).
    public mutating func nextInt(below upperBound: Int) -> Int {
        usageCheck(upperBound > 0, "nextInt(below:): upperBound must be positive, got \(upperBound)")
        let n = UInt64(upperBound)
        var m = next().multipliedFullWidth(by: n)
        if m.low < n {
            let threshold = (0 &- n) % n
            while m.low < threshold { m = next().multipliedFullWidth(by: n) }
        }
        return Int(m.high)
    }

    /// Two independent standard normal `Double`s (Box–Muller).
    public mutating func nextNormalPair() -> (Double, Double) {
        let u1 = 1 - nextDouble()
        let u2 = nextDouble()
        let r = (-2 * PortableMath.log(u1)).squareRoot()
        let (sin, cos) = PortableMath.sinCos(turns: u2)
        return (r * cos, r * sin)
    }

    /// One standard normal `Double` (the first of a Box–Muller pair; the second is discarded).
    public mutating func nextNormal() -> Double { nextNormalPair().0 }

    /// `count` uniform `[0, 1)` doubles; for `Float` tensors use ``uniformFloats(_:)``.
    public mutating func uniformDoubles(_ count: Int) -> [Double] { (0..<count).map { _ in nextDouble() } }

    /// `count` uniform `[0, 1)` floats.
    public mutating func uniformFloats(_ count: Int) -> [Float] { (0..<count).map { _ in nextFloat() } }

    /// `count` standard normal doubles, Box–Muller pairs used in order.
    public mutating func normalDoubles(_ count: Int) -> [Double] {
        var out = [Double]()
        out.reserveCapacity(count + 1)
        while out.count < count {
            let (a, b) = nextNormalPair()
            out.append(a)
            out.append(b)
        }
        out.removeLast(out.count - count)
        return out
    }

    /// A random permutation of `0..<n` (Fisher–Yates from the last position down, with
    /// ``nextInt(below:)``), like `torch.randperm` in purpose though not in values.
    public mutating func permutation(_ n: Int) -> [Int] {
        var p = Array(0..<n)
        var i = n - 1
        while i > 0 {
            let j = nextInt(below: i + 1)
            p.swapAt(i, j)
            i -= 1
        }
        return p
    }
}

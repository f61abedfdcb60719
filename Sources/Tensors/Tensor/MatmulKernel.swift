import Activations
import Dispatch

/// Dense matrix product `C = op(A) · op(B)` for `Float` and `Double`, blocked and SIMD, with a fixed
/// summation order: every `C[i, j]` is `((0 + a[i,0]·b[0,j]) + a[i,1]·b[1,j]) + …`, `k` ascending,
/// one rounding per multiply and per add (no FMA). That is exactly the naive triple loop's result, so
/// blocking, packing, vector width and the row split across cores never change a bit.
enum MatmulKernel {
    /// Rows of a register tile.
    static let mr = 6
    /// Columns of a register tile (two `SIMD4`: SSE registers, the x86-64 baseline).
    static let nr = 8
    /// Depth of a packed block: a 6×128 strip of `A` splats (12 KiB) and a 128×8 strip of `B` fit in L1.
    static let kc = 128
    /// Multiply-adds (`m·n·k`) from which the row strips are split over two threads.
    static let parallelWork = 1 << 22

    /// `C (m×n) = op(A) (m×k) · op(B) (k×n)`. `A` is row-major `m×k`, or `k×m` when `transposeA`;
    /// `B` is row-major `k×n`, or `n×k` when `transposeB`.
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    static func multiply<T: TensorFloat>(
        _ a: [T], _ b: [T], m: Int, n: Int, k: Int,
        transposeA: Bool = false, transposeB: Bool = false
    ) -> [T] {
        guard m > 0, n > 0, k > 0 else { return [T](repeating: 0, count: m * n) }
        // No zero fill: the first depth block stores every element of `C` (its tiles start from zero).
        return [T](unsafeUninitializedCapacity: m * n) { pc, initialized in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    gemm(
                        pa.baseAddress!, pb.baseAddress!, pc.baseAddress!, m: m, n: n, k: k,
                        transposeA: transposeA, transposeB: transposeB)
                }
            }
            initialized = m * n
        }
    }

    @_specialize(where T == Float)
    @_specialize(where T == Double)
    private static func gemm<T: TensorFloat>(
        _ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>,
        m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool
    ) {
        let nPanels = (n + nr - 1) / nr
        let packedB = UnsafeMutablePointer<T>.allocate(capacity: nPanels * nr * kc)
        defer { packedB.deallocate() }
        let mStrips = (m + mr - 1) / mr
        // Row strips are independent, so they may run on two cores; each strip's sums are unchanged.
        // Below about four million multiply-adds (a fraction of a millisecond) waking a second thread
        // costs more than it saves: the lessons' small training steps spent a tenth of their time in
        // futex waits and wake-ups.
        let threads = m * n * k >= parallelWork && mStrips >= 2 ? 2 : 1
        var k0 = 0
        while k0 < k {
            let depth = Swift.min(kc, k - k0)
            packB(b, into: packedB, n: n, k: k, k0: k0, depth: depth, transposed: transposeB)
            let first = k0 == 0
            let work = { (thread: Int) in
                let packedA = UnsafeMutablePointer<T>.allocate(capacity: mr * kc * 4)
                defer { packedA.deallocate() }
                let lo = mStrips * thread / threads
                let hi = mStrips * (thread + 1) / threads
                for strip in lo..<hi {
                    let i0 = strip * mr
                    let rows = Swift.min(mr, m - i0)
                    packA(
                        a, into: packedA, m: m, k: k, i0: i0, rows: rows, k0: k0, depth: depth, transposed: transposeA)
                    for panel in 0..<nPanels {
                        let j0 = panel * nr
                        tile(
                            packedA, packedB + panel * nr * depth, c + i0 * n + j0, ldc: n, depth: depth,
                            rows: rows, cols: Swift.min(nr, n - j0), first: first)
                    }
                }
            }
            if threads == 1 {
                work(0)
            } else {
                // Each worker writes its own rows of C; concurrentPerform returns after both.
                let shared = UncheckedSendable(work)
                DispatchQueue.concurrentPerform(iterations: threads) { shared.value($0) }
            }
            k0 += depth
        }
    }

    /// Packs `B[k0..<k0+depth, :]` as panels of `nr` columns, `depth` rows each, zero-padded. Loops
    /// run along `B`'s memory order, so a transposed `B` is read contiguously too.
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    private static func packB<T: TensorFloat>(
        _ b: UnsafePointer<T>, into p: UnsafeMutablePointer<T>, n: Int, k: Int,
        k0: Int, depth: Int, transposed: Bool
    ) {
        let nPanels = (n + nr - 1) / nr
        for panel in 0..<nPanels {
            let j0 = panel * nr
            let dst = p + panel * nr * depth
            let cols = Swift.min(nr, n - j0)
            if cols < nr { dst.initialize(repeating: 0, count: nr * depth) }
            if transposed {
                for jj in 0..<cols {
                    let src = b + (j0 + jj) * k + k0
                    for kk in 0..<depth { dst[kk * nr + jj] = src[kk] }
                }
            } else {
                for kk in 0..<depth {
                    let src = b + (k0 + kk) * n + j0
                    for jj in 0..<cols { dst[kk * nr + jj] = src[jj] }
                }
            }
        }
    }

    /// Packs `A[i0..<i0+rows, k0..<k0+depth]` column by column, each value repeated in four lanes
    /// (`mr` SIMD4 splats per `k`), zero-padded: the kernel then loads splats instead of shuffling.
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    private static func packA<T: TensorFloat>(
        _ a: UnsafePointer<T>, into p: UnsafeMutablePointer<T>, m: Int, k: Int,
        i0: Int, rows: Int, k0: Int, depth: Int, transposed: Bool
    ) {
        if rows < mr { p.initialize(repeating: 0, count: mr * depth * 4) }
        let splats = UnsafeMutableRawPointer(p)
        let width = 4 * MemoryLayout<T>.stride
        if transposed {
            for kk in 0..<depth {
                let src = a + (k0 + kk) * m + i0
                for ii in 0..<rows {
                    splats.storeBytes(
                        of: SIMD4(repeating: src[ii]), toByteOffset: (kk * mr + ii) * width, as: SIMD4<T>.self)
                }
            }
        } else {
            for ii in 0..<rows {
                let src = a + (i0 + ii) * k + k0
                for kk in 0..<depth {
                    splats.storeBytes(
                        of: SIMD4(repeating: src[kk]), toByteOffset: (kk * mr + ii) * width, as: SIMD4<T>.self)
                }
            }
        }
    }

    /// One `mr × nr` register tile: continues (or, when `first`, starts from zero) the running sums
    /// of `C` over `depth` more values of `k`. Twelve `SIMD4` accumulators, two `B` vectors and one
    /// `A` splat fill the sixteen SSE registers.
    @inline(__always)
    private static func tile<T: TensorFloat>(
        _ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>,
        ldc: Int, depth: Int, rows: Int, cols: Int, first: Bool
    ) {
        var acc = (
            SIMD4<T>(), SIMD4<T>(), SIMD4<T>(), SIMD4<T>(), SIMD4<T>(), SIMD4<T>(),
            SIMD4<T>(), SIMD4<T>(), SIMD4<T>(), SIMD4<T>(), SIMD4<T>(), SIMD4<T>()
        )
        if !first {
            // The running sums so far, exactly as stored (lanes outside the matrix stay zero).
            func load(_ r: Int, _ half: Int) -> SIMD4<T> {
                var v = SIMD4<T>()
                guard r < rows else { return v }
                if cols == nr { return UnsafeRawPointer(c + r * ldc + 4 * half).loadUnaligned(as: SIMD4<T>.self) }
                for j in 0..<4 where 4 * half + j < cols { v[j] = c[r * ldc + 4 * half + j] }
                return v
            }
            acc = (
                load(0, 0), load(0, 1), load(1, 0), load(1, 1), load(2, 0), load(2, 1),
                load(3, 0), load(3, 1), load(4, 0), load(4, 1), load(5, 0), load(5, 1)
            )
        }
        let braw = UnsafeRawPointer(b)
        let araw = UnsafeRawPointer(a)
        let s = MemoryLayout<T>.stride
        for kk in 0..<depth {
            let b0 = braw.loadUnaligned(fromByteOffset: kk * nr * s, as: SIMD4<T>.self)
            let b1 = braw.loadUnaligned(fromByteOffset: (kk * nr + 4) * s, as: SIMD4<T>.self)
            let base = kk * mr * 4 * s
            var x = araw.loadUnaligned(fromByteOffset: base, as: SIMD4<T>.self)
            acc.0 += x * b0
            acc.1 += x * b1
            x = araw.loadUnaligned(fromByteOffset: base + 4 * s, as: SIMD4<T>.self)
            acc.2 += x * b0
            acc.3 += x * b1
            x = araw.loadUnaligned(fromByteOffset: base + 8 * s, as: SIMD4<T>.self)
            acc.4 += x * b0
            acc.5 += x * b1
            x = araw.loadUnaligned(fromByteOffset: base + 12 * s, as: SIMD4<T>.self)
            acc.6 += x * b0
            acc.7 += x * b1
            x = araw.loadUnaligned(fromByteOffset: base + 16 * s, as: SIMD4<T>.self)
            acc.8 += x * b0
            acc.9 += x * b1
            x = araw.loadUnaligned(fromByteOffset: base + 20 * s, as: SIMD4<T>.self)
            acc.10 += x * b0
            acc.11 += x * b1
        }
        func store(_ r: Int, _ lo: SIMD4<T>, _ hi: SIMD4<T>) {
            guard r < rows else { return }
            if cols == nr {
                let row = UnsafeMutableRawPointer(c + r * ldc)
                row.storeBytes(of: lo, as: SIMD4<T>.self)
                row.storeBytes(of: hi, toByteOffset: 4 * s, as: SIMD4<T>.self)
            } else {
                for j in 0..<cols { c[r * ldc + j] = j < 4 ? lo[j] : hi[j - 4] }
            }
        }
        store(0, acc.0, acc.1)
        store(1, acc.2, acc.3)
        store(2, acc.4, acc.5)
        store(3, acc.6, acc.7)
        store(4, acc.8, acc.9)
        store(5, acc.10, acc.11)
    }
}

import Dispatch

/// Dense matrix product `C = op(A) · op(B)` for `Float` and `Double`, blocked and SIMD, with a fixed
/// summation order: every `C[i, j]` is `((0 + a[i,0]·b[0,j]) + a[i,1]·b[1,j]) + …`, `k` ascending,
/// one rounding per multiply and per add (no FMA). That is exactly the naive triple loop's result, so
/// blocking, packing, vector width and the row split across cores never change a bit.
enum MatmulKernel {
    /// Rows of a register tile.
    static let mr = 4
    /// Columns of a register tile (one `SIMD8`).
    static let nr = 8
    /// Depth of a packed block: a 4×256 `A` strip and a 256×8 `B` strip fit in L1 together.
    static let kc = 256

    /// `C (m×n) = op(A) (m×k) · op(B) (k×n)`. `A` is row-major `m×k`, or `k×m` when `transposeA`;
    /// `B` is row-major `k×n`, or `n×k` when `transposeB`.
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    static func multiply<T: TensorFloat>(_ a: [T], _ b: [T], m: Int, n: Int, k: Int,
                                         transposeA: Bool = false, transposeB: Bool = false) -> [T] {
        var c = [T](repeating: 0, count: m * n)
        guard m > 0, n > 0, k > 0 else { return c }
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    gemm(pa.baseAddress!, pb.baseAddress!, pc.baseAddress!, m: m, n: n, k: k,
                         transposeA: transposeA, transposeB: transposeB)
                }
            }
        }
        return c
    }

    @_specialize(where T == Float)
    @_specialize(where T == Double)
    private static func gemm<T: TensorFloat>(_ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>,
                                             m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool) {
        let nPanels = (n + nr - 1) / nr
        let packedB = UnsafeMutablePointer<T>.allocate(capacity: nPanels * nr * kc)
        defer { packedB.deallocate() }
        let mStrips = (m + mr - 1) / mr
        // Row strips are independent, so they may run on two cores; each strip's sums are unchanged.
        let threads = m * n * k >= 1 << 18 && mStrips >= 2 ? 2 : 1
        var k0 = 0
        while k0 < k {
            let depth = Swift.min(kc, k - k0)
            packB(b, into: packedB, n: n, k: k, k0: k0, depth: depth, transposed: transposeB)
            let first = k0 == 0
            let work = { (thread: Int) in
                let packedA = UnsafeMutablePointer<T>.allocate(capacity: mr * kc)
                defer { packedA.deallocate() }
                let lo = mStrips * thread / threads, hi = mStrips * (thread + 1) / threads
                for strip in lo..<hi {
                    let i0 = strip * mr
                    let rows = Swift.min(mr, m - i0)
                    packA(a, into: packedA, m: m, k: k, i0: i0, rows: rows, k0: k0, depth: depth, transposed: transposeA)
                    for panel in 0..<nPanels {
                        let j0 = panel * nr
                        tile(packedA, packedB + panel * nr * depth, c + i0 * n + j0, ldc: n, depth: depth,
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

    /// Packs `B[k0..<k0+depth, :]` as panels of `nr` columns, `depth` rows each, zero-padded.
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    private static func packB<T: TensorFloat>(_ b: UnsafePointer<T>, into p: UnsafeMutablePointer<T>, n: Int, k: Int,
                                              k0: Int, depth: Int, transposed: Bool) {
        let nPanels = (n + nr - 1) / nr
        for panel in 0..<nPanels {
            let j0 = panel * nr
            let dst = p + panel * nr * depth
            let cols = Swift.min(nr, n - j0)
            for kk in 0..<depth {
                for jj in 0..<nr {
                    let j = j0 + jj
                    dst[kk * nr + jj] = jj < cols ? (transposed ? b[j * k + k0 + kk] : b[(k0 + kk) * n + j]) : 0
                }
            }
        }
    }

    /// Packs `A[i0..<i0+rows, k0..<k0+depth]` column by column (`mr` values per `k`), zero-padded.
    @_specialize(where T == Float)
    @_specialize(where T == Double)
    private static func packA<T: TensorFloat>(_ a: UnsafePointer<T>, into p: UnsafeMutablePointer<T>, m: Int, k: Int,
                                              i0: Int, rows: Int, k0: Int, depth: Int, transposed: Bool) {
        for kk in 0..<depth {
            for ii in 0..<mr {
                p[kk * mr + ii] = ii < rows ? (transposed ? a[(k0 + kk) * m + i0 + ii] : a[(i0 + ii) * k + k0 + kk]) : 0
            }
        }
    }

    /// One `mr × nr` register tile: continues (or, when `first`, starts from zero) the running sums
    /// of `C` over `depth` more values of `k`.
    @inline(__always)
    private static func tile<T: TensorFloat>(_ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>,
                                             ldc: Int, depth: Int, rows: Int, cols: Int, first: Bool) {
        var c0 = SIMD8<T>(), c1 = SIMD8<T>(), c2 = SIMD8<T>(), c3 = SIMD8<T>()
        if !first {
            func load(_ r: Int) -> SIMD8<T> {
                var v = SIMD8<T>()
                if r < rows { for j in 0..<cols { v[j] = c[r * ldc + j] } }
                return v
            }
            c0 = load(0); c1 = load(1); c2 = load(2); c3 = load(3)
        }
        let braw = UnsafeRawPointer(b)
        for kk in 0..<depth {
            let bv = braw.loadUnaligned(fromByteOffset: kk * nr * MemoryLayout<T>.stride, as: SIMD8<T>.self)
            let ak = a + kk * mr
            c0 += SIMD8(repeating: ak[0]) * bv
            c1 += SIMD8(repeating: ak[1]) * bv
            c2 += SIMD8(repeating: ak[2]) * bv
            c3 += SIMD8(repeating: ak[3]) * bv
        }
        func store(_ v: SIMD8<T>, _ r: Int) {
            guard r < rows else { return }
            if cols == nr {
                UnsafeMutableRawPointer(c + r * ldc).storeBytes(of: v, as: SIMD8<T>.self)
            } else {
                for j in 0..<cols { c[r * ldc + j] = v[j] }
            }
        }
        store(c0, 0); store(c1, 1); store(c2, 2); store(c3, 3)
    }
}

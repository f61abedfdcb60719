/// Which elements of two sequences stay the same from one to the other: a longest common
/// subsequence, so that a block inserted into a lesson shows as one insertion rather than as a
/// change of everything after it.
enum BlockAlignment {
    /// A run of elements that differ: `old` replaced by `new` (either may be empty).
    struct Gap: Equatable {
        var old: Range<Int>
        var new: Range<Int>
    }

    /// The pairs `(oldIndex, newIndex)` of equal elements kept, in order, and the gaps between them.
    static func align<Element: Equatable>(_ old: [Element], _ new: [Element]) -> (
        kept: [(old: Int, new: Int)], gaps: [Gap]
    ) {
        let n = old.count
        let m = new.count
        // suffix[i][j]: the length of a longest common subsequence of old[i...] and new[j...].
        var suffix = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                suffix[i][j] = old[i] == new[j] ? suffix[i + 1][j + 1] + 1 : max(suffix[i + 1][j], suffix[i][j + 1])
            }
        }
        var kept: [(old: Int, new: Int)] = []
        var gaps: [Gap] = []
        var i = 0
        var j = 0
        var gapStart = (0, 0)
        func closeGap() {
            if gapStart.0 < i || gapStart.1 < j { gaps.append(Gap(old: gapStart.0..<i, new: gapStart.1..<j)) }
        }
        while i < n && j < m {
            if old[i] == new[j] {
                closeGap()
                kept.append((i, j))
                i += 1
                j += 1
                gapStart = (i, j)
            } else if suffix[i + 1][j] >= suffix[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        i = n
        j = m
        closeGap()
        return (kept, gaps)
    }
}

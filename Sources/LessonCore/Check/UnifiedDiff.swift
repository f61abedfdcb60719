/// A line diff in unified format (`---`, `+++`, `@@ -a,b +c,d @@`), from a longest common subsequence.
public enum UnifiedDiff {
    /// The diff from `expected` to `actual`, with `context` unchanged lines around each change;
    /// empty when they are equal.
    public static func diff(
        expected: String, actual: String, expectedName: String = "expected", actualName: String = "actual",
        context: Int = 3
    ) -> String {
        let a = lines(expected)
        let b = lines(actual)
        let edits = script(a, b)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var output = ["--- \(expectedName)", "+++ \(actualName)"]
        // Group edits into hunks: changes closer than 2 × context share one.
        var index = 0
        while index < edits.count {
            guard let firstChange = edits[index...].firstIndex(where: { $0.kind != .same }) else { break }
            let start = max(index, firstChange - context)
            var end = firstChange
            var lastChange = firstChange
            while end < edits.count {
                if edits[end].kind != .same { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(edits.count, lastChange + context + 1)
            let hunk = edits[start..<end]
            let oldStart = hunk.first.map { $0.oldIndex } ?? 0
            let newStart = hunk.first.map { $0.newIndex } ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output.append("@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@")
            for edit in hunk {
                switch edit.kind {
                case .same: output.append(" " + a[edit.oldIndex])
                case .delete: output.append("-" + a[edit.oldIndex])
                case .insert: output.append("+" + b[edit.newIndex])
                }
            }
            index = end
        }
        return output.joined(separator: "\n")
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        // Unified diff lines are 1-based; an empty range names the line before it.
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    private static func lines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.lines
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        /// Position in the old lines (for inserts: where the insert happens).
        var oldIndex: Int
        var newIndex: Int
    }

    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        // Common prefix and suffix first: outputs usually differ in a few lines, and this keeps the
        // quadratic table small.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])
        var edits = (0..<prefix).map { Edit(kind: .same, oldIndex: $0, newIndex: $0) }
        let n = midA.count
        let m = midB.count
        if n * m > 4_000_000 {
            // Too large to align: everything old deleted, everything new inserted.
            edits += (0..<n).map { Edit(kind: .delete, oldIndex: prefix + $0, newIndex: prefix) }
            edits += (0..<m).map { Edit(kind: .insert, oldIndex: prefix + n, newIndex: prefix + $0) }
        } else {
            var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = midA[i] == midB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0
            var j = 0
            while i < n || j < m {
                if i < n, j < m, midA[i] == midB[j] {
                    edits.append(Edit(kind: .same, oldIndex: prefix + i, newIndex: prefix + j))
                    i += 1
                    j += 1
                } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                    // Deletions before insertions, as diff(1) shows them.
                    edits.append(Edit(kind: .delete, oldIndex: prefix + i, newIndex: prefix + j))
                    i += 1
                } else {
                    edits.append(Edit(kind: .insert, oldIndex: prefix + i, newIndex: prefix + j))
                    j += 1
                }
            }
        }
        edits += (0..<suffix).map {
            Edit(kind: .same, oldIndex: a.count - suffix + $0, newIndex: b.count - suffix + $0)
        }
        return edits
    }
}

/// `--shard I/N` (`check`, `build`): the I-th of N disjoint subsets of the lessons, so a CI matrix
/// can split the work.
///
/// Lessons are dealt round-robin in reading order (lesson k goes to shard k mod N + 1): every lesson
/// lands in exactly one shard, shard sizes differ by at most one, and the split depends only on
/// the lessons, not on the machine.
public struct Shard: Sendable, Hashable {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `I/N` with 1 ≤ I ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
            (1...count).contains(index)
        else { return nil }
        self.init(index: index, count: count)
    }

    /// This shard's lessons, from all lessons in reading order.
    public func select<T>(_ lessons: [T]) -> [T] {
        lessons.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}

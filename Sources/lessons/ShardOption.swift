import ArgumentParser
import LessonCore

/// `--shard I/N`, shared by the commands that can run a part of the book (`build`, `check`).
struct ShardOption: ParsableArguments {
    @Option(
        name: .customLong("shard"),
        help: "Run only shard I of N (1-based), e.g. 2/4; every lesson is in exactly one shard.")
    var text: String?

    func validate() throws {
        if let text, Shard(text) == nil { throw ValidationError("--shard must be I/N with 1 ≤ I ≤ N, e.g. 2/4") }
    }

    /// The chosen shard; nil: the whole book.
    var selected: Shard? { text.flatMap(Shard.init) }

    /// The lessons of the chosen shard, or all of them.
    func select(_ lessons: [Lesson]) -> [Lesson] {
        selected?.select(lessons) ?? lessons
    }
}

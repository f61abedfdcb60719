import Foundation

/// An exercise: its task text (a paragraph that starts with **Exercise.** or **Упражнение.**), the
/// ```` ```swift exercise ```` starter that follows it, and an optional ```` ```swift solution ````.
///
/// Exercises are numbered per lesson; a page shows them as "Exercise N.k", N being the lesson's
/// place in reading order (known only to the book, see `displayNumber(lessonNumber:)`).
public struct Exercise: Hashable, Sendable {
    /// 1-based count within the lesson.
    public var number: Int
    /// `exr-NAME` from `{#exr-NAME}` right after the lead-in, for `@exr-NAME` references.
    public var label: String?
    /// Line of the task's lead-in paragraph.
    public var line: Int
    /// Index in `Lesson.snippets` of the starter; nil for an exercise without code.
    public var starter: Int?
    /// Index in `Lesson.snippets` of the solution, if the lesson gives one.
    public var solution: Int?

    public init(number: Int, label: String? = nil, line: Int, starter: Int? = nil, solution: Int? = nil) {
        self.number = number
        self.label = label
        self.line = line
        self.starter = starter
        self.solution = solution
    }

    /// "4.2" for the second exercise of the fourth lesson in reading order.
    public func displayNumber(lessonNumber: Int) -> String { "\(lessonNumber).\(number)" }

    /// The page anchor: the label, or `exercise-k`.
    public var anchor: String { label ?? "exercise-\(number)" }
}

extension Snippet {
    /// What a fence is for: a `swift run` cell, an exercise's starter, or its solution.
    public enum Role: String, Hashable, Sendable {
        /// ```` ```swift run ````: runs in the lesson's shared scope.
        case run
        /// ```` ```swift exercise ````: compiled where it stands (it sees earlier names) but never
        /// run, and defines nothing for later snippets.
        case exercise
        /// ```` ```swift solution ````: runs in its own scope, like an `expect-error` snippet: it
        /// sees earlier names and defines nothing for later snippets; a trap in it is an error,
        /// after which the lesson goes on.
        case solution
    }

    /// True when the snippet runs in a scope of its own that later snippets do not see, and can be
    /// skipped after it traps.
    var runsInOwnScope: Bool { options.expectError || role == .solution }
}

/// The lead-in that opens an exercise's task: a paragraph whose first inline is strong text
/// `Exercise.` or `Упражнение.`, optionally followed by a label `{#exr-NAME}`.
public enum ExerciseLeadIn {
    /// The words a lead-in may use, whatever the book's language.
    public static let words = ["Exercise", "Упражнение"]

    /// The label text right after the lead-in (`exr-relu` for `{#exr-relu}`), possibly malformed,
    /// and the paragraph's inlines without the lead-in and the label; nil when `paragraph` is not
    /// an exercise's lead-in.
    public static func recognise(_ paragraph: Markup) -> (label: String?, rest: [Markup])? {
        guard case .paragraph = paragraph.kind, let first = paragraph.children.first, case .strong = first.kind,
            words.contains(where: { first.plainText.trimmingCharacters(in: .whitespaces) == $0 + "." })
        else { return nil }
        var rest = Array(paragraph.children.dropFirst())
        // The text that follows, joined across the pieces cmark splits it into.
        var leading = ""
        while let next = rest.first, case .text(let piece) = next.kind {
            leading += piece
            rest.removeFirst()
        }
        var label: String?
        var text = Substring(leading).drop(while: { $0 == " " })
        if text.hasPrefix("{#"), let close = text.firstIndex(of: "}") {
            label = String(text[text.index(text.startIndex, offsetBy: 2)..<close])
            text = text[text.index(after: close)...].drop(while: { $0 == " " })
        }
        if !text.isEmpty { rest.insert(Markup(.text(String(text)), range: first.range), at: 0) }
        return (label, rest)
    }

    /// Whether `label` is a well-formed exercise label: `exr-` then letters, digits, `-` or `_`.
    public static func isValid(label: String) -> Bool {
        label.hasPrefix("exr-") && label.count > 4
            && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}

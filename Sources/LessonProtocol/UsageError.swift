/// Misuse of the library (shapes that do not broadcast, a negative learning rate, …) stops the
/// program with a message that says what was wrong, in PyTorch's words where PyTorch has them:
///
///     Usage error: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
///
/// `precondition` cannot do this: the runtime is built with `-O`, where it traps without a word. The
/// runtime writes the line (`usageFailure` in Activations); the engine finds it by `kind` and
/// reports it at the snippet's Markdown line (`Lessons/x.md:12:5: error: The size of tensor a (2) …`).
public enum UsageError {
    /// What starts the line on stderr, as `Fatal error` starts the standard library's.
    public static let kind = "Usage error"

    /// The line written to stderr for `message`.
    public static func line(_ message: String) -> String { kind + ": " + message }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Misuse of the library (shapes that do not broadcast, a negative learning rate, …) stops the
/// program with a message that says what was wrong, in PyTorch's words where PyTorch has them:
///
///     Usage error: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
///
/// `precondition` cannot do this: the runtime is built with `-O`, where it traps without a word. The
/// engine finds the line by `kind` and reports it at the snippet's Markdown line
/// (`Lessons/x.md:12:5: error: The size of tensor a (2) …`).
package enum UsageError {
    /// What starts the line on stderr, as `Fatal error` starts the standard library's.
    package static let kind = "Usage error"

    /// The line written to stderr for `message`.
    package static func line(_ message: String) -> String { kind + ": " + message }
}

/// Stops the program with `message` unless `condition` holds: the library's `precondition`, which
/// also speaks in optimised builds.
@inline(__always)
package func usageCheck(_ condition: Bool, _ message: @autoclosure () -> String) {
    if _slowPath(!condition) { usageFailure(message()) }
}

/// Writes `Usage error: message` to stderr, after what the program printed so far, and traps.
@inline(never)
package func usageFailure(_ message: String) -> Never {
    fflush(nil)  // what the snippet printed comes first
    let line = Array((UsageError.line(message) + "\n").utf8)
    line.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
            guard written > 0 else { break }
            offset += written
        }
    }
    // In optimised builds (the runtime's) this is a bare trap, SIGILL like `precondition`'s: nothing
    // more is printed, the backtracer still runs, and the engine takes the snippet's line from it.
    // Unoptimised builds add a `Fatal error` line, which the engine drops after a usage error.
    preconditionFailure()
}

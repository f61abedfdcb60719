import LessonProtocol

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The program side of the engine's output protocol; the engine side is
/// `Sources/LessonKit/Program/OutputProtocol.swift`, and the two must agree.
///
/// A marker is one line on standard output: `\u{1}lessons:<token>:<kind>[:<payload>]`. The token
/// comes from the environment (`LESSONS_TOKEN`), random per run, so ordinary output never looks
/// like a marker. Without a token (the program run by hand) nothing is marked.
enum OutputProtocol {
    static let token: String? = getenv("LESSONS_TOKEN").map { String(cString: $0) }
    static let skipped: Set<Int> = {
        guard let value = getenv("LESSONS_SKIP") else { return [] }
        return Set(String(cString: value).split(separator: ",").compactMap { Int($0) })
    }()

    static func write(kind: String, payload: String? = nil, fallback: String? = nil) {
        if let token {
            print("\u{1}lessons:\(token):\(kind)" + (payload.map { ":" + $0 } ?? ""))
        } else if let fallback {
            print(fallback)
        }
    }
}

/// Called by the generated lesson program before the first snippet: stdout becomes line buffered,
/// so printed text and stderr messages (traps) interleave as they happened.
public func _lessonsBegin() {
    setvbuf(stdout, nil, _IOLBF, 0)
}

/// Called by the generated lesson program where snippet `index` starts.
public func _lessonsSnippet(_ index: Int) {
    OutputProtocol.write(kind: "snippet", payload: String(index))
}

/// Whether an `expect-error` snippet should run (the engine skips it on a rerun after it trapped).
public func _lessonsShouldRun(_ index: Int) -> Bool {
    !OutputProtocol.skipped.contains(index)
}

/// Called by the generated lesson program after the last snippet finished.
public func _lessonsEnd() {
    OutputProtocol.write(kind: "end")
    fflush(stdout)
}

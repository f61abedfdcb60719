import LessonProtocol

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#endif

/// The program side of the engine's output protocol (`OutputMarker` in LessonProtocol).
///
/// Markers carry the token from the environment (`LESSONS_TOKEN`), random per run, so ordinary
/// output never looks like a marker. Without a token (the program run by hand) nothing is marked
/// and `fallback` text, if any, is printed instead.
enum OutputProtocol {
    static let token: String? = getenv(LessonEnvironment.token).map { String(cString: $0) }
    static let skipped: Set<Int> = {
        guard let value = getenv(LessonEnvironment.skip) else { return [] }
        return Set(String(cString: value).split(separator: ",").compactMap { Int($0) })
    }()

    /// The snippet running now and how many figures it has displayed, for figure ids.
    nonisolated(unsafe) static var snippet = 0
    nonisolated(unsafe) static var figuresInSnippet = 0

    /// Counts a figure of the current snippet and gives its id prefix, `f3-2` for the second figure
    /// of snippet 3 (counted from 1, as the pages number them). Unique on the lesson's page, so the
    /// ids inside inlined SVG figures never collide and never need rewriting.
    static func nextFigureID() -> String {
        figuresInSnippet += 1
        return "f\(snippet + 1)-\(figuresInSnippet)"
    }

    /// Shows a figure: a marker for the engine; run by hand (no token), the SVG document is written
    /// into the working directory as `figure-3-1.svg` for the figure with id `f3-1`, and its name
    /// is printed (`figure: figure-3-1.svg`). `fileSVG`, when given, is what that file holds instead
    /// (an explorable figure's default frame).
    static func writeFigure(svg: String, id: String, fileSVG: @autoclosure () -> String? = nil) {
        if let token {
            print(OutputMarker.figure(svg: svg).line(token: token))
            return
        }
        let name = "figure-\(id.dropFirst()).svg"
        guard let file = fopen(name, "w") else {
            print("figure: \(name) could not be written")
            return
        }
        fputs(fileSVG() ?? svg, file)
        fclose(file)
        print("figure: \(name)")
    }

    static func write(_ marker: OutputMarker, fallback: String? = nil) {
        if let token {
            print(marker.line(token: token))
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
    OutputProtocol.snippet = index
    OutputProtocol.figuresInSnippet = 0
    OutputProtocol.write(.snippet(index))
}

/// Called by the generated lesson program where an inline value of the prose stands in reading
/// order: its `description` is what the page shows.
public func _lessonsInline<Value>(_ index: Int, _ value: () -> Value) {
    let text = String(describing: value())
    OutputProtocol.write(.inline(index: index, text: text), fallback: "[\(index)] " + text)
}

/// Whether an `expect-error` snippet should run (the engine skips it on a rerun after it trapped).
public func _lessonsShouldRun(_ index: Int) -> Bool {
    !OutputProtocol.skipped.contains(index)
}

/// Called by the generated lesson program after the last snippet finished.
public func _lessonsEnd() {
    OutputProtocol.write(.end)
    fflush(stdout)
}

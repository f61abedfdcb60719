import Foundation

/// `lessons list`: the lessons in reading order with their snippet counts and whether the next
/// build would take their results from the cache.
public struct LessonListing: Sendable {
    public enum CacheStatus: String, Sendable {
        /// The next build reuses stored results: nothing to compile.
        case cached
        /// The next build compiles and runs this lesson.
        case stale = "not cached"
        /// No runtime, so no cache key (`list` was asked not to look).
        case unknown = "?"
        /// The file could not be loaded (see `Lesson.loadProblems`).
        case unloadable = "error"
    }

    public struct Entry: Sendable {
        public var order: Int?
        public var path: String
        public var title: String
        public var snippets: Int
        public var cache: CacheStatus
    }

    public var entries: [Entry]

    /// Lists `library`; with a runtime and a cache, each lesson's cache status too.
    public init(
        library: LessonLibrary, runtime: LessonRuntime?, cache: ResultCache?, settings: RunSettings = RunSettings()
    ) {
        entries = library.lessons.map { lesson in
            var status = lesson.loadProblems.isEmpty ? CacheStatus.unknown : .unloadable
            if status == .unknown, let runtime, let cache {
                let key = cache.key(for: lesson, runtime: runtime, settings: settings)
                status = cache.load(key: key, for: lesson) == nil ? .stale : .cached
            }
            return Entry(
                order: lesson.frontMatter.order, path: lesson.path, title: lesson.frontMatter.title,
                snippets: lesson.snippets.count, cache: status)
        }
    }

    /// Aligned columns: order, file, snippets, cache, title; then a total line.
    public func table(style: TerminalStyle = TerminalStyle(colors: false)) -> String {
        let header = ["#", "lesson", "snippets", "cache", "title"]
        let rows = entries.map { entry in
            [
                entry.order.map(String.init) ?? "-", entry.path, String(entry.snippets), entry.cache.rawValue,
                entry.title,
            ]
        }
        let widths = (0..<header.count - 1).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String], paint: (Int, String) -> String = { $1 }) -> String {
            cells.enumerated().map { column, cell in
                let padded =
                    column < widths.count ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) : cell
                return paint(column, padded)
            }.joined(separator: "  ")
        }
        var lines = [style.paint(line(header), .bold)]
        for row in rows {
            lines.append(
                line(row) { column, cell in
                    guard column == 3 else { return cell }
                    let colour: TerminalStyle.Color =
                        switch CacheStatus(rawValue: row[3]) {
                        case .cached: .green
                        case .stale: .yellow
                        case .unloadable: .red
                        case .unknown, nil: .dim
                        }
                    return style.paint(cell, colour)
                })
        }
        let snippets = entries.map(\.snippets).reduce(0, +)
        let cached = entries.filter { $0.cache == .cached }.count
        var total =
            "\(entries.count) lesson\(entries.count == 1 ? "" : "s"), \(snippets) snippet\(snippets == 1 ? "" : "s")"
        if entries.contains(where: { $0.cache != .unknown }) { total += ", \(cached) cached" }
        lines.append(total)
        return lines.joined(separator: "\n")
    }
}

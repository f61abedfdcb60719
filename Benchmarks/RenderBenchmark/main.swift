// Renders a large generated book (about 5 MB of Markdown, no snippets) to HTML and Markdown pages
// and compares the time with the `cmark` command rendering the same text to HTML, in one run.
// Target: parse + render ≤ 3 × cmark. Usage: Benchmarks/run-render [MEGABYTES]
import Foundation
import LessonCore
import LessonRender

let megabytes = CommandLine.arguments.count > 1 ? Double(CommandLine.arguments[1]) ?? 5 : 5
let lessonCount = 50

/// One lesson of about `bytes` bytes: headings, paragraphs with emphasis, links, code spans and
/// math, lists, pipe tables, callouts and code fences, in Russian and English, deterministic.
func lessonText(_ number: Int, bytes: Int) -> String {
    var text = "---\ntitle: Урок \(number)\norder: \(number)\n---\n\n# Урок \(number): функции активации\n\n"
    var section = 0
    while text.utf8.count < bytes {
        section += 1
        text += "## Раздел \(section) — ReLU и её производная\n\n"
        text += "Функция **ReLU** определяется как $\\max(0, x)$, а её производная равна $1$ при $x > 0$. "
        text += "См. [предыдущий урок](\(String(format: "%02d", max(1, number - 1)))-lesson.md) и `ReLU()(x)`. "
        text += "The *rectified linear unit* keeps positive inputs and zeroes the rest; it costs one comparison.\n\n"
        text += "$$\\sigma(x) = \\frac{1}{1 + e^{-x}}, \\qquad \\tanh(x) = 2\\sigma(2x) - 1$$\n\n"
        text += "- первый пункт со ссылкой на <https://pytorch.org>\n- второй пункт с `кодом`\n- третий пункт\n\n"
        text += "| x | ReLU(x) | ReLU'(x) |\n|--:|--:|--:|\n| -1 | 0 | 0 |\n| 0 | 0 | 0 |\n| 2 | 2 | 1 |\n\n"
        text += "> [!NOTE]\n> Производная в нуле — соглашение: библиотека берёт 0, как PyTorch.\n\n"
        text += "```swift\nlet x = Tensor([-2, -1, 0, 1, 2])\nprint(ReLU()(x)) // tensor([0, 0, 0, 1, 2])\n```\n\n"
        text += "```python\nimport torch\nprint(torch.relu(torch.tensor([-1.0, 2.0])))\n```\n\n"
    }
    return text
}

/// The body after the front matter (the first 5 lines), as the engine cuts it off before parsing.
/// Cutting front matter is the engine's work, not Markdown parsing, so it happens before timing.
func body(of text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines[5...].joined(separator: "\n")
}

func lesson(_ number: Int, _ text: String, body: String) -> Lesson {
    // As the engine does: the body parsed with file line numbers.
    let document = MarkdownParser.parse(body, firstLine: 6)
    return Lesson(
        path: String(format: "Lessons/%02d-lesson.md", number), source: text,
        frontMatter: FrontMatter(title: "Урок \(number)", order: number), document: document, snippets: [])
}

func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func best(of runs: Int, _ work: () -> Void) -> Double {
    (0..<runs).map { _ in seconds(work) }.min()!
}

let perLesson = Int(megabytes * 1_000_000) / lessonCount
let texts = (1...lessonCount).map { lessonText($0, bytes: perLesson) }
let bodies = texts.map(body(of:))
let totalBytes = texts.reduce(0) { $0 + $1.utf8.count }

// cmark alone, on the same text, as one file (its HTML goes to /dev/null).
let input = FileManager.default.temporaryDirectory.appendingPathComponent("render-benchmark-\(getpid()).md")
try texts.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
defer { try? FileManager.default.removeItem(at: input) }
guard let cmarkPath = ["/usr/bin/cmark", "/usr/local/bin/cmark"].first(where: FileManager.default.isExecutableFile)
else {
    print("cmark not found: install Debian's `cmark` package (Benchmarks/run-render does)")
    exit(1)
}
let cmark = best(of: 5) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: cmarkPath)
    process.arguments = [input.path]
    process.standardOutput = FileHandle.nullDevice
    try! process.run()
    process.waitUntilExit()
}

let renderer = SiteRenderer(site: SiteConfig(title: "Benchmark", language: "ru"))

var lessons: [Lesson] = []
let parse = best(of: 5) {
    lessons = texts.indices.map { lesson($0 + 1, texts[$0], body: bodies[$0]) }
}
let results = lessons.map { LessonResult(lesson: $0, snippets: []) }
var outputBytes = 0
let render = best(of: 5) { outputBytes = renderer.render(results).values.reduce(0) { $0 + $1.count } }

func row(_ name: String, _ time: Double) -> String {
    let padded = name.padding(toLength: 34, withPad: " ", startingAt: 0)
    return padded
        + String(format: "%8.1f ms %8.1f MB/s %6.2f× cmark", time * 1000, Double(totalBytes) / time / 1e6, time / cmark)
}
print(
    String(
        format: "input: %.2f MB of Markdown in %d lessons, no snippets; output %.2f MB", Double(totalBytes) / 1e6,
        lessonCount, Double(outputBytes) / 1e6))
print(row("cmark (CLI, parse + HTML)", cmark))
print(row("lessons: parse (libcmark → Markup)", parse))
print(row("lessons: render (HTML + Markdown)", render))
print(row("lessons: parse + render", parse + render))
let ratio = (parse + render) / cmark
print(String(format: "target ≤ 3× cmark: %@ (%.2f×)", ratio <= 3 ? "met" : "NOT met", ratio))

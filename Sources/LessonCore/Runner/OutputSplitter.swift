import LessonProtocol

/// Splits a lesson program's merged stdout and stderr into per-snippet output, following the
/// markers of `OutputMarker` (LessonProtocol), and caps each snippet's text.
struct OutputSplitter {
    /// The most text kept per snippet; the rest is dropped and the snippet marked truncated.
    let cap: Int
    let token: String
    private let markerStart: [UInt8]

    /// Output per snippet index, in order of appearance.
    private(set) var items: [Int: [OutputItem]] = [:]
    private(set) var truncated: Set<Int> = []
    /// Inline values by index, as the program wrote them.
    private(set) var inlineValues: [Int: String] = [:]
    /// Claims per snippet index, one per call site, in the order they first ran.
    private(set) var claims: [Int: [ClaimResult]] = [:]
    private var textBytes: [Int: Int] = [:]
    /// The snippet whose marker was seen last (nil before the first marker).
    private(set) var current: Int?
    private(set) var sawEnd = false
    /// Output before the first marker (should stay empty).
    private(set) var preamble: [UInt8] = []
    private var line: [UInt8] = []
    /// Text of the current snippet not yet turned into an item (appending to a `String` item line by
    /// line would copy it over and over).
    private var pendingText: [UInt8] = []

    init(token: String, cap: Int) {
        self.token = token
        self.cap = cap
        self.markerStart = Array(OutputMarker.head(token: token).utf8)
    }

    mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            line.append(byte)
            if byte == UInt8(ascii: "\n") {
                processLine()
            } else if line.count > max(cap, 1 << 16) + markerStart.count {
                // A very long line without a newline: pass on all but a tail that might start a marker.
                let keep = markerStart.count
                appendText(line[..<(line.count - keep)])
                line.removeFirst(line.count - keep)
            }
        }
    }

    /// Flushes a last line without a newline.
    mutating func finish() {
        if !line.isEmpty { processLine() }
        flushText()
    }

    private mutating func flushText() {
        guard let current, !pendingText.isEmpty else { return }
        items[current, default: []].append(.text(String(decoding: pendingText, as: UTF8.self)))
        pendingText.removeAll()
    }

    private mutating func processLine() {
        defer { line.removeAll(keepingCapacity: true) }
        guard let start = firstMarker(in: line) else {
            appendText(line[...])
            return
        }
        appendText(line[..<start])
        var text = String(decoding: line[start...], as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        switch OutputMarker.parse(text[...], token: token) {
        case .snippet(let index):
            flushText()
            current = index
        case .figure(let svg): append(.figure(svg: svg))
        case .table(let headers, let rows): append(.table(DisplayTable(headers: headers, rows: rows)))
        case .claim(let line, let column, let held, let statement): recordClaim(line, column, held, statement)
        case .inline(let index, let text): inlineValues[index] = text
        case .end: sawEnd = true
        case nil: appendText(line[start...])
        }
    }

    private func firstMarker(in line: [UInt8]) -> Int? {
        guard line.count >= markerStart.count, let first = markerStart.first else { return nil }
        var index = 0
        while index + markerStart.count <= line.count {
            if line[index] == first, line[index..<index + markerStart.count].elementsEqual(markerStart) { return index }
            index += 1
        }
        return nil
    }

    /// A call site counts once; it fails if any of its evaluations failed.
    private mutating func recordClaim(_ line: Int, _ column: Int, _ held: Bool, _ statement: String) {
        guard let current else { return }
        var list = claims[current, default: []]
        if let known = list.firstIndex(where: { $0.line == line && $0.column == column }) {
            list[known].held = list[known].held && held
        } else {
            list.append(ClaimResult(line: line, column: column, statement: statement, held: held))
        }
        claims[current] = list
    }

    private mutating func append(_ item: OutputItem) {
        flushText()
        guard let current else { return }
        items[current, default: []].append(item)
    }

    private mutating func appendText(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty else { return }
        guard let current else {
            preamble.append(contentsOf: bytes)
            return
        }
        let used = textBytes[current, default: 0]
        guard used < cap else {
            truncated.insert(current)
            return
        }
        var kept = bytes
        if used + bytes.count > cap {
            kept = bytes.prefix(cap - used)
            truncated.insert(current)
        }
        textBytes[current] = used + kept.count
        pendingText.append(contentsOf: kept)
    }
}

import Foundation
import LessonProtocol
import Testing

/// The runtime writes markers and the engine reads them through the same type; these tests pin the
/// wire format both sides rely on.
@Suite struct OutputMarkerTests {
    static let token = "0123abcd"

    @Test(arguments: [
        OutputMarker.snippet(0), .snippet(41), .end,
        .figure(svg: "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<desc>Линия, ε</desc></svg>"),
        .table(headers: ["x", "relu(x)"], rows: [["-1", "0"], ["a,b;c", "строка\nдве"], []]),
        .table(headers: [], rows: []),
        .claim(line: 12, column: 5, held: true, statement: "ReLU(−1) = 0: a claim: with colons"),
        .claim(line: 1, column: 1, held: false, statement: ""),
        .inline(index: 3, text: "3,7"), .inline(index: 0, text: "line\nбreak:"),
    ])
    func roundTrips(_ marker: OutputMarker) {
        let line = marker.line(token: Self.token)
        #expect(!line.contains("\n"), "a marker is one line")
        #expect(OutputMarker.parse(line[...], token: Self.token) == marker)
    }

    @Test func aMarkerOfAnotherRunIsOrdinaryOutput() {
        let line = OutputMarker.snippet(3).line(token: "other")
        #expect(OutputMarker.parse(line[...], token: Self.token) == nil)
        #expect(OutputMarker.parse("lessons:\(Self.token):snippet:3", token: Self.token) == nil, "no \\u{1} prefix")
        #expect(OutputMarker.parse("\u{1}lessons:\(Self.token):unknown:1", token: Self.token) == nil)
    }

    @Test func theWireFormatIsStable() {
        #expect(OutputMarker.snippet(2).line(token: "t") == "\u{1}lessons:t:snippet:2")
        #expect(OutputMarker.figure(svg: "<svg/>").line(token: "t") == "\u{1}lessons:t:figure:PHN2Zy8+")
    }

    /// `Package.swift` lists the runtime's targets for its `LessonRuntime` product; the engine hashes
    /// and imports what `RuntimeModules` lists. The two lists are one fact written twice, so this
    /// test keeps them equal.
    @Test func runtimeTargetsMatchThePackageManifest() throws {
        let manifest = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Package.swift")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("let runtimeTargets = [") })
        let names = line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(names == RuntimeModules.targets)
        #expect(Set(RuntimeModules.imported).isSubset(of: Set(names)))
    }
}

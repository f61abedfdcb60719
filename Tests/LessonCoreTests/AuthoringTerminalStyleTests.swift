import Foundation
import Testing

@testable import LessonCore

/// Colours only where a person reads them; plain `file:line: error:` text everywhere else.
@Suite struct AuthoringTerminalStyleTests {
    let mismatch = Diagnostic(
        path: "Lessons/02-relu.md", line: 21, message: "output does not match",
        notes: ["--- expected", "+++ actual", "@@ -1 +1 @@", "-[0, 1]", "+[0, 2]", " same"])

    @Test func noColorAndDumbTerminalsTurnColoursOff() {
        #expect(TerminalStyle.allowsColor([:]))
        #expect(TerminalStyle.allowsColor(["NO_COLOR": ""]))
        #expect(!TerminalStyle.allowsColor(["NO_COLOR": "1"]))
        #expect(!TerminalStyle.allowsColor(["TERM": "dumb"]))
        // A pipe (the test runner's output is not a terminal here) never gets colours.
        let pipe = Pipe()
        #expect(!TerminalStyle.forDescriptor(pipe.fileHandleForWriting.fileDescriptor, environment: [:]).colors)
    }

    @Test func plainStyleIsExactlyTheDiagnosticText() {
        #expect(TerminalStyle(colors: false).diagnostic(mismatch) == mismatch.formatted)
        #expect(TerminalStyle(colors: false).summary("3 passed, 0 failed", failed: false) == "3 passed, 0 failed")
    }

    @Test func colouredStyleKeepsTheTextAndMarksSeverityAndDiff() {
        let coloured = TerminalStyle(colors: true).diagnostic(mismatch)
        let escape = "\u{1B}"
        #expect(coloured.contains("\(escape)[1;31merror:\(escape)[0m"))
        #expect(coloured.contains("\(escape)[31m-[0, 1]\(escape)[0m"))
        #expect(coloured.contains("\(escape)[32m+[0, 2]\(escape)[0m"))
        #expect(!coloured.contains("\(escape)[31m--- expected"))
        // Removing the escapes gives back the plain text, so nothing is lost on a terminal.
        let stripped = coloured.replacing(#/\x{1B}\[[0-9;]*m/#, with: "")
        #expect(stripped == mismatch.formatted)
        #expect(TerminalStyle(colors: true).summary("1 failed", failed: true) == "\(escape)[1;31m1 failed\(escape)[0m")
    }
}

import Foundation
import Testing

@testable import LessonCore

/// The fixture lessons in `Fixtures/Engine`, compiled and run for real against the runtime.
@Suite struct LessonEngineTests {
    @Test func snippetsShareStateAndMayRedefineNames() throws {
        let result = try EngineFixtures.result("01-shared-state")
        #expect(result.diagnostics == [])
        #expect(result.snippets.map(\.status) == [.succeeded, .succeeded, .succeeded, .succeeded, .succeeded])
        // The hidden setup prints nothing; its `inputs` reaches the next snippets.
        #expect(result.snippets[0].items == [])
        #expect(result.snippets[1].text == "[0.0, 0.0, 0.0, 1.0, 2.0]\n")
        // The second `relu` shadows the first; the extension was hoisted and works.
        #expect(result.snippets[2].text == "[-0.2, -0.1, 0.0, 1.0, 2.0]\n2.0\nafter\n")
    }

    @Test func aLaterSnippetExtendsAnEarlierSnippetsTypeAndRedefinitionStillShadows() throws {
        let result = try EngineFixtures.result("08-local-types")
        #expect(result.diagnostics == [])
        #expect(result.snippets.map(\.text) == ["1\n", "Neuron(weight: 0.5)\n", "2\n"])
    }

    @Test func plainSwiftFencesAreNotRun() throws {
        let result = try EngineFixtures.result("01-shared-state")
        #expect(result.lesson.snippets.count == 5)
        #expect(!result.snippets.contains { $0.text.contains("not run") })
    }

    @Test func displayedTablesAndFiguresArriveInOrderWithText() throws {
        let items = try EngineFixtures.result("01-shared-state").snippets[2].items
        #expect(items.count == 6)
        #expect(
            Array(items.prefix(3)) == [
                .text("[-0.2, -0.1, 0.0, 1.0, 2.0]\n2.0\n"),
                .table(DisplayTable(headers: ["x", "relu(x)"], rows: [["-1", "0"], ["1", "1"]])),
                .figure(svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            ])
        #expect(items.last == .text("after\n"))
        // The same figure shown twice gets ids unique on the page where it is made: snippet 3,
        // figures 2 and 3 (the raw SVG counts as figure 1 and is left as written).
        guard items.count == 6, case .figure(let first) = items[3], case .figure(let second) = items[4] else {
            Issue.record("expected two figures, got \(items)")
            return
        }
        #expect(first.contains(#"<title id="f3-2-title">same</title>"#))
        #expect(second.contains(#"<title id="f3-3-title">same</title>"#))
    }

    @Test func isolatedSnippetSeesNoEarlierState() throws {
        // It may declare `inputs` again at its own top level, and prints its own value.
        #expect(try EngineFixtures.result("01-shared-state").snippets[3].text == "own\n")
    }

    @Test func nondeterministicOutputIsNotCompared() throws {
        let check = LessonCheck(try EngineFixtures.result("01-shared-state"))
        #expect(check.diagnostics == [])
        #expect(check.passedCount == 5)
    }

    @Test func compileErrorNamesTheMarkdownLineAndColumn() throws {
        let result = try EngineFixtures.result("02-compile-error")
        let line = try #require(EngineFixtures.line(of: "undefinedName", in: result.lesson))
        let error = try #require(result.diagnostics.first)
        #expect(error.path == result.lesson.path)
        #expect(error.line == line)
        // `print(value + undefinedName)`: the name starts in column 15.
        #expect(error.column == 15)
        #expect(error.message.contains("undefinedName"))
        #expect(error.formatted.hasPrefix("\(result.lesson.path):\(line):15: error: "))
        #expect(result.snippets.map(\.status) == [.notRun, .failed])
    }

    @Test func trapInTheThirdOfFiveSnippets() throws {
        let result = try EngineFixtures.result("03-trap")
        #expect(result.snippets.map(\.status) == [.succeeded, .succeeded, .failed, .notRun, .notRun])
        #expect(result.snippets[0].text == "one\n")
        #expect(result.snippets[1].text == "two\n")
        let line = try #require(EngineFixtures.line(of: "print(numbers[index])", in: result.lesson))
        // The trapping snippet keeps what it printed, then the trap at its Markdown line.
        let text = result.snippets[2].text
        #expect(text.hasPrefix("three\n"))
        #expect(text.contains("03-trap.md:\(line):"))
        #expect(text.contains("Fatal error: Index out of range"))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.line == line)
        #expect(diagnostic.message == "Fatal error: Index out of range")
    }

    @Test func infiniteLoopIsStoppedByTheTimeLimit() throws {
        let result = try EngineFixtures.result("04-timeout")
        #expect(result.snippets.map(\.status) == [.succeeded, .failed, .notRun])
        #expect(result.snippets[0].text == "started\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.line == result.lesson.snippets[1].fenceLine)
        #expect(diagnostic.message == "timed out after 2 s")
        #expect(result.duration < 45)  // compile + 2 s: far below, even on a loaded 2-core machine
    }

    @Test func hugeOutputIsCappedWithAVisibleNote() throws {
        let result = try EngineFixtures.result("05-big-output")
        let big = result.snippets[0]
        #expect(big.status == .succeeded)
        #expect(big.truncated)
        #expect(big.text.utf8.count <= RunSettings().outputCap + 100)
        #expect(big.text.hasSuffix(RunSettings.truncationNote(cap: RunSettings().outputCap)))
        #expect(big.text.hasPrefix(String(repeating: "x", count: 1023) + "\n"))
        // The next snippet's output is not lost behind the cap.
        #expect(result.snippets[1].text == "still here\n")
        #expect(!result.snippets[1].truncated)
    }

    @Test func outputMismatchIsReportedAtTheOutputFenceWithADiff() throws {
        let result = try EngineFixtures.result("06-mismatch")
        let check = LessonCheck(result)
        let diagnostic = try #require(check.diagnostics.first)
        #expect(check.diagnostics.count == 1)
        #expect(diagnostic.line == result.lesson.snippets[0].expectedOutput?.fenceLine)
        #expect(diagnostic.notes.contains("-BETA"))
        #expect(diagnostic.notes.contains("+beta"))
        #expect(diagnostic.notes.contains(" alpha"))
        #expect(CheckSummary([check]).line == "0 passed, 1 failed")
    }

    @Test func expectErrorSnippetsShowTheirErrorsAndTheLessonGoesOn() throws {
        let result = try EngineFixtures.result("07-expect-error")
        #expect(
            result.snippets.map(\.status) == [.succeeded, .failedAsExpected, .failedAsExpected, .succeeded, .failed])
        // A compile error: its diagnostic, at the Markdown line, is the output.
        let compileLine = try #require(EngineFixtures.line(of: "\"ten\"", in: result.lesson))
        #expect(result.snippets[1].text.hasPrefix("07-expect-error.md:\(compileLine):"))
        #expect(result.snippets[1].text.contains("error: cannot convert value of type 'String'"))
        // A trap: what it printed, then the trap; later snippets still run and see earlier state.
        #expect(result.snippets[2].text.hasPrefix("before the trap\n"))
        #expect(result.snippets[2].text.contains("Fatal error: Index out of range"))
        #expect(result.snippets[3].text == "base is 10\n")
        // An expect-error snippet that works is an error at its fence.
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.line == result.lesson.snippets[4].fenceLine)
        #expect(result.diagnostics.first?.message.contains("expect-error") == true)
    }

    @Test func resultsComeBackInLessonOrder() throws {
        let slugs = try EngineFixtures.engineResults.get().map(\.lesson.slug)
        #expect(
            slugs == [
                "01-shared-state", "02-compile-error", "03-trap", "04-timeout", "05-big-output", "06-mismatch",
                "07-expect-error",
                "08-local-types", "09-usage-error", "10-own-activation",
            ])
    }

    /// The runtime is built with `-O`, where `precondition` says nothing: a misuse of the library
    /// still reaches the author with its message, at the snippet's line, on the page and in `check`.
    @Test func usageErrorOfTheLibraryIsReportedWithItsMessageAtTheSnippetsLine() throws {
        let result = try EngineFixtures.result("09-usage-error")
        #expect(result.snippets.map(\.status) == [.failedAsExpected, .failed])
        let message = "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1"
        let line = try #require(EngineFixtures.line(of: "print(a + b)", in: result.lesson))
        // `print(a + b)`: the `+` is in column 9.
        #expect(result.snippets[1].text == "adding\n09-usage-error.md:\(line):9: error: \(message)\n")
        #expect(!result.snippets[1].text.contains("signal"))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.formatted == "\(result.lesson.path):\(line):9: error: \(message)")
        // An expect-error snippet shows its usage error as its output, and the lesson goes on.
        let sgdLine = try #require(EngineFixtures.line(of: "SGD(", in: result.lesson))
        #expect(result.snippets[0].text.hasPrefix("09-usage-error.md:\(sgdLine):"))
        #expect(
            result.snippets[0].text.contains(": error: Invalid learning rate: -0.1 (SGD's lr must not be negative)\n"))
    }

    /// An author's activation with only f and f′ runs on tensors with autograd, on arrays, and plots.
    @Test func anAuthorsActivationNeedsOnlyTheTwoDoubleMethods() throws {
        let result = try EngineFixtures.result("10-own-activation")
        #expect(result.diagnostics == [])
        #expect(result.snippets.map(\.status) == [.succeeded])
        let items = result.snippets[0].items
        #expect(
            items.first
                == .text(
                    "tensor([1., 4., 9.], grad_fn=<SquareBackward0>)\ntensor([ 2., -4.,  6.])\n[2.25, 0.25] [0.25]\n"))
        #expect(items.contains { if case .figure(let svg) = $0 { svg.hasPrefix("<svg") } else { false } })
    }
}

import Foundation
import LessonTestSupport
import Testing

@testable import LessonCore

/// `check --junit` output must be what CI systems accept: it is validated with `xmllint --schema`
/// against the JUnit XML schema in `Fixtures/Authoring/junit.xsd` (the Jenkins/Ant shape).
@Suite struct AuthoringJUnitSchemaTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/Authoring/junit.xsd"
    ).path

    /// `xmllint`'s path; nil when it is missing (then the test fails under CI and is skipped otherwise).
    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var canValidate: Bool {
        if xmllint == nil && ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("xmllint is missing (Debian: libxml2-utils); scripts/bootstrap should install it")
        }
        return xmllint != nil
    }

    /// Validates `xml`; returns xmllint's complaints, empty when valid.
    static func validate(_ xml: String) throws -> String {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        try folder.write("report.xml", xml)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(xmllint))
        process.arguments = ["--noout", "--schema", schema, folder.path + "/report.xml"]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? "" : output
    }

    /// Results of every kind `check` reports, built by hand (nothing compiled): a pass, an output
    /// mismatch, a trap followed by a snippet not run, an expected error, a problem outside every
    /// snippet, and text that needs escaping.
    static func checks() throws -> [LessonCheck] {
        let source = """
            ---
            title: Everything
            ---

            ```swift run id=first
            print("<ok> & \\"fine\\"")
            ```

            ```output
            <ok> & "fine"
            ```

            ```swift run
            print(1)
            ```

            ```output
            2
            ```

            ```swift run
            fatalError("boom")
            ```

            ```swift run
            print("never")
            ```

            ```swift run expect-error
            let x: Int = "a"
            ```
            """
        let lesson = try LessonParser.parse(path: "Lessons/01-every <kind>.md", source: source)
        let result = LessonResult(
            lesson: lesson,
            snippets: [
                SnippetResult(status: .succeeded, items: [.text("<ok> & \"fine\"\n")]),
                SnippetResult(status: .succeeded, items: [.text("1\n")]),
                SnippetResult(status: .failed, items: [.text("Fatal error: boom\u{7}\n")]),
                SnippetResult(status: .notRun),
                SnippetResult(status: .failedAsExpected, items: [.text("error: cannot convert\n")]),
            ],
            diagnostics: [
                Diagnostic(
                    path: lesson.path, line: lesson.snippets[2].codeLine, message: "Fatal error: boom \u{1}<trap>"),
                Diagnostic(path: lesson.path, line: 1, message: "a problem outside every snippet"),
            ],
            duration: 1.23456)
        let clean = try LessonParser.parse(
            path: "Lessons/02-clean.md", source: "---\ntitle: Clean\n---\n\n```swift run\nprint(3)\n```\n")
        let empty = try LessonParser.parse(path: "Lessons/03-prose.md", source: "---\ntitle: Prose\n---\n\nNo code.\n")
        return [
            LessonCheck(result),
            LessonCheck(
                LessonResult(
                    lesson: clean, snippets: [SnippetResult(status: .succeeded, items: [.text("3\n")])], cached: true)),
            LessonCheck(LessonResult(lesson: empty, snippets: [])),
        ]
    }

    @Test(.enabled(if: canValidate, "xmllint is not installed (Debian: libxml2-utils)"))
    func reportOfEveryKindOfOutcomeIsValidJUnit() throws {
        let xml = JUnitReport.xml(try Self.checks())
        #expect(try Self.validate(xml) == "")
        // What a CI reader would show: counts and the failures with their file:line.
        #expect(xml.contains("<testsuites name=\"lessons\" tests=\"7\" failures=\"4\""))
        #expect(xml.contains("Lessons/01-every &lt;kind&gt;.md:"))
        #expect(!xml.contains("\u{1}"))
    }

    @Test(.enabled(if: canValidate, "xmllint is not installed (Debian: libxml2-utils)"))
    func translationErrorsAreFailuresAndWarningsAreNot() throws {
        let problems = [
            Diagnostic(path: "Lessons/en/01-a.md", line: 9, message: "stale translation: the source <paragraph>"),
            Diagnostic(path: "Lessons/en/01-a.md", line: 20, message: "stale translation: the source heading"),
            Diagnostic(.warning, path: "Lessons/ru/02-b.md", line: 1, message: "missing translation"),
        ]
        let xml = JUnitReport.xml(try Self.checks(), translationProblems: problems)
        #expect(try Self.validate(xml) == "")
        #expect(xml.contains("<testsuites name=\"lessons\" tests=\"8\" failures=\"5\""))
        #expect(xml.contains("<testsuite name=\"translations\" tests=\"1\" failures=\"1\""))
        #expect(xml.contains("Lessons/en/01-a.md:9: error: stale translation: the source &lt;paragraph&gt;\n"))
        #expect(xml.contains("Lessons/en/01-a.md:20: error:"))
        #expect(!xml.contains("02-b.md"))
    }

    @Test(.enabled(if: canValidate, "xmllint is not installed (Debian: libxml2-utils)"))
    func schemaRejectsWhatCIReadersWouldReject() throws {
        // The schema is a real check, not one that accepts anything.
        #expect(
            try Self.validate(
                "<testsuites><testsuite name=\"a\"><testcase name=\"x\" classname=\"c\"/></testsuite></testsuites>")
                != "")
        #expect(
            try Self.validate(
                "<testsuites><testsuite name=\"a\" tests=\"1\"><testcase name=\"x\" classname=\"c\"><oops/></testcase></testsuite></testsuites>"
            ) != "")
        #expect(try Self.validate("<testsuites><testsuite name=\"a\" tests=\"1\" time=\"1,5\"/></testsuites>") != "")
        #expect(try Self.validate("<testsuites><testsuite name=\"a\" tests=\"1\" time=\"1.5\"/></testsuites>") == "")
    }
}

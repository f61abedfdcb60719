import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// `claim` end to end: statements checked where the lesson runs, reported at their call site,
/// counted once per site, and the book's number formatter in the book's language.
@Suite struct ClaimTests {
    static let source = """
        ---
        title: Claims
        ---

        ```swift run
        let xs = [-2.0, -1.0, 0.0, 1.0, 2.0]
        claim(xs.map { max(0, $0) }.min() == 0, "ReLU never goes below zero")
        for x in xs {
            claim(x < 1.5, "every input is below 1.5")
        }
        print("after the claims")
        ```

        ## Later & more

        ```swift run hide
        claim(true, "a later snippet still runs")
        print(fmt(3.6789, digits: 1), fmt(-0.25), fmt(15000), fmt(-0.001, digits: 2))
        ```

        """

    static func run(language: String) throws -> LessonResult {
        let folder = try EngineFixtures.lessonsFolder([])
        try source.write(toFile: folder + "/01-claims.md", atomically: true, encoding: .utf8)
        let library = try LessonLibrary.load(directory: folder)
        let engine = LessonEngine(
            runtime: try EngineFixtures.runtime.get(), settings: RunSettings(language: language), cacheDirectory: nil)
        return try #require(engine.run(library.lessons).first)
    }

    @Test func aFalseClaimFailsAtItsCallSiteAndTheLessonGoesOn() throws {
        let result = try Self.run(language: "ru")
        let loopLine = try #require(EngineFixtures.line(of: "every input is below", in: result.lesson))
        // Swift's #column of a call is that of its argument list: `claim(` starts at column 5.
        #expect(
            result.diagnostics.map(\.formatted) == [
                "\(result.lesson.path):\(loopLine):10: error: claim failed: every input is below 1.5"
            ])
        #expect(result.snippets[0].text == "after the claims\n", "the snippet goes on after a failed claim")
        #expect(result.snippets[1].status == .succeeded, "and so do later snippets")
        // Once per call site: the loop ran five times, with two failures, and counts as one claim.
        #expect(
            result.claims.map(\.statement) == [
                "ReLU never goes below zero", "every input is below 1.5", "a later snippet still runs",
            ])
        #expect(result.claims.map(\.held) == [true, false, true])
        let summary = CheckSummary([LessonCheck(result)])
        #expect(summary.claimsLine == "claims: 2 held, 1 failed")
        #expect(summary.failed == 1, "the snippet with the failed claim fails the check")
    }

    @Test func numbersInProseFollowTheBooksLanguage() throws {
        #expect(try Self.run(language: "ru").snippets[1].text == "3,7 −0,25 15\u{00A0}000 0,00\n")
        #expect(try Self.run(language: "en").snippets[1].text == "3.7 −0.25 15,000 0.00\n")
    }

    @Test func theVerifiedPageListsEveryClaimWithItsSection() throws {
        let result = try Self.run(language: "en")
        let files = SiteRenderer(site: SiteConfig(title: "T", language: "en")).render([result])
        let html = String(decoding: try #require(files["html/verified.html"]), as: UTF8.self)
        #expect(html.contains("<h1>What this book verifies</h1>"))
        #expect(
            html.contains(
                #"<li class="claim-held">✓ ReLU never goes below zero — <a href="01-claims.html">Claims</a></li>"#))
        #expect(
            html.contains(
                #"<li class="claim-failed">✗ every input is below 1.5 — <a href="01-claims.html">Claims</a></li>"#))
        #expect(
            html.contains(#"✓ a later snippet still runs — <a href="01-claims.html#later-more">Later &amp; more</a>"#),
            "a hidden snippet's claim links to the section it stands in")
        let markdown = String(decoding: try #require(files["markdown/verified.md"]), as: UTF8.self)
        #expect(markdown.contains("- ✓ a later snippet still runs — [Later \\& more](01-claims.md#later-more)"))
        let index = String(decoding: try #require(files["html/index.html"]), as: UTF8.self)
        #expect(index.contains(#"<a href="verified.html">What this book verifies</a>"#))
    }
}

import ActivationReference
import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// Searches an English edition (`lang="en"`) in headless Chromium: another form of a word finds the
/// form the book uses (plural, -ation, -ing, -ed, doubled consonant), and a word the text lacks finds nothing.
@Suite(.serialized) struct EnglishSearchBrowserTests {
    static let nonlinearity = """
        ---
        title: Nonlinearity
        order: 1
        ---

        # Nonlinearity

        Each layer applies an activation to its weighted sum.

        ## Weight scale

        Initialize the weights so that the variance of the outputs stays the same from layer to layer.
        """

    static let training = """
        ---
        title: Training deep networks
        order: 2
        ---

        # Training deep networks

        Deep networks learn slowly when nothing is done about it.

        ## Backpropagation

        The gradient shrinks from layer to layer on its way back.

        ## Dead units

        A unit whose input is always negative will die: its output is zero for every example.

        ## Early stop

        Training stops when the validation loss rises.
        """

    static let site = SiteConfig(title: "ReLU from scratch", language: "en", author: "The authors")

    static let searches: [(query: String, finds: String)] = [
        ("activations", "01-nonlinearity.html#nonlinearity"),
        ("gradients", "02-training-deep-networks.html#backpropagation"),
        ("initialization", "01-nonlinearity.html#weight-scale"),
        ("stopped", "02-training-deep-networks.html#early-stop"),
        ("Examples", "02-training-deep-networks.html#dead-units"),
    ]

    /// The English site of the two lessons above, with the activation reference pages.
    static func render() -> [String: [UInt8]] {
        let lessons = [
            Fixture.lesson(path: "01-nonlinearity.md", source: Self.nonlinearity),
            Fixture.lesson(path: "02-training-deep-networks.md", source: Self.training),
        ]
        return SiteRenderer(site: Self.site, sources: [ActivationReferencePages()])
            .render(lessons.map { LessonResult(lesson: $0, snippets: []) })
    }

    /// Russian an English page may hold: the link to the Russian edition, named in Russian.
    static var quotedRussian: [Regex<Substring>] { [#/<a [^>]*lang="ru"[^>]*>[^<]*</a>/#, #/\[Русский\]\([^)]*\)/#] }

    /// Every string the engine puts on an English page (interface, reference pages, the page of
    /// checks, the index, Markdown pages) is English: no Cyrillic letter outside `quotedRussian`,
    /// and spelled as the book is (US: zero-centered, initialization).
    @Test func englishPagesHaveNoRussian() throws {
        let files = Self.render()
        let pages = files.keys.filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }.sorted()
        #expect(pages.contains("html/reference/relu.html") && pages.contains("markdown/reference/relu.md"), "\(pages)")
        for page in pages { Self.expectEnglish(Fixture.text(files, page), page) }
        let british = ["centred", "isation", "colour", "behaviour", "normalise", "initialise"]
        for page in pages {
            let text = Fixture.text(files, page).lowercased()
            #expect(british.filter(text.contains).isEmpty, "\(page): US spelling, as the book uses")
        }
    }

    /// The English edition of a book in two editions, language switch included, is English too.
    @Test func theEnglishEditionOfATwoLanguageBookHasNoRussian() throws {
        let files = try EditionSiteTests.site()
        let pages = files.keys.filter {
            ($0.hasPrefix("html/en/") || $0.hasPrefix("markdown/en/")) && ($0.hasSuffix(".html") || $0.hasSuffix(".md"))
        }
        #expect(pages.contains("html/en/01-intro.html") && pages.contains("markdown/en/01-intro.md"), "\(pages)")
        #expect(files["html/en/01-intro.html"]?.contains("lang=\"ru\"") == true, "the switch to the Russian edition")
        for page in pages.sorted() { Self.expectEnglish(files[page] ?? "", page) }
    }

    static func expectEnglish(_ page: String, _ path: String) {
        var text = page
        for quoted in quotedRussian { text = text.replacing(quoted, with: "") }
        let russian = text.split(separator: "\n").filter {
            $0.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
        }
        #expect(russian.isEmpty, "\(path) has Russian:\n\(russian.prefix(5).joined(separator: "\n"))")
    }

    @Test(.enabled(if: ExternalTools.shouldRun("chromium")))
    func anotherFormOfAWordFindsTheFormTheBookUses() throws {
        let chromium = try #require(
            ExternalTools.find("chromium"), "chromium is not installed (apt-get install chromium)")
        let root = try ExternalTools.write(Self.render(), to: "english-search-site")
        let harness = root.appendingPathComponent("search.html")
        let queries = Self.searches.map(\.query) + ["saturation"]
        try Data(SearchIndexTests.harness(pages: queries.map { "html/index.html?q=" + $0 }).utf8).write(to: harness)
        let result = try ExternalTools.run(
            chromium,
            BrowserTests.flags + [
                "--allow-file-access-from-files", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
                "--dump-dom", harness.absoluteString,
            ])
        let report = try #require(
            BrowserTests.between(result.output, "<pre id=\"result\">", "</pre>"), "no result:\n\(result.output)")
        let found = try JSONDecoder().decode([SearchIndexTests.Search].self, from: Data(report.utf8))
        try #require(found.count == queries.count, "\(report)")
        for (search, expected) in zip(found, Self.searches) {
            #expect(search.links.first == expected.finds, "\(expected.query) finds \(expected.finds): \(search.links)")
            #expect(!search.marks.isEmpty, "\(expected.query): the match is marked")
        }
        let nothing = try #require(found.last)
        #expect(nothing.links.isEmpty, "saturation is in no page: \(nothing.links)")
        #expect(nothing.status.isEmpty == false && !nothing.status.contains { ("а"..."я").contains($0) })
    }
}

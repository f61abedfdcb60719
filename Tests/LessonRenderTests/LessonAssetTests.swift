import Testing

@testable import LessonCore
@testable import LessonRender

/// Local images and files on the rendered pages: which destinations are files of the book, where
/// each reference is (for diagnostics), and that both pages point at the copies under `assets/`.
@Suite struct LessonAssetTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]
    static let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>\n".utf8)
    static let csv = Array("x,y\n1,2\n".utf8)

    static let source = """
        ---
        title: Сеть
        ---

        Схема: ![Схема сети](images/net.png "Сеть") и [данные](./data/x.csv#top).
        Снаружи: ![logo](https://example.com/logo.png), [якорь](#схема), [урок](02-relu.md),
        ![inline](data:image/png;base64,AAAA) и ![cdn](//cdn.example.com/a.png).

        - В списке: ![снова](images/../images/net.png)

        | Вид | Картинка |
        |-----|----------|
        | сеть | ![ячейка](images/net.png) |

        <figure>
          <img alt="диаграмма"
               src="diagram.svg" width="300">
        </figure>

        По ссылке: ![ref][схема]

        ```swift
        // ![код](images/net.png) stays code
        ```

        [схема]: images/net.png
        """

    static var lesson: Lesson {
        get throws { try LessonParser.parse(path: "Lessons/01-net.md", source: source) }
    }

    static func line(of needle: String) -> Int {
        (source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    /// The site for the lesson with its files read, as the pipeline hands them over.
    static func site(assets: [LessonAsset]?) throws -> [String: [UInt8]] {
        var result = LessonResult(lesson: try lesson, snippets: [])
        result.assets = assets
        let renderer = SiteRenderer(site: SiteConfig(title: "Книга", language: "ru"))
        return renderer.render([result])
    }

    static let assets = [
        LessonAsset(path: "data/x.csv", bytes: csv), LessonAsset(path: "diagram.svg", bytes: svg),
        LessonAsset(path: "images/net.png", bytes: png),
    ]

    @Test func destinationsThatAreFilesOfTheBook() {
        #expect(LessonAssets.target(of: "images/net.png") == .file("images/net.png"))
        #expect(LessonAssets.target(of: "./images/../images/net.png?v=2#x") == .file("images/net.png"))
        #expect(LessonAssets.target(of: "my%20net.png") == .file("my net.png"))
        #expect(LessonAssets.target(of: "100%.png") == .file("100%.png"), "a stray % is part of the name")
        #expect(LessonAssets.target(of: "/etc/passwd") == .absolute)
        #expect(LessonAssets.target(of: "../../etc/passwd") == .outside)
        #expect(LessonAssets.target(of: "images/../../x.png") == .outside)
        for remote in [
            "https://example.com/a.png", "http://x/a.png", "data:image/png;base64,AA", "//cdn.example.com/a.png",
            "mailto:a@b.c", "#anchor", "02-relu.md#x", "reference/relu.md", "images/", "", ".",
        ] {
            #expect(LessonAssets.target(of: remote) == nil, "\(remote)")
        }
    }

    @Test func urlsOfCopiesAreEncodedAndKeepQueryAndFragment() {
        #expect(LessonAssets.url(forAsset: "images/net.png", destination: "images/net.png") == "assets/images/net.png")
        #expect(LessonAssets.url(forAsset: "data/x.csv", destination: "./data/x.csv#top") == "assets/data/x.csv#top")
        #expect(
            LessonAssets.url(forAsset: "my net (1).png", destination: "<my net (1).png>")
                == "assets/my%20net%20%281%29.png")
        #expect(
            LessonAssets.url(forAsset: "сеть.png", destination: "сеть.png") == "assets/%D1%81%D0%B5%D1%82%D1%8C.png")
    }

    @Test func referencesCarryTheirLines() throws {
        let references = try LessonAssets.references(in: Self.lesson)
        let found = references.map { "\($0.kind) \($0.destination) \($0.line)" }
        #expect(
            found == [
                "image images/net.png \(Self.line(of: "Схема: "))",
                "link ./data/x.csv#top \(Self.line(of: "Схема: "))",
                "image images/../images/net.png \(Self.line(of: "В списке"))",
                "image images/net.png \(Self.line(of: "| сеть |"))",
                "image diagram.svg \(Self.line(of: "src=\"diagram.svg\""))",
                "image images/net.png \(Self.line(of: "По ссылке"))",
            ])
        // Every reference is found in the source, so the Markdown page can point at the copy.
        #expect(references.allSatisfy { !$0.spans.isEmpty })
    }

    @Test func htmlPagePointsAtTheCopies() throws {
        let files = try Self.site(assets: Self.assets)
        let page = Fixture.text(files, "html/01-net.html")
        #expect(page.contains(#"<img src="assets/images/net.png" alt="Схема сети" title="Сеть">"#))
        #expect(page.contains(#"<a href="assets/data/x.csv#top">данные</a>"#))
        #expect(page.contains(#"<img src="assets/images/net.png" alt="снова">"#))
        #expect(page.contains(#"<img src="assets/images/net.png" alt="ячейка">"#))
        #expect(page.contains(#"<img src="assets/images/net.png" alt="ref">"#))
        #expect(page.contains("<img alt=\"диаграмма\"\n       src=\"assets/diagram.svg\" width=\"300\">"))
        #expect(page.contains(#"src="https://example.com/logo.png""#))
        #expect(page.contains(#"src="data:image/png;base64,AAAA""#))
        #expect(page.contains(#"src="//cdn.example.com/a.png""#))
        #expect(
            page.contains(##"<a href="#%D1%81%D1%85%D0%B5%D0%BC%D0%B0">"##), "anchors are percent-encoded as cmark does"
        )
        #expect(!page.contains(#"src="images/"#))
    }

    @Test func markdownPagePointsAtTheCopiesAndKeepsEverythingElse() throws {
        let files = try Self.site(assets: Self.assets)
        let page = Fixture.text(files, "markdown/01-net.md")
        #expect(
            page.contains(#"Схема: ![Схема сети](assets/images/net.png "Сеть") и [данные](assets/data/x.csv#top)."#))
        #expect(page.contains("Снаружи: ![logo](https://example.com/logo.png), [якорь](#схема), [урок](02-relu.md),"))
        #expect(page.contains("- В списке: ![снова](assets/images/net.png)"))
        #expect(page.contains("| сеть | ![ячейка](assets/images/net.png) |"))
        #expect(page.contains("       src=\"assets/diagram.svg\" width=\"300\">"))
        #expect(page.contains("[схема]: assets/images/net.png"))
        #expect(page.contains("// ![код](images/net.png) stays code"), "code is shown as written")
    }

    @Test func copiesLandBesideBothKindsOfPage() throws {
        let files = try Self.site(assets: Self.assets)
        for folder in ["html", "markdown"] {
            #expect(files["\(folder)/assets/images/net.png"] == Self.png)
            #expect(files["\(folder)/assets/diagram.svg"] == Self.svg)
            #expect(files["\(folder)/assets/data/x.csv"] == Self.csv)
        }
        #expect(files.keys.filter { $0.contains("assets/") }.count == 6)
    }

    /// A file the pipeline could not read is left as written (the build reports it), and a lesson
    /// rendered without reading any files renders as before.
    @Test func unreadFilesKeepTheirDestination() throws {
        let partial = try Self.site(assets: [LessonAsset(path: "diagram.svg", bytes: Self.svg)])
        let page = Fixture.text(partial, "markdown/01-net.md")
        #expect(page.contains(#"![Схема сети](images/net.png "Сеть")"#))
        #expect(page.contains(#"src="assets/diagram.svg""#))
        #expect(partial["html/assets/images/net.png"] == nil)

        let none = try Self.site(assets: nil)
        let markdown = Fixture.text(none, "markdown/01-net.md")
        #expect(markdown.contains("![Схема сети](images/net.png \"Сеть\")"))
        #expect(!none.keys.contains { $0.contains("assets/") })
    }

    @Test func markdownDestinationsWithEscapesAndAngleBrackets() throws {
        let source = "---\ntitle: T\n---\n\n![a](<my net (1).png>) ![b](a\\_b.png) ![c](x.png)\n"
        var result = LessonResult(lesson: try LessonParser.parse(path: "Lessons/t.md", source: source), snippets: [])
        result.assets = [
            LessonAsset(path: "my net (1).png", bytes: []), LessonAsset(path: "a_b.png", bytes: []),
            LessonAsset(path: "x.png", bytes: []),
        ]
        let page = MarkdownLessonRenderer(result: result, strings: .forLanguage("en")).render(previous: nil, next: nil)
            .page
        #expect(page.contains("![a](<assets/my%20net%20%281%29.png>) ![b](assets/a_b.png) ![c](assets/x.png)"))
    }

    @Test func anImageInsideALinkToAFile() throws {
        let source = "---\ntitle: T\n---\n\n[![превью](thumb.png)](data/x.csv) and <https://example.com/x.png>\n"
        var result = LessonResult(lesson: try LessonParser.parse(path: "Lessons/t.md", source: source), snippets: [])
        #expect(LessonAssets.references(in: result.lesson).map(\.destination) == ["data/x.csv", "thumb.png"])
        result.assets = [LessonAsset(path: "thumb.png", bytes: []), LessonAsset(path: "data/x.csv", bytes: [])]
        let page = MarkdownLessonRenderer(result: result, strings: .forLanguage("en")).render(previous: nil, next: nil)
            .page
        #expect(page.contains("[![превью](assets/thumb.png)](assets/data/x.csv) and <https://example.com/x.png>"))
    }

    @Test func imageSourcesInRawHTML() {
        let html =
            #"<p><IMG SRC='a.png'><img data-src="no.png" src=b.png alt=x><!-- <img src="c.png"> --><imgs src="d.png"></p>"#
        let found = HTMLImageSources.find(in: Array(html.utf8)[...]).map(\.value)
        #expect(found == ["a.png", "b.png"])
        let links = AssetLinks([LessonAsset(path: "a.png", bytes: []), LessonAsset(path: "b.png", bytes: [])])
        #expect(
            links.rewritingImageSources(in: html).hasPrefix(
                #"<p><IMG SRC='assets/a.png'><img data-src="no.png" src=assets/b.png alt=x>"#))
    }
}

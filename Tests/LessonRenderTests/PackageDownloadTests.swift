import LessonCore
import Testing

@testable import LessonRender

/// Each lesson's package as a reproducible zip beside its pages, linked at their top, when the book
/// names its repository.
@Suite struct PackageDownloadTests {
    static var siteWithRepository: SiteConfig {
        var site = Fixture.russianSite
        site.repository = "https://example.com/book/lessons.git"
        return site
    }

    @Test func pagesLinkTheZipBesideThem() throws {
        let files = Fixture.render(Self.siteWithRepository)
        for lesson in ["01-intro", "02-relu"] {
            let zip = try #require(files["html/downloads/\(lesson).zip"])
            #expect(files["markdown/downloads/\(lesson).zip"] == zip)
            let html = Fixture.text(files, "html/\(lesson).html")
            #expect(
                html.contains(
                    "<article class=\"lesson\">\n<p class=\"package-download\"><a href=\"downloads/\(lesson).zip\" download=\"\">Скачать как пакет Swift</a></p>"
                ))
            #expect(
                Fixture.text(files, "markdown/\(lesson).md").hasPrefix(
                    "[Скачать как пакет Swift](downloads/\(lesson).zip)\n\n"))
        }
        // The package follows the branch, so the zip does not change with every commit.
        let zip = String(decoding: try #require(files["html/downloads/02-relu.zip"]), as: UTF8.self)
        #expect(zip.contains(#".package(url: "https://example.com/book/lessons.git", branch: "main")"#))
        #expect(zip.contains("Lesson02Relu/Sources/Lesson02Relu/main.swift"))
    }

    @Test func twoBuildsWriteTheSameBytes() {
        #expect(Fixture.render(Self.siteWithRepository) == Fixture.render(Self.siteWithRepository))
    }

    @Test func withoutRepositoryThereAreNoDownloads() {
        #expect(!Fixture.site.keys.contains { $0.contains("downloads/") })
        #expect(!Fixture.text(Fixture.site, "html/02-relu.html").contains("package-download"))
    }
}

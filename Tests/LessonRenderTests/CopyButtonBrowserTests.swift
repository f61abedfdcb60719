import Foundation
import Testing

@testable import LessonRender

/// The copy button of code listings in headless Chromium, shown as on a touch screen: at every
/// width its box meets no line of code, and its text has WCAG AA contrast as axe-core measures it
/// (the engine `axe-selenium-python` ships; `scripts/bootstrap test` installs it). Screenshots at
/// each width are kept in `.build/render-tests/screenshots/`.
@Suite(.serialized) struct CopyButtonBrowserTests {
    static let widths = [320, 390, 768, 1280]
    static let page = "02-relu.html"

    /// What copy.js does where the clipboard API is offered (headless Chromium on `file:` has none).
    static let addButtons = """
        <script>
        for (const pre of document.querySelectorAll("pre.code")) {
          if (pre.querySelector(".copy")) continue;
          const button = document.createElement("button");
          button.type = "button"; button.className = "copy"; button.textContent = "Копировать";
          pre.appendChild(button);
          pre.classList.add("has-copy");
        }
        </script>
        """

    @Test(.enabled(if: ExternalTools.shouldRun("chromium")))
    func buttonCoversNoCodeAndIsReadable() throws {
        let chromium = try #require(ExternalTools.find("chromium"), "chromium is not installed")
        let axe = try #require(Self.axeScript(), "axe-core is not installed (pip install axe-selenium-python)")
        let site = try ExternalTools.write(Fixture.site, to: "copy-button-site")
        let html = site.appendingPathComponent("html")
        let page = try String(contentsOf: html.appendingPathComponent(Self.page), encoding: .utf8)
        let withButtons = page.replacingOccurrences(of: "</body>", with: Self.addButtons + "</body>")
        let measured = html.appendingPathComponent("copy-measured.html")
        try withButtons.write(to: measured, atomically: true, encoding: .utf8)
        // For the screenshots, the buttons shown as on a touch screen.
        let shown = html.appendingPathComponent("copy-shown.html")
        try withButtons.replacingOccurrences(of: "</head>", with: "<style>.copy { opacity: 1; }</style></head>")
            .write(to: shown, atomically: true, encoding: .utf8)
        let harness = site.appendingPathComponent("copy-check.html")
        try Self.harness(page: "html/copy-measured.html", axe: axe.absoluteString).write(
            to: harness, atomically: true, encoding: .utf8)
        let result = try ExternalTools.run(
            chromium,
            BrowserTests.flags + Self.desktopPointer + [
                "--allow-file-access-from-files", "--virtual-time-budget=30000", "--dump-dom", harness.absoluteString,
            ])
        let report = try #require(
            BrowserTests.between(result.output, "<pre id=\"result\">", "</pre>"), "no result:\n\(result.output)")
        let checks = try JSONDecoder().decode([Check].self, from: Data(report.utf8))
        #expect(checks.map(\.width) == Self.widths)
        for check in checks {
            #expect(check.buttons > 0, "no copy buttons at \(check.width) px")
            #expect(check.lines > check.buttons, "no code lines measured at \(check.width) px")
            #expect(check.covered.isEmpty, "at \(check.width) px the copy button covers code: \(check.covered)")
            #expect(check.hidden.isEmpty, "at \(check.width) px code is cut off: \(check.hidden)")
            #expect(check.contrast.isEmpty, "at \(check.width) px too little contrast: \(check.contrast)")
        }

        let screenshots = ExternalTools.artefacts.appendingPathComponent("screenshots")
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        for width in Self.widths {
            let file = screenshots.appendingPathComponent("copy-button-\(width).png")
            try? FileManager.default.removeItem(at: file)
            _ = try ExternalTools.run(
                chromium,
                BrowserTests.flags + [
                    "--hide-scrollbars", "--screenshot=\(file.path)", "--window-size=\(width),1400",
                    shown.absoluteString,
                ])
            #expect(FileManager.default.fileExists(atPath: file.path), "no screenshot at \(width) px")
        }
    }

    /// Headless Chromium reports `(hover: none)`, as a phone does, where the style sheet always
    /// shows the button; this makes it a desktop's mouse, where the button shows on hover or focus.
    static let desktopPointer = ["--blink-settings=primaryHoverType=2,availableHoverTypes=2"]

    struct Check: Decodable {
        var width: Int
        var buttons: Int
        var lines: Int
        var covered: [String]
        var hidden: [String]
        var contrast: [String]
    }

    /// axe-core's script, from the Python package that ships it.
    static func axeScript() -> URL? {
        guard let python = ExternalTools.find("python3"),
            let result = try? ExternalTools.run(
                python, ["-c", "import axe_selenium_python, os; print(os.path.dirname(axe_selenium_python.__file__))"]),
            result.status == 0
        else { return nil }
        let folder = result.output.split(separator: "\n").last.map(String.init) ?? ""
        let script = URL(fileURLWithPath: folder).appendingPathComponent("node_modules/axe-core/axe.min.js")
        return FileManager.default.fileExists(atPath: script.path) ? script : nil
    }

    /// Loads `page` in an iframe of each width; measures every line box of every listing against
    /// the listing's button, and runs axe-core's colour-contrast rule on the page.
    static func harness(page: String, axe: String) -> String {
        let widths = Self.widths.map(String.init).joined(separator: ", ")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>copy button check</title></head><body>
            <pre id="result">pending</pre>
            <script>
            const intersects = (a, b) =>
              a.width > 0 && a.height > 0 && b.width > 0 && b.height > 0 &&
              a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            async function check(width) {
              const frame = document.createElement("iframe");
              frame.style.width = width + "px"; frame.style.height = "1200px"; frame.style.border = "0";
              document.body.appendChild(frame);
              await new Promise(resolve => { frame.onload = resolve; frame.src = "\(page)"; });
              const doc = frame.contentDocument;
              const result = { width, buttons: 0, lines: 0, covered: [], hidden: [], contrast: [] };
              doc.querySelectorAll("pre.code").forEach((pre, index) => {
                const button = pre.querySelector(".copy");
                if (!button) return;
                result.buttons += 1;
                const box = button.getBoundingClientRect(), inside = pre.getBoundingClientRect();
                // Each line of code: the boxes of its text, line by line (a Range's client rects).
                const walker = doc.createTreeWalker(pre.querySelector("code"), NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const range = doc.createRange(); range.selectNodeContents(node);
                  for (const line of range.getClientRects()) {
                    result.lines += 1;
                    if (intersects(line, box)) result.covered.push(`listing ${index + 1}: "${node.textContent.trim().slice(0, 40)}"`);
                  }
                }
                if (box.right > inside.right + 0.5 || box.left < inside.left - 0.5)
                  result.hidden.push(`listing ${index + 1}: the button sticks out of its listing`);
              });
              // Shown at once when focused: half-way through a fade its text has too little contrast.
              const first = doc.querySelector(".copy");
              if (first) {
                first.focus();
                const opacity = frame.contentWindow.getComputedStyle(first).opacity;
                if (opacity !== "1") result.contrast.push(`a focused button fades in (opacity ${opacity} at first)`);
                first.blur();
              }
              const shown = doc.createElement("style");
              shown.textContent = ".copy { opacity: 1 !important; }";
              doc.head.appendChild(shown);
              const script = doc.createElement("script");
              script.src = "\(axe)";
              await new Promise((resolve, reject) => { script.onload = resolve; script.onerror = reject; doc.head.appendChild(script); });
              const axe = await frame.contentWindow.axe.run(doc, { runOnly: { type: "rule", values: ["color-contrast"] } });
              for (const violation of axe.violations)
                for (const node of violation.nodes)
                  result.contrast.push(`${node.target.join(" ")}: ${(node.any[0] || {}).message || violation.help}`);
              frame.remove();
              return result;
            }
            (async () => {
              const results = [];
              for (const width of [\(widths)]) results.push(await check(width));
              document.getElementById("result").textContent = JSON.stringify(results);
            })().catch(e => { document.getElementById("result").textContent = "ERROR " + e; });
            </script></body></html>
            """
    }
}

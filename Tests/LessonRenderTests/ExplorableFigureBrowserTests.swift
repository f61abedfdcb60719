import Foundation
import Testing

@testable import LessonRender

/// The explorable figure's page in headless Chromium, at phone and desktop widths: explore.js adds a
/// labelled slider that shows its value, moving it changes which frame is visible, print shows the
/// default frame, the page does not overflow, and nothing is logged to the console.
@Suite(.serialized) struct ExplorableFigureBrowserTests {
    @Test(.enabled(if: ExternalTools.shouldRun("chromium")))
    func sliderSwitchesFramesAt390And1280() throws {
        let chromium = try #require(ExternalTools.find("chromium"), "chromium is not installed")
        let site = try ExternalTools.write(ExplorableFigurePageTests.site, to: "explore-site")
        let harness = site.appendingPathComponent("check.html")
        try Data(Self.harness(page: "html/01-slope.html").utf8).write(to: harness)
        let result = try ExternalTools.run(
            chromium,
            BrowserTests.flags + [
                "--allow-file-access-from-files", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000",
                "--dump-dom", harness.absoluteString,
            ])
        let report = try #require(
            BrowserTests.between(result.output, "<pre id=\"result\">", "</pre>"), "no result:\n\(result.output)")
        let checks = try JSONDecoder().decode([Check].self, from: Data(report.utf8))
        #expect(checks.map(\.width) == [390, 1280])
        for check in checks {
            let at = "at \(check.width) px"
            #expect(check.sliders == 1, "\(at): one slider")
            #expect(check.label == "α", "\(at): the slider is labelled with the parameter")
            #expect(check.shownBefore == ["0,1"], "\(at): the default frame shows first")
            #expect(check.outputBefore == "0,1", "\(at): the slider shows its value")
            #expect(check.shownAfter == ["0,4"], "\(at): moving the slider shows another frame, alone")
            #expect(check.outputAfter == "0,4" && check.valueText == "α = 0,4", "\(at): the value follows")
            #expect(check.shownInPrint == ["0,1"], "\(at): print shows the default frame")
            #expect(check.shownAfterPrint == ["0,4"], "\(at): after printing the chosen frame is back")
            #expect(check.focusable, "\(at): the slider takes keyboard focus")
            #expect(check.sliderWidth > 100, "\(at): the slider is usable (\(check.sliderWidth) px)")
            #expect(check.overflow <= 0, "\(at): the page overflows by \(check.overflow) px")
        }
        let console = result.output.split(separator: "\n").filter { $0.contains(":CONSOLE") && $0.contains("/html/") }
        #expect(console.isEmpty, "console messages:\n\(console.joined(separator: "\n"))")
    }

    struct Check: Decodable {
        var width: Int
        var sliders: Int
        var label: String
        var shownBefore: [String]
        var outputBefore: String
        var shownAfter: [String]
        var shownInPrint: [String]
        var shownAfterPrint: [String]
        var outputAfter: String
        var valueText: String
        var focusable: Bool
        var sliderWidth: Double
        var overflow: Double
    }

    /// Loads the page in an iframe of each width, reads the visible frames, moves the slider as a
    /// reader would (value, then an input event) and reads them again.
    static func harness(page: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>explore check</title></head><body>
        <pre id="result">pending</pre>
        <script>
        async function check(width) {
          const frame = document.createElement("iframe");
          frame.style.width = width + "px"; frame.style.height = "900px"; frame.style.border = "0";
          document.body.appendChild(frame);
          await new Promise(resolve => { frame.onload = resolve; frame.src = "\(page)"; });
          const doc = frame.contentDocument, win = frame.contentWindow;
          const shown = () => [...doc.querySelectorAll("svg[data-explore] g[data-frame]")]
            .filter(g => win.getComputedStyle(g).display !== "none").map(g => g.dataset.frame);
          const input = doc.querySelector(".explore input[type=range]");
          const output = doc.querySelector(".explore output");
          const result = {
            width, sliders: doc.querySelectorAll(".explore input[type=range]").length,
            label: input && input.labels.length ? input.labels[0].textContent : "",
            shownBefore: shown(), outputBefore: output ? output.textContent : "",
          };
          input.focus();
          result.focusable = doc.activeElement === input;
          input.value = "4";
          input.dispatchEvent(new win.Event("input", { bubbles: true }));
          const shownAfter = shown();
          win.dispatchEvent(new win.Event("beforeprint"));
          result.shownInPrint = shown();
          win.dispatchEvent(new win.Event("afterprint"));
          Object.assign(result, {
            shownAfter, shownAfterPrint: shown(), outputAfter: output.textContent,
            valueText: input.getAttribute("aria-valuetext") || "",
            sliderWidth: input.getBoundingClientRect().width,
            overflow: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
          });
          frame.remove();
          return result;
        }
        (async () => {
          const results = [];
          for (const width of [390, 1280]) results.push(await check(width));
          document.getElementById("result").textContent = JSON.stringify(results);
        })().catch(e => { document.getElementById("result").textContent = "ERROR " + e; });
        </script></body></html>
        """
    }
}

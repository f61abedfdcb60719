import Foundation

/// Prints an HTML file to PDF with headless Chromium: no header or footer of Chromium's own (the
/// style sheet's `@page` margin boxes number the pages), and PDF bookmarks from the headings.
package struct ChromiumPrinter: Sendable {
    /// The Chromium executable.
    package var executable: String

    package init(executable: String) {
        self.executable = executable
    }

    /// Finds Chromium on `PATH`, or fails saying what to install.
    package init() throws(PrintTools.Failure) {
        self.init(executable: try PrintTools.chromium())
    }

    /// Prints `page` (an HTML file) to `pdf`.
    package func print(_ page: URL, to pdf: URL) throws(PrintTools.Failure) {
        // Chromium writes a profile and caches: into a fresh folder, never the user's own.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-chromium-\(UUID())")
        defer { try? FileManager.default.removeItem(at: profile) }
        try? FileManager.default.removeItem(at: pdf)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = profile.path
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--mute-audio", "--user-data-dir=\(profile.path)",
            "--allow-file-access-from-files", "--no-pdf-header-footer", "--generate-pdf-document-outline",
            "--virtual-time-budget=20000", "--print-to-pdf=\(pdf.path)",
        ]
        // Chromium's sandbox cannot start as root (containers, CI); elsewhere it stays on.
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        try PrintTools.run(executable, arguments + [page.absoluteString], environment: environment)
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw PrintTools.Failure(description: "Chromium wrote no PDF to \(pdf.path)")
        }
    }
}

import Foundation
import Testing

/// The HTML page in a real browser: headless Chromium, driven by Selenium from
/// `Tests/Consumers/check_html.py`, searches, follows neighbours and edges, filters, pans and zooms, opens a
/// link to an entity, and finds that hostile labels run nothing and a graph above the guard shows a part.
/// Runs where Chromium, its driver and Selenium are installed, and always in CI, where a missing one fails.
@Suite struct HTMLPageBrowserTests {
    private static var browserInstalled: Bool {
        if ProcessInfo.processInfo.environment["CI"] != nil { return true }
        return FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
            && ExternalTool.shouldRunPython(module: "selenium")
            && RenderingTestSupport.shouldRunGraphviz
    }

    @Test(.enabled(if: browserInstalled, "needs chromium, chromium-driver and Python's selenium (see .ci/run)"))
    func theExamplesPageWorksInChromiumAndHostileLabelsRunNothing() throws {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let screenshot = folder.appendingPathComponent("graph-html.png").path
        let script = RelGraphBinary.repository.appendingPathComponent("Tests/Consumers/check_html.py").path
        let check = try ExternalTool.run("python3", [script, RelGraphBinary.url.path, RelGraphBinary.repository.path, screenshot])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains(" 0 failed"), "\(check.stdout)")
        let png = try #require(FileManager.default.contents(atPath: screenshot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}

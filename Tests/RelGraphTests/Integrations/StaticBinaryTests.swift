import Foundation
import Testing

/// The release binary built with `swift build -c release --static-swift-stdlib --scratch-path .build-static`
/// (by `.ci/run` before the tests) runs where the Swift toolchain is not: it needs only the system
/// libraries the README lists, and it runs, writing the bytes the debug build writes, with the toolchain's
/// library folder out of reach. In CI (`CI` set) a missing static binary fails the test.
@Suite struct StaticBinaryTests {
    private static let binary = RelGraphBinary.repository.appendingPathComponent(".build-static/release/relgraph").path
    private static var enabled: Bool {
        FileManager.default.fileExists(atPath: binary) || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// What the README says an executor still needs, as `readelf -d` names them (the dynamic loader aside).
    private static let documentedLibraries: Set<String> = ["libxml2.so.2", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libc.so.6"]

    /// The `NEEDED` libraries and `RUNPATH`/`RPATH` folders of the executable at `path`.
    private func dynamicSection(of path: String) throws -> (needed: Set<String>, searchPath: [String]) {
        let section = try ExternalTool.run("readelf", ["-d", path])
        try #require(section.status == 0, "\(section.stderr)")
        func bracketed(_ line: Substring) -> String? {
            guard let open = line.lastIndex(of: "["), let close = line.lastIndex(of: "]") else { return nil }
            return String(line[line.index(after: open)..<close])
        }
        let lines = section.stdout.split(separator: "\n")
        let needed = Set(lines.filter { $0.contains("(NEEDED)") }.compactMap(bracketed))
        let searchPath = lines.filter { $0.contains("(RUNPATH)") || $0.contains("(RPATH)") }.compactMap(bracketed)
            .flatMap { $0.split(separator: ":").map(String.init) }
        return (needed, searchPath)
    }

    @Test(.enabled(if: enabled))
    func itNeedsOnlyTheSystemLibrariesTheREADMEListsAndNoToolchainFolder() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary), "build it: swift build -c release --static-swift-stdlib --scratch-path .build-static")
        let (needed, searchPath) = try dynamicSection(of: Self.binary)
        #expect(needed.filter { !$0.hasPrefix("ld-linux") } == Self.documentedLibraries, "update the README's list: \(needed.sorted())")
        #expect(searchPath.allSatisfy { $0 == "$ORIGIN" }, "a search path beside the binary's own folder: \(searchPath)")
        let readme = try String(contentsOf: RelGraphBinary.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let unlisted = Self.documentedLibraries.filter { !readme.contains("`\($0)`") }
        #expect(unlisted.isEmpty, "the README does not list \(unlisted.sorted())")
    }

    @Test(.enabled(if: enabled))
    func itRunsWithTheToolchainsLibrariesOutOfReach() throws {
        try #require(FileManager.default.fileExists(atPath: Self.binary), "build it: swift build -c release --static-swift-stdlib --scratch-path .build-static")
        // The toolchain's library folder is where the debug build looks for the Swift runtime.
        let toolchain = try #require(try dynamicSection(of: RelGraphBinary.url.path).searchPath.first { $0 != "$ORIGIN" })
        let examples = RelGraphBinary.repository.appendingPathComponent("examples").path
        let expected = try RelGraphBinary.run(["build", examples, "--format", "graphml", "--output", "-", "--quiet"])
        let build = "exec env -i \"$0\" build \"$1\" --format graphml --output - --quiet"
        // As root, the folder is hidden for real: an empty file system mounted over it in a mount namespace
        // of the run's own. Elsewhere (or where namespaces are not allowed) the run gets an empty
        // environment, and `ldd` shows that the loader resolves nothing inside the toolchain.
        var hidden = try ExternalTool.run("unshare", ["--mount", "--propagation", "private", "sh", "-c",
                                                      "mount -t tmpfs none '\(toolchain)' && " + build, Self.binary, examples])
        if hidden.status != 0, hidden.stderr.contains("unshare") || hidden.stderr.contains("mount") {
            let resolved = try ExternalTool.run("ldd", [Self.binary])
            #expect(resolved.status == 0 && !resolved.stdout.contains(toolchain), "\(resolved.stdout)")
            hidden = try ExternalTool.run("sh", ["-c", build, Self.binary, examples])
        }
        #expect(hidden.status == 0, "\(hidden.stderr)")
        #expect(hidden.stdout == expected.stdout, "the static binary's GraphML differs from the debug build's; rebuild it if it is older than the sources")
    }
}

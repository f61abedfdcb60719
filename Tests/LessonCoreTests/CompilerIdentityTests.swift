import Foundation
import Testing

@testable import LessonCore

/// The compiler's identity is asked once per toolchain: a build with every lesson cached starts
/// no `swiftc`, and a changed compiler binary is asked again.
@Suite struct CompilerIdentityTests {
    /// A fake `swiftc` in its own folder that prints `version` and counts its runs in `runs`.
    static func fakeCompiler(in folder: String, version: String) throws {
        let script = "#!/bin/sh\necho x >> '\(folder)/runs'\necho '\(version)'\necho 'Target: test'\n"
        try script.write(toFile: folder + "/bin/swiftc", atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/bin/swiftc")
    }

    static func runs(in folder: String) -> Int {
        ((try? String(contentsOfFile: folder + "/runs", encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    @Test func askedOnceThenAgainWhenTheBinaryChanges() throws {
        let folder = NSTemporaryDirectory() + "compiler-identity-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.fakeCompiler(in: folder, version: "Swift version 6.0 (fake)")
        let ask = {
            try LessonRuntime.compilerVersion(searchPath: "/nonexistent:" + folder + "/bin", cacheFolder: folder)
        }

        #expect(try ask() == "Swift version 6.0 (fake)")
        #expect(try ask() == "Swift version 6.0 (fake)")
        #expect(Self.runs(in: folder) == 1)

        // A new toolchain at the same path: another size and time, so the compiler is asked again.
        try Self.fakeCompiler(in: folder, version: "Swift version 6.1.2 (fake)")
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: folder + "/bin/swiftc")
        #expect(try ask() == "Swift version 6.1.2 (fake)")
        #expect(Self.runs(in: folder) == 2)
    }
}

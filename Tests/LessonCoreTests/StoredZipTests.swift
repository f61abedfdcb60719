import Foundation
import Testing

@testable import LessonCore

@Suite struct StoredZipTests {
    @Test func crcIsTheZipOne() {
        #expect(StoredZip.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func entriesAreSortedStoredAndTimeless() throws {
        let zip = StoredZip.archive(["b/z.txt": Array("zz".utf8), "a.txt": Array("hello".utf8), "b/a.txt": []])
        #expect(zip == StoredZip.archive(["b/a.txt": [], "a.txt": Array("hello".utf8), "b/z.txt": Array("zz".utf8)]))
        // Local headers in path order, each: signature, version 10, UTF-8 flag, method 0 (stored),
        // time 0, date 1980-01-01.
        var names: [String] = []
        var offset = 0
        while Array(zip[offset..<offset + 4]) == [0x50, 0x4B, 0x03, 0x04] {
            #expect(Array(zip[offset + 4..<offset + 14]) == [10, 0, 0, 8, 0, 0, 0, 0, 0x21, 0])
            let size = Int(zip[offset + 18]) | Int(zip[offset + 19]) << 8
            let nameLength = Int(zip[offset + 26]) | Int(zip[offset + 27]) << 8
            names.append(String(decoding: zip[offset + 30..<offset + 30 + nameLength], as: UTF8.self))
            offset += 30 + nameLength + size
        }
        #expect(names == ["a.txt", "b/a.txt", "b/z.txt"])
        #expect(Array(zip.suffix(22).prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
    }

    @Test func unzipReadsIt() throws {
        let unzip = ["/usr/bin/unzip", "/bin/unzip"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let unzip else { return }  // nothing to check it with on this machine
        let folder = try TemporaryFolder.make(prefix: "zip-test")
        let file = folder + "/t.zip"
        try Data(StoredZip.archive(["d/é.txt": Array("x\n".utf8), "a": Array("yy".utf8)])).write(
            to: URL(fileURLWithPath: file))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: unzip)
        process.arguments = ["-tq", file]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func aLessonsPackageZipIsTheSameEveryTime() throws {
        let lesson = try ExportFixture.lesson()
        let package = LessonPackage(
            lesson: lesson, dependency: .branch(url: "https://example.com/lessons", name: "main"))
        let again = LessonPackage(lesson: try ExportFixture.lesson(), dependency: package.dependency)
        #expect(package.zip == again.zip)
        let text = String(decoding: package.zip, as: UTF8.self)
        let order = ["Package.swift", "README.md", "Sources/"].map {
            text.range(of: "Lesson02SmallLesson/" + $0)?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! })
    }
}

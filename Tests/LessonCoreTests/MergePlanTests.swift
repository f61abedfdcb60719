import Testing

@testable import LessonCore

/// Which lessons share a merged compile (`MergePlan`, `MergeProfile`, `MergedDeclaration`), without
/// compiling anything.
@Suite struct MergePlanTests {
    static func lesson(_ name: String, _ snippets: String...) throws -> Lesson {
        let body = snippets.map { "```swift run\n\($0)\n```\n" }.joined(separator: "\n")
        return try LessonParser.parse(path: "Lessons/\(name).md", source: "---\ntitle: \(name)\n---\n\n" + body)
    }

    @Test func lessonsThatMayNotBeMergedAreCompiledAlone() throws {
        let lessons = [
            try Self.lesson("plain", "print(1)"),
            try Self.lesson("operator", "infix operator **: MultiplicationPrecedence\nprint(2)"),
            try Self.lesson(
                "conformance", "extension Double: @retroactive Identifiable { public var id: Double { self } }"),
            try Self.lesson("also-plain", "func relu(_ x: Double) -> Double { max(0, x) }\nprint(relu(1))"),
            try LessonParser.parse(
                path: "Lessons/expect.md",
                source: "---\ntitle: e\n---\n\n```swift run expect-error\nlet n: Int = \"\"\n```\n"),
        ]
        #expect(MergePlan(lessons, candidates: Array(lessons.indices)).batches == [[0, 3]])
        #expect(MergeProfile(lessons[1]).obstacle == "it declares an operator or a precedence group")
        #expect(MergeProfile(lessons[4]).obstacle == "a snippet expects an error")
        #expect(MergePlan(lessons, candidates: [0, 1, 2]).batches == [], "a batch of one is compiled alone")
    }

    @Test func lessonsThatNameEachOthersTypesGoInSeparateBatches() throws {
        let model =
            "struct Model { var x = 1 }\nextension Model: CustomStringConvertible { var description: String { \"m\" } }"
        let lessons = [
            try Self.lesson("a", model), try Self.lesson("b", model),
            // Uses a name a and b declare: merged with either it would compile where alone it fails.
            try Self.lesson("c", "print(Model())"), try Self.lesson("d", "print(4)"), try Self.lesson("e", "print(5)"),
        ]
        #expect(MergePlan(lessons, candidates: Array(lessons.indices)).batches == [[0, 3, 4]])
        #expect(MergePlan(lessons, candidates: [1, 2, 3]).batches == [[1, 3]])
    }

    @Test func onlyExtensionsWithoutConformanceBecomeFileprivate() {
        let own: Set<String> = ["Model"]
        #expect(MergedDeclaration("extension Array { func total() {} }", lessonTypes: own).access == .filePrivate)
        #expect(MergedDeclaration("extension Model: Equatable {}", lessonTypes: own).access == .unchanged)
        #expect(MergedDeclaration("import Foundation", lessonTypes: own).access == .unchanged)
        let model = MergedDeclaration("struct Model {\n}", lessonTypes: own)
        #expect(model.access == .unchanged && model.declaredName == "Model")
        #expect(MergedDeclaration("protocol Shape {}", lessonTypes: own).declaredName == "Shape")
        #expect(
            MergedDeclaration("extension Array where Element: Numeric { func s() {} }", lessonTypes: own).access
                == .filePrivate)
        if case .alone = MergedDeclaration("extension Int: Identifiable {}", lessonTypes: own).access {
        } else {
            Issue.record("a conformance of a type the lesson does not declare is seen by every lesson")
        }
        if case .alone = MergedDeclaration("public extension Array {}", lessonTypes: own).access {
        } else {
            Issue.record("an extension with its own access level")
        }
        if case .alone = MergedDeclaration("extension Array {\n    struct Inner {}\n}", lessonTypes: own).access {
        } else {
            Issue.record("a nested type would print with an unknown context")
        }
    }

    @Test func mergedFilesMakeIsolatedFunctionsAndPlainExtensionsFileprivate() throws {
        let lesson = try LessonParser.parse(
            path: "Lessons/x.md",
            source:
                "---\ntitle: x\n---\n\n```swift run isolated\nprint(1)\n```\n\n```swift run\nextension Array { func f() {} }\n```\n"
        )
        let files = MergedProgram(lessons: [lesson, lesson]).files
        #expect(files.map(\.name) == ["lesson0.swift", "lesson1.swift", "main.swift"])
        #expect(files[0].source.contains("fileprivate func _lessonsIsolated0()"))
        #expect(files[0].source.contains("fileprivate\nextension Array"))
        #expect(files[1].source.contains("func _lessonsLesson1() {\n_lessonsBegin()"))
        #expect(files[2].source.contains("case \"1\": _lessonsLesson1()"))
        #expect(!ProgramGenerator(lesson: lesson).generate().contains("fileprivate"), "a lesson alone is unchanged")
    }
}

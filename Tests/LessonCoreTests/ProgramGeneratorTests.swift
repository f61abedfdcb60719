import Testing

@testable import LessonCore

@Suite struct ProgramGeneratorTests {
    @Test func fileScopeDeclarationsAreHoistedAndLinesKept() {
        let code = """
            import Foundation
            let s = "extension { not code"   // }
            extension Int {
                var twice: Int { self * 2 }
            }
            /* protocol P {} */
            infix operator <+>: AdditionPrecedence
            public protocol Shape { var area: Double { get } }
            print(3.twice)
            """
        let split = FileScopeHoister.split(code)
        #expect(split.hoisted.map(\.offset) == [0, 2, 6, 7])
        #expect(split.hoisted[1].text == "extension Int {\n    var twice: Int { self * 2 }\n}")
        #expect(split.body.count == 9)
        #expect(split.body[0] == "" && split.body[2...4].allSatisfy(\.isEmpty))
        #expect(split.body[1].hasPrefix("let s"))
        #expect(split.body[5] == "/* protocol P {} */")
        #expect(split.body[8] == "print(3.twice)")
    }

    @Test func attributeLinesTravelWithTheirDeclaration() {
        let code = """
            @available(*, deprecated, message: "use twice")
            @inlinable
            extension Int {
                var double: Int { self * 2 }
            }
            @MainActor
            func local() {}
            @discardableResult func other() -> Int { 1 }
            protocol P {}
            """
        let split = FileScopeHoister.split(code)
        #expect(split.hoisted.map(\.offset) == [0, 8])
        #expect(
            split.hoisted[0].text.hasPrefix(
                "@available(*, deprecated, message: \"use twice\")\n@inlinable\nextension Int {"))
        // An attribute on a local function stays with it, and so does one on the line before a
        // declaration that is not hoisted.
        #expect(split.body[5] == "@MainActor" && split.body[6] == "func local() {}")
        #expect(split.body[7] == "@discardableResult func other() -> Int { 1 }")
        #expect(FileScopeHoister.isAttributeOnly("  @objc @available(macOS 13, *) // why"))
        #expect(!FileScopeHoister.isAttributeOnly("@discardableResult func f() {}"))
        #expect(!FileScopeHoister.isAttributeOnly("@available(macOS 13, *"))
        #expect(!FileScopeHoister.isAttributeOnly(""))
    }

    @Test func anAttributeAboveAnImportEndsWithTheImport() {
        let split = FileScopeHoister.split("@testable\nimport Activations\nlet x = 1\n")
        #expect(split.hoisted.map(\.text) == ["@testable\nimport Activations"])
        #expect(split.body[2] == "let x = 1")
    }

    @Test func aTypeThatASnippetExtendsIsHoistedWithItsExtension() {
        let snippets = [
            "struct Model {\n    var w = 2.0\n}\nfinal class Cache {}\nlet m = Model()\n",
            "extension Model: CustomStringConvertible {\n    var description: String { \"w = \\(w)\" }\n}\nprint(m)\n",
            "struct Shadowed {}\nextension Array where Element == Int {}\n",
            "struct Shadowed { var a = 1 }\nextension Shadowed {}\n",
        ]
        // Model: declared once, extended. Cache: never extended. Shadowed: declared twice, stays local.
        #expect(FileScopeHoister.typesToHoist(snippets) == ["Model"])
        let first = FileScopeHoister.split(snippets[0], types: ["Model"])
        #expect(first.hoisted.map(\.offset) == [0])
        #expect(first.hoisted[0].text == "struct Model {\n    var w = 2.0\n}")
        #expect(first.body[3] == "final class Cache {}" && first.body[4] == "let m = Model()")
        #expect(FileScopeHoister.declaredType("  public final class Net<T>: Module {") == "Net")
        #expect(FileScopeHoister.extendedType("extension Net where T == Float {") == "Net")
        #expect(FileScopeHoister.declaredType("let structure = 1") == nil)
    }

    @Test func declarationsInsideBracesOrStringsStay() {
        let code = "func f() {\n    import Foundation\n}\nlet text = \"\"\"\nextension X {}\n\"\"\"\n"
        #expect(FileScopeHoister.split(code).hoisted.isEmpty)
    }

    /// Braces in strings, interpolations, comments and regex literals are not the snippet's: the
    /// `import` after each still starts at depth 0.
    @Test(arguments: [
        #"let s = "\("{")""#, "let s = \"\"\"\n  \\(f(\"{\"))\n  \"\"\"", ###"let s = ##"a"# {"##"###,
        "/* /* */ {\n*/ */",
        "let r = #/a{2,}/#", "let c = \"abc \\\"{\"", "#if DEBUG\nlet x = 1\n#endif",
    ])
    func bracesThatAreNotCodeDoNotCount(_ before: String) {
        let split = FileScopeHoister.split(before + "\nimport Foundation")
        #expect(split.hoisted.map(\.text) == ["import Foundation"])
    }

    @Test func programNestsSnippetsAndMapsLines() {
        let snippets = [
            Snippet(index: 0, code: "let a = 1\n", options: SnippetOptions(), fenceLine: 5, codeLine: 6),
            Snippet(
                index: 1, code: "import Foundation\nprint(a)\n", options: SnippetOptions(), fenceLine: 9, codeLine: 10),
        ]
        let lesson = Lesson(
            path: "L/a \"b\".md", source: "", frontMatter: FrontMatter(title: "T"), document: Markup(.document),
            snippets: snippets)
        let program = ProgramGenerator(lesson: lesson).generate()
        #expect(program.contains("#sourceLocation(file: \"L/a \\\"b\\\".md\", line: 6)\nlet a = 1\n"))
        // The import is hoisted above the snippets, still at its own Markdown line.
        let importRange = program.range(
            of: "#sourceLocation(file: \"L/a \\\"b\\\".md\", line: 10)\nimport Foundation\n")
        let beginRange = program.range(of: "_lessonsBegin()")
        #expect(importRange != nil && beginRange != nil && importRange!.lowerBound < beginRange!.lowerBound)
        // Snippet 1 sits inside snippet 0's scope.
        #expect(program.contains("_lessonsSnippet(1)\ndo {\n"))
        #expect(program.hasSuffix("}\n}\n_lessonsEnd()\n"))
    }
}

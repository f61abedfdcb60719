/// How one hoisted declaration (`FileScopeHoister`) enters a merged program (`MergedProgram`), where
/// each lesson is one file of one module.
///
/// Only what no other lesson can notice is changed: an extension that adds members but no
/// conformance becomes `fileprivate`, so two lessons may add a member of the same name. A type or a
/// protocol stays as written: `fileprivate` would change how its values print
/// (`Lesson.(unknown context at $…).Model(x: 1)` instead of `Lesson.Model(x: 1)` in an array), so
/// lessons that name each other's types are kept in separate batches instead (`MergePlan`).
struct MergedDeclaration: Equatable {
    enum Access: Equatable {
        /// Left as written: an `import` (it is per file), a type or a protocol of the lesson, or an
        /// extension of one of the lesson's own types.
        case unchanged
        /// Made `fileprivate`: an extension that adds members and no conformance.
        case filePrivate
        /// The lesson must be compiled alone, for the reason given.
        case alone(String)
    }

    var access: Access
    /// The type or protocol it declares at file scope; nil for imports and extensions.
    var declaredName: String?

    private static let modifiers: Set<String> = [
        "public", "internal", "fileprivate", "private", "package", "open", "final", "indirect", "nonisolated",
    ]

    /// - Parameters:
    ///   - text: the hoisted declaration, attribute lines included.
    ///   - lessonTypes: the lesson's own hoisted types (`FileScopeHoister.typesToHoist`).
    init(_ text: String, lessonTypes: Set<String>) {
        let lines = text.lines
        let start = lines.firstIndex { !FileScopeHoister.isAttributeOnly($0) } ?? 0
        let line = lines[start]
        let words = line.split(whereSeparator: { " \t{:<(".contains($0) }).map(String.init)
        let attributes = start > 0 || words.contains { $0.hasPrefix("@") }
        let accessModifiers = words.prefix { $0.hasPrefix("@") || Self.modifiers.contains($0) }
            .filter { !$0.hasPrefix("@") && $0 != "final" && $0 != "indirect" && $0 != "nonisolated" }
        let rest = words.drop { $0.hasPrefix("@") || Self.modifiers.contains($0) }
        let keyword = rest.first ?? ""
        let name = rest.dropFirst().first
        declaredName = nil
        switch keyword {
        case "import":
            access = .unchanged
        case "struct", "class", "enum", "actor", "protocol":
            access = .unchanged
            declaredName = name
        case "extension":
            let head = line.prefix { $0 != "{" }.components(separatedBy: " where ")[0]
            let rest = lines[(start + 1)...]
            if head.contains(":") {
                access =
                    name.map(lessonTypes.contains) == true
                    ? .unchanged
                    : .alone(
                        "it adds a conformance to \(name ?? "a type") that every lesson of a merged program would see")
            } else if !accessModifiers.isEmpty {
                access =
                    accessModifiers.allSatisfy { $0 == "private" || $0 == "fileprivate" }
                    ? .unchanged : .alone("an extension states its access level")
            } else if attributes {
                access = .alone("an extension has attributes")
            } else if rest.contains(where: { FileScopeHoister.declaredType($0) != nil }) {
                // A nested type of a `fileprivate` extension would print with an unknown context.
                access = .alone("an extension declares a nested type")
            } else {
                access = .filePrivate
            }
        default:
            access = .alone("it declares an operator or a precedence group")
        }
    }
}

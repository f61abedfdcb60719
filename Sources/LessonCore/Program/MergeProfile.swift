/// What merged compilation needs to know of one lesson: whether its program may share a compile
/// with others (`MergedProgram`), the names it declares at file scope and the names it mentions.
struct MergeProfile {
    /// Why the lesson must be compiled alone; nil when it may be merged.
    var obstacle: String?
    /// The types and protocols its program declares at file scope: visible to every file of a
    /// merged module.
    var declaredNames: Set<String> = []
    /// Every identifier in its snippets and inline values.
    var mentionedNames: Set<String> = []

    init(_ lesson: Lesson) {
        // A snippet that expects an error may fail to compile, and its diagnostics are its output.
        if lesson.snippets.contains(where: \.options.expectError) {
            obstacle = "a snippet expects an error"
            return
        }
        let codes = lesson.snippets.map(\.code)
        let types = FileScopeHoister.typesToHoist(codes)
        for code in codes {
            for declaration in FileScopeHoister.split(code, types: types).hoisted {
                let merged = MergedDeclaration(declaration.text, lessonTypes: types)
                if case .alone(let reason) = merged.access {
                    obstacle = reason
                    return
                }
                if let name = merged.declaredName { declaredNames.insert(name) }
            }
        }
        for code in codes + lesson.inlineValues.map(\.expression) {
            let tokenizer = SwiftTokenizer(code)
            mentionedNames.formUnion(Self.identifiers(tokenizer.tokens(), in: tokenizer.scalars))
        }
    }

    /// Whether the two may be compiled in one module: neither mentions a name the other declares
    /// at file scope (which would clash, or compile merged where it fails alone).
    func canShareModule(with other: MergeProfile) -> Bool {
        declaredNames.isDisjoint(with: other.mentionedNames) && other.declaredNames.isDisjoint(with: mentionedNames)
    }

    private static func identifiers(_ tokens: [SwiftToken], in scalars: [Unicode.Scalar]) -> Set<String> {
        var names = Set<String>()
        for token in tokens {
            switch token.kind {
            case .identifier:
                var text = String(String.UnicodeScalarView(scalars[token.range]))
                text.removeAll { $0 == "`" }
                names.insert(text)
            case .string(let interpolations):
                for interpolation in interpolations { names.formUnion(identifiers(interpolation.tokens, in: scalars)) }
            default: break
            }
        }
        return names
    }
}

/// One or more problems that stop a lesson (or the lessons folder) from being loaded, each at a
/// `file:line`.
public struct LessonLoadingError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }
}

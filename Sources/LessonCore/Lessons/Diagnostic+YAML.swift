import Yams

extension Diagnostic {
    /// A YAML syntax error as a diagnostic at the file line it names: `what` says which block
    /// ("front matter", "site settings"), `firstLine` is the file line of the YAML's first line,
    /// and `fallbackLine` is used when the error names no line.
    static func yaml(_ error: any Error, what: String, path: String, firstLine: Int, fallbackLine: Int) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(path: path, line: fallbackLine, message: "malformed \(what): \(error)")
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Diagnostic(path: path, line: mark.line + firstLine - 1, message: "malformed \(what): \(problem)")
        default:
            return Diagnostic(path: path, line: fallbackLine, message: "malformed \(what): \(yamlError)")
        }
    }
}

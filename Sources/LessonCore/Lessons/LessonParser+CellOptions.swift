extension SnippetCollector {
    /// A snippet's options from its info string words and its `//| key: value` cell options (one
    /// parser for both), and its code with the cell option lines emptied; nil after reporting a
    /// problem at its line.
    mutating func snippetOptions(code: String, words: ArraySlice<Substring>, range: SourceRange)
        -> (SnippetOptions, code: String, cellOptionLines: Int)?
    {
        var options: SnippetOptions
        do {
            options = try SnippetOptions(words: words)
        } catch {
            diagnostics.append(Diagnostic(path: path, line: range.start.line, message: error.message))
            return nil
        }
        guard let (cellOptions, emptied) = CellOptions.split(code) else { return (options, code, 0) }
        var failed = false
        for option in cellOptions {
            do {
                try options.apply(key: option.key, value: option.value)
            } catch {
                diagnostics.append(
                    Diagnostic(path: path, line: range.start.line + 1 + option.offset, message: error.message))
                failed = true
            }
        }
        return failed ? nil : (options, emptied, cellOptions.count)
    }
}

extension LessonResult {
    /// The result as pages show it: reproducible.
    ///
    /// A `nondeterministic` snippet (a timing, say) prints something new on every run, yet the built
    /// site must be byte-for-byte the same on every machine. So, like Quarto's `freeze`, pages show
    /// the output recorded in the snippet's `output` fence (`lessons fix` records it) in place of the
    /// text it printed this time; figures and tables it displayed stay as computed. A snippet with
    /// no recorded output, or one that failed, shows what it computed.
    public var frozenForPages: LessonResult {
        var frozen = self
        for (index, snippet) in lesson.snippets.enumerated() where index < snippets.count {
            guard snippet.options.nondeterministic, let recorded = snippet.expectedOutput,
                snippets[index].status == .succeeded
            else { continue }
            let displayed = snippets[index].items.filter { if case .text = $0 { false } else { true } }
            frozen.snippets[index].items = [.text(recorded.text)] + displayed
            frozen.snippets[index].truncated = false
        }
        return frozen
    }
}

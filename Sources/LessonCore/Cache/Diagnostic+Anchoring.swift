extension Diagnostic {
    /// This diagnostic with the lesson file named `new` instead of `old`: in `path`, and at the
    /// start of each note (compiler notes are `PATH:LINE:COLUMN: note: …`). Other files are left
    /// as they are.
    ///
    /// The cache stores diagnostics with the path relative to the lessons folder (the file name)
    /// and anchors them at the lesson's current path on load, so an entry made in one checkout or
    /// working directory reads right in another.
    func reanchored(from old: String, to new: String) -> Diagnostic {
        guard old != new else { return self }
        var moved = self
        if path == old { moved.path = new }
        moved.notes = notes.map { $0.hasPrefix(old + ":") ? new + $0.dropFirst(old.count) : $0 }
        return moved
    }
}

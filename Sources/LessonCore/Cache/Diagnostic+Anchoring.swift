extension Diagnostic {
    /// This diagnostic with the lesson file named `new` instead of `old`: in `path`, and in each
    /// note that points into it. Other files are left as they are.
    ///
    /// The cache stores diagnostics with the path relative to the lessons folder (the file name)
    /// and anchors them at the lesson's current path on load, so an entry made in one checkout or
    /// working directory reads right in another.
    func reanchored(from old: String, to new: String) -> Diagnostic {
        guard old != new else { return self }
        var moved = self
        if path == old { moved.path = new }
        moved.notes = notes.map { note in
            var note = note
            if note.path == old { note.path = new }
            return note
        }
        return moved
    }
}

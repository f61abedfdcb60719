/// How an exercise's starter enters the lesson program.
enum ExerciseProgram {
    /// The starter's (located) code as the body of a local function that is never called: it is
    /// type-checked where it stands, so it sees the names of the snippets above it and its errors
    /// are reported at its lines, but it never runs (a `fatalError("your code")` is fine) and what it
    /// declares is not visible to later snippets.
    static func starter(_ code: String, index: Int) -> String {
        "func _lessonsExercise\(index)() {\n" + code + "}\n"
    }
}

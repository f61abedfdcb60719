/// The lessons that loosen the sandbox's limits in their front matter (`network: true`, `memory:`
/// above the default), one note each, so that a reviewer of the book sees them all in `check`.
public enum SandboxExceptions {
    /// `Lessons/x.md: note: network allowed`, `Lessons/y.md: note: memory limit raised to 4 GiB`.
    public static func notes(_ lessons: [Lesson], settings: RunSettings = RunSettings()) -> [Diagnostic] {
        lessons.flatMap { lesson -> [Diagnostic] in
            var notes: [Diagnostic] = []
            if lesson.frontMatter.network {
                notes.append(Diagnostic(.note, path: lesson.path, message: "network allowed"))
            }
            if let memory = lesson.frontMatter.memory, memory != settings.memoryLimit {
                let verb = memory > settings.memoryLimit ? "raised" : "lowered"
                notes.append(
                    Diagnostic(
                        .note, path: lesson.path, message: "memory limit \(verb) to \(memory.byteCountDescription)"))
            }
            return notes
        }
    }
}

/// The environment variables through which the engine talks to a lesson program.
public enum LessonEnvironment {
    /// The random token of this run; markers carry it (``OutputMarker``). Unset when a lesson
    /// program is run by hand: then nothing is marked.
    public static let token = "LESSONS_TOKEN"
    /// Comma-separated indices of `expect-error` snippets to skip (after they trapped in a first run).
    public static let skip = "LESSONS_SKIP"
    /// The book's language tag (`ru`, `en`): figures describe themselves in it.
    public static let language = "LESSONS_LANGUAGE"
}

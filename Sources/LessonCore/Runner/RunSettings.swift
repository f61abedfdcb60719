/// Limits for compiling and running lesson programs.
public struct RunSettings: Sendable, Hashable {
    /// Seconds a lesson program may run when its front matter sets no `timeout`.
    public var defaultTimeout: Double = 60
    /// Seconds the compiler may take for one lesson.
    public var compileTimeout: Double = 300
    /// Bytes of text kept per snippet; more is cut with an "output truncated" note.
    public var outputCap: Int = 1 << 20
    /// The book's language tag (`SiteConfig.language`), given to every lesson program as
    /// `LESSONS_LANGUAGE` so that the words figures write themselves (their descriptions) match the
    /// book. Part of the cache key: another language runs the lessons again.
    public var language: String = "en"

    public init(
        defaultTimeout: Double = 60, compileTimeout: Double = 300, outputCap: Int = 1 << 20,
        language: String = "en"
    ) {
        self.defaultTimeout = defaultTimeout
        self.compileTimeout = compileTimeout
        self.outputCap = outputCap
        self.language = language
    }

    /// The note appended to a snippet's text when it was cut at the cap.
    public static func truncationNote(cap: Int) -> String {
        "[output truncated: more than \(cap >= 1 << 20 ? "\(cap >> 20) MiB" : "\(cap) bytes")]\n"
    }
}

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
    /// Whether lesson programs run in the sandbox (`Sandbox`); not part of the cache key, except that
    /// results from a run without it are kept apart.
    public var sandbox: SandboxMode = .auto
    /// Bytes of memory a lesson program may use when its front matter sets no `memory`.
    public var memoryLimit: Int = Self.defaultMemoryLimit

    /// 2 GiB: every lesson of the book fits well under it.
    public static let defaultMemoryLimit = 2 << 30

    public init(
        defaultTimeout: Double = 60, compileTimeout: Double = 300, outputCap: Int = 1 << 20,
        language: String = "en", sandbox: SandboxMode = .auto, memoryLimit: Int = Self.defaultMemoryLimit
    ) {
        self.defaultTimeout = defaultTimeout
        self.compileTimeout = compileTimeout
        self.outputCap = outputCap
        self.language = language
        self.sandbox = sandbox
        self.memoryLimit = memoryLimit
    }

    /// The note appended to a snippet's text when it was cut at the cap.
    public static func truncationNote(cap: Int) -> String {
        "[output truncated: more than \(cap >= 1 << 20 ? "\(cap >> 20) MiB" : "\(cap) bytes")]\n"
    }
}

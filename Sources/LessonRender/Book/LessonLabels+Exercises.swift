import LessonCore

extension LessonLabels {
    /// The targets of `@exr-…` references in `lesson`, numbered `N.k` by the exercise's count k
    /// in the lesson. Exercises (`swift exercise` fences) are not in the lesson model yet; when
    /// `Lesson.exercises` exists, this is the one line that plugs them in:
    ///
    ///     lesson.exercises.compactMap { e in e.label.map { Target(label: $0, kind: .exr, number: "\(number).\(e.number)", line: e.line) } }
    static func exerciseTargets(_ lesson: Lesson, number: Int) -> [Target] {
        []
    }
}

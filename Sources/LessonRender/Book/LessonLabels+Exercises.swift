import LessonCore

extension LessonLabels {
    /// The targets of `@exr-…` references in `lesson`: its labelled exercises, numbered `N.k` by the
    /// exercise's count k in the lesson (the pages anchor a labelled exercise at its label).
    static func exerciseTargets(_ lesson: Lesson, number: Int) -> [Target] {
        lesson.exercises.compactMap { exercise in
            exercise.label.map {
                Target(label: $0, kind: .exr, number: "\(number).\(exercise.number)", line: exercise.line)
            }
        }
    }
}

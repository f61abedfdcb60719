import ActivationReference
import LessonRender

/// The page sources this command line knows; a book turns them on by name in `site.yml`.
enum PageSources {
    static let available: [any PageSource] = [ActivationReferencePages()]
}

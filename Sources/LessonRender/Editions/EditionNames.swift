import LessonCore

/// What a language switch calls an edition: the language's own name for itself, so that a reader
/// who cannot read the current page still finds theirs.
enum EditionNames {
    static func name(_ language: String) -> String {
        switch SiteConfig(language: language).languageCode {
        case "ru": "Русский"
        case "en": "English"
        case "de": "Deutsch"
        case "fr": "Français"
        case "es": "Español"
        case "uk": "Українська"
        default: language
        }
    }
}

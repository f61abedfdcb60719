import LessonCore

/// A table of interface words with one value per language the site speaks: the renderer's
/// `InterfaceStrings`, a page source's own words. English is the fallback for any other language.
package protocol Translations {
    static var english: Self { get }
    static var russian: Self { get }
}

extension Translations {
    /// The table for the book's language (`ru`, `ru-RU`, `en`, …).
    package static func forLanguage(_ tag: String) -> Self {
        switch SiteConfig(language: tag).languageCode {
        case "ru": return russian
        default: return english
        }
    }
}

import Foundation
import Yams

extension SiteConfig {
    /// The name of the optional settings file in the lessons folder.
    public static let fileName = "site.yml"

    /// Reads `site.yml` (`title`, `language`, `author`, `description`, `pages`, `repository`, and for a
    /// book in several languages `editions` and `source`); defaults for whatever it leaves out.
    /// An edition's own settings file (`Edition.settingsFileName`) is read the same way.
    /// `path` names the file in diagnostics.
    public init(yaml: String, path: String) throws(LessonLoadingError) {
        self.init()
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw LessonLoadingError(.yaml(error, what: "site settings", path: path, firstLine: 1, fallbackLine: 1))
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            throw LessonLoadingError(Diagnostic(path: path, line: 1, message: "site settings must be a YAML mapping"))
        }
        for (keyNode, value) in mapping {
            let line = keyNode.mark?.line
            func text() throws(LessonLoadingError) -> String {
                guard let string = value.string, !string.isEmpty else {
                    throw LessonLoadingError(
                        Diagnostic(
                            path: path, line: line, message: "'\(keyNode.string ?? "")' must be a non-empty string"))
                }
                return string
            }
            switch keyNode.string {
            case "title": title = try text()
            case "language": language = try text()
            case "author": author = try text()
            case "repository": repository = try text()
            case "description": description = try text()
            case "source": sourceLanguage = try text()
            case "editions":
                guard let names = value.sequence?.map(\.string), !names.isEmpty,
                    names.allSatisfy({ $0.map(Self.isLanguageFolder) == true })
                else {
                    throw LessonLoadingError(
                        Diagnostic(
                            path: path, line: line,
                            message: "'editions' must be a list of language tags naming folders, e.g. [ru, en]"))
                }
                editions = names.compactMap { $0 }
            case "pages":
                guard let names = value.sequence?.map(\.string), names.allSatisfy({ $0?.isEmpty == false }) else {
                    throw LessonLoadingError(
                        Diagnostic(
                            path: path, line: line,
                            message: "'pages' must be a list of page source names, e.g. [activation-reference]"))
                }
                pages = names.compactMap { $0 }
                pagesPath = path
                pagesLine = line
            default:
                throw LessonLoadingError(
                    Diagnostic(
                        path: path, line: line,
                        message:
                            "unknown site setting '\(keyNode.string ?? "")' (known: author, description, editions, language, pages, repository, source, title)"
                    ))
            }
        }
    }

    /// Whether `tag` can name an edition's folder: letters, digits and `-` only (`en`, `pt-BR`).
    static func isLanguageFolder(_ tag: String) -> Bool {
        !tag.isEmpty
            && tag.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
            }
    }
}

import Foundation

/// Whether a translated snippet is the source's code with only its words translated: both are cut
/// into tokens (Swift by `SwiftTokenizer`; Python and shell by their `#` comments and quotes),
/// comments dropped and string literals emptied (the code of Swift interpolations kept), and what
/// remains must be equal. Fences in other languages are compared as they are.
enum CodeComparison {
    /// A piece of code that must not change in translation, and the line (from 0) it is on.
    struct Unit: Equatable {
        var text: String
        var line: Int

        static func == (a: Unit, b: Unit) -> Bool { a.text == b.text }
    }

    /// The first place the two differ, as lines from 0 into each; nil when they agree.
    static func firstDifference(source: String, translation: String, language: String? = "swift")
        -> (source: Int, translation: Int)?
    {
        let a = units(source, language: language)
        let b = units(translation, language: language)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : nil
            let right = index < b.count ? b[index] : nil
            if left?.text != right?.text {
                return (left?.line ?? a.last?.line ?? 0, right?.line ?? b.last?.line ?? 0)
            }
        }
        return nil
    }

    /// The code's units in `language`: Swift's tokens, the words of a `#`-commented language, or
    /// (any other language) its lines.
    static func units(_ code: String, language: String?) -> [Unit] {
        switch language {
        case "swift", nil: return units(code)
        case "python", "py", "sh", "bash", "shell", "yaml", "toml": return hashCommentedUnits(code)
        default:
            return code.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                Unit(text: $0.element.trimmingCharacters(in: .whitespaces), line: $0.offset)
            }
        }
    }

    /// The code's tokens, and every character of punctuation between them, with comments left out
    /// and each string literal reduced to its interpolations.
    static func units(_ code: String) -> [Unit] {
        let scalars = Array(code.unicodeScalars)
        var lineOf: [Int] = []
        lineOf.reserveCapacity(scalars.count + 1)
        var line = 0
        for scalar in scalars {
            lineOf.append(line)
            if scalar == "\n" { line += 1 }
        }
        lineOf.append(line)
        var units: [Unit] = []
        func gap(_ range: Range<Int>) {
            for index in range where !scalars[index].properties.isWhitespace {
                units.append(Unit(text: String(scalars[index]), line: lineOf[index]))
            }
        }
        func walk(_ tokens: [SwiftToken], in range: Range<Int>) {
            var cursor = range.lowerBound
            for token in tokens {
                gap(cursor..<token.range.lowerBound)
                cursor = token.range.upperBound
                switch token.kind {
                case .comment: continue
                case .string(let interpolations):
                    units.append(Unit(text: "\"", line: lineOf[token.range.lowerBound]))
                    for interpolation in interpolations { walk(interpolation.tokens, in: interpolation.range) }
                    units.append(Unit(text: "\"", line: lineOf[token.range.upperBound - 1]))
                default:
                    let text = String(String.UnicodeScalarView(scalars[token.range]))
                    units.append(Unit(text: text, line: lineOf[token.range.lowerBound]))
                }
            }
            gap(cursor..<range.upperBound)
        }
        walk(SwiftTokenizer(code).tokens(), in: 0..<scalars.count)
        return units
    }
}

import LessonCore

/// Gives headings stable `id`s: letters of any script and digits kept and lowercased, everything
/// else collapsed into single hyphens, repeats numbered (`intro`, `intro-1`, …) in document order.
///
/// Cyrillic stays Cyrillic (`Функция ReLU` → `функция-relu`): browsers accept any letter in an id
/// and show it readably in the address bar, unlike a transliteration nobody can guess.
struct HeadingAnchors {
    private var used: Set<String> = []

    mutating func id(for title: String) -> String {
        let base = Self.slug(title)
        var candidate = base.isEmpty ? "section" : base
        var counter = 1
        while used.contains(candidate) {
            candidate = "\(base.isEmpty ? "section" : base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Marks `id` as taken (a heading's own `{#id}`), so that no other heading gets it.
    mutating func reserve(_ id: String) {
        used.insert(id)
    }

    static func slug(_ title: String) -> String {
        let lower = title.lowercased()
        if lower.unicodeScalars.allSatisfy(isOwnCharacter) { return slug(scalars: lower.unicodeScalars) }
        var result = ""
        var pendingHyphen = false
        for character in lower {
            if character.isLetter || character.isNumber {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// True for a scalar that never joins its neighbours into one `Character`: ASCII, Latin-1,
    /// Cyrillic letters (not its combining marks U+0483–U+0489) and dashes and quotes. (CR LF is one
    /// `Character`, but neither is a letter, so both walks drop it alike.)
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0xFF, 0x400...0x482, 0x48A...0x4FF, 0x2010...0x2027: true
        default: false
        }
    }

    /// `slug` for text whose every scalar is a `Character`: the same test on each scalar
    /// (`Character.isLetter` and `isNumber` look at the first scalar), without grapheme breaking.
    private static func slug(scalars: String.UnicodeScalarView) -> String {
        var result = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in scalars {
            let value = scalar.value
            let kept: Bool
            switch value {
            case 0..<0x80: kept = ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A) || (value >= 0x30 && value <= 0x39)
            // Cyrillic letters, all of them (U+0482, a sign, and the combining marks are not).
            case 0x400...0x481, 0x48A...0x4FF: kept = true
            default: kept = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            if kept {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return String(result)
    }
}

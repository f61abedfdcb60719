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

    static func slug(_ title: String) -> String {
        var result = ""
        var pendingHyphen = false
        for character in title.lowercased() {
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
}

import LessonCore

/// A GitHub-style alert: a block quote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
/// `[!WARNING]` or `[!CAUTION]`.
enum Callout: String, CaseIterable {
    case note, tip, important, warning, caution

    func label(_ strings: InterfaceStrings) -> String {
        switch self {
        case .note: strings.calloutNote
        case .tip: strings.calloutTip
        case .important: strings.calloutImportant
        case .warning: strings.calloutWarning
        case .caution: strings.calloutCaution
        }
    }

    /// The callout kind of a block quote and its content without the `[!KIND]` line, or `nil` for
    /// an ordinary quote.
    static func recognise(_ quote: Markup) -> (Callout, [Markup])? {
        guard let first = quote.children.first, first.kind == .paragraph else { return nil }
        // cmark splits `[!NOTE]` into several text nodes; read the first line up to its break.
        var marker = ""
        var consumed = 0
        for inline in first.children {
            consumed += 1
            if inline.kind == .softBreak || inline.kind == .lineBreak { break }
            guard case .text(let text) = inline.kind else { return nil }
            marker += text
        }
        let trimmed = marker.trimmingSpaces
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]") else { return nil }
        let name = trimmed.dropFirst(2).dropLast().lowercased()
        guard let kind = Callout(rawValue: name) else { return nil }
        var rest = Array(quote.children.dropFirst())
        let remaining = Array(first.children.dropFirst(consumed))
        if !remaining.isEmpty {
            rest.insert(Markup(.paragraph, children: remaining, range: first.range), at: 0)
        }
        return (kind, rest)
    }
}

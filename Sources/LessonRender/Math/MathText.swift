import LessonCore

/// A formula as a line of Unicode text, for places that show text and not MathML: search results.
///
/// `\sigma'(x) = \sigma(x)\,(1 - \sigma(x))` reads `σ′(x) = σ(x) (1 − σ(x))`; `x^2` reads `x²`,
/// `\frac{1}{1 + e^{-x}}` reads `1/(1 + e⁻ˣ)`, and `\begin{cases}` rows are joined with `; `.
/// Commands it does not know are written as their name, so no text is lost. A walk over
/// `LaTeXParser`'s tree, like `MathML`, so the text says what the page shows.
enum MathText {
    static func plain(_ tex: String) -> String {
        tidy(text(LaTeXParser.parse(tex)))
    }

    /// Spaces as a reader expects them: runs collapsed (LaTeX ignores them, spacing commands leave
    /// them), none at the ends, none inside brackets or before `;`. One pass, no Foundation.
    private static func tidy(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = out.last, last != "(", last != "[", scalar != ")", scalar != "]", scalar != ";"
            {
                out.append(" ")
            }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// The text of one node, before `tidy`.
    private static func text(_ node: MathNode) -> String {
        switch node {
        case .identifier(let text, _), .number(let text), .symbol(let text, _), .function(let text, _), .text(let text),
            .unknown(let text):
            text
        case .space, .whitespace, .invisible(.alignment): " "
        case .invisible(.lineBreak): "; "
        case .invisible(.negativeSpace), .invisible(.delimiterSize): ""
        case .group(let nodes): text(nodes)
        case .fraction(let numerator, let denominator): grouped(text(numerator)) + "/" + grouped(text(denominator))
        case .root(let radicand, nil): "√" + grouped(text(radicand))
        case .root(let radicand, let index?):
            (script(text(index), superscript: true) ?? grouped(text(index))) + "√" + grouped(text(radicand))
        case .scripts(let base, let sub, let sup):
            text(base) + (sub.map { scripted(text($0), superscript: false) } ?? "")
                + (sup.map { scripted(text($0), superscript: true) } ?? "")
        case .accent(let base, _): text(base)
        case .fenced(let open, let inner, let close): open + text(inner) + close
        case .table(_, let rows): " " + rows.map { $0.map(text).joined(separator: " ") }.joined(separator: "; ")
        }
    }

    private static func text(_ nodes: [MathNode]) -> String {
        nodes.map(text).joined()
    }

    /// `x²` where every character has a script form, else `x^(y+1)`.
    private static func scripted(_ text: String, superscript: Bool) -> String {
        script(text, superscript: superscript) ?? (superscript ? "^" : "_") + grouped(text)
    }

    /// `x` stays `x`; `1 + e` becomes `(1 + e)`, so a fraction or a script reads unambiguously.
    private static func grouped(_ text: String) -> String {
        let simple = text.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "."
        }
        return simple || text.isEmpty ? text : "(" + text + ")"
    }

    /// The text as superscript or subscript characters, when every character has one.
    private static func script(_ text: String, superscript: Bool) -> String? {
        let table = superscript ? superscripts : subscripts
        var out = ""
        for scalar in text.unicodeScalars {
            guard let mapped = table[scalar] else { return nil }
            out.unicodeScalars.append(mapped)
        }
        return out.isEmpty ? nil : out
    }

    private static let superscripts: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "+": "⁺", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ", "x": "ˣ", "T": "ᵀ",
        "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "k": "ᵏ", "m": "ᵐ", "t": "ᵗ", "z": "ᶻ",
        "⊤": "ᵀ", "′": "′",
    ]

    private static let subscripts: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "−": "₋", "=": "₌", "(": "₍", ")": "₎", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "n": "ₙ", "x": "ₓ",
    ]
}

/// `MathText.plain` of each formula once: books repeat their formulas (`$x$`, `$f'(x)$`) a lot.
final class MathTextCache {
    private var texts: [String: String] = [:]
    /// True when `MathText.plain(tex) == tex` for certain: no markup byte, no space at either end
    /// or next to another. One pass over the bytes (this runs for every formula of the book).
    private static func readsAsItself(_ tex: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: " ")
        for byte in tex.utf8 {
            if special[Int(byte)] || (byte == UInt8(ascii: " ") && previous == byte) { return false }
            previous = byte
        }
        return previous != UInt8(ascii: " ")
    }

    /// The bytes that `MathText` may not read as themselves (a lookup table by byte value): markup,
    /// `*` (read as `∗`), whitespace other than a space (read as one), and every non-ASCII byte,
    /// since a few non-ASCII characters are whitespace too.
    private static let special: [Bool] = (0..<256).map {
        $0 >= 0x80 || Array("\\^_{}'-&~*\t\n\r\u{B}\u{C}".utf8).contains(UInt8($0))
    }

    func text(_ tex: String) -> String {
        // Most inline formulas (`x`, `x > 0`, `0.01`) read the same as text: no lookup at all.
        if Self.readsAsItself(tex) { return tex }
        if let known = texts[tex] { return known }
        let text = MathText.plain(tex)
        texts[tex] = text
        return text
    }
}

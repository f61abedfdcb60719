import LessonCore

/// A formula as a line of Unicode text, for places that show text and not MathML: search results.
///
/// `\sigma'(x) = \sigma(x)\,(1 - \sigma(x))` reads `σ′(x) = σ(x) (1 − σ(x))`; `x^2` reads `x²`,
/// `\frac{1}{1 + e^{-x}}` reads `1/(1 + e⁻ˣ)`, and `\begin{cases}` rows are joined with `; `.
/// Commands it does not know are written as their name, so no text is lost.
enum MathText {
    static func plain(_ tex: String) -> String {
        var reader = Reader(Array(tex.unicodeScalars))
        return tidy(reader.sequence(until: nil))
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
            if pendingSpace, let last = out.last, last != "(", last != "[", scalar != ")", scalar != "]", scalar != ";" {
                out.append(" ")
            }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        /// Text up to `stop` (a closing `}`), or to the end.
        mutating func sequence(until stop: Unicode.Scalar?) -> String {
            var out = ""
            while index < scalars.count {
                let c = scalars[index]
                if c == stop { index += 1; break }
                switch c {
                case "{":
                    index += 1
                    out += sequence(until: "}")
                case "}": index += 1  // Unbalanced: ignore.
                case "^", "_":
                    index += 1
                    let script = argument()
                    out += Self.script(script, superscript: c == "^") ?? (c == "^" ? "^" : "_") + Self.grouped(script)
                case "\\": out += command()
                case "'":
                    index += 1
                    out += "′"
                case "-":
                    index += 1
                    out += "−"
                case "&", "~":
                    index += 1
                    out += " "
                default:
                    index += 1
                    out.unicodeScalars.append(c)
                }
            }
            return out
        }

        /// One argument: a `{group}`, a command, or one character.
        mutating func argument() -> String {
            while index < scalars.count, scalars[index] == " " { index += 1 }
            guard index < scalars.count else { return "" }
            switch scalars[index] {
            case "{":
                index += 1
                return sequence(until: "}")
            case "\\": return command()
            default:
                defer { index += 1 }
                return String(scalars[index])
            }
        }

        mutating func command() -> String {
            index += 1  // the backslash
            let start = index
            while index < scalars.count, scalars[index].properties.isAlphabetic, scalars[index].isASCII { index += 1 }
            if index == start {
                guard index < scalars.count else { return "" }
                let symbol = scalars[index]
                index += 1
                switch symbol {
                case "\\": return "; "  // a row break
                case ",", ":", ";", ">", " ": return " "
                case "!": return ""
                default: return String(symbol)  // \{ \} \% \$ \# \_ \&
                }
            }
            let name = String(String.UnicodeScalarView(scalars[start..<index]))
            if let symbol = LaTeXSymbols.identifiers[name] ?? LaTeXSymbols.operators[name] ?? LaTeXSymbols.largeOperators[name] {
                return symbol
            }
            if LaTeXSymbols.functions.contains(name) { return name }
            if LaTeXSymbols.delimiterSizes.contains(name) { return "" }
            switch name {
            case "frac", "dfrac", "tfrac":
                let numerator = argument(), denominator = argument()
                return Self.grouped(numerator) + "/" + Self.grouped(denominator)
            case "sqrt": return "√" + Self.grouped(argument())
            case "left", "right":
                let delimiter = argument()
                return delimiter == "." ? "" : delimiter
            case "begin", "end":
                _ = argument()  // the environment's name
                return name == "end" ? "" : " "
            case "text", "textrm", "mbox", "textit", "mathrm", "mathbf", "boldsymbol", "mathcal", "mathbb",
                 "operatorname", "hat", "bar", "tilde", "vec", "dot", "overline":
                return argument()
            case "quad", "qquad": return " "
            default: return name
            }
        }

        /// `x` stays `x`; `1 + e` becomes `(1 + e)`, so a fraction or a script reads unambiguously.
        static func grouped(_ text: String) -> String {
            let simple = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "." }
            return simple || text.isEmpty ? text : "(" + text + ")"
        }

        /// The text as superscript or subscript characters, when every character has one.
        static func script(_ text: String, superscript: Bool) -> String? {
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

    /// The ASCII bytes that `MathText` reads as markup (a lookup table by byte value).
    private static let special: [Bool] = (0..<256).map { Array("\\^_{}'-&~".utf8).contains(UInt8($0)) }

    func text(_ tex: String) -> String {
        // Most inline formulas (`x`, `x > 0`, `0.01`) read the same as text: no lookup at all.
        if Self.readsAsItself(tex) { return tex }
        if let known = texts[tex] { return known }
        let text = MathText.plain(tex)
        texts[tex] = text
        return text
    }
}

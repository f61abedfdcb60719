import LessonCore

/// Converts the LaTeX subset used by lessons and activation formulas into presentation MathML, at
/// build time, so formulas show with no script and no network.
///
/// Covered: letters, numbers and operators; `^`, `_` and braces; `\frac`, `\sqrt` (with an optional
/// index), `\left…\right`, `\begin{cases}…\end{cases}` (also `matrix`, `pmatrix`, `aligned`),
/// Greek letters, named functions (`\max`, `\tanh`, `\operatorname{erf}`, …), big operators
/// (`\sum`, `\prod`), relations and arrows, `\mathbb`, `\mathrm`, `\mathbf`, `\text` and spacing.
/// An unknown command is shown as its own text (`\foo`), never as an error element, so a page with
/// a typo stays valid and readable. The original LaTeX is kept as an annotation for copying.
package enum MathML {
    /// A complete `<math>` element for `tex`.
    package static func render(_ tex: String, display: Bool) -> String {
        var parser = LaTeXParser(tex, display: display)
        let body = parser.parseAll()
        var html = HTMLBuilder(capacity: tex.utf8.count * 8)
        html.open("math", [("display", display ? "block" : nil)])
        html.raw("<semantics>")
        html.raw(body)
        html.open("annotation", [("encoding", "application/x-tex")])
        html.text(tex)
        html.raw("</annotation></semantics></math>")
        return html.string
    }
}

/// A recursive-descent reader of LaTeX math that writes MathML as it goes.
private struct LaTeXParser {
    private let chars: [Character]
    private var index = 0
    private let display: Bool

    init(_ tex: String, display: Bool) {
        chars = Array(tex)
        self.display = display
    }

    /// What ends a sequence besides the end of input.
    private struct Stops {
        var bracket = false
        var right = false
        var cell = false
    }

    mutating func parseAll() -> String {
        var nodes: [String] = []
        while index < chars.count {
            nodes += sequence(Stops())
            // A stray closing brace or `\right`: show it rather than loop or drop the rest.
            if index < chars.count {
                if chars[index] == "}" {
                    nodes.append(Self.element("mo", "}"))
                    index += 1
                } else if let name = peekCommand() {
                    index += name.count + 1
                    nodes.append(Self.element("mtext", "\\" + name))
                } else {
                    nodes.append(Self.element("mo", String(chars[index])))
                    index += 1
                }
            }
        }
        return Self.row(nodes)
    }

    // MARK: Sequences and atoms

    private mutating func sequence(_ stops: Stops) -> [String] {
        var nodes: [String] = []
        while true {
            skipSpaces()
            guard index < chars.count else { break }
            let c = chars[index]
            // A closing brace ends every sequence: `group` consumes its own, `parseAll` shows strays.
            if c == "}" { break }
            if stops.bracket && c == "]" { break }
            if stops.cell && c == "&" { break }
            if c == "\\", let name = peekCommand() {
                if name == "end" { break }
                if stops.right && name == "right" { break }
                if stops.cell && name == "\\" { break }
            }
            nodes.append(atomWithScripts())
        }
        return nodes
    }

    private mutating func atomWithScripts() -> String {
        var (base, isLargeOperator) = primary()
        // A named function applies to what follows; the invisible operator goes after its scripts.
        var application = ""
        if base.hasSuffix(Self.functionApplication) {
            base = String(decoding: base.utf8.dropLast(Self.functionApplication.utf8.count), as: UTF8.self)
            application = Self.functionApplication
        }
        var node = base
        var sub: String?
        var sup: String?
        while true {
            skipSpaces()
            guard index < chars.count else { break }
            let c = chars[index]
            if c == "^" && sup == nil {
                index += 1
                sup = argument()
            } else if c == "_" && sub == nil {
                index += 1
                sub = argument()
            } else if c == "'" {
                var primes = ""
                while index < chars.count && chars[index] == "'" {
                    primes += "′"
                    index += 1
                }
                sup = (sup.map { Self.row([Self.element("mo", primes), $0]) }) ?? Self.element("mo", primes)
            } else {
                break
            }
        }
        let under = isLargeOperator && display
        switch (sub, sup) {
        case (nil, nil): break
        case (let s?, nil): node = "<\(under ? "munder" : "msub")>\(node)\(s)</\(under ? "munder" : "msub")>"
        case (nil, let p?): node = "<\(under ? "mover" : "msup")>\(node)\(p)</\(under ? "mover" : "msup")>"
        case (let s?, let p?):
            let tag = under ? "munderover" : "msubsup"
            node = "<\(tag)>\(node)\(s)\(p)</\(tag)>"
        }
        return node + application
    }

    /// One argument: a `{group}` or a single atom without scripts.
    private mutating func argument() -> String {
        skipSpaces()
        guard index < chars.count else { return "<mrow></mrow>" }
        if chars[index] == "{" { return group() }
        // `\frac14` and `x^23`: an unbraced argument is one character, even of a number.
        if chars[index].isNumber {
            index += 1
            return Self.element("mn", String(chars[index - 1]))
        }
        return primary().node
    }

    /// `{…}` as one `<mrow>`.
    private mutating func group() -> String {
        index += 1  // `{`
        let nodes = sequence(Stops())
        if index < chars.count && chars[index] == "}" { index += 1 }
        return "<mrow>" + nodes.joined() + "</mrow>"
    }

    /// The raw text of a `{…}` argument (for `\text`, `\operatorname`, environment names).
    private mutating func rawArgument() -> String {
        skipSpaces()
        guard index < chars.count else { return "" }
        guard chars[index] == "{" else {
            let c = chars[index]
            index += 1
            return String(c)
        }
        index += 1
        var depth = 1
        var text = ""
        while index < chars.count {
            let c = chars[index]
            index += 1
            if c == "{" { depth += 1 }
            if c == "}" {
                depth -= 1
                if depth == 0 { break }
            }
            text.append(c)
        }
        return text
    }

    private mutating func primary() -> (node: String, isLargeOperator: Bool) {
        let c = chars[index]
        if c == "{" { return (group(), false) }
        if c == "\\" { return command() }
        if c.isNumber {
            var number = ""
            while index < chars.count
                && (chars[index].isNumber
                    || (chars[index] == "." && index + 1 < chars.count && chars[index + 1].isNumber))
            {
                number.append(chars[index])
                index += 1
            }
            return (Self.element("mn", number), false)
        }
        index += 1
        if c.isLetter { return (Self.element("mi", String(c)), false) }
        switch c {
        case "-":
            // A sign, not a subtraction: MathML then sets no space between it and its operand.
            return (isSign(at: index - 1) ? "<mo form=\"prefix\">−</mo>" : Self.element("mo", "−"), false)
        case "*": return (Self.element("mo", "∗"), false)
        case "(", ")", "[", "]", "|": return ("<mo stretchy=\"false\">\(c)</mo>", false)
        case "~": return ("<mspace width=\"0.25em\"></mspace>", false)
        case "&": return ("", false)  // Alignment outside a table: nothing to align.
        default: return (Self.element("mo", String(c)), false)
        }
    }

    /// Whether the `-` at `position` is a sign: nothing before it, or an opening bracket, a comma,
    /// a relation or another operator.
    private func isSign(at position: Int) -> Bool {
        var j = position - 1
        while j >= 0, chars[j] == " " { j -= 1 }
        guard j >= 0 else { return true }
        if "([{,=<>+-&".contains(chars[j]) { return true }
        // After an operator command such as `\le` or `\cdot`.
        var k = j
        while k >= 0, chars[k].isASCII, chars[k].isLetter { k -= 1 }
        guard k >= 0, k < j, chars[k] == "\\" else { return false }
        return Self.operatorCommands.contains(String(chars[(k + 1)...j]))
    }

    /// Commands after which a `-` is a sign.
    private static let operatorCommands: Set<String> = [
        "le", "leq", "ge", "geq", "lt", "gt", "ne", "neq", "approx", "equiv", "to", "in", "times", "cdot",
        "pm", "mp", "div", "quad", "qquad", "left",
    ]

    // MARK: Commands

    /// The name of the command at `index` (letters, or one non-letter), without consuming it.
    private func peekCommand() -> String? {
        guard index < chars.count, chars[index] == "\\", index + 1 < chars.count else { return nil }
        var j = index + 1
        guard chars[j].isASCII && chars[j].isLetter else { return String(chars[j]) }
        var name = ""
        while j < chars.count && chars[j].isASCII && chars[j].isLetter {
            name.append(chars[j])
            j += 1
        }
        return name
    }

    private mutating func command() -> (node: String, isLargeOperator: Bool) {
        guard let name = peekCommand() else {
            index += 1
            return (Self.element("mo", "\\"), false)
        }
        index += name.count + 1
        if let symbol = LaTeXSymbols.identifiers[name] { return (Self.element("mi", symbol), false) }
        if let symbol = LaTeXSymbols.operators[name] { return (Self.element("mo", symbol), false) }
        if let symbol = LaTeXSymbols.largeOperators[name] { return (Self.element("mo", symbol), true) }
        if LaTeXSymbols.functions.contains(name) {
            return (Self.element("mi", name) + Self.functionApplication, name == "lim" || name == "max" || name == "min")
        }
        if LaTeXSymbols.delimiterSizes.contains(name) {
            // `\bigl(`: the delimiter that follows is drawn at its natural size.
            return ("", false)
        }
        if let width = Self.spaces[name] {
            return (width.isEmpty ? "" : "<mspace width=\"\(width)\"></mspace>", false)
        }
        switch name {
        case "frac", "dfrac", "tfrac":
            let numerator = argument()
            let denominator = argument()
            return ("<mfrac>\(numerator)\(denominator)</mfrac>", false)
        case "sqrt":
            skipSpaces()
            if index < chars.count && chars[index] == "[" {
                index += 1
                var stops = Stops()
                stops.bracket = true
                let degree = Self.row(sequence(stops))
                if index < chars.count && chars[index] == "]" { index += 1 }
                let radicand = argument()
                return ("<mroot>\(radicand)\(degree)</mroot>", false)
            }
            return ("<msqrt>\(argument())</msqrt>", false)
        case "left":
            return (leftRight(), false)
        case "begin":
            return (environment(rawArgument()), false)
        case "operatorname":
            return (Self.element("mi", rawArgument()) + Self.functionApplication, false)
        case "text", "textrm", "mbox", "textit":
            return (Self.element("mtext", rawArgument()), false)
        case "mathrm":
            return (Self.element("mi", rawArgument()), false)
        case "mathbb":
            let letters = rawArgument()
            let mapped = String(letters.map { Self.doubleStruck[$0] ?? $0 })
            return (Self.element("mi", mapped), false)
        case "mathbf", "boldsymbol":
            return ("<mi mathvariant=\"bold\">\(HTMLBuilder.escape(rawArgument()))</mi>", false)
        case "mathcal":
            return ("<mi mathvariant=\"script\">\(HTMLBuilder.escape(rawArgument()))</mi>", false)
        case "{": return (Self.element("mo", "{"), false)
        case "}": return (Self.element("mo", "}"), false)
        case "|": return (Self.element("mo", "‖"), false)
        case "\\": return ("", false)  // A line break outside a table.
        case "%", "$", "#", "_", "&": return (Self.element("mo", name), false)
        case "hat", "bar", "tilde", "vec", "dot", "overline":
            let accent = ["hat": "^", "bar": "¯", "tilde": "~", "vec": "→", "dot": "˙", "overline": "¯"][name]!
            return ("<mover accent=\"true\">\(argument())<mo>\(accent)</mo></mover>", false)
        default:
            // Unknown: show the command as written, so the reader sees exactly what was meant.
            return (Self.element("mtext", "\\" + name), false)
        }
    }

    /// `\left( … \right)` as a row with stretchy fences.
    private mutating func leftRight() -> String {
        let open = delimiter()
        var stops = Stops()
        stops.right = true
        let inner = sequence(stops)
        var close = ""
        if peekCommand() == "right" {
            index += "right".count + 1
            close = delimiter()
        }
        var parts: [String] = []
        if !open.isEmpty { parts.append("<mo fence=\"true\">\(HTMLBuilder.escape(open))</mo>") }
        parts += inner
        if !close.isEmpty { parts.append("<mo fence=\"true\">\(HTMLBuilder.escape(close))</mo>") }
        return "<mrow>" + parts.joined() + "</mrow>"
    }

    /// The delimiter after `\left` or `\right`; `.` means none.
    private mutating func delimiter() -> String {
        skipSpaces()
        guard index < chars.count else { return "" }
        if chars[index] == "\\", let name = peekCommand() {
            index += name.count + 1
            switch name {
            case "{": return "{"
            case "}": return "}"
            case "|": return "‖"
            case "langle": return "⟨"
            case "rangle": return "⟩"
            case "lfloor": return "⌊"
            case "rfloor": return "⌋"
            case "lceil": return "⌈"
            case "rceil": return "⌉"
            default: return ""
            }
        }
        let c = chars[index]
        index += 1
        return c == "." ? "" : String(c)
    }

    /// `\begin{cases}` and friends: rows split by `\\`, cells by `&`, up to `\end{…}`.
    private mutating func environment(_ name: String) -> String {
        var rows: [[String]] = []
        var cells: [String] = []
        var stops = Stops()
        stops.cell = true
        while index < chars.count {
            cells.append(Self.row(sequence(stops)))
            guard index < chars.count else { break }
            if chars[index] == "&" {
                index += 1
                continue
            }
            if chars[index] == "}" {
                index += 1  // Unbalanced brace inside the environment: skip it.
                continue
            }
            let command = peekCommand()
            index += (command?.count ?? 0) + 1
            if command == "\\" {
                rows.append(cells)
                cells = []
                continue
            }
            if command == "end" {
                _ = rawArgument()
                break
            }
        }
        if !(cells.count == 1 && cells[0] == "<mrow></mrow>") || rows.isEmpty { rows.append(cells) }
        let alignment = name == "cases" || name == "aligned" || name == "align" ? " columnalign=\"left\"" : ""
        var table = "<mtable\(alignment)>"
        for row in rows {
            table += "<mtr>" + row.map { "<mtd>\($0)</mtd>" }.joined() + "</mtr>"
        }
        table += "</mtable>"
        switch name {
        case "cases": return "<mrow><mo>{</mo>\(table)</mrow>"
        case "pmatrix": return "<mrow><mo>(</mo>\(table)<mo>)</mo></mrow>"
        case "bmatrix": return "<mrow><mo>[</mo>\(table)<mo>]</mo></mrow>"
        default: return table
        }
    }

    private mutating func skipSpaces() {
        while index < chars.count && chars[index].isWhitespace { index += 1 }
    }

    // MARK: Output helpers and tables

    /// U+2061 FUNCTION APPLICATION: tells screen readers "max of", not "max times".
    private static let functionApplication = "<mo>\u{2061}</mo>"

    private static func element(_ tag: String, _ text: String) -> String {
        "<\(tag)>\(HTMLBuilder.escape(text))</\(tag)>"
    }

    private static func row(_ nodes: [String]) -> String {
        nodes.count == 1 ? nodes[0] : "<mrow>" + nodes.joined() + "</mrow>"
    }

    /// Widths of LaTeX's spacing commands; empty for negative space, which MathML cannot show here.
    private static let spaces: [String: String] = [
        ",": "0.1667em", ":": "0.2222em", ">": "0.2222em", ";": "0.2778em", " ": "0.25em",
        "quad": "1em", "qquad": "2em", "!": "",
    ]

    private static let doubleStruck: [Character: Character] = [
        "R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "P": "ℙ", "E": "𝔼",
    ]
}

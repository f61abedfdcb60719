/// Reads the LaTeX subset used by lessons and activation formulas into a `MathNode` row: the one
/// reader of LaTeX in the project (`MathML` and `MathText` walk what it returns).
///
/// Covered: letters, numbers and operators; `^`, `_`, primes and braces; `\frac`, `\sqrt` (with an
/// optional index), `\left…\right`, `\begin{cases}…\end{cases}` (also `matrix`, `pmatrix`,
/// `bmatrix`, `aligned`), the symbols of `LaTeXSymbols`, `\operatorname`, `\mathbb`, `\mathrm`,
/// `\mathbf`, `\mathcal`, `\text`, accents and spacing. It never fails: an unknown command becomes
/// `.unknown`, a stray `}` a symbol, and missing arguments empty groups.
struct LaTeXParser {
    private let chars: [Character]
    private var index = 0

    private init(_ tex: String) {
        chars = Array(tex)
    }

    /// The whole formula as one row.
    static func parse(_ tex: String) -> [MathNode] {
        var parser = LaTeXParser(tex)
        return parser.parseAll()
    }

    /// What ends a sequence besides the end of input and a closing brace.
    private struct Stops {
        var bracket = false
        var right = false
        var cell = false
    }

    private mutating func parseAll() -> [MathNode] {
        var nodes: [MathNode] = []
        while index < chars.count {
            nodes += sequence(Stops())
            // A stray closing brace or `\end`: show it rather than loop or drop the rest.
            if index < chars.count {
                if chars[index] == "}" {
                    nodes.append(.symbol("}"))
                    index += 1
                } else if let name = peekCommand() {
                    index += name.count + 1
                    nodes.append(.unknown(name))
                } else {
                    nodes.append(.symbol(String(chars[index])))
                    index += 1
                }
            }
        }
        return nodes
    }

    // MARK: Sequences and atoms

    private mutating func sequence(_ stops: Stops) -> [MathNode] {
        var nodes: [MathNode] = []
        while true {
            if skipSpaces() { nodes.append(.whitespace) }
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

    private mutating func atomWithScripts() -> MathNode {
        let base = primary()
        var sub: MathNode?
        var sup: MathNode?
        while true {
            // Spaces before a script belong to it; otherwise they stay for the sequence.
            let beforeSpaces = index
            skipSpaces()
            guard index < chars.count else {
                index = beforeSpaces
                break
            }
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
                sup = sup.map { .group([.symbol(primes), $0]) } ?? .symbol(primes)
            } else {
                index = beforeSpaces
                break
            }
        }
        if sub == nil && sup == nil { return base }
        return .scripts(base: base, sub: sub, sup: sup)
    }

    /// One argument: a `{group}` or a single atom without scripts.
    private mutating func argument() -> MathNode {
        skipSpaces()
        guard index < chars.count else { return .group([]) }
        if chars[index] == "{" { return group() }
        // `\frac14` and `x^23`: an unbraced argument is one character, even of a number.
        if chars[index].isNumber {
            index += 1
            return .number(String(chars[index - 1]))
        }
        return primary()
    }

    /// `{…}` as one group.
    private mutating func group() -> MathNode {
        index += 1  // `{`
        let nodes = sequence(Stops())
        if index < chars.count && chars[index] == "}" { index += 1 }
        return .group(nodes)
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

    /// The letters a font command sets: its raw argument, or the symbol of a lone `\theta`.
    private mutating func fontArgument() -> String {
        let raw = rawArgument()
        guard raw.first == "\\", let symbol = LaTeXSymbols.identifiers[String(raw.dropFirst())] else { return raw }
        return symbol
    }

    private mutating func primary() -> MathNode {
        let c = chars[index]
        if c == "{" { return group() }
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
            return .number(number)
        }
        index += 1
        if c.isLetter { return .identifier(String(c)) }
        switch c {
        case "-": return .symbol("−", isSign(at: index - 1) ? .sign : .plain)
        case "*": return .symbol("∗")
        case "(", ")", "[", "]", "|": return .symbol(String(c), .bracket)
        case "~": return .space(width: "0.25em")
        case "&": return .invisible(.alignment)
        default: return .symbol(String(c))
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

    private mutating func command() -> MathNode {
        guard let name = peekCommand() else {
            index += 1
            return .symbol("\\")
        }
        index += name.count + 1
        if let symbol = LaTeXSymbols.identifiers[name] { return .identifier(symbol) }
        if let symbol = LaTeXSymbols.operators[name] { return .symbol(symbol) }
        if let symbol = LaTeXSymbols.largeOperators[name] { return .symbol(symbol, .largeOperator) }
        if LaTeXSymbols.functions.contains(name) {
            return .function(name, limits: name == "lim" || name == "max" || name == "min")
        }
        // `\bigl(`: the delimiter that follows is drawn at its natural size.
        if LaTeXSymbols.delimiterSizes.contains(name) { return .invisible(.delimiterSize) }
        if let width = Self.spaces[name] { return .space(width: width) }
        switch name {
        case "!": return .invisible(.negativeSpace)
        case "frac", "dfrac", "tfrac":
            let numerator = argument()
            let denominator = argument()
            return .fraction(numerator: numerator, denominator: denominator)
        case "sqrt":
            skipSpaces()
            if index < chars.count && chars[index] == "[" {
                index += 1
                var stops = Stops()
                stops.bracket = true
                let degree = sequence(stops)
                if index < chars.count && chars[index] == "]" { index += 1 }
                return .root(argument(), index: degree)
            }
            return .root(argument(), index: nil)
        case "left": return leftRight()
        case "begin": return environment(rawArgument())
        case "operatorname": return .function(rawArgument(), limits: false)
        case "text", "textrm", "mbox", "textit": return .text(rawArgument())
        case "mathrm": return .identifier(fontArgument())
        case "mathbb": return .identifier(String(fontArgument().map { Self.doubleStruck[$0] ?? $0 }))
        case "mathbf", "boldsymbol": return .identifier(fontArgument(), .bold)
        case "mathcal": return .identifier(fontArgument(), .script)
        case "{", "}", "%", "$", "#", "_", "&": return .symbol(name)
        case "|": return .symbol("‖")
        case "\\": return .invisible(.lineBreak)
        case "hat", "bar", "tilde", "vec", "dot", "overline":
            return .accent(argument(), mark: Self.accents[name]!)
        default: return .unknown(name)
        }
    }

    /// `\left( … \right)` as a row between fences.
    private mutating func leftRight() -> MathNode {
        let open = delimiter()
        var stops = Stops()
        stops.right = true
        let inner = sequence(stops)
        var close = ""
        if peekCommand() == "right" {
            index += "right".count + 1
            close = delimiter()
        }
        return .fenced(open: open, inner, close: close)
    }

    /// The delimiter after `\left` or `\right`; `.` means none.
    private mutating func delimiter() -> String {
        skipSpaces()
        guard index < chars.count else { return "" }
        if chars[index] == "\\", let name = peekCommand() {
            index += name.count + 1
            if name == "{" || name == "}" { return name }
            if name == "|" { return "‖" }
            return Self.delimiterCommands.contains(name) ? LaTeXSymbols.operators[name] ?? "" : ""
        }
        let c = chars[index]
        index += 1
        return c == "." ? "" : String(c)
    }

    private static let delimiterCommands: Set<String> = ["langle", "rangle", "lfloor", "rfloor", "lceil", "rceil"]

    /// `\begin{cases}` and friends: rows split by `\\`, cells by `&`, up to `\end{…}`.
    private mutating func environment(_ name: String) -> MathNode {
        var rows: [[[MathNode]]] = []
        var cells: [[MathNode]] = []
        var stops = Stops()
        stops.cell = true
        while index < chars.count {
            cells.append(sequence(stops))
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
        // A trailing `\\` leaves an empty last row: drop it, unless it is the only one.
        let emptyLastRow = cells.count == 1 && cells[0].allSatisfy { $0 == .whitespace }
        if !emptyLastRow || rows.isEmpty { rows.append(cells) }
        return .table(environment: name, rows: rows)
    }

    /// Skips spaces; true if there were any.
    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = index
        while index < chars.count && chars[index].isWhitespace { index += 1 }
        return index > start
    }

    // MARK: Tables

    /// Widths of LaTeX's spacing commands (`\!` is `.negativeSpace`).
    private static let spaces: [String: String] = [
        ",": "0.1667em", ":": "0.2222em", ">": "0.2222em", ";": "0.2778em", " ": "0.25em",
        "quad": "1em", "qquad": "2em",
    ]

    private static let accents: [String: String] = [
        "hat": "^", "bar": "¯", "tilde": "~", "vec": "→", "dot": "˙", "overline": "¯",
    ]

    private static let doubleStruck: [Character: Character] = [
        "R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "P": "ℙ", "E": "𝔼",
    ]
}

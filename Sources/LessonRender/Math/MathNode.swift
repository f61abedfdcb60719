/// A formula as `LaTeXParser` reads it: what each piece of LaTeX means, before anyone decides how
/// to show it. `MathML` and `MathText` are two walks over this tree, so a formula is read one way.
///
/// Symbols are already resolved through `LaTeXSymbols` (`\alpha` is `.identifier("α")`). Rows are
/// arrays of nodes; `.whitespace` keeps where the source had spaces (MathML ignores them, text
/// keeps one), and nodes that draw nothing in MathML (`\bigl`) still count as items of their row.
indirect enum MathNode: Equatable {
    /// A variable or a letter-like symbol (`x`, `\alpha`, `\mathbb{R}`), in a font variant.
    case identifier(String, MathVariant = .normal)
    /// Digits, with a decimal point between digits (`0.5`).
    case number(String)
    /// An operator, relation, bracket or punctuation mark, already as its symbol (`-` is `−`).
    case symbol(String, SymbolRole = .plain)
    /// A function name set upright and applied to what follows (`\max`, `\operatorname{erf}`).
    /// With `limits`, its scripts go under and over it in display style (`\max_i`).
    case function(String, limits: Bool)
    /// `\text{…}` and friends: words inside a formula.
    case text(String)
    /// A command nobody knows (`\foo`), shown as written so a typo stays visible.
    case unknown(String)
    /// A spacing command (`\,`, `\quad`, `~`) of a width in `em`.
    case space(width: String)
    /// Something that takes a place in its row but draws nothing in MathML.
    case invisible(Invisible)
    /// Spaces in the source: no MathML, one space in text.
    case whitespace
    /// `{…}`: one row that scripts and arguments treat as a unit.
    case group([MathNode])
    case fraction(numerator: MathNode, denominator: MathNode)
    /// `\sqrt{…}` and `\sqrt[index]{…}`.
    case root(MathNode, index: [MathNode]?)
    /// A base with a subscript, a superscript (primes included), or both.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// `\hat{y}`: a mark over its argument.
    case accent(MathNode, mark: String)
    /// `\left( … \right)`: a row between stretchy fences; an empty fence is `\left.`.
    case fenced(open: String, [MathNode], close: String)
    /// `\begin{cases} … \end{cases}` and the matrix environments: rows of cells, each cell a row.
    case table(environment: String, rows: [[[MathNode]]])

    enum MathVariant: Equatable {
        case normal, bold, script
    }

    enum SymbolRole: Equatable {
        case plain
        /// A minus that is a sign (`-x`, `e^{-x}`), not a subtraction.
        case sign
        /// A bracket written as a character: drawn at its natural size.
        case bracket
        /// `\sum`, `\prod`, `\int`: drawn large, with limits in display style.
        case largeOperator
    }

    enum Invisible: Equatable {
        /// `\!`: a negative space, which MathML cannot show here.
        case negativeSpace
        /// `\bigl` and the other size commands before a delimiter.
        case delimiterSize
        /// `&` outside a table.
        case alignment
        /// `\\` outside a table.
        case lineBreak
    }

    /// Whether scripts go under and over this base in display style.
    var hasLimits: Bool {
        switch self {
        case .symbol(_, .largeOperator): true
        case .function(_, let limits): limits
        default: false
        }
    }
}

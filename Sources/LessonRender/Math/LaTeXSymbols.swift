import LessonCore

/// What LaTeX commands stand for, shared by the MathML renderer and the plain-text form of formulas.
enum LaTeXSymbols {
    /// Letters and symbols drawn as identifiers (`\alpha` → α).
    static let identifiers: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ",
        "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ",
        "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
        "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ",
        "Omega": "Ω", "infty": "∞", "partial": "∂", "nabla": "∇", "ell": "ℓ", "emptyset": "∅",
        "top": "⊤",
    ]

    /// Relations, binary operators, arrows and delimiters (`\le` → ≤).
    static let operators: [String: String] = [
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "leq": "≤", "le": "≤", "geq": "≥",
        "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "equiv": "≡", "sim": "∼", "propto": "∝",
        "in": "∈", "notin": "∉", "subset": "⊂", "to": "→", "rightarrow": "→", "leftarrow": "←",
        "Rightarrow": "⇒", "Leftarrow": "⇐", "iff": "⇔", "mapsto": "↦", "ll": "≪", "gg": "≫",
        "lt": "<", "gt": ">", "mid": "|", "circ": "∘", "odot": "⊙", "otimes": "⊗", "oplus": "⊕",
        "ldots": "…", "cdots": "⋯", "dots": "…", "forall": "∀", "exists": "∃", "cup": "∪", "cap": "∩",
        "land": "∧", "lor": "∨", "neg": "¬", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋",
        "lceil": "⌈", "rceil": "⌉", "colon": ":", "prime": "′",
    ]

    /// Operators drawn large, with limits (`\sum` → ∑).
    static let largeOperators: [String: String] = [
        "sum": "∑", "prod": "∏", "int": "∫", "oint": "∮", "bigcup": "⋃", "bigcap": "⋂",
    ]

    /// Function names set upright (`\tanh`).
    static let functions: Set<String> = [
        "max", "min", "tanh", "exp", "ln", "log", "sin", "cos", "tan", "sinh", "cosh", "lim", "arg",
        "sup", "inf", "det", "sgn", "sign", "argmax", "argmin", "erf", "sech", "csch", "coth",
    ]

    /// Size commands before a delimiter (`\bigl(`); the delimiter is drawn at its natural size.
    static let delimiterSizes: Set<String> = [
        "big", "bigl", "bigr", "bigm", "Big", "Bigl", "Bigr", "Bigm", "bigg", "biggl", "biggr", "Bigg", "Biggl",
        "Biggr",
    ]
}

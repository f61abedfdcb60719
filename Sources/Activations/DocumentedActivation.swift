/// An activation of the library, documented for its reference page: f and f′ as LaTeX.
///
/// Kept apart from `Activation`, which is only what makes a function an activation (f and f′): an
/// author's own `struct Square: Activation` owes no formulas, and a type cannot enter
/// `ActivationRegistry` (and so the reference pages) without them.
public protocol DocumentedActivation: Activation {
    /// LaTeX source of f(x), e.g. `\max(0, x)`.
    var formula: String { get }
    /// LaTeX source of f'(x).
    var derivativeFormula: String { get }
}

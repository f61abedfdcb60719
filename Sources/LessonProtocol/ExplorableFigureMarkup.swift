/// How an explorable figure (one SVG document with a frame per value of a parameter) marks itself,
/// so that the runtime that writes it (`Plot`), the renderers that place it and the page's script
/// (`explore.js`) agree on the names. The figure travels as an ordinary figure marker.
///
/// ```xml
/// <svg … data-explore="α">  shared style, grid, axes, legend
///   <g data-frame="0,05" display="none">…</g>   one group per value, all but the default hidden
///   <g data-frame="0,1">…</g>
/// </svg>
/// ```
///
/// Without a script, and wherever the document is shown as an image, only the default frame shows.
public enum ExplorableFigureMarkup {
    /// On the root `<svg>`: the parameter's name, as the slider's label shows it.
    public static let parameterAttribute = "data-explore"
    /// On each frame's `<g>`: the parameter value it shows, written as the book writes numbers.
    public static let frameAttribute = "data-frame"
    /// On a hidden frame's `<g>`: `display="none"` (a presentation attribute, so it also holds
    /// where no style sheet or script runs).
    public static let hiddenAttribute = "display=\"none\""
}

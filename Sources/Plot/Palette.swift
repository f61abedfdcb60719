// The style sheet embedded in every figure. Colours are CSS variables with explicit light values,
// because a code host shows an SVG through <img>, where `currentColor` is always black, and the
// `prefers-color-scheme: dark` block swaps them all. A page that inlines figures can override the
// variables on `.lessons-figure` to match its own theme.

/// The palette and style sheet of all figures.
public enum Palette {
    /// Series colours for light and dark backgrounds, after Okabe and Ito's colour-blind-safe set.
    static let light = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c7a00", "#6e7781"]
    static let dark = ["#58a6ff", "#ff8a50", "#3fcf9f", "#f09ad0", "#f2b53d", "#9ad8ff", "#e3d24f", "#b1bac4"]

    /// Number of distinct series colours; index `i` and `i + count` look the same.
    public static var count: Int { light.count }

    /// The CSS class that strokes (`k`) or fills (`f`) with palette colour `index`.
    static func strokeClass(_ index: Int) -> String { "k\(index % count)" }
    static func fillClass(_ index: Int) -> String { "f\(index % count)" }

    /// Light-scheme values of the non-series colours, by CSS variable name.
    static let lightUI = ["bg": "#ffffff", "fg": "#1f2328", "axis": "#818b98", "grid": "#eaeef2", "zero": "#afb8c1"]
    static let darkUI = ["bg": "#0d1117", "fg": "#e6edf3", "axis": "#6e7681", "grid": "#21262d", "zero": "#484f58"]

    static let styleSheet: String = {
        func variables(_ ui: [String: String], _ colors: [String]) -> String {
            var css = ""
            for name in ["bg", "fg", "axis", "grid", "zero"] { css += "--\(name):\(ui[name]!);" }
            for (index, color) in colors.enumerated() { css += "--c\(index):\(color);" }
            return css
        }
        // `property:light;property:var(--x)`: renderers without CSS variables (librsvg, some
        // converters) keep the light colour instead of falling back to black.
        func color(_ property: String, _ variable: String) -> String {
            let light = lightUI[variable] ?? light[Int(variable.dropFirst())!]
            return "\(property):\(light);\(property):var(--\(variable))"
        }
        var css = ".lessons-figure{" + variables(lightUI, light)
        css += "font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:12px}\n"
        css += "@media (prefers-color-scheme:dark){.lessons-figure{" + variables(darkUI, dark) + "}}\n"
        css += ".lessons-figure text{\(color("fill", "fg"))}\n"
        css += ".lessons-figure .bg{\(color("fill", "bg"))}\n"
        css += ".lessons-figure .frame{fill:none;\(color("stroke", "axis"))}\n"
        css += ".lessons-figure .grid{fill:none;\(color("stroke", "grid"))}\n"
        css += ".lessons-figure .minor{stroke-opacity:.6}\n"
        css += ".lessons-figure .zero{fill:none;\(color("stroke", "zero"))}\n"
        css += ".lessons-figure .title{font-size:15px;font-weight:600}\n"
        css += ".lessons-figure .label{font-size:13px}\n"
        css += ".lessons-figure .line{fill:none;stroke-linejoin:round}\n"
        css += ".lessons-figure .legend-box{\(color("fill", "bg"));fill-opacity:.85;\(color("stroke", "grid"))}\n"
        css += ".lessons-figure .open{\(color("fill", "bg"))}\n"
        for index in 0..<count {
            css += ".lessons-figure .k\(index){\(color("stroke", "c\(index)"))}"
            css += ".lessons-figure .f\(index){\(color("fill", "c\(index)"))}\n"
        }
        return css
    }()
}

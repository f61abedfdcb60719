import Plot

/// A figure over one parameter that the reader explores with a slider on the HTML page:
///
/// ```swift
/// display(explore("α", values: Array(stride(from: 0.0, through: 0.5, by: 0.05)), default: 0.1) { α in
///     plotActivation(LeakyReLU(negativeSlope: α))
/// })
/// ```
///
/// Every frame is computed here, when the lesson runs (so the page does no maths and works
/// offline), and all frames share their axes. `default` must be one of `values` (else the first is
/// the default): it is the frame shown first, and the only one in the Markdown edition, in print and
/// in an exported lesson. Keep frames few (10–20) and cheap: each adds its series to the page.
public func explore(
    _ parameter: String, values: [Double], default defaultValue: Double? = nil, _ frame: (Double) throws -> Figure
) rethrows -> ExplorableFigure {
    try ExplorableFigure(parameter, values: values, default: defaultValue, frame: frame)
}

/// Shows an explorable figure under the snippet, with ids unique on the page like a `Figure`'s.
/// Run by hand (no engine), it writes only the default frame to the SVG file.
public func display(_ figure: ExplorableFigure) {
    var figure = figure
    let id = OutputProtocol.nextFigureID()
    if figure.idPrefix == nil { figure.idPrefix = id }
    OutputProtocol.writeFigure(svg: figure.svg, id: id, fileSVG: figure.defaultFrame.svg)
}

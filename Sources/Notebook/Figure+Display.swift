import Plot

/// Figures from `Plot` show under the snippet that displays them: `display(plotActivation(ReLU()))`.
extension Figure: SVGRepresentable {}

/// Shows a figure under the snippet. Its ids get a prefix unique on the lesson's page (`f3-1` for
/// the first figure of snippet 3) unless it has its own `idPrefix`.
public func display(_ figure: Figure) {
    var figure = figure
    let id = OutputProtocol.nextFigureID()
    if figure.idPrefix == nil { figure.idPrefix = id }
    OutputProtocol.writeFigure(svg: figure.svg, id: id)
}

import Plot

/// Figures from `Plot` show under the snippet that displays them: `display(plotActivation(ReLU()))`.
extension Figure: SVGRepresentable {}

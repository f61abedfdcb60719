// An explorable figure as one SVG document: what frames share (style, grid, axes, legend, labels)
// once, and one group per frame with only its series (and its title, when titles differ).

import LessonProtocol

extension ExplorableFigure {
    /// The document: every frame, all but the default one hidden with `display="none"`, so a viewer
    /// without the page's script (an image, a feed reader, a code host) shows the default frame.
    /// Marked up as `ExplorableFigureMarkup` describes.
    public var svg: String {
        let shown = frames[defaultIndex]
        let union = unionFigure
        let layout = PlotLayout(union)
        let prefix = idPrefix ?? defaultIDPrefix
        let language = shown.resolvedLanguage
        let titlesDiffer = frames.contains { $0.title != shown.title }
        var writer = SVGWriter()
        shown.writeOpening(
            layout, prefix: prefix, description: description ?? generatedDescription(layout),
            parameter: parameter, to: &writer)
        shown.writeGrid(layout, to: &writer)
        for (index, frame) in frames.enumerated() {
            writer.open(
                "g",
                [
                    ExplorableFigureMarkup.frameAttribute: .text(language.phrases.number(values[index])),
                    "display": index == defaultIndex ? .omitted : "none",
                ])
            frame.writeSeries(layout, clipID: "\(prefix)-plot", to: &writer)
            if titlesDiffer { frame.writeTitle(layout, to: &writer) }
            writer.close("g")
        }
        shown.writeAxes(layout, to: &writer)
        if let legend = layout.legend { shown.write(legend, to: &writer) }
        shown.writeTitles(layout, includingTitle: !titlesDiffer, to: &writer)
        writer.close("svg")
        return writer.output
    }

    /// The default frame carrying every frame's data, only its own series labelled: fitting axes to
    /// it spans all frames, and placing the legend on it keeps the legend off every frame's data.
    var unionFigure: Figure {
        var union = frames[defaultIndex]
        for (index, frame) in frames.enumerated() where index != defaultIndex {
            union.series += frame.series.map { series in
                var series = series
                series.label = nil
                return series
            }
        }
        return union
    }

    /// "Explorable figure over α: …" and then the default frame described on the shared axes.
    func generatedDescription(_ layout: PlotLayout) -> String {
        let shown = frames[defaultIndex]
        let phrases = shown.resolvedLanguage.phrases
        let sorted = values.sorted()
        let intro = phrases.explorable(
            parameter, values.count, phrases.number(sorted[0]), phrases.number(sorted[sorted.count - 1]),
            phrases.number(defaultValue))
        return intro + " " + shown.generatedDescription(layout)
    }

    /// The frames' own id prefixes, hashed together with the parameter.
    var defaultIDPrefix: String {
        var figure = Figure(title: parameter)
        figure.description = frames.map(\.defaultIDPrefix).joined(separator: ",")
        return figure.defaultIDPrefix
    }
}

// Rendering a figure as a standalone SVG document: accessible (role, title, desc), styled by the
// embedded sheet in Palette.swift, and byte-stable.

import LessonProtocol

extension Figure {
    /// The figure as a standalone SVG document. It opens in a browser, renders on a code host, and
    /// can also be inlined into HTML as is.
    public var svg: String {
        let layout = PlotLayout(self)
        let prefix = idPrefix ?? defaultIDPrefix
        var writer = SVGWriter()
        writeOpening(layout, prefix: prefix, description: description ?? generatedDescription(layout), to: &writer)
        writeGrid(layout, to: &writer)
        writeSeries(layout, clipID: "\(prefix)-plot", to: &writer)
        writeAxes(layout, to: &writer)
        if let legend = layout.legend { write(legend, to: &writer) }
        writeTitles(layout, to: &writer)
        writer.close("svg")
        return writer.output
    }

    // MARK: Parts

    /// The root element, `<title>`, `<desc>`, the style sheet, the plot's clip path and the
    /// background. `parameter` marks an explorable figure (``ExplorableFigure``) for the page's script.
    func writeOpening(
        _ layout: PlotLayout, prefix: String, description: String, parameter: String? = nil,
        to writer: inout SVGWriter
    ) {
        writer.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg",
                "class": "lessons-figure",
                "width": .number(Double(width)),
                "height": .number(Double(height)),
                "viewBox": .text("0 0 \(width) \(height)"),
                "role": "img",
                "aria-labelledby": .text("\(prefix)-title \(prefix)-desc"),
                ExplorableFigureMarkup.parameterAttribute: parameter.map { .text($0) } ?? .omitted,
            ])
        writer.text("title", ["id": .text("\(prefix)-title")], title ?? resolvedLanguage.phrases.untitled)
        writer.text("desc", ["id": .text("\(prefix)-desc")], description)
        writer.raw("<style>\n" + Palette.styleSheet + "</style>\n")
        writer.open("defs")
        writer.open("clipPath", ["id": .text("\(prefix)-plot")])
        writer.empty("rect", rectAttributes(layout.plot))
        writer.close("clipPath")
        writer.close("defs")
        writer.empty("rect", ["class": "bg", "width": .number(Double(width)), "height": .number(Double(height))])
    }

    func writeGrid(_ layout: PlotLayout, to writer: inout SVGWriter) {
        let plot = layout.plot
        var minor = PathData()
        for value in layout.y.minorTicks {
            if let py = layout.pixelY(value) {
                minor.move(plot.x, py)
                minor.line(plot.maxX, py)
            }
        }
        for value in layout.x.minorTicks {
            if let px = layout.pixelX(value) {
                minor.move(px, plot.y)
                minor.line(px, plot.maxY)
            }
        }
        if !minor.isEmpty { writer.empty("path", ["class": "grid minor", "d": .text(minor.string)]) }

        var major = PathData()
        for tick in layout.y.ticks {
            if let py = layout.pixelY(tick.value) {
                major.move(plot.x, py)
                major.line(plot.maxX, py)
            }
        }
        for tick in layout.x.ticks {
            if let px = layout.pixelX(tick.value) {
                major.move(px, plot.y)
                major.line(px, plot.maxY)
            }
        }
        if !major.isEmpty { writer.empty("path", ["class": "grid", "d": .text(major.string)]) }

        // Zero lines, a shade stronger than the grid, where 0 lies inside a linear axis: most of
        // the story of an activation function is told relative to them.
        var zero = PathData()
        if layout.y.scale == .linear, layout.y.domain.lowerBound < 0, layout.y.domain.upperBound > 0,
            let py = layout.pixelY(0)
        {
            zero.move(plot.x, py)
            zero.line(plot.maxX, py)
        }
        if layout.x.scale == .linear, layout.x.domain.lowerBound < 0, layout.x.domain.upperBound > 0,
            let px = layout.pixelX(0)
        {
            zero.move(px, plot.y)
            zero.line(px, plot.maxY)
        }
        if !zero.isEmpty { writer.empty("path", ["class": "zero", "d": .text(zero.string)]) }
    }

    func writeSeries(_ layout: PlotLayout, clipID: String, to writer: inout SVGWriter) {
        writer.open("g", ["clip-path": .text("url(#\(clipID))")])
        let markersLast =
            series.filter { if case .points = $0.kind { false } else { true } }
            + series.filter { if case .points = $0.kind { true } else { false } }
        for series in markersLast {
            switch series.kind {
            case .line(let style):
                for piece in Polyline.pieces(of: series, in: layout) {
                    var path = PathData()
                    path.move(piece[0].x, piece[0].y)
                    for point in piece.dropFirst() { path.line(point.x, point.y) }
                    writer.empty(
                        "path",
                        [
                            "class": .text("line " + Palette.strokeClass(series.color)),
                            "stroke-width": .number(style.width),
                            "stroke-dasharray": style.dash?.dashArray.map { .text($0) } ?? .omitted,
                            "d": .text(path.string),
                        ])
                }
            case .scatter(let radius, let opacity):
                writer.open("g", ["class": .text(Palette.fillClass(series.color)), "fill-opacity": .number(opacity)])
                for (x, y) in zip(series.x, series.y) {
                    guard let p = layout.pixel(x: x, y: y) else { continue }
                    writer.empty("circle", ["cx": .number(p.x), "cy": .number(p.y), "r": .number(radius)])
                }
                writer.close("g")
            case .points(let filled):
                let classes =
                    filled
                    ? "dot " + Palette.strokeClass(series.color) + " " + Palette.fillClass(series.color)
                    : "dot open " + Palette.strokeClass(series.color)
                for (x, y) in zip(series.x, series.y) {
                    guard let p = layout.pixel(x: x, y: y) else { continue }
                    writer.empty(
                        "circle",
                        [
                            "class": .text(classes), "cx": .number(p.x), "cy": .number(p.y), "r": 4,
                            "stroke-width": 1.5,
                        ])
                }
            }
        }
        writer.close("g")
    }

    func writeAxes(_ layout: PlotLayout, to writer: inout SVGWriter) {
        let plot = layout.plot
        writer.empty("rect", rectAttributes(plot, class: "frame"))
        var marks = PathData()
        for tick in layout.x.ticks {
            if let px = layout.pixelX(tick.value) {
                marks.move(px, plot.maxY)
                marks.line(px, plot.maxY + 5)
            }
        }
        for tick in layout.y.ticks {
            if let py = layout.pixelY(tick.value) {
                marks.move(plot.x - 5, py)
                marks.line(plot.x, py)
            }
        }
        if !marks.isEmpty { writer.empty("path", ["class": "frame", "d": .text(marks.string)]) }

        writer.open("g", ["text-anchor": "middle"])
        for tick in layout.x.ticks {
            guard let px = layout.pixelX(tick.value) else { continue }
            writer.text("text", ["x": .number(px), "y": .number(plot.maxY + 20)], tick.label)
        }
        writer.close("g")
        writer.open("g", ["text-anchor": "end"])
        for tick in layout.y.ticks {
            guard let py = layout.pixelY(tick.value) else { continue }
            writer.text("text", ["x": .number(plot.x - 8), "y": .number(py + 4)], tick.label)
        }
        writer.close("g")
    }

    func write(_ legend: Legend, to writer: inout SVGWriter) {
        writer.open("g", ["class": "legend"])
        if let box = legend.box { writer.empty("rect", rectAttributes(box, class: "legend-box", cornerRadius: 3)) }
        for entry in legend.entries {
            let (swatchX, centerY) = (entry.x, entry.y)
            switch entry.kind {
            case .line(let style):
                var path = PathData()
                path.move(swatchX, centerY)
                path.line(swatchX + Legend.swatchWidth, centerY)
                writer.empty(
                    "path",
                    [
                        "class": .text("line " + Palette.strokeClass(entry.color)),
                        "stroke-width": .number(style.width),
                        "stroke-dasharray": style.dash?.dashArray.map { .text($0) } ?? .omitted,
                        "d": .text(path.string),
                    ])
            case .scatter, .points(filled: true):
                writer.empty(
                    "circle",
                    [
                        "class": .text(Palette.strokeClass(entry.color) + " " + Palette.fillClass(entry.color)),
                        "cx": .number(swatchX + Legend.swatchWidth / 2), "cy": .number(centerY), "r": 4,
                    ])
            case .points(filled: false):
                writer.empty(
                    "circle",
                    [
                        "class": .text("open " + Palette.strokeClass(entry.color)),
                        "cx": .number(swatchX + Legend.swatchWidth / 2), "cy": .number(centerY), "r": 4,
                        "stroke-width": 1.5,
                    ])
            }
            writer.text(
                "text",
                [
                    "x": .number(swatchX + Legend.swatchWidth + Legend.gap), "y": .number(centerY + 4),
                ], entry.label)
        }
        writer.close("g")
    }

    /// The title (unless `includingTitle` is false: an explorable figure may give each frame its own)
    /// and the axis labels.
    func writeTitles(_ layout: PlotLayout, includingTitle: Bool = true, to writer: inout SVGWriter) {
        let plot = layout.plot
        let centerX = plot.x + plot.width / 2
        if includingTitle { writeTitle(layout, to: &writer) }
        if let xLabel {
            writer.text(
                "text",
                [
                    "class": "label", "x": .number(centerX), "y": .number(layout.height - 12), "text-anchor": "middle",
                ], xLabel)
        }
        if let yLabel {
            let centerY = plot.y + plot.height / 2
            writer.text(
                "text",
                [
                    "class": "label", "text-anchor": "middle",
                    "transform": .text("translate(18 \(SVGWriter.coordinate(centerY))) rotate(-90)"),
                ], yLabel)
        }
    }

    /// The title above the plot, if the figure has one.
    func writeTitle(_ layout: PlotLayout, to writer: inout SVGWriter) {
        guard let title else { return }
        let centerX = layout.plot.x + layout.plot.width / 2
        writer.text("text", ["class": "title", "x": .number(centerX), "y": 24, "text-anchor": "middle"], title)
    }

    private func rectAttributes(
        _ rect: Rect, class className: String? = nil, cornerRadius: Double? = nil
    ) -> KeyValuePairs<String, SVGWriter.Value> {
        [
            "class": className.map { .text($0) } ?? .omitted,
            "x": .number(rect.x), "y": .number(rect.y), "width": .number(rect.width), "height": .number(rect.height),
            "rx": cornerRadius.map { .number($0) } ?? .omitted,
        ]
    }
}

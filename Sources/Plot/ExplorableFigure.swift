// A figure over one parameter: a frame (an ordinary `Figure`) per value, computed where the lesson
// runs, shown in one SVG document with shared axes. Rendering lives in ExplorableFigure+SVG.swift.

import Activations

/// A figure that a reader explores with a slider: one frame per value of a parameter, all on the
/// same axes so that what moves between frames is the data, never the scale.
///
/// ```swift
/// let figure = ExplorableFigure("α", values: [0, 0.1, 0.2, 0.3], default: 0.1) { α in
///     plotActivation(LeakyReLU(negativeSlope: α))
/// }
/// print(figure.svg)          // every frame; only the default one shows without a script
/// print(figure.defaultFrame.svg)
/// ```
///
/// Frames share the default frame's axis labels, canvas size, legend and scales; the axes span the
/// union of all frames' data (or the default frame's `xLimits` and `yLimits` when it sets them). A
/// frame's own title shows with it when the titles differ. Output is byte-stable, like a `Figure`'s.
public struct ExplorableFigure: Hashable, Sendable {
    /// The parameter's name, as the slider's label shows it: `α`, `learning rate`.
    public var parameter: String
    /// The parameter's values, in slider order, and the frame for each.
    public let values: [Double]
    public let frames: [Figure]
    /// The position in `values` of the frame shown first, and the only one shown without a script.
    public let defaultIndex: Int
    /// The `<desc>` of the document; `nil` generates one that says it is explorable over
    /// `parameter` and then describes the default frame.
    public var description: String?
    /// Prefix of the ids inside the SVG; `nil` derives one from the frames' content.
    public var idPrefix: String?

    /// Computes a frame for each of `values` (at least one). `default` must be one of `values`; it
    /// defaults to the first.
    public init(
        _ parameter: String, values: [Double], default defaultValue: Double? = nil, frame: (Double) throws -> Figure
    ) rethrows {
        guard !values.isEmpty else { usageFailure("explore(\"\(parameter)\") needs at least one value") }
        let index = defaultValue.map { value in values.firstIndex(of: value) } ?? 0
        guard let index else {
            usageFailure(
                "explore(\"\(parameter)\"): the default \(NumberFormatting.short(defaultValue ?? 0)) is not one of its values"
            )
        }
        self.parameter = parameter
        self.values = values
        self.frames = try values.map(frame)
        self.defaultIndex = index
    }

    /// The frame shown first: what the Markdown edition, print and an exported lesson show, with this
    /// figure's `idPrefix`.
    public var defaultFrame: Figure {
        var figure = frames[defaultIndex]
        if let idPrefix { figure.idPrefix = idPrefix }
        return figure
    }

    /// The value of the default frame.
    public var defaultValue: Double { values[defaultIndex] }
}

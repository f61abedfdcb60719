// What a screen reader hears (the SVG <desc>) when the author gives no description, in the figure's
// language (PlotLanguage.swift holds the phrases), and the stable id prefix derived from the figure's
// content.

extension Figure {
    /// The language of the text the figure generates: its own `language`, else the process default.
    var resolvedLanguage: PlotLanguage { language ?? .default }

    /// A sentence naming the title, each labelled series and how it is drawn, and the axis ranges,
    /// in the figure's language.
    func generatedDescription(_ layout: PlotLayout) -> String {
        let phrases = resolvedLanguage.phrases
        var parts: [String] = []
        let hasLine = series.contains { if case .line = $0.kind { true } else { false } }
        let hasScatter = series.contains { if case .scatter = $0.kind { true } else { false } }
        let plotKind = hasScatter ? (hasLine ? phrases.lineAndScatterPlot : phrases.scatterPlot) : phrases.linePlot
        parts.append(title.map { "\(plotKind) \(phrases.quoted($0))." } ?? "\(plotKind).")
        let named = series.compactMap { series -> String? in
            guard let label = series.label else { return nil }
            switch series.kind {
            case .line(let style): return "\(label) (\(phrases.line(style.dash ?? .solid)))"
            case .scatter: return "\(label) (\(phrases.dots(series.x.count)))"
            case .points(let filled): return "\(label) (\(filled ? phrases.filledDots : phrases.openDots))"
            }
        }
        if !named.isEmpty { parts.append(phrases.series + ": " + named.joined(separator: ", ") + ".") }
        let markers = series.filter { if case .points = $0.kind, $0.label == nil { true } else { false } }
        if !markers.isEmpty {
            let open = markers.filter { $0.kind == .points(filled: false) }.map(\.x.count).reduce(0, +)
            let filled = markers.filter { $0.kind == .points(filled: true) }.map(\.x.count).reduce(0, +)
            parts.append(phrases.jumps(filled, open))
        }
        parts.append(
            axisPhrase(phrases.horizontalAxis, label: xLabel, axis: layout.x, phrases) + "; "
                + axisPhrase(phrases.verticalAxis, label: yLabel, axis: layout.y, phrases) + ".")
        return parts.joined(separator: " ")
    }

    private func axisPhrase(_ name: String, label: String?, axis: Axis, _ phrases: PlotPhrases) -> String {
        let scale = axis.scale == .log ? ", " + phrases.logarithmic : ""
        let range = phrases.range(phrases.number(axis.domain.lowerBound), phrases.number(axis.domain.upperBound))
        return "\(name)\(label.map { " " + phrases.quoted($0) } ?? "") \(range)\(scale)"
    }

    /// `f` and 8 hex digits of an FNV-1a hash of everything the figure shows: stable across runs and
    /// machines, and different for different figures on one page. The language is left out: it
    /// changes only words, and one page shows one language.
    var defaultIDPrefix: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xff  // separator, so ("ab", "c") and ("a", "bc") differ
            hash = hash &* 0x100_0000_01b3
        }
        func mix(_ number: Double) {
            withUnsafeBytes(of: number.bitPattern.littleEndian) { mix($0) }
        }
        for text in [title, xLabel, yLabel, description] { mix((text ?? "\u{0}").utf8) }
        mix(Double(width))
        mix(Double(height))
        for series in series {
            mix((series.label ?? "\u{0}").utf8)
            mix(Double(series.color))
            series.x.forEach(mix)
            series.y.forEach(mix)
        }
        let hex = String(hash >> 32, radix: 16)
        return "f" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}

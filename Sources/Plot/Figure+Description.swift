// What a screen reader hears (the SVG <desc>) when the author gives no description, and the stable
// id prefix derived from the figure's content.

extension Figure {
    /// A sentence naming the title, each labelled series and how it is drawn, and the axis ranges.
    func generatedDescription(_ layout: PlotLayout) -> String {
        var parts: [String] = []
        let kinds = Set(series.map { series -> String in
            switch series.kind {
            case .line: return "line"
            case .scatter: return "scatter"
            case .points: return "points"
            }
        })
        let plotKind = kinds.contains("scatter") ? (kinds.contains("line") ? "Line and scatter plot" : "Scatter plot")
            : "Line plot"
        parts.append(title.map { "\(plotKind) “\($0)”." } ?? "\(plotKind).")
        let named = series.compactMap { series -> String? in
            guard let label = series.label else { return nil }
            switch series.kind {
            case .line(let style): return "\(label) (\(style.dash?.name ?? "solid") line)"
            case .scatter: return "\(label) (\(series.x.count) dots)"
            case .points(let filled): return "\(label) (\(filled ? "filled" : "open") dots)"
            }
        }
        if !named.isEmpty { parts.append("Series: " + named.joined(separator: ", ") + ".") }
        let markers = series.filter { if case .points = $0.kind, $0.label == nil { true } else { false } }
        if !markers.isEmpty {
            let open = markers.filter { $0.kind == .points(filled: false) }.map(\.x.count).reduce(0, +)
            let filled = markers.filter { $0.kind == .points(filled: true) }.map(\.x.count).reduce(0, +)
            parts.append("Dots mark jumps: \(filled) filled (the value taken), \(open) open (a limit not taken).")
        }
        parts.append(axisPhrase("Horizontal axis", label: xLabel, axis: layout.x) + "; "
            + axisPhrase("vertical axis", label: yLabel, axis: layout.y) + ".")
        return parts.joined(separator: " ")
    }

    private func axisPhrase(_ name: String, label: String?, axis: Axis) -> String {
        let scale = axis.scale == .log ? ", logarithmic" : ""
        let range = "from \(NumberFormatting.short(axis.domain.lowerBound)) to "
            + NumberFormatting.short(axis.domain.upperBound)
        return "\(name)\(label.map { " “\($0)”" } ?? "") \(range)\(scale)"
    }

    /// `f` and 8 hex digits of an FNV-1a hash of everything the figure shows: stable across runs and
    /// machines, and different for different figures on one page.
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

import Activations

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// PyTorch's tensor printing (`torch/_tensor_str.py`, default print options: precision 4, line
/// width 80, threshold 1000 elements, 3 edge items), reproduced rule for rule:
/// - Integer tensors print their values; floating tensors whose non-zero finite values are all
///   integral print `1.` style ("int mode"); otherwise 4 decimals.
/// - Scientific notation (`1.0000e-05`) when the largest non-zero finite magnitude over the smallest
///   exceeds 1000, or the largest exceeds 1e8, or (not in int mode) the smallest is below 1e-4.
/// - Every element is right-justified to the widest one; a line holds
///   `floor((80 - indent) / (width + 2))` elements; rows of a matrix are separated by `,\n` plus one
///   more newline per extra dimension, indented to line up under the opening bracket.
/// - More than 1000 elements: only the first and last 3 along each dimension, with `...`.
struct TensorFormatter {
    static let precision = 4
    static let lineWidth = 80
    static let threshold = 1000
    static let edgeItems = 3

    private let dtype: DType
    private var intMode = true
    private var sciMode = false
    private var maxWidth = 1

    /// Chooses the format for integers and booleans from their texts (`str(value)` in Python).
    init(dtype: DType, texts: [String]) {
        self.dtype = dtype
        for t in texts { maxWidth = max(maxWidth, t.count) }
    }

    /// Chooses the format from `values` (the summarised values when the tensor is summarised).
    init(dtype: DType, values: [Double]) {
        self.dtype = dtype
        let finite = values.filter { $0.isFinite && $0 != 0 }
        guard !finite.isEmpty else { return }
        let magnitudes = finite.map { Swift.abs($0) }
        let smallest = magnitudes.min()!
        let largest = magnitudes.max()!
        intMode = finite.allSatisfy { $0 == $0.rounded(.up) }
        if intMode {
            if largest / smallest > 1000 || largest > 1e8 {
                sciMode = true
                for v in finite { maxWidth = max(maxWidth, Self.scientific(v).count) }
            } else {
                for v in finite { maxWidth = max(maxWidth, Self.fixed(v, digits: 0).count + 1) }
            }
        } else if largest / smallest > 1000 || largest > 1e8 || smallest < 1e-4 {
            sciMode = true
            for v in finite { maxWidth = max(maxWidth, Self.scientific(v).count) }
        } else {
            for v in finite { maxWidth = max(maxWidth, Self.fixed(v, digits: Self.precision).count) }
        }
    }

    var width: Int { maxWidth }

    /// Python's `str` of an integer or boolean element.
    static func text(_ storage: TensorStorage, _ index: Int) -> String {
        switch storage {
        case .int64(let a): String(a[index])
        case .bool(let a): a[index] ? "True" : "False"
        default: fixed(storage[doubleAt: index], digits: precision)
        }
    }

    /// `text` right-justified to the common width.
    func pad(_ text: String) -> String {
        String(repeating: " ", count: max(0, maxWidth - text.count)) + text
    }

    /// One floating-point element, right-justified to the common width.
    func format(_ value: Double) -> String {
        let text: String
        if sciMode {
            text = Self.scientific(value)
        } else if intMode {
            text = Self.fixed(value, digits: 0) + (value.isFinite ? "." : "")
        } else {
            text = Self.fixed(value, digits: Self.precision)
        }
        return pad(text)
    }

    /// Python's `f"{value:.{digits}f}"`: correctly rounded (C's `printf` is, on glibc and Darwin),
    /// `nan`/`inf` spelled as Python spells them.
    static func fixed(_ value: Double, digits: Int) -> String {
        nonFinite(value) ?? cFormat("%.\(digits)f", value)
    }

    /// Python's `f"{value:.4e}"`, e.g. `1.0000e-05`.
    static func scientific(_ value: Double) -> String {
        nonFinite(value) ?? cFormat("%.\(precision)e", value)
    }

    private static func nonFinite(_ value: Double) -> String? {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return nil
    }

    private static func cFormat(_ format: String, _ value: Double) -> String {
        withVaList([value]) { args in
            var buffer = [CChar](repeating: 0, count: 512)
            _ = vsnprintf(&buffer, buffer.count, format, args)
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}

extension Tensor: CustomStringConvertible {
    /// Exactly what PyTorch's `repr(tensor)` prints, e.g. `tensor([0., 2.], grad_fn=<ReluBackward0>)`.
    public var description: String {
        let prefix = "tensor("
        let indent = prefix.count
        var suffixes: [String] = []
        let body: String
        if count == 0 {
            if rank != 1 {
                suffixes.append("size=(\(shape.map(String.init).joined(separator: ", "))\(rank == 1 ? "," : ""))")
            }
            if dtype != .float32 { suffixes.append("dtype=\(dtype.torchName)") }
            body = "[]"
        } else {
            if dtype == .float64 { suffixes.append("dtype=\(dtype.torchName)") }
            body = TensorPrinter(tensor: self).render(indent: indent)
        }
        if let gradFn {
            suffixes.append("grad_fn=<\(gradFn.name)>")
        } else if requiresGrad {
            suffixes.append("requires_grad=True")
        }
        return Self.addSuffixes(prefix + body, suffixes, indent: indent)
    }

    /// torch's `_add_suffixes`: each suffix goes on the last line if it fits in 80 columns, else on a
    /// new line indented under the opening bracket.
    private static func addSuffixes(_ text: String, _ suffixes: [String], indent: Int) -> String {
        var result = text
        let lastNewline = text.lastIndex(of: "\n").map { text.distance(from: text.startIndex, to: $0) } ?? -1
        var lastLineLength = text.count - lastNewline + 1
        for suffix in suffixes {
            if lastLineLength + suffix.count + 2 > TensorFormatter.lineWidth {
                result += ",\n" + String(repeating: " ", count: indent) + suffix
                lastLineLength = indent + suffix.count
            } else {
                result += ", " + suffix
                lastLineLength += suffix.count + 2
            }
        }
        return result + ")"
    }
}

/// Walks a tensor's elements the way `_tensor_str_with_formatter` does.
private struct TensorPrinter {
    let shape: [Int]
    let storage: TensorStorage
    let values: [Double]
    let strides: [Int]
    let summarize: Bool
    let formatter: TensorFormatter

    init(tensor: Tensor) {
        let shape = tensor.shape
        let strides = Tensor.strides(tensor.shape)
        let storage = tensor.storage
        let floating = tensor.dtype.isFloatingPoint
        self.shape = shape
        self.storage = storage
        self.strides = strides
        values = floating ? tensor.scalars : []
        summarize = tensor.count > TensorFormatter.threshold
        var shown: [Int] = []
        if summarize {
            Self.summarizedOffsets(shape: shape[...], strides: strides[...], offset: 0) { shown.append($0) }
        } else {
            shown = Array(0..<tensor.count)
        }
        let values = values
        formatter =
            floating
            ? TensorFormatter(dtype: tensor.dtype, values: shown.map { values[$0] })
            : TensorFormatter(dtype: tensor.dtype, texts: shown.map { TensorFormatter.text(storage, $0) })
    }

    /// Element `index`, formatted and padded.
    private func element(_ index: Int) -> String {
        storage.dtype.isFloatingPoint
            ? formatter.format(values[index]) : formatter.pad(TensorFormatter.text(storage, index))
    }

    /// Offsets of the elements a summarised print shows (`get_summarized_data`).
    private static func summarizedOffsets(
        shape: ArraySlice<Int>, strides: ArraySlice<Int>, offset: Int,
        _ visit: (Int) -> Void
    ) {
        guard let size = shape.first, let stride = strides.first else {
            visit(offset)
            return
        }
        let edge = TensorFormatter.edgeItems
        let indices = size > 2 * edge ? Array(0..<edge) + Array((size - edge)..<size) : Array(0..<size)
        for i in indices {
            summarizedOffsets(
                shape: shape.dropFirst(), strides: strides.dropFirst(), offset: offset + i * stride, visit)
        }
    }

    func render(indent: Int) -> String {
        render(dim: 0, offset: 0, indent: indent)
    }

    private func render(dim: Int, offset: Int, indent: Int) -> String {
        let rank = shape.count
        if rank == 0 { return element(0) }
        let size = shape[dim]
        let edge = TensorFormatter.edgeItems
        let elided = summarize && size > 2 * edge
        if dim == rank - 1 {
            let elementLength = formatter.width + 2
            let perLine = max(1, (TensorFormatter.lineWidth - indent) / elementLength)
            var data: [String]
            if elided {
                data =
                    (0..<edge).map { element(offset + $0) } + [" ..."]
                    + ((size - edge)..<size).map { element(offset + $0) }
            } else {
                data = (0..<size).map { element(offset + $0) }
            }
            var lines: [String] = []
            var start = 0
            while start < data.count {
                lines.append(data[start..<min(start + perLine, data.count)].joined(separator: ", "))
                start += perLine
            }
            return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
        }
        let child = { (i: Int) in render(dim: dim + 1, offset: offset + i * strides[dim], indent: indent + 1) }
        let slices: [String] =
            elided
            ? (0..<edge).map(child) + ["..."] + ((size - edge)..<size).map(child)
            : (0..<size).map(child)
        let separator = "," + String(repeating: "\n", count: rank - dim - 1) + String(repeating: " ", count: indent + 1)
        return "[" + slices.joined(separator: separator) + "]"
    }
}

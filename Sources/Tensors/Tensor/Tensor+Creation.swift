import Activations

extension Tensor {
    // MARK: From Swift values

    /// A 1-d `int64` tensor, like `torch.tensor([-2, -1, 0, 1, 2])` from integer literals.
    public convenience init(_ values: [Int], dtype: DType = .int64, requiresGrad: Bool = false) {
        let storage = TensorStorage.int64(values.map { Int64($0) }).converted(to: dtype)
        self.init(shape: [values.count], storage: storage, requiresGrad: requiresGrad)
    }

    /// A 2-d `int64` tensor from nested integer literals.
    public convenience init(_ rows: [[Int]], dtype: DType = .int64, requiresGrad: Bool = false) {
        let flat = Self.flatten2(rows)
        let storage = TensorStorage.int64(flat.values.map { Int64($0) }).converted(to: dtype)
        self.init(shape: flat.shape, storage: storage, requiresGrad: requiresGrad)
    }

    /// A 1-d tensor (`float32` unless `dtype` says otherwise), like `torch.tensor([0.5, 1.0])`.
    public convenience init(_ values: [Double], dtype: DType = .float32, requiresGrad: Bool = false) {
        self.init(shape: [values.count], storage: .fromDoubles(values, dtype: dtype), requiresGrad: requiresGrad)
    }

    /// A 1-d `float32` tensor holding `values` exactly.
    public convenience init(_ values: [Float], requiresGrad: Bool = false) {
        self.init(shape: [values.count], storage: .float32(values), requiresGrad: requiresGrad)
    }

    /// A 2-d tensor from nested arrays, like `torch.tensor([[1., 2.], [3., 4.]])`.
    public convenience init(_ rows: [[Double]], dtype: DType = .float32, requiresGrad: Bool = false) {
        let flat = Self.flatten2(rows)
        self.init(shape: flat.shape, storage: .fromDoubles(flat.values, dtype: dtype), requiresGrad: requiresGrad)
    }

    /// A 3-d tensor from nested arrays.
    public convenience init(_ blocks: [[[Double]]], dtype: DType = .float32, requiresGrad: Bool = false) {
        let inner = blocks.map { Self.flatten2($0) }
        let innerShape = inner.first?.shape ?? [0, 0]
        if let ragged = inner.firstIndex(where: { $0.shape != innerShape }) {
            usageFailure(
                "ragged nested array: block 0 has shape \(innerShape), block \(ragged) has shape \(inner[ragged].shape)"
            )
        }
        self.init(
            shape: [blocks.count] + innerShape, storage: .fromDoubles(inner.flatMap(\.values), dtype: dtype),
            requiresGrad: requiresGrad)
    }

    /// A 1-d `bool` tensor.
    public convenience init(_ values: [Bool]) {
        self.init(shape: [values.count], storage: .bool(values))
    }

    /// A 0-d tensor, like `torch.tensor(3.5)` (`float32` unless `dtype` says otherwise).
    public convenience init(_ value: Double, dtype: DType = .float32, requiresGrad: Bool = false) {
        self.init(shape: [], storage: .fromDoubles([value], dtype: dtype), requiresGrad: requiresGrad)
    }

    /// A 0-d `int64` tensor, like `torch.tensor(3)`.
    public convenience init(_ value: Int, dtype: DType = .int64, requiresGrad: Bool = false) {
        self.init(
            shape: [], storage: TensorStorage.int64([Int64(value)]).converted(to: dtype),
            requiresGrad: requiresGrad)
    }

    /// A tensor of the given shape holding `scalars` in row-major order.
    public convenience init(shape: [Int], scalars: [Double], dtype: DType = .float32, requiresGrad: Bool = false) {
        self.init(shape: shape, storage: .fromDoubles(scalars, dtype: dtype), requiresGrad: requiresGrad)
    }

    /// A `float32` tensor of the given shape holding `floats` in row-major order, without conversion.
    public convenience init(shape: [Int], floats: [Float], requiresGrad: Bool = false) {
        self.init(shape: shape, storage: .float32(floats), requiresGrad: requiresGrad)
    }

    /// A `float64` tensor of the given shape holding `doubles` in row-major order, without conversion.
    public convenience init(shape: [Int], doubles: [Double], requiresGrad: Bool = false) {
        self.init(shape: shape, storage: .float64(doubles), requiresGrad: requiresGrad)
    }

    private static func flatten2<T>(_ rows: [[T]]) -> (shape: [Int], values: [T]) {
        let width = rows.first?.count ?? 0
        if let ragged = rows.first(where: { $0.count != width }) {
            usageFailure("expected sequence of length \(width) at dim 1 (got \(ragged.count))")
        }
        return ([rows.count, width], rows.flatMap { $0 })
    }

    // MARK: Factories

    /// A tensor of zeros, like `torch.zeros(2, 3)`.
    public static func zeros(_ shape: Int..., dtype: DType = .float32, requiresGrad: Bool = false) -> Tensor {
        zeros(shape: shape, dtype: dtype, requiresGrad: requiresGrad)
    }

    /// A tensor of zeros of the given shape.
    public static func zeros(shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false) -> Tensor {
        full(shape, value: 0, dtype: dtype, requiresGrad: requiresGrad)
    }

    /// A tensor of ones, like `torch.ones(2, 3)`.
    public static func ones(_ shape: Int..., dtype: DType = .float32, requiresGrad: Bool = false) -> Tensor {
        ones(shape: shape, dtype: dtype, requiresGrad: requiresGrad)
    }

    /// A tensor of ones of the given shape.
    public static func ones(shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false) -> Tensor {
        full(shape, value: 1, dtype: dtype, requiresGrad: requiresGrad)
    }

    /// A tensor filled with `value`, like `torch.full([2, 3], value)`.
    public static func full(
        _ shape: [Int], value: Double, dtype: DType = .float32,
        requiresGrad: Bool = false
    ) -> Tensor {
        Tensor(
            shape: shape, storage: .filled(value, count: shape.reduce(1, *), dtype: dtype),
            requiresGrad: requiresGrad)
    }

    /// Zeros with the shape and dtype of `other`.
    public static func zeros(like other: Tensor) -> Tensor { zeros(shape: other.shape, dtype: other.dtype) }

    /// Ones with the shape and dtype of `other`.
    public static func ones(like other: Tensor) -> Tensor { ones(shape: other.shape, dtype: other.dtype) }

    /// `0, 1, …, end - 1` as `int64`, like `torch.arange(5)`.
    public static func arange(_ end: Int, dtype: DType = .int64) -> Tensor {
        Tensor(
            shape: [Swift.max(end, 0)],
            storage: TensorStorage.int64((0..<Int64(Swift.max(end, 0))).map { $0 })
                .converted(to: dtype))
    }

    /// `start, start + step, …` below `end` as `int64`, like `torch.arange(0, 10, 2)`.
    public static func arange(_ start: Int, _ end: Int, step: Int = 1, dtype: DType = .int64) -> Tensor {
        usageCheck(step != 0, "arange: step must be nonzero")
        let values = Array(stride(from: Int64(start), to: Int64(end), by: step))
        return Tensor(shape: [values.count], storage: TensorStorage.int64(values).converted(to: dtype))
    }

    /// `start, start + step, …` below `end` as floats, like `torch.arange(0., 1., 0.1)`: element `i` is
    /// `start + i * step` computed in the result's dtype, the count is `ceil((end - start) / step)`.
    public static func arange(
        _ start: Double, _ end: Double, step: Double = 1,
        dtype: DType = .float32
    ) -> Tensor {
        usageCheck(step != 0, "arange: step must be nonzero")
        let n = Swift.max(0, Int(((end - start) / step).rounded(.up)))
        switch dtype {
        case .float32:
            let s = Float(start)
            let d = Float(step)
            return Tensor(shape: [n], storage: .float32((0..<n).map { s + Float($0) * d }))
        default:
            return Tensor(shape: [n], storage: .fromDoubles((0..<n).map { start + Double($0) * step }, dtype: dtype))
        }
    }

    /// `count` evenly spaced values from `start` to `end` inclusive, like `torch.linspace`.
    ///
    /// Uses PyTorch's CPU formula so that printed values agree: with `step = (end - start) / (count - 1)`
    /// in the result's dtype, the first half is `start + step * i` and the second half
    /// `end - step * (count - 1 - i)`, each rounded once (fused multiply-add, as torch's vectorised
    /// kernel is compiled). The midpoint of `linspace(-1, 1, 25)` is therefore `-2.9802e-08`, not 0.
    public static func linspace(_ start: Double, _ end: Double, count: Int, dtype: DType = .float32) -> Tensor {
        usageCheck(count >= 0, "linspace: number of steps must be non-negative, got \(count)")
        switch dtype {
        case .float32:
            return Tensor(shape: [count], storage: .float32(linspaceValues(Float(start), Float(end), count)))
        default:
            return Tensor(
                shape: [count],
                storage: TensorStorage.float64(linspaceValues(start, end, count))
                    .converted(to: dtype))
        }
    }

    private static func linspaceValues<T: BinaryFloatingPoint>(_ start: T, _ end: T, _ count: Int) -> [T] {
        if count == 1 { return [start] }
        let step = (end - start) / T(count - 1)
        let halfway = count / 2
        return (0..<count).map { i in
            i < halfway ? start.addingProduct(step, T(i)) : end.addingProduct(-step, T(count - 1 - i))
        }
    }

    /// Uniform `[0, 1)` values from the global generator (see ``manualSeed(_:)``).
    public static func rand(_ shape: Int..., dtype: DType = .float32, requiresGrad: Bool = false) -> Tensor {
        rand(shape: shape, dtype: dtype, requiresGrad: requiresGrad)
    }

    /// Uniform `[0, 1)` values of the given shape from the global generator.
    public static func rand(shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false) -> Tensor {
        Generator.withDefault { rand(shape: shape, generator: &$0, dtype: dtype, requiresGrad: requiresGrad) }
    }

    /// Uniform `[0, 1)` values from `generator`.
    public static func rand(
        _ shape: Int..., generator: inout Generator, dtype: DType = .float32,
        requiresGrad: Bool = false
    ) -> Tensor {
        rand(shape: shape, generator: &generator, dtype: dtype, requiresGrad: requiresGrad)
    }

    /// Uniform `[0, 1)` values of the given shape from `generator`.
    public static func rand(
        shape: [Int], generator: inout Generator, dtype: DType = .float32,
        requiresGrad: Bool = false
    ) -> Tensor {
        let n = shape.reduce(1, *)
        let storage: TensorStorage =
            dtype == .float32
            ? .float32(generator.uniformFloats(n))
            : TensorStorage.float64(generator.uniformDoubles(n)).converted(to: dtype.floatingResult)
        return Tensor(shape: shape, storage: storage, requiresGrad: requiresGrad)
    }

    /// Standard normal values from the global generator (see ``manualSeed(_:)``).
    public static func randn(_ shape: Int..., dtype: DType = .float32, requiresGrad: Bool = false) -> Tensor {
        randn(shape: shape, dtype: dtype, requiresGrad: requiresGrad)
    }

    /// Standard normal values of the given shape from the global generator.
    public static func randn(shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false) -> Tensor {
        Generator.withDefault { randn(shape: shape, generator: &$0, dtype: dtype, requiresGrad: requiresGrad) }
    }

    /// Standard normal values from `generator`.
    public static func randn(
        _ shape: Int..., generator: inout Generator, dtype: DType = .float32,
        requiresGrad: Bool = false
    ) -> Tensor {
        randn(shape: shape, generator: &generator, dtype: dtype, requiresGrad: requiresGrad)
    }

    /// Standard normal values of the given shape from `generator`.
    public static func randn(
        shape: [Int], generator: inout Generator, dtype: DType = .float32,
        requiresGrad: Bool = false
    ) -> Tensor {
        let values = generator.normalDoubles(shape.reduce(1, *))
        return Tensor(
            shape: shape, storage: TensorStorage.float64(values).converted(to: dtype.floatingResult),
            requiresGrad: requiresGrad)
    }

    /// Uniform values in `[low, high)` of the given shape, like `torch.empty(shape).uniform_(low, high)`:
    /// `low + (high - low) * u` in the result's dtype.
    public static func uniform(
        shape: [Int], low: Double, high: Double, generator: inout Generator,
        dtype: DType = .float32, requiresGrad: Bool = false
    ) -> Tensor {
        let n = shape.reduce(1, *)
        let storage: TensorStorage
        if dtype == .float32 {
            let lo = Float(low)
            let width = Float(high) - Float(low)
            storage = .float32(generator.uniformFloats(n).map { lo + width * $0 })
        } else {
            storage = TensorStorage.float64(generator.uniformDoubles(n).map { low + (high - low) * $0 })
                .converted(to: dtype.floatingResult)
        }
        return Tensor(shape: shape, storage: storage, requiresGrad: requiresGrad)
    }

    /// A random permutation of `0..<n` as an `int64` tensor (see ``Generator/permutation(_:)``).
    public static func randperm(_ n: Int, generator: inout Generator) -> Tensor {
        Tensor(generator.permutation(n))
    }

    /// A random permutation of `0..<n` from the global generator.
    public static func randperm(_ n: Int) -> Tensor {
        Generator.withDefault { randperm(n, generator: &$0) }
    }
}

import Activations

/// Mini-batches of a labelled data set, like `torch.utils.data.DataLoader` over a `TensorDataset`.
///
/// ```swift
/// let loader = DataLoader(Datasets.twoMoons(count: 200), batchSize: 32, shuffle: true)
/// for epoch in 0..<20 {
///     for (x, y) in loader {
///         optimizer.zeroGrad()
///         crossEntropy(model(x), y).backward()
///         optimizer.step()
///     }
/// }
/// ```
/// Each pass over the loader is one epoch: with `shuffle`, every pass draws a new order (from the
/// loader's own generator if one was given, else from the global one), so runs are reproducible
/// from the seed. The last batch is smaller when the size does not divide evenly, unless `dropLast`.
public final class DataLoader: Sequence {
    public let data: LabeledData
    public let batchSize: Int
    public let shuffle: Bool
    public let dropLast: Bool
    // Qualified: inside a `Sequence`, plain `Generator` names its legacy iterator type alias.
    private var generator: Tensors.Generator?

    public init(
        _ data: LabeledData, batchSize: Int = 1, shuffle: Bool = false, dropLast: Bool = false,
        generator: Tensors.Generator? = nil
    ) {
        usageCheck(
            batchSize >= 1, "DataLoader: batchSize should be a positive integer value, but got batchSize=\(batchSize)")
        usageCheck(
            data.x.rank >= 1 && data.y.rank >= 1 && data.x.shape[0] == data.y.shape[0],
            "DataLoader: Size mismatch between tensors: x has shape \(data.x.shape), y has shape \(data.y.shape) (the same number of rows needed)"
        )
        self.data = data
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.dropLast = dropLast
        self.generator = generator
    }

    /// The number of samples.
    public var sampleCount: Int { data.x.shape[0] }

    /// The number of batches per epoch (`len(loader)`).
    public var count: Int {
        dropLast ? sampleCount / batchSize : (sampleCount + batchSize - 1) / batchSize
    }

    /// One epoch's batches, in a new order when shuffling.
    public func makeIterator() -> IndexingIterator<[LabeledData]> {
        let order: [Int]
        if !shuffle {
            order = Array(0..<sampleCount)
        } else if generator != nil {
            order = generator!.permutation(sampleCount)
        } else {
            order = Tensors.Generator.withDefault { $0.permutation(sampleCount) }
        }
        let batches = (0..<count).map { batch -> LabeledData in
            let indices = Array(order[(batch * batchSize)..<Swift.min((batch + 1) * batchSize, sampleCount)])
            return (data.x.rows(indices), data.y.rows(indices))
        }
        return batches.makeIterator()
    }
}

import Foundation
import Testing

@testable import Activations
@testable import Tensors

@Suite struct TrainingDatasetTests {
    @Test func xorIsTheFourCorners() {
        let (x, y) = Datasets.xor()
        #expect(x.shape == [4, 2] && x.dtype == .float32)
        #expect(x.scalars == [0, 0, 0, 1, 1, 0, 1, 1])
        #expect(y.dtype == .int64 && y.ints == [0, 1, 1, 0])
    }

    /// Without noise every point lies on its class's arc: class 0 on the upper unit half circle,
    /// class 1 on the lower half circle around (1, 0.5).
    @Test func twoMoonsWithoutNoiseLieOnTheirArcs() {
        var generator = Generator(seed: 1)
        let (x, y) = Datasets.twoMoons(count: 101, noise: 0, generator: &generator)
        #expect(x.shape == [101, 2] && x.dtype == .float32 && y.shape == [101] && y.dtype == .int64)
        let labels = y.ints
        let p = x.scalars
        #expect(labels.filter { $0 == 0 }.count == 50 && labels.filter { $0 == 1 }.count == 51)
        #expect(labels != labels.sorted())  // shuffled
        for i in 0..<101 {
            let (px, py) = (p[2 * i], p[2 * i + 1])
            if labels[i] == 0 {
                #expect(abs(px * px + py * py - 1) < 1e-6 && py >= -1e-7)
            } else {
                #expect(abs((px - 1) * (px - 1) + (py - 0.5) * (py - 0.5) - 1) < 1e-6 && py <= 0.5 + 1e-7)
            }
        }
    }

    @Test func sameSeedSameData() {
        var g1 = Generator(seed: 4)
        var g2 = Generator(seed: 4)
        let a = Datasets.twoMoons(count: 50, noise: 0.1, generator: &g1)
        let b = Datasets.twoMoons(count: 50, noise: 0.1, generator: &g2)
        #expect(a.x.floats == b.x.floats && a.y.ints == b.y.ints)
        let c = Datasets.twoMoons(count: 50, noise: 0.1, generator: &g1)
        #expect(a.x.floats != c.x.floats)
        // The global-generator forms (values not compared: parallel tests share that generator).
        #expect(Datasets.spirals(count: 30).x.shape == [30, 2])
        #expect(Datasets.twoMoons(count: 30).y.shape == [30])
        #expect(Datasets.noisyRegression(count: 30).x.shape == [30, 1])
    }

    @Test func spiralsHaveBalancedClassesInsideTheUnitDisc() {
        var generator = Generator(seed: 2)
        let (x, y) = Datasets.spirals(count: 100, classes: 3, noise: 0.3, generator: &generator)
        #expect(x.shape == [100, 2] && y.shape == [100])
        let labels = y.ints
        #expect((0..<3).map { c in labels.filter { $0 == c }.count } == [34, 33, 33])
        let p = x.scalars
        // Noise moves the angle only, so every radius stays in [0, 1].
        let radii = (0..<100).map { (i: Int) -> Double in
            let (px, py) = (p[2 * i], p[2 * i + 1])
            return (px * px + py * py).squareRoot()
        }
        #expect(radii.allSatisfy { $0 <= 1 + 1e-6 })
    }

    @Test func noisyRegressionFollowsItsFunction() {
        var generator = Generator(seed: 8)
        let clean = Datasets.noisyRegression(count: 50, noise: 0, generator: &generator)
        #expect(clean.x.shape == [50, 1] && clean.y.shape == [50, 1] && clean.y.dtype == .float32)
        let xs = clean.x.scalars
        let ys = clean.y.scalars
        #expect(xs == xs.sorted() && xs.allSatisfy { (-3...3).contains($0) })
        #expect(zip(xs, ys).allSatisfy { abs(sin($0) - $1) < 1e-6 })
        let noisy = Datasets.noisyRegression(count: 2000, noise: 0.5, generator: &generator) { 2 * $0 + 1 }
        let residuals = zip(noisy.x.scalars, noisy.y.scalars).map { $1 - (2 * $0 + 1) }
        let std = (residuals.reduce(0) { $0 + $1 * $1 } / 2000).squareRoot()
        #expect(abs(std - 0.5) < 0.05)
    }
}

@Suite struct TrainingDataLoaderTests {
    @Test func batchesCoverEverySampleOncePerEpoch() {
        let x = Tensor(shape: [10, 1], scalars: (0..<10).map(Double.init))
        let data: LabeledData = (x, Tensor(Array(0..<10)))
        let loader = DataLoader(data, batchSize: 4, shuffle: true, generator: Generator(seed: 1))
        #expect(loader.count == 3)
        var epochs: [[Int]] = []
        for _ in 0..<2 {
            let batches = Array(loader)
            #expect(batches.map { $0.x.shape[0] } == [4, 4, 2])
            // Inputs and labels stay paired.
            #expect(batches.allSatisfy { $0.x.scalars.map(Int.init) == $0.y.ints })
            let seen = batches.flatMap { $0.y.ints }
            #expect(seen.sorted() == Array(0..<10))
            epochs.append(seen)
        }
        #expect(epochs[0] != epochs[1])  // a new order each epoch
        #expect(epochs[0] != Array(0..<10))
    }

    @Test func unshuffledDropLastKeepsOrderAndFullBatches() {
        let data: LabeledData = (Tensor.zeros(10, 2), Tensor(Array(0..<10)))
        let loader = DataLoader(data, batchSize: 4, dropLast: true)
        #expect(loader.count == 2)
        #expect(loader.map { $0.y.ints } == [[0, 1, 2, 3], [4, 5, 6, 7]])
    }
}

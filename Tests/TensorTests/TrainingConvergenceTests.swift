import Testing

@testable import Activations
@testable import Tensors

/// End-to-end: small ReLU networks trained with SGD learn XOR and two moons, reproducibly.
@Suite struct TrainingConvergenceTests {
    /// Trains a 2-layer ReLU network (inputs → hidden → classes) with full-batch SGD and cross-entropy;
    /// returns the loss of every epoch and the final training accuracy.
    private func train(
        _ data: LabeledData, hidden: Int, classes: Int = 2, epochs: Int, lr: Double, momentum: Double, seed: UInt64
    ) -> (losses: [Double], accuracy: Double) {
        var generator = Generator(seed: seed)
        let model = Sequential(
            Linear(inFeatures: data.x.shape[1], outFeatures: hidden, generator: &generator),
            ReLU(),
            Linear(inFeatures: hidden, outFeatures: classes, generator: &generator)
        )
        let optimizer = SGD(model.parameters, lr: lr, momentum: momentum)
        var losses: [Double] = []
        for _ in 0..<epochs {
            optimizer.zeroGrad()
            let loss = crossEntropy(model(data.x), data.y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        }
        return (losses, noGrad { accuracy(model(data.x), data.y) })
    }

    @Test func reluNetworkLearnsXOR() {
        let run = train(Datasets.xor(), hidden: 8, epochs: 300, lr: 0.1, momentum: 0.9, seed: 0)
        #expect(run.accuracy == 1)
        #expect(run.losses.last! < 0.05)
        #expect(run.losses.last! < run.losses.first! / 10)
    }

    @Test func reluNetworkLearnsTwoMoons() {
        var generator = Generator(seed: 5)
        let moons = Datasets.twoMoons(count: 200, noise: 0.1, generator: &generator)
        let run = train(moons, hidden: 16, epochs: 150, lr: 0.2, momentum: 0.9, seed: 1)
        #expect(run.accuracy > 0.95)
    }

    @Test func sameSeedGivesBitIdenticalLosses() {
        var g1 = Generator(seed: 9)
        var g2 = Generator(seed: 9)
        let first = train(
            Datasets.twoMoons(count: 64, noise: 0.2, generator: &g1), hidden: 8, epochs: 30,
            lr: 0.2, momentum: 0.5, seed: 3)
        let second = train(
            Datasets.twoMoons(count: 64, noise: 0.2, generator: &g2), hidden: 8, epochs: 30,
            lr: 0.2, momentum: 0.5, seed: 3)
        #expect(first.losses.map(\.bitPattern) == second.losses.map(\.bitPattern))
        let other = train(
            Datasets.twoMoons(count: 64, noise: 0.2, generator: &g1), hidden: 8, epochs: 30,
            lr: 0.2, momentum: 0.5, seed: 4)
        #expect(first.losses != other.losses)
    }
}

import Foundation
import Testing

@testable import Activations
@testable import Tensors

/// Optimiser steps against PyTorch's formulas written out by hand in `Double`.
@Suite struct TrainingOptimizerTests {
    private func parameter(_ values: [Double]) -> Tensor {
        Tensor(values, dtype: .float64, requiresGrad: true)
    }

    @Test func plainSGDStep() {
        let p = parameter([1, 2])
        p.grad = Tensor([0.5, -1], dtype: .float64)
        SGD([p], lr: 0.1).step()
        #expect(p.scalars == [1 - 0.1 * 0.5, 2 + 0.1 * 1])
    }

    @Test func sgdWithMomentumAndWeightDecay() {
        let p = parameter([1, -2])
        let optimizer = SGD([p], lr: 0.1, momentum: 0.9, weightDecay: 0.01)
        // Step 1: g = grad + wd·p, buffer = g, p −= lr·buffer.
        p.grad = Tensor([0.5, 0.25], dtype: .float64)
        optimizer.step()
        let g1 = [0.5 + 0.01 * 1, 0.25 + 0.01 * -2]
        let p1 = [1 - 0.1 * g1[0], -2 - 0.1 * g1[1]]
        #expect(zip(p.scalars, p1).allSatisfy { abs($0 - $1) < 1e-15 })
        // Step 2: buffer = 0.9·buffer + g.
        p.grad = Tensor([-1, 2], dtype: .float64)
        optimizer.step()
        let g2 = [-1 + 0.01 * p1[0], 2 + 0.01 * p1[1]]
        let b2 = [0.9 * g1[0] + g2[0], 0.9 * g1[1] + g2[1]]
        let p2 = [p1[0] - 0.1 * b2[0], p1[1] - 0.1 * b2[1]]
        #expect(zip(p.scalars, p2).allSatisfy { abs($0 - $1) < 1e-15 })
    }

    @Test func optimizerSkipsParametersWithoutGradientAndZeroGradClears() {
        let a = parameter([1])
        let b = parameter([2])
        a.grad = Tensor([1.0], dtype: .float64)
        let optimizer = SGD([a, b], lr: 0.5)
        optimizer.step()
        #expect(a.scalars == [0.5] && b.scalars == [2])
        optimizer.zeroGrad()
        #expect(a.grad == nil)
    }

    /// On its first step Adam moves every coordinate by about lr, in the direction against the gradient,
    /// whatever the gradient's size.
    @Test func adamFirstStepIsLearningRateTimesSign() {
        let p = parameter([1, 1, 1])
        p.grad = Tensor([1000, -0.001, 3], dtype: .float64)
        Adam([p], lr: 0.01).step()
        let moved = p.scalars.map { $0 - 1 }
        #expect(abs(moved[0] + 0.01) < 1e-9 && abs(moved[1] - 0.01) < 2e-7 && abs(moved[2] + 0.01) < 1e-9)
    }

    @Test func adamTwoStepsMatchPyTorchFormula() {
        let p = parameter([0.5, -1.5])
        let (lr, beta1, beta2, eps, wd) = (0.02, 0.8, 0.99, 1e-8, 0.1)
        let optimizer = Adam([p], lr: lr, betas: (beta1, beta2), eps: eps, weightDecay: wd)
        var expected = [0.5, -1.5]
        var m = [0.0, 0.0]
        var v = [0.0, 0.0]
        for (t, grad) in [[0.3, -0.7], [-0.2, 0.4]].enumerated() {
            p.grad = Tensor(grad, dtype: .float64)
            optimizer.step()
            let step = Double(t + 1)
            for i in 0..<2 {
                let g = grad[i] + wd * expected[i]
                m[i] = beta1 * m[i] + (1 - beta1) * g
                v[i] = beta2 * v[i] + (1 - beta2) * g * g
                let denominator = v[i].squareRoot() / (1 - pow(beta2, step)).squareRoot() + eps
                expected[i] -= lr / (1 - pow(beta1, step)) * m[i] / denominator
            }
            #expect(zip(p.scalars, expected).allSatisfy { abs($0 - $1) < 1e-14 }, "step \(t + 1)")
        }
    }

    /// AdamW: the weights shrink by lr · weightDecay before the plain Adam step on the raw gradient.
    @Test func adamWithDecoupledWeightDecay() {
        let p = parameter([2, -4])
        p.grad = Tensor([0.5, 0.5], dtype: .float64)
        Adam([p], lr: 0.1, weightDecay: 0.5, decoupledWeightDecay: true).step()
        // First Adam step moves by lr · g / (|g| + eps) ≈ lr against the gradient.
        let expected = [2 * (1 - 0.05) - 0.1 * 0.5 / (0.5 + 1e-8), -4 * (1 - 0.05) - 0.1 * 0.5 / (0.5 + 1e-8)]
        #expect(zip(p.scalars, expected).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func optimizerStepIsNotRecordedByAutograd() {
        let p = Tensor([1.0, 2.0], requiresGrad: true)
        (p * p).sum().backward()
        Adam([p]).step()
        #expect(p.isLeaf && p.requiresGrad && p.dtype == .float32)
    }

    @Test func clipGradNormReturnsTotalNormAndScales() throws {
        let a = parameter([0, 0])
        let b = parameter([0])
        let c = parameter([0])
        a.grad = Tensor([3, 4], dtype: .float64)
        b.grad = Tensor([12], dtype: .float64)
        let total = clipGradNorm([a, b, c], maxNorm: 6.5)
        #expect(total == 13)
        let factor = 6.5 / (13 + 1e-6)
        #expect(try #require(a.grad).scalars == [3 * factor, 4 * factor])
        #expect(try #require(b.grad).scalars == [12 * factor])
        #expect(c.grad == nil)
        // The clipped gradient has the requested norm (up to PyTorch's 1e-6) and the same direction.
        let clippedNorm = (a.grad!.scalars + b.grad!.scalars).reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(clippedNorm - 6.5) < 1e-6)
        // Under the limit nothing changes, and the norm is still returned.
        #expect(clipGradNorm([a, b], maxNorm: 100) == clippedNorm)
        #expect(a.grad!.scalars == [3 * factor, 4 * factor])
    }

    @Test func clipGradValueClampsEachElement() {
        let p = parameter([0, 0, 0, 0])
        p.grad = Tensor([-3, 0.5, 2, -0.25], dtype: .float64)
        clipGradValue([p], clipValue: 1)
        #expect(p.grad?.scalars == [-1, 0.5, 1, -0.25])
    }
}

@Suite struct TrainingSchedulerTests {
    private func optimizer(lr: Double) -> SGD { SGD([Tensor([0.0], requiresGrad: true)], lr: lr) }

    @Test func stepLRDecaysEveryStepSizeEpochs() {
        let sgd = optimizer(lr: 0.1)
        let scheduler = StepLR(sgd, stepSize: 2, gamma: 0.1)
        var rates = [scheduler.lastLR]
        for _ in 0..<5 {
            scheduler.step()
            rates.append(scheduler.lastLR)
        }
        // PyTorch multiplies recursively, so the third rate is 0.1 · 0.1 = 0.010000000000000002.
        #expect(rates == [0.1, 0.1, 0.1 * 0.1, 0.1 * 0.1, 0.1 * 0.1 * 0.1, 0.1 * 0.1 * 0.1])
        #expect(sgd.lr == rates.last)
    }

    @Test func exponentialLRDecaysEveryEpoch() {
        let sgd = optimizer(lr: 1)
        let scheduler = ExponentialLR(sgd, gamma: 0.5)
        var rates: [Double] = []
        for _ in 0..<4 {
            scheduler.step()
            rates.append(scheduler.lastLR)
        }
        #expect(rates == [0.5, 0.25, 0.125, 0.0625])
    }

    @Test func reduceLROnPlateauWaitsPatienceEpochs() {
        let sgd = optimizer(lr: 1)
        let scheduler = ReduceLROnPlateau(sgd, factor: 0.5, patience: 2)
        // 1.0 is the first best; 0.99995 is not better by the relative threshold 1e-4.
        for metric in [1.0, 0.99995, 1.0] {
            scheduler.step(metric)
            #expect(scheduler.lastLR == 1)
        }
        scheduler.step(2.0)  // third bad epoch > patience 2
        #expect(scheduler.lastLR == 0.5)
        scheduler.step(0.5)  // improvement resets the count
        scheduler.step(0.6)
        scheduler.step(0.6)
        #expect(scheduler.lastLR == 0.5)
        scheduler.step(0.6)
        #expect(scheduler.lastLR == 0.25 && sgd.lr == 0.25)
    }

    @Test func reduceLROnPlateauInMaxModeWatchesAScoreAndCoolsDown() {
        let sgd = optimizer(lr: 1)
        let scheduler = ReduceLROnPlateau(sgd, mode: .max, factor: 0.1, patience: 0, cooldown: 1, minLR: 0.05)
        scheduler.step(0.5)  // first best
        scheduler.step(0.9)  // better
        #expect(scheduler.lastLR == 1)
        scheduler.step(0.9)  // not better: reduce at once (patience 0), then one epoch of cooldown
        #expect(scheduler.lastLR == 0.1)
        scheduler.step(0.8)  // ignored during cooldown
        #expect(scheduler.lastLR == 0.1)
        scheduler.step(0.8)  // reduced again, but not below minLR
        #expect(scheduler.lastLR == 0.05)
    }

    @Test func earlyStoppingHonoursPatienceAndMinDelta() {
        let stopper = EarlyStopping(patience: 2, minDelta: 0.1)
        // 0.95 is not 0.1 below 1.0; 0.85 is; 0.9 and 0.8 are not below 0.85 − 0.1.
        let decisions = [1.0, 0.95, 0.85, 0.9, 0.8].map { stopper.shouldStop($0) }
        #expect(decisions == [false, false, false, false, true])
        #expect(stopper.bestLoss == 0.85 && stopper.bestEpoch == 2)
        let nanStopper = EarlyStopping(patience: 1)
        #expect(!nanStopper.shouldStop(1) && nanStopper.shouldStop(.nan))
    }
}

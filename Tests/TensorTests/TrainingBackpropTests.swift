import Testing

@testable import Activations
@testable import Tensors

/// Backpropagation through a whole model: the gradients `backward()` leaves on every parameter match
/// central finite differences of the loss in `Double`.
@Suite struct TrainingBackpropTests {
    @Test func modelGradientsMatchFiniteDifferences() throws {
        var generator = Generator(seed: 77)
        for trial in 0..<4 {
            let (inputs, hidden, classes, rows) = (2 + trial % 3, 3 + trial, 2 + trial % 2, 5)
            let model = Sequential(
                Linear(inFeatures: inputs, outFeatures: hidden, generator: &generator, dtype: .float64),
                trial % 2 == 0 ? Tanh() as any Layer : SiLU(),
                Linear(inFeatures: hidden, outFeatures: classes, generator: &generator, dtype: .float64)
            )
            let x = Tensor.randn(shape: [rows, inputs], generator: &generator, dtype: .float64)
            let y = Tensor((0..<rows).map { _ in generator.nextInt(below: classes) })
            let loss = { crossEntropy(model(x), y).item() }

            model.zeroGrad()
            crossEntropy(model(x), y).backward()
            let h = 1e-6
            for parameter in model.parameters {
                let analytic = try #require(parameter.grad).scalars
                let original = parameter.scalars
                for i in original.indices {
                    var shifted = original
                    shifted[i] = original[i] + h
                    parameter.overwrite(with: Tensor(shape: parameter.shape, scalars: shifted, dtype: .float64))
                    let plus = loss()
                    shifted[i] = original[i] - h
                    parameter.overwrite(with: Tensor(shape: parameter.shape, scalars: shifted, dtype: .float64))
                    let minus = loss()
                    parameter.overwrite(with: Tensor(shape: parameter.shape, scalars: original, dtype: .float64))
                    let numeric = (plus - minus) / (2 * h)
                    #expect(abs(analytic[i] - numeric) < 1e-7, "trial \(trial), parameter \(parameter.shape)[\(i)]")
                }
            }
        }
    }
}

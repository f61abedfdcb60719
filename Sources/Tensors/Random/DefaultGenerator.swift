import Activations
import Foundation

/// The process-wide generator behind `Tensor.rand`, `Tensor.randn` and layer initialisation when no
/// generator is passed. Guarded by a lock so that parallel tests cannot corrupt its state (their
/// numbers then depend on scheduling, so tests that check values pass their own ``Generator``).
private final class DefaultGeneratorBox: @unchecked Sendable {
    let lock = NSLock()
    var generator = Generator(seed: 0)
}

private let defaultGeneratorBox = DefaultGeneratorBox()

extension Generator {
    /// The global generator, seeded with 0 at start-up and reseeded by ``manualSeed(_:)``.
    public static var `default`: Generator {
        get { withDefault { $0 } }
        set { withDefault { $0 = newValue } }
    }

    /// Runs `body` with exclusive access to the global generator.
    public static func withDefault<R>(_ body: (inout Generator) throws -> R) rethrows -> R {
        defaultGeneratorBox.lock.lock()
        defer { defaultGeneratorBox.lock.unlock() }
        return try body(&defaultGeneratorBox.generator)
    }
}

/// Reseeds the global generator, like `torch.manual_seed(seed)`: every later `Tensor.rand`,
/// `Tensor.randn` and default initialisation gives the same numbers on every machine.
public func manualSeed(_ seed: UInt64) {
    Generator.default = Generator(seed: seed)
}

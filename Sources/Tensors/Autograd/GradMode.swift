import Activations

/// Whether operations are recorded for autograd, per task (and per thread outside tasks), so that
/// `noGrad` in one test or thread does not switch recording off in another.
enum GradMode {
    @TaskLocal static var isEnabled = true
}

/// Runs `body` without recording operations for autograd, like `with torch.no_grad():`, and returns
/// its result. Tensors created inside do not require gradients.
public func noGrad<R>(_ body: () throws -> R) rethrows -> R {
    try GradMode.$isEnabled.withValue(false) { try body() }
}

/// Whether operations are currently recorded for autograd (`torch.is_grad_enabled()`).
public var isGradEnabled: Bool { GradMode.isEnabled }

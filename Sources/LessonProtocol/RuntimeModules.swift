/// What the lesson runtime is made of, written once for the engine.
///
/// `Package.swift` declares the same targets in its `LessonRuntime` product; a test reads the
/// manifest and fails when the two lists differ.
public enum RuntimeModules {
    /// The modules every lesson program imports, in import order.
    public static let imported = ["Activations", "Tensors", "Plot", "Notebook"]

    /// The targets the runtime library is built from: their folders under `Sources/` are what the
    /// runtime's key hashes.
    public static let targets = ["CActivationKernels", "LessonProtocol", "Activations", "Tensors", "Plot", "Notebook"]
}

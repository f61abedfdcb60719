import Activations

/// PyTorch's `repr` of a layer, so that `print(model)` looks as it does in PyTorch:
/// ```
/// Sequential(
///   (0): Linear(in_features=2, out_features=8, bias=True)
///   (1): ReLU()
///   (2): Linear(in_features=8, out_features=1, bias=True)
/// )
/// ```
/// Activations print their `torch.nn` constructor arguments in PyTorch's spelling
/// (`LeakyReLU(negative_slope=0.01)`); other layers their own `description`.
func torchDescription(of layer: any Layer) -> String {
    switch layer {
    case let prelu as PReLU:
        return "PReLU(num_parameters=\(prelu.weight.count))"
    case let gelu as GELU:
        return "GELU(approximate='\(gelu.approximate.rawValue)')"
    case let activation as any Activation:
        // SELU's constants and ReLU6's bounds are not constructor arguments in PyTorch.
        let arguments = activation is SELU || activation is ReLU6 ? [] : activation.parameters
        let list = arguments.map { "\(snakeCase($0.name))=\($0.value)" }.joined(separator: ", ")
        return "\(activation.name)(\(list))"
    case let described as any CustomStringConvertible:
        return described.description
    default:
        return String(describing: layer)
    }
}

/// `negativeSlope` → `negative_slope`, PyTorch's argument spelling.
private func snakeCase(_ name: String) -> String {
    name.reduce(into: "") { result, character in
        if character.isUppercase {
            result += "_" + character.lowercased()
        } else {
            result.append(character)
        }
    }
}

extension Sequential: CustomStringConvertible {
    public var description: String {
        guard !layers.isEmpty else { return "Sequential()" }
        let children = layers.enumerated().map { index, layer in
            // Nested modules are indented by two more spaces, as PyTorch's `_addindent` does.
            "  (\(index)): "
                + torchDescription(of: layer).split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n  ")
        }
        return "Sequential(\n" + children.joined(separator: "\n") + "\n)"
    }
}

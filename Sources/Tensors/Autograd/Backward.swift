import Activations

extension Tensor {
    /// Computes the gradient of this scalar with respect to every leaf that requires one and adds it
    /// to the leaf's ``grad`` (gradients accumulate across calls until ``zeroGrad()``), like torch's
    /// `loss.backward()`.
    public func backward() {
        if let problem = backwardProblem(gradientShape: nil) { usageFailure(problem) }
        backward(Tensor.ones(shape: shape, dtype: dtype))
    }

    /// PyTorch's message when `backward` cannot start here, nil when it can: without a gradient
    /// (`gradientShape` nil) the tensor must hold one element, and it must require grad.
    func backwardProblem(gradientShape: [Int]?) -> String? {
        if gradientShape == nil && count != 1 {
            return "grad can be implicitly created only for scalar outputs (this tensor has shape \(shape); "
                + "reduce it first, e.g. with .sum() or .mean(), or pass a gradient to backward(_:))"
        }
        if !requiresGrad {
            return "element 0 of tensors does not require grad and does not have a grad_fn "
                + "(create the leaves with requiresGrad: true)"
        }
        if let gradientShape, gradientShape != shape {
            return
                "Mismatch in shape: grad_output[0] has a shape of \(gradientShape) and output[0] has a shape of \(shape)."
        }
        return nil
    }

    /// Back-propagates `gradient` (the gradient of some scalar with respect to this tensor, same
    /// shape) through the graph, accumulating into the leaves' ``grad``.
    public func backward(_ gradient: Tensor) {
        if let problem = backwardProblem(gradientShape: gradient.shape) { usageFailure(problem) }
        let order = topologicalOrder()
        var grads: [ObjectIdentifier: Tensor] = [ObjectIdentifier(self): gradient.detach()]
        noGrad {
            for tensor in order {
                guard let g = grads.removeValue(forKey: ObjectIdentifier(tensor)) else { continue }
                guard let fn = tensor.gradFn else {
                    if tensor.requiresGrad {
                        tensor.grad = tensor.grad.map { $0 + g } ?? g.converted(to: tensor.dtype).detach()
                    }
                    continue
                }
                let inputGrads = fn.backward(g)
                for (input, inputGrad) in zip(fn.inputs, inputGrads) where input.requiresGrad {
                    guard let inputGrad else { continue }
                    usageCheck(
                        inputGrad.shape == input.shape,
                        "\(fn.name): gradient shape \(inputGrad.shape) for input of shape \(input.shape)")
                    let key = ObjectIdentifier(input)
                    grads[key] = grads[key].map { $0 + inputGrad } ?? inputGrad
                }
            }
        }
    }

    /// The tensors of the graph reachable from `self`, every tensor before those it was computed from.
    private func topologicalOrder() -> [Tensor] {
        var visited = Set<ObjectIdentifier>()
        var postOrder: [Tensor] = []
        // Iterative depth-first search: deep graphs (long training loops unrolled) must not overflow
        // the stack.
        var stack: [(Tensor, Int)] = [(self, 0)]
        visited.insert(ObjectIdentifier(self))
        while let (tensor, next) = stack.popLast() {
            let inputs = tensor.gradFn?.inputs ?? []
            if next < inputs.count {
                stack.append((tensor, next + 1))
                let input = inputs[next]
                if input.requiresGrad, visited.insert(ObjectIdentifier(input)).inserted {
                    stack.append((input, 0))
                }
            } else {
                postOrder.append(tensor)
            }
        }
        return postOrder.reversed()
    }
}

import Foundation
import Testing

@testable import Activations
@testable import Tensors

/// Every case of `Reference/tensor-printing.txt` (real PyTorch output), rebuilt with our API and
/// compared byte for byte.
@Suite struct PrintingReferenceTests {
    /// The reference file as (Python expression, what `repr` printed) pairs.
    static let cases: [(expression: String, expected: String)] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Reference/tensor-printing.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var result: [(String, String)] = []
        var expression: String?
        var lines: [String] = []
        func flush() {
            if let expression { result.append((expression, lines.joined(separator: "\n"))) }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix(">>> ") {
                flush()
                expression = String(line.dropFirst(4))
                lines = []
            } else if expression != nil {
                lines.append(line)
            }
        }
        flush()
        return result.map { ($0.0, $0.1.trimmingCharacters(in: .newlines)) }
    }()

    /// Our spelling of each Python expression in the reference file.
    nonisolated(unsafe) static let swiftVersions: [String: () -> Tensor] = [
        "torch.relu(torch.tensor([-2, -1, 0, 1, 2]))": { ReLU()(Tensor([-2, -1, 0, 1, 2])) },
        "torch.tensor([0., 1., 2.])": { Tensor([0.0, 1.0, 2.0]) },
        "torch.tensor([0.31234, 0.0, -1.5])": { Tensor([0.31234, 0.0, -1.5]) },
        "torch.tensor([1e-5, 1.0])": { Tensor([1e-5, 1.0]) },
        "torch.tensor([[1., 2.], [3., 4.]])": { Tensor([[1.0, 2.0], [3.0, 4.0]]) },
        "torch.arange(30.) / 7": { Tensor.arange(0.0, 30.0) / 7 },
        "torch.tensor([1e10, 1.0])": { Tensor([1e10, 1.0]) },
        "torch.tensor([0.5])": { Tensor([0.5]) },
        "torch.tensor([123456.789, 0.001])": { Tensor([123456.789, 0.001]) },
        "torch.tensor([[-1.5, 2.25, 0.0], [3.0, -4.125, 1e-3]])": {
            Tensor([[-1.5, 2.25, 0.0], [3.0, -4.125, 1e-3]])
        },
        "torch.tensor([float('nan'), float('inf'), -1.0, 2.5])": { Tensor([.nan, .infinity, -1.0, 2.5]) },
        "torch.tensor([100, -5, 3])": { Tensor([100, -5, 3]) },
        "torch.tensor([[1, 2], [3, 4]])": { Tensor([[1, 2], [3, 4]]) },
        "torch.relu(torch.tensor([-1.0, 2.0], requires_grad=True))": {
            ReLU()(Tensor([-1.0, 2.0], requiresGrad: true))
        },
        "torch.tensor([-0.0, 0.0])": { Tensor([-0.0, 0.0]) },
        "torch.arange(8.).reshape(2, 2, 2)": { Tensor.arange(0.0, 8.0).reshape(2, 2, 2) },
        "torch.tensor([1.0, 2.0], requires_grad=True)": { Tensor([1.0, 2.0], requiresGrad: true) },
        "torch.sigmoid(torch.tensor([-2., 0., 2.]))": { Tensor([-2.0, 0.0, 2.0]).sigmoid() },
        "torch.linspace(-1, 1, 25)": { Tensor.linspace(-1, 1, count: 25) },
        "torch.tensor(0.5)": { Tensor(0.5) },
        "torch.tensor([1.0, 2.0], dtype=torch.float64)": { Tensor([1.0, 2.0], dtype: .float64) },
        "torch.tensor([[0.1, 200000.0], [3.0, 4.0]])": { Tensor([[0.1, 200000.0], [3.0, 4.0]]) },
        "torch.arange(40)": { Tensor.arange(40) },
        "torch.zeros(2, 3)": { Tensor.zeros(2, 3) },
        "torch.tensor([1.0, 2.0], requires_grad=True) * 2": { Tensor([1.0, 2.0], requiresGrad: true) * 2 },
        "torch.tensor([[1.0, -2.0]], requires_grad=True).sum()": { Tensor([[1.0, -2.0]], requiresGrad: true).sum() },
    ]

    @Test func referenceFileIsLoadedAndFullyCovered() {
        #expect(Self.cases.count >= 26)
        for (expression, _) in Self.cases {
            #expect(Self.swiftVersions[expression] != nil, "no Swift version of \(expression)")
        }
    }

    @Test(arguments: PrintingReferenceTests.cases.map(\.expression))
    func printsLikePyTorch(expression: String) throws {
        let expected = try #require(Self.cases.first { $0.expression == expression }?.expected)
        let make = try #require(Self.swiftVersions[expression])
        #expect(make().description == expected)
    }
}

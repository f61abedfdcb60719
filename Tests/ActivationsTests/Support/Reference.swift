import Foundation

/// The reference values of `Reference/activations.json` (60-digit results rounded to the nearest
/// double; see the README of the shared reference folder), read through a path next to this file so
/// the tests need neither SwiftPM resources nor the shared folder.
enum Reference {
    struct Row {
        let x: Double
        let value: Double
        let derivative: Double
    }

    struct SoftmaxCase {
        let input: [Double]
        let softmax: [Double]
        let logSoftmax: [Double]
    }

    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Reference/activations.json")

    /// Parsed once; read-only afterwards.
    nonisolated(unsafe) private static let json: [String: Any] = {
        let data = try! Data(contentsOf: url)
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    /// Rows per function key, e.g. `"leaky_relu_0.2"`.
    static let functions: [String: [Row]] = {
        let functions = json["functions"] as! [String: [String: Any]]
        return functions.mapValues { entry in
            (entry["rows"] as! [[String]]).map { row in
                Row(x: number(row[0]), value: number(row[1]), derivative: number(row[2]))
            }
        }
    }()

    static let softmaxCases: [SoftmaxCase] = (json["softmax"] as! [[String: Any]]).map { entry in
        SoftmaxCase(
            input: (entry["input"] as! [NSNumber]).map(\.doubleValue),
            softmax: (entry["softmax"] as! [String]).map(number),
            logSoftmax: (entry["log_softmax"] as! [String]).map(number)
        )
    }

    /// Parses the file's spellings, including `nan`, `inf`, `-inf` and `-0.0`.
    static func number(_ text: String) -> Double {
        switch text {
        case "nan": return .nan
        case "inf": return .infinity
        case "-inf": return -.infinity
        default: return Double(text)!
        }
    }
}

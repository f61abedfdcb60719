import Activations

/// The fraction of correct predictions, in [0, 1].
///
/// - Parameters:
///   - logits: `[N, C]` class scores (C ≥ 2): the prediction is the highest score of each row; or
///     `[N]` / `[N, 1]` binary logits: the prediction is class 1 where the logit is above 0.
///   - labels: the true classes, `N` values (any dtype holding whole numbers).
public func accuracy(_ logits: Tensor, _ labels: Tensor) -> Double {
    let rows = logits.rank == 0 ? 1 : logits.shape[0]
    usageCheck(labels.count == rows, "accuracy: \(labels.count) labels for \(rows) predictions")
    guard rows > 0 else { return .nan }
    let scores = logits.scalars
    let classes = logits.count / rows
    let truth = labels.ints
    var correct = 0
    for row in 0..<rows {
        let prediction: Int
        if classes == 1 {
            prediction = scores[row] > 0 ? 1 : 0
        } else {
            // `max(by:)` keeps the first of equal maxima, as argmax does.
            let rowScores = scores[(row * classes)..<((row + 1) * classes)]
            prediction = rowScores.indices.max { rowScores[$0] < rowScores[$1] }! - row * classes
        }
        if prediction == truth[row] { correct += 1 }
    }
    return Double(correct) / Double(rows)
}

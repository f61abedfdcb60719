/// Which of the lessons that must run share a compile (`MergedProgram`): every lesson that may be
/// merged (`MergeProfile.obstacle`), in batches in which no lesson mentions a name another declares
/// at file scope. A batch of one is no batch: that lesson, like every lesson that may not be merged,
/// is compiled alone.
///
/// No lesson option changes how a program is compiled (time and memory limits, network, language and
/// the sandbox apply to each lesson's own process), so options do not split batches; the options
/// that do matter to the compiler, `expect-error` snippets, keep a lesson out of every batch.
struct MergePlan {
    /// Indices into the lessons given, in their order.
    var batches: [[Int]] = []

    /// - Parameter candidates: indices of the lessons that must be compiled.
    init(_ lessons: [Lesson], candidates: [Int]) {
        var groups: [(members: [Int], profiles: [MergeProfile])] = []
        for index in candidates where lessons[index].hasCode {
            let profile = MergeProfile(lessons[index])
            guard profile.obstacle == nil else { continue }
            if let group = groups.firstIndex(where: { $0.profiles.allSatisfy(profile.canShareModule) }) {
                groups[group].members.append(index)
                groups[group].profiles.append(profile)
            } else {
                groups.append(([index], [profile]))
            }
        }
        batches = groups.map(\.members).filter { $0.count > 1 }
    }
}

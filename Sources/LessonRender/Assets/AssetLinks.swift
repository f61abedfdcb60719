import LessonCore

/// Where the pages of one lesson point its local references: at the copies of the files that were
/// read for it (`LessonResult.assets`). References to files that were not read (missing, outside
/// the folder) keep their destination; the build reports them.
struct AssetLinks {
    private let paths: Set<String>
    /// The lesson's folder inside the folder its files resolve in (`LessonAssets.base(of:)`).
    private let base: String

    init(_ assets: [LessonAsset]?, base: String = "") {
        paths = Set((assets ?? []).map(\.path))
        self.base = base
    }

    var isEmpty: Bool { paths.isEmpty }

    /// The page-relative URL of the copy `destination` names, or nil to keep the destination.
    func url(for destination: String) -> String? {
        guard !paths.isEmpty, case .file(let path) = LessonAssets.target(of: destination, from: base),
            paths.contains(path)
        else {
            return nil
        }
        return LessonAssets.url(forAsset: path, destination: destination)
    }

    /// Raw HTML with the `src` of each `<img>` that names a copied file pointing at the copy.
    func rewritingImageSources(in raw: String) -> String {
        guard !paths.isEmpty, raw.contains("<") else { return raw }
        var bytes = Array(raw.utf8)
        for source in HTMLImageSources.find(in: bytes[...]).reversed() {
            guard let url = url(for: source.value) else { continue }
            bytes.replaceSubrange(source.range, with: HTMLBuilder.escape(url).utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The lesson's source with each destination of a copied file pointing at the copy. Only
    /// destinations change, never a line break, so the source's line numbers still hold.
    func markdownSource(of lesson: Lesson) -> [UInt8] {
        var bytes = Array(lesson.source.utf8)
        guard !paths.isEmpty else { return bytes }
        var edits: [Range<Int>: String] = [:]
        for reference in LessonAssets.references(in: lesson) {
            guard let url = url(for: reference.destination) else { continue }
            for span in reference.spans { edits[span] = reference.isHTML ? HTMLBuilder.escape(url) : url }
        }
        for (span, url) in edits.sorted(by: { $0.key.lowerBound > $1.key.lowerBound }) {
            bytes.replaceSubrange(span, with: url.utf8)
        }
        return bytes
    }
}

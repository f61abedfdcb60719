/// A local file a lesson references: an image (`![…](images/net.png)`, `<img src>` in raw HTML) or
/// a linked file that is not a lesson (`[data](data/x.csv)`). The pipeline reads it; the site
/// carries a copy under `assets/` in both `html/` and `markdown/`.
public struct LessonAsset: Hashable, Sendable {
    /// The file's path relative to the lessons folder, normalised: `images/net.png`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Where the copy lives, relative to `html/` and to `markdown/`: `assets/images/net.png`.
    /// A folder of its own, so that no lesson file can collide with a page, a figure or `style.css`.
    public var outputPath: String { "assets/" + path }
}

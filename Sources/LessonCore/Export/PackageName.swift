/// The name of an exported lesson's package, target and executable: the lesson's file name in
/// UpperCamelCase after `Lesson`, so that it is a valid Swift identifier even when the file name
/// starts with a digit: `02-relu.md` → `Lesson02Relu`.
public enum PackageName {
    public static func forLesson(slug: String) -> String {
        let words = slug.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        return "Lesson" + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

import Foundation

/// Fresh, private temporary folders (`mkdtemp`), one per lesson run.
enum TemporaryFolder {
    static func make(prefix: String) throws -> String {
        var template = Array(
            (URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(prefix + "-XXXXXX").path).utf8CString)
        guard let pointer = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw RunnerError("cannot create a temporary folder: \(String(cString: strerror(errno)))")
        }
        return String(cString: pointer)
    }
}

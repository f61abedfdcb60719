import Foundation

/// Decoding of the base64 payloads in output-protocol markers.
enum Base64 {
    static func decode(_ text: Substring) -> String? {
        guard let data = Data(base64Encoded: String(text)) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

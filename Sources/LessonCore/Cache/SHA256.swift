import Crypto

/// Cache keys are SHA-256 digests (swift-crypto's `SHA256`) of fields written one after another.
extension SHA256 {
    /// Hashes a string's UTF-8 bytes followed by a zero byte, so that consecutive fields cannot run
    /// into each other (`"ab" + "c"` differs from `"a" + "bc"`).
    package mutating func update(field: String) {
        update(data: Array(field.utf8) + [0])
    }

    /// The digest as 64 lowercase hex digits.
    package func hexDigest() -> String {
        finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 0x10 ? "0" + hex : hex
        }.joined()
    }
}

/// A ZIP archive whose bytes depend only on its files: entries sorted by path, stored (not
/// compressed, so no zlib version can change them), every timestamp 1980-01-01 00:00, the
/// earliest a ZIP can say, and no extra fields.
///
/// Written here rather than with a ZIP package: the format of stored entries is a few fixed
/// headers and a CRC-32, and a dependency would cost every clean build (CI's) its compile time.
public enum StoredZip {
    /// The archive of `files`, by path inside the archive (`/`-separated, no leading `/`).
    public static func archive(_ files: [String: [UInt8]]) -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        let entries = files.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (path, bytes) in entries {
            let name = Array(path.utf8)
            let checksum = crc32(bytes)
            let offset = output.count
            // Local file header.
            output.append(uint32: 0x0403_4b50)
            output.append(contentsOf: common(name: name, checksum: checksum, size: bytes.count))
            output.append(contentsOf: name)
            output.append(contentsOf: bytes)
            // Its central directory record.
            central.append(uint32: 0x0201_4b50)
            central.append(uint16: 0x031E)  // made by: Unix, ZIP 3.0 (so the mode below is read)
            central.append(contentsOf: common(name: name, checksum: checksum, size: bytes.count))
            central.append(uint16: 0)  // comment length
            central.append(uint16: 0)  // disk number
            central.append(uint16: 0)  // internal attributes
            central.append(uint32: UInt32(0o100644) << 16)  // a regular file, rw-r--r--
            central.append(uint32: UInt32(offset))
            central.append(contentsOf: name)
        }
        let centralOffset = output.count
        output.append(contentsOf: central)
        // End of central directory.
        output.append(uint32: 0x0605_4b50)
        output.append(uint16: 0)
        output.append(uint16: 0)
        output.append(uint16: UInt16(entries.count))
        output.append(uint16: UInt16(entries.count))
        output.append(uint32: UInt32(central.count))
        output.append(uint32: UInt32(centralOffset))
        output.append(uint16: 0)
        return output
    }

    /// The fields local headers and central records share, from "version needed" to "extra length".
    private static func common(name: [UInt8], checksum: UInt32, size: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.append(uint16: 10)  // version needed: 1.0, stored entries
        bytes.append(uint16: 0x0800)  // flags: names are UTF-8
        bytes.append(uint16: 0)  // method: stored
        bytes.append(uint16: 0)  // time 00:00:00
        bytes.append(uint16: 0x21)  // date 1980-01-01
        bytes.append(uint32: checksum)
        bytes.append(uint32: UInt32(size))  // compressed size
        bytes.append(uint32: UInt32(size))  // uncompressed size
        bytes.append(uint16: UInt16(name.count))
        bytes.append(uint16: 0)  // extra field length
        return bytes
    }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 (ISO 3309, as ZIP uses it).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = crcTable[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

extension [UInt8] {
    fileprivate mutating func append(uint16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append(uint32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}

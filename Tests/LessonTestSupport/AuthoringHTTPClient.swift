import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A raw-socket HTTP client for the preview server tests: real requests over loopback, every read
/// bounded by a timeout so a broken server fails the test instead of hanging it.
public struct AuthoringHTTPClient: Sendable {
    public var port: UInt16

    public init(port: UInt16) {
        self.port = port
    }

    public struct Response {
        public var status: Int
        public var headers: [String: String]
        public var body: String
    }

    public enum Failure: Error { case connect, malformed }

    /// Sends `GET path` (or another method) and reads until the server closes the connection.
    public func request(_ path: String, method: String = "GET", timeout: Int = 30) throws -> Response {
        let socket = try connect(timeout: timeout)
        defer { close(socket) }
        send(socket, "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let raw = readAll(socket, until: { _ in false }).text
        return try parse(raw)
    }

    /// Opens the event stream and reads until `done` accepts what arrived (or the timeout passes).
    public func readEvents(_ path: String, timeout: Int = 5, until done: @escaping (String) -> Bool, whileOpen: () -> Void = {}) throws -> String {
        let socket = try connect(timeout: timeout)
        defer { close(socket) }
        send(socket, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = readAll(socket, until: { $0.contains("data: ") })
        whileOpen()
        return readAll(socket, until: done).text
    }

    /// Opens the event stream, calls `whileOpen` once the first event has arrived, then reads until
    /// the connection ends. True when the server closed it; false when the read timed out.
    public func eventStreamIsClosedByServer(_ path: String, timeout: Int, whileOpen: () -> Void) throws -> Bool {
        let socket = try connect(timeout: timeout)
        defer { close(socket) }
        send(socket, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        guard readAll(socket, until: { $0.contains("data: ") }).text.contains("data: ") else { return false }
        whileOpen()
        return readAll(socket, until: { _ in false }).closedByPeer
    }

    private func connect(timeout: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw Failure.connect
        }
        return socket
    }

    private func send(_ socket: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until `done` accepts the text, the peer closes (`closedByPeer`), or a read fails or
    /// times out.
    private func readAll(_ socket: Int32, until done: (String) -> Bool) -> (text: String, closedByPeer: Bool) {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &chunk, chunk.count, 0)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return (String(decoding: data, as: UTF8.self), count == 0) }
            data += chunk[0..<count]
            if done(String(decoding: data, as: UTF8.self)) { return (String(decoding: data, as: UTF8.self), false) }
        }
    }

    private func parse(_ raw: String) throws -> Response {
        guard let split = raw.range(of: "\r\n\r\n") else { throw Failure.malformed }
        let lines = raw[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusWords = lines[0].split(separator: " ")
        guard statusWords.count >= 2, let status = Int(statusWords[1]) else { throw Failure.malformed }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(raw[split.upperBound...]))
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A raw-socket HTTP client for the preview server tests: real requests over loopback, every read
/// bounded by a timeout so a broken server fails the test instead of hanging it. The `async` calls
/// do their blocking reads on threads of their own, never on the concurrency pool the server runs
/// on, so a test waiting for an answer cannot starve the server that has to give it.
public struct AuthoringHTTPClient: Sendable {
    public var port: UInt16

    public init(port: UInt16) {
        self.port = port
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: String
    }

    public enum Failure: Error { case connect, malformed, timeout }

    /// Sends `GET path` (or another method) and reads until the server closes the connection.
    /// `host`: the `Host` header, `127.0.0.1:PORT` unless given; nil sends none.
    public func request(_ path: String, method: String = "GET", host: String?? = .none, timeout: Int = 60) async throws
        -> Response
    {
        try await Self.offPool { try requestBlocking(path, method: method, host: host, timeout: timeout) }
    }

    /// `request`, blocking the calling thread: only for a server in another process.
    public func requestBlocking(_ path: String, method: String = "GET", host: String?? = .none, timeout: Int = 60)
        throws -> Response
    {
        let socket = try connect(timeout: timeout)
        defer { close(socket) }
        send(socket, "\(method) \(path) HTTP/1.1\r\n\(hostLine(host))Connection: close\r\n\r\n")
        let raw = readAll(socket, until: { _ in false }).text
        return try parse(raw)
    }

    /// Opens a WebSocket on `path` (the reload socket) and returns it once the server switched
    /// protocols; throws with the server's answer when it did not.
    public func openWebSocket(_ path: String, host: String?? = .none, timeout: Int = 120) async throws -> WebSocket {
        let head =
            "GET \(path) HTTP/1.1\r\n\(hostLine(host))Upgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        return try await Self.offPool {
            let socket = try connect(timeout: timeout)
            send(socket, head)
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while !String(decoding: bytes, as: UTF8.self).contains("\r\n\r\n") {
                let count = recv(socket, &chunk, chunk.count, 0)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                bytes += chunk[0..<count]
            }
            let end = bytes.indices.first { bytes[$0...].starts(with: Array("\r\n\r\n".utf8)) }
            guard let end else {
                close(socket)
                throw Failure.malformed
            }
            let response = try parse(String(decoding: bytes[..<(end + 4)], as: UTF8.self))
            guard response.status == 101 else {
                close(socket)
                throw WebSocket.Refused(response: response)
            }
            return WebSocket(socket: socket, pending: Array(bytes[(end + 4)...]))
        }
    }

    /// The client end of a WebSocket; server frames are not masked, so reading them is short.
    public final class WebSocket: @unchecked Sendable {
        public struct Refused: Error { public var response: Response }
        private let socket: Int32
        private var pending: [UInt8]

        init(socket: Int32, pending: [UInt8]) {
            self.socket = socket
            self.pending = pending
        }

        deinit { close(socket) }

        /// The next text message, or nil once the server closed the socket (close frame or end of
        /// stream). Throws `Failure.timeout` when nothing came within the socket's timeout.
        public func nextMessage() async throws -> String? {
            try await AuthoringHTTPClient.offPool { try self.readMessage() }
        }

        private func readMessage() throws -> String? {
            while true {
                guard let header = try take(2) else { return nil }
                var length = Int(header[1] & 0x7F)
                if length == 126 {
                    guard let extended = try take(2) else { return nil }
                    length = extended.reduce(0) { $0 << 8 | Int($1) }
                } else if length == 127 {
                    guard let extended = try take(8) else { return nil }
                    length = extended.reduce(0) { $0 << 8 | Int($1) }
                }
                guard let payload = try take(length) else { return nil }
                switch header[0] & 0x0F {
                case 0x1: return String(decoding: payload, as: UTF8.self)
                case 0x8: return nil
                default: continue  // ping, pong, binary: not what the reload socket sends
                }
            }
        }

        /// Exactly `count` bytes, or nil when the peer closed first.
        private func take(_ count: Int) throws -> [UInt8]? {
            var chunk = [UInt8](repeating: 0, count: 4096)
            while pending.count < count {
                let read = recv(socket, &chunk, chunk.count, 0)
                if read < 0 && errno == EINTR { continue }
                if read < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { throw Failure.timeout }
                if read <= 0 { return nil }
                pending += chunk[0..<read]
            }
            defer { pending.removeFirst(count) }
            return Array(pending[..<count])
        }
    }

    private func hostLine(_ host: String??) -> String {
        switch host {
        case .none: "Host: 127.0.0.1:\(port)\r\n"
        case .some(.none): ""
        case .some(.some(let name)): "Host: \(name)\r\n"
        }
    }

    /// Runs blocking socket work on a thread of its own and waits for it without holding a thread
    /// of the concurrency pool. Not Dispatch's global queue: on Linux it does not see a thread
    /// blocked in recv(2), so a read waiting for a reload would hold up the request that causes it.
    public static func offPool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
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
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
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
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(raw[split.upperBound...]))
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import LessonCore
import LessonRender
#endif

/// A minimal HTTP/1.1 server for the local preview: binds 127.0.0.1 only, one thread per
/// connection, `Connection: close` after every response. It serves a handful of requests a second
/// from one browser, so plain sockets beat a server framework that CI would have to build from
/// scratch on every run.
///
/// Only `GET` and `HEAD` are served; anything else gets `405`. A response is either complete
/// (`HTTPResponse.full`) or a stream the handler keeps writing to (`HTTPResponse.stream`, used for
/// Server-Sent Events).
public final class HTTPServer: @unchecked Sendable {
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    /// The port actually bound (the ephemeral one when started with port 0).
    public private(set) var port: UInt16 = 0
    private let handler: Handler
    private let lock = NSLock()
    private var listener: Int32 = -1
    private var acceptThread: Thread?
    private let stopped = DispatchSemaphore(value: 0)

    public init(handler: @escaping Handler) {
        self.handler = handler
    }

    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Binds 127.0.0.1:`port` (0: any free port) and starts accepting connections.
    public func start(port requested: UInt16) throws {
        let socketFD = socket(AF_INET, Self.streamType, 0)
        guard socketFD >= 0 else { throw StartError(description: "socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = requested.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socketFD, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            close(socketFD)
            throw StartError(description: "cannot listen on 127.0.0.1:\(requested): \(reason)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        lock.withLock { listener = socketFD }
        let thread = Thread { [self] in acceptLoop(socketFD) }
        thread.name = "lessons-http-accept"
        acceptThread = thread
        thread.start()
    }

    /// Stops accepting connections and waits for the accept loop to end. Open streams end when
    /// their handler returns (see `ReloadHub.close`).
    public func stop() {
        let socketFD = lock.withLock { () -> Int32 in
            defer { listener = -1 }
            return listener
        }
        guard socketFD >= 0 else { return }
        // shutdown(2) wakes the thread blocked in accept(2); close alone would not on Linux.
        shutdown(socketFD, Int32(SHUT_RDWR))
        stopped.wait()
        close(socketFD)
    }

    private func acceptLoop(_ socketFD: Int32) {
        defer { stopped.signal() }
        while true {
            let client = accept(socketFD, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            let thread = Thread { [handler] in
                Self.serve(client, handler: handler)
            }
            thread.name = "lessons-http-connection"
            thread.start()
        }
    }

    private static func serve(_ client: Int32, handler: Handler) {
        defer { close(client) }
        // A client that connects and says nothing must not hold a thread for ever.
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connection = HTTPConnection(socket: client)
        guard let head = connection.readHead() else { return }
        guard let request = HTTPRequest(head: head) else {
            connection.send(HTTPResponse.full(status: 400, contentType: "text/plain; charset=utf-8", body: Array("bad request\n".utf8)))
            return
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            connection.send(HTTPResponse.full(status: 405, contentType: "text/plain; charset=utf-8", body: Array("method not allowed\n".utf8)))
            return
        }
        let response = handler(request)
        connection.send(response, headOnly: request.method == "HEAD")
    }

    #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
    #else
    private static let streamType = SOCK_STREAM
    #endif
}

/// A request line and headers; bodies are not read (only GET and HEAD are served).
public struct HTTPRequest: Sendable {
    public var method: String
    /// The path without the query, percent-decoded, e.g. `/02-relu.html`.
    public var path: String
    public var query: String?
    /// Header names lowercased.
    public var headers: [String: String]

    public init(method: String, path: String, query: String? = nil, headers: [String: String] = [:]) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
    }

    /// Parses `GET /path?query HTTP/1.1` and the header lines after it.
    init?(head: String) {
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { return nil }
        method = String(requestLine[0])
        let target = requestLine[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let rawPath = target.first, rawPath.hasPrefix("/"), let decoded = String(rawPath).removingPercentEncoding else { return nil }
        path = decoded
        query = target.count > 1 ? String(target[1]) : nil
        headers = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }
}

/// What a handler answers.
public enum HTTPResponse: Sendable {
    /// A complete response with a body.
    case full(status: Int, contentType: String, body: [UInt8], headers: [(String, String)] = [])
    /// Headers now, then `write` is called with a sink that returns false once the client has gone;
    /// the connection closes when `write` returns.
    case stream(contentType: String, write: @Sendable (_ send: (String) -> Bool) -> Void)

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        default: "Error"
        }
    }
}

/// One accepted socket: reads the request head, writes responses without raising SIGPIPE.
struct HTTPConnection {
    let socket: Int32
    static let maximumHeadSize = 16 * 1024

    /// Bytes up to the blank line that ends the headers, or nil on timeout, close or excess.
    func readHead() -> String? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while buffer.count < Self.maximumHeadSize {
            let count = recv(socket, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer += chunk[0..<count]
            if let end = Self.headEnd(buffer) { return String(decoding: buffer[..<end], as: UTF8.self) }
        }
        return nil
    }

    private static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }

    func send(_ response: HTTPResponse, headOnly: Bool = false) {
        switch response {
        case let .full(status, contentType, body, headers):
            var head = "HTTP/1.1 \(status) \(HTTPResponse.reason(status))\r\nContent-Type: \(contentType)\r\n"
            head += "Content-Length: \(body.count)\r\nCache-Control: no-store\r\nConnection: close\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            _ = write(Array((head + "\r\n").utf8))
            if !headOnly { _ = write(body) }
        case let .stream(contentType, body):
            let head = "HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
            guard write(Array(head.utf8)), !headOnly else { return }
            body { write(Array($0.utf8)) }
        }
    }

    /// Writes everything; false when the peer has gone.
    func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Self.sendWithoutSignal(socket, $0.baseAddress, $0.count) }
            if sent < 0 && errno == EINTR { continue }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    /// send(2) that reports a closed peer as an error instead of killing the process with SIGPIPE.
    private static func sendWithoutSignal(_ socket: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.send(socket, bytes, count, Int32(MSG_NOSIGNAL))
        #else
        Darwin.send(socket, bytes, count, 0)
        #endif
    }
}

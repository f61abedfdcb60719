import FlyingFox
import FlyingSocks
import Foundation

/// The preview's HTTP server: FlyingFox bound to 127.0.0.1 only, answering a request only when its
/// `Host` names this machine (`LoopbackHost`). The bind keeps other machines out; the `Host` check
/// keeps out pages on other sites that rebind their DNS name to 127.0.0.1 (DNS rebinding), since
/// their requests carry their own name.
///
/// HTTP/1.1 framing, keep-alive and WebSockets are FlyingFox's; the handler only sees requests.
public final class LoopbackHTTPServer: @unchecked Sendable {
    private let server: HTTPServer
    private let lock = NSLock()
    private var running: Task<Void, Never>?

    /// - Parameter port: the port on 127.0.0.1; 0 means any free port (see `start()`'s result).
    public init(port: UInt16, handler: some HTTPHandler) throws {
        server = HTTPServer(
            address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port),
            logger: DisabledLogger.disabled,
            handler: LoopbackHostCheck(handler: handler)
        )
    }

    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Binds and starts serving; returns the port bound (the ephemeral one when started with 0).
    /// Throws when the port cannot be bound (in use, not allowed).
    public func start() async throws -> UInt16 {
        let server = server
        // Either the socket listens or `run()` ends early with the reason; the first to say wins.
        let (outcomes, outcome) = AsyncStream.makeStream(of: Result<Void, any Error>.self)
        let running = Task {
            do {
                try await server.run()
                outcome.yield(.failure(StartError(description: "the server stopped before it listened")))
            } catch {
                outcome.yield(
                    .failure(StartError(description: "cannot listen on 127.0.0.1: \(error.localizedDescription)")))
            }
        }
        lock.withLock { self.running = running }
        let listening = Task {
            do {
                try await server.waitUntilListening(timeout: 120)
                outcome.yield(.success(()))
            } catch {
                outcome.yield(.failure(error))
            }
        }
        defer { listening.cancel() }
        for await result in outcomes {
            try result.get()
            break
        }
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            throw StartError(description: "the server listens on no IPv4 address")
        }
        return port
    }

    /// Stops accepting connections, gives responses being written `grace` seconds, then cancels
    /// what is left and waits until the port is free. Sockets that never end by themselves (the
    /// reload socket) should be closed first (`ReloadHub.close()`).
    ///
    /// The grace is short because every stop lasts all of it on Linux: FlyingFox's accept loop
    /// waits in epoll, which closing the listening socket does not wake, so only the cancellation
    /// at the end of the grace ends it. Idle keep-alive connections close at once.
    public func stop(grace: TimeInterval = 0.5) async {
        await server.stop(timeout: grace)
        let running = lock.withLock { self.running }
        await running?.value
    }
}

/// Answers `421 Misdirected Request` to a request whose `Host` is not a loopback name, and passes
/// the others on.
struct LoopbackHostCheck<Handler: HTTPHandler>: HTTPHandler {
    let handler: Handler

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard LoopbackHost.isLoopback(request.headers[.host]) else {
            return HTTPResponse(
                statusCode: .misdirectedRequest,
                headers: [.contentType: "text/plain; charset=utf-8", .connection: "close"],
                body: Data("lessons serve answers only to localhost, 127.0.0.1 and [::1]\n".utf8)
            )
        }
        return try await handler.handleRequest(request)
    }
}

/// The `Host` header values that name this machine: `localhost`, `127.0.0.1` and `[::1]`, each
/// with or without a port.
enum LoopbackHost {
    static func isLoopback(_ host: String?) -> Bool {
        guard let host = host?.lowercased() else { return false }
        let name: Substring
        let port: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            name = host[...close]
            let rest = host[host.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else { return false }
            port = rest.isEmpty ? nil : rest.dropFirst()
        } else if let colon = host.firstIndex(of: ":") {
            name = host[..<colon]
            port = host[host.index(after: colon)...]
        } else {
            name = host[...]
            port = nil
        }
        if let port, port.isEmpty || !port.allSatisfy({ "0"..."9" ~= $0 }) || UInt16(port) == nil { return false }
        return ["localhost", "127.0.0.1", "[::1]"].contains(name)
    }
}

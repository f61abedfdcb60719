import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program in its own process group with stdout and stderr on one pipe (so their order is
/// kept), an optional time limit (the whole group is killed), and a callback for each chunk read.
struct Subprocess {
    private static let spawnLock = NSLock()

    struct Outcome {
        /// Exit status when the program exited, nil when it was killed by a signal.
        var exitStatus: Int32?
        /// The signal that ended the program, if any.
        var signal: Int32?
        var timedOut: Bool
        var succeeded: Bool { exitStatus == 0 && !timedOut }
    }

    var executable: String
    var arguments: [String] = []
    /// Replaces the whole environment when set.
    var environment: [String: String]?
    var workingDirectory: String?
    var timeout: Double?

    /// Starts the program and reads its merged output until it exits; `onOutput` sees every chunk.
    func run(onOutput: (UnsafeRawBufferPointer) -> Void) throws -> Outcome {
        var fds: [Int32] = [0, 0]
        // Pipe creation and spawning happen under one lock, with the pipe close-on-exec: a program
        // started at the same time by another thread must not inherit this pipe, or the pipe would
        // not reach end-of-file until that other program ends. (`pipe2` is not visible from Swift.)
        Self.spawnLock.lock()
        var locked = true
        defer { if locked { Self.spawnLock.unlock() } }
        guard pipe(&fds) == 0 else { throw RunnerError("cannot create a pipe: \(String(cString: strerror(errno)))") }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        let (readEnd, writeEnd) = (fds[0], fds[1])
        defer { close(readEnd) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        posix_spawn_file_actions_addclose(&actions, readEnd)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new process group, so a timeout kills the program and anything it started.
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)

        // glibc's posix_spawn_file_actions_addchdir_np is not visible from Swift; `env -C` changes
        // directory and then execs the program, so the pid and process group stay the program's.
        let command = workingDirectory.map { ["/usr/bin/env", "-C", $0, executable] } ?? [executable]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let environment =
            (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in environment { free(pointer) } }

        var pid: pid_t = 0
        let spawnError = posix_spawnp(&pid, command[0], &actions, &attributes, argv, environment)
        close(writeEnd)
        Self.spawnLock.unlock()
        locked = false
        guard spawnError == 0 else {
            throw RunnerError("cannot start \(executable): \(String(cString: strerror(spawnError)))")
        }

        let deadline = timeout.map { Date().addingTimeInterval($0) }
        var timedOut = false
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var pollDescriptor = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
        readLoop: while true {
            var waitMilliseconds: Int32 = -1
            if let deadline {
                let remaining = deadline.timeIntervalSinceNow
                if remaining <= 0 {
                    timedOut = true
                    kill(-pid, SIGKILL)
                    // Processes outside the group (a sandbox's inner ones) die with it, a moment
                    // later: the pipe closes when the last of them has gone.
                    Self.drainUntilClosed(readEnd, seconds: 5)
                    break readLoop
                }
                waitMilliseconds = Int32(min(remaining * 1000 + 1, 1_000_000))
            }
            let ready = poll(&pollDescriptor, 1, waitMilliseconds)
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 { continue }
            let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            buffer.withUnsafeBytes { onOutput(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Children the program left behind in its group must not outlive it.
        kill(-pid, SIGKILL)
        let exited = status & 0x7f == 0
        return Outcome(
            exitStatus: exited ? (status >> 8) & 0xff : nil,
            signal: exited ? nil : status & 0x7f,
            timedOut: timedOut)
    }

    /// Reads and discards what `descriptor` still delivers until every writer has closed it (every
    /// process holding it has exited), or until `seconds` have passed.
    private static func drainUntilClosed(_ descriptor: Int32, seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while case let remaining = deadline.timeIntervalSinceNow, remaining > 0 {
            let ready = poll(&pollDescriptor, 1, Int32(remaining * 1000) + 1)
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 { return }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
        }
    }

    /// Runs the program and returns its merged output as text.
    func runCapturing() throws -> (outcome: Outcome, output: String) {
        var bytes: [UInt8] = []
        let outcome = try run { bytes.append(contentsOf: $0) }
        return (outcome, String(decoding: bytes, as: UTF8.self))
    }
}

/// A failure of the engine's machinery (not of a lesson): no compiler, no runtime, no disk.
public struct RunnerError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

import Foundation
import LessonProtocol
import Synchronization

/// Whether lesson programs run in the sandbox (`--sandbox`).
public enum SandboxMode: String, Sendable, Hashable, CaseIterable {
    /// In the sandbox when bubblewrap is installed; otherwise without, after one warning.
    case auto
    /// In the sandbox, or not at all (CI): a missing bubblewrap is an error.
    case required
    /// Never (`--no-sandbox`).
    case off
}

/// The command line a lesson program runs under: resource limits (`prlimit`) and, when the
/// sandbox is on, bubblewrap.
///
/// The sandbox (bubblewrap, `bwrap`): the whole filesystem read-only; `/tmp` an empty tmpfs in which
/// only the lesson's own folder is visible (read-only: the program) and its work folder writable
/// (the program's working directory and `HOME`); the runtime folder read-only; no network unless
/// the lesson asks (`network: true`); its own PID, IPC and UTS namespaces; no capabilities; and it
/// dies with `lessons`. bwrap stays in the process group `Subprocess` made, so the time limit kills it
/// and everything under it.
///
/// The environment is an allowlist in every mode (the variables below), so a token of the build
/// never reaches a lesson's output, sandbox or not.
///
/// The memory limit is `RLIMIT_DATA` (private writable mappings, which holds what `malloc` maps for
/// big blocks since Linux 4.7), not `RLIMIT_AS`, which would also count the address space the
/// runtime only reserves. An allocation beyond it fails, and the Swift runtime stops the program with
/// `Fatal error: failed to allocate N bytes` (see `TrapReport.memoryLimitExceeded`).
struct Sandbox: Sendable {
    /// bwrap's path, nil for no sandbox.
    var bubblewrap: String?
    /// `prlimit`'s path (util-linux), nil when it is missing: no memory limit then.
    var prlimit: String?

    /// The command that installs bubblewrap, for the message when it is missing.
    static let installCommand = "sudo apt-get install bubblewrap"

    /// The programs found once on `PATH` (and in `/usr/bin`).
    static let installed = (bubblewrap: find("bwrap"), prlimit: find("prlimit"))

    /// The sandbox for `mode`, or an error when `required` and bubblewrap is missing.
    static func forMode(_ mode: SandboxMode) throws -> Sandbox {
        let bubblewrap = mode == .off ? nil : installed.bubblewrap
        if mode == .required && bubblewrap == nil {
            throw RunnerError(
                "the sandbox is required (--sandbox required) but bubblewrap (bwrap) is not installed; "
                    + "install it with `\(installCommand)`")
        }
        return Sandbox(bubblewrap: bubblewrap, prlimit: installed.prlimit)
    }

    private static let warned = Mutex(false)

    /// The warning `auto` gives when bubblewrap is missing: once per process (a preview server
    /// makes an engine per rebuild), nil after that or when there is nothing to say.
    static func warning(for mode: SandboxMode) -> String? {
        guard mode == .auto, installed.bubblewrap == nil else { return nil }
        let first = warned.withLock { warned in
            defer { warned = true }
            return !warned
        }
        guard first else { return nil }
        return "warning: bubblewrap (bwrap) is not installed, so lesson programs run without a sandbox "
            + "(they can write files, read files and use the network); install it with `\(installCommand)`"
    }

    var isOn: Bool { bubblewrap != nil }

    /// Whether `mode` runs lesson programs in the sandbox on this machine.
    static func runsSandboxed(_ mode: SandboxMode) -> Bool { mode != .off && installed.bubblewrap != nil }

    /// What one run needs to know.
    struct Run {
        var executable: String
        /// The program's arguments (a merged program's choice of lesson, `MergedProgram`).
        var arguments: [String] = []
        /// The lesson's temporary folder: holds the executable; visible read-only.
        var folder: String
        /// The program's working directory and `HOME`: the only writable place.
        var work: String
        /// Read-only too (the runtime, which may live under `/tmp` in tests).
        var readOnly: [String]
        /// The protocol's variables (`LESSONS_*`, `SWIFT_BACKTRACE`); `PATH`, `LANG`, `LC_ALL` and
        /// `HOME` are added here.
        var environment: [String: String]
        var memoryLimit: Int
        var network: Bool
    }

    /// The variables a lesson program sees: the protocol's and these from the build's environment.
    static let passedVariables = ["PATH", "LANG", "LC_ALL"]

    /// The environment a lesson program gets: nothing else of the build's.
    static func environment(for run: Run) -> [String: String] {
        var environment = run.environment
        let outer = ProcessInfo.processInfo.environment
        for name in passedVariables { environment[name] = outer[name] }
        environment["HOME"] = run.work
        return environment
    }

    /// The program and arguments to start (with `Subprocess`, in `run.work`, with `environment(for:)`).
    func command(for run: Run) -> [String] {
        var command: [String] = []
        if let prlimit {
            command += [prlimit, "--data=\(run.memoryLimit):\(run.memoryLimit)", "--"]
        }
        guard let bubblewrap else { return command + [run.executable] + run.arguments }
        command += [bubblewrap, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]
        // Later binds go over earlier ones: the folder (read-only) holds the work folder (writable).
        for path in run.readOnly + [run.folder] { command += ["--ro-bind", path, path] }
        command += ["--bind", run.work, run.work, "--chdir", run.work]
        command += ["--unshare-all"] + (run.network ? ["--share-net"] : [])
        command += ["--cap-drop", "ALL", "--die-with-parent", "--clearenv"]
        for (name, value) in Self.environment(for: run).sorted(by: { $0.key < $1.key }) {
            command += ["--setenv", name, value]
        }
        return command + ["--", run.executable] + run.arguments
    }

    private static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin"]
        return folders.lazy.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

extension Int {
    /// A byte count as the docs and messages write it: `2 GiB`, `512 MiB`, `1.5 GiB`.
    var byteCountDescription: String {
        let units = [(1 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, unit) in units where self >= size {
            let value = Double(self) / Double(size)
            let text = value == value.rounded() ? "\(Int(value))" : String(format: "%.1f", value)
            return "\(text) \(unit)"
        }
        return "\(self) bytes"
    }
}

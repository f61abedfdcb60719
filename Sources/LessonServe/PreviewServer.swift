import Foundation
import LessonCore
import LessonRender

/// `lessons serve`: the first build, the HTTP server over `<output>/html/`, and the watch loop that
/// rebuilds what changed and tells open pages to reload.
public final class PreviewServer: @unchecked Sendable {
    public let builder: PreviewBuilder
    public let hub = ReloadHub()
    public let site: PreviewSite
    /// Folders whose changes mean "rebuild the lessons".
    public let lessonFolders: [String]
    /// Folders whose changes mean "rebuild the runtime, then every lesson" (empty with `--runtime`).
    public let runtimeFolders: [String]
    private let stopLock = NSLock()
    private var stopping = false
    private var server: LoopbackHTTPServer?
    private var _port: UInt16 = 0

    public init(builder: PreviewBuilder) {
        self.builder = builder
        let configuration = builder.pipeline.configuration
        lessonFolders = [configuration.lessonsDirectory]
        let explicitRuntime =
            configuration.runtimeDirectory ?? ProcessInfo.processInfo.environment[LessonRuntime.environmentVariable]
        if explicitRuntime?.isEmpty == false {
            runtimeFolders = []
        } else if let root = LessonRuntime.packageRoot(above: FileManager.default.currentDirectoryPath) {
            runtimeFolders = LessonRuntime.sourceFolders.map { root + "/" + $0 }
        } else {
            runtimeFolders = []
        }
        site = PreviewSite(root: builder.outputDirectory + "/html", hub: hub) { [builder] in builder.diagnostics }
    }

    /// The port served on, once `start` returned.
    public var port: UInt16 {
        stopLock.withLock { _port }
    }

    /// Starts serving on 127.0.0.1:`port` (0: any free port); returns the bound port.
    @discardableResult
    public func start(port: UInt16) async throws -> UInt16 {
        let server = try LoopbackHTTPServer(port: port, handler: site)
        let bound = try await server.start()
        stopLock.withLock {
            self.server = server
            _port = bound
        }
        return bound
    }

    /// Polls for changes every `interval` seconds until `stop()`; `report` gets each rebuild.
    /// A burst of saves (editors write a file in steps) settles for 100 ms into one rebuild.
    /// `watching` is called once the first snapshot is taken: saves after it are noticed.
    public func watch(
        interval: TimeInterval = 0.3, log: @escaping (String) -> Void = { _ in },
        watching: () -> Void = {},
        report: (_ changed: [String], PreviewBuilder.Report) -> Void
    ) {
        var lessons = FileWatcher(folders: lessonFolders)
        var runtime = FileWatcher(folders: runtimeFolders)
        watching()
        while !isStopping {
            Thread.sleep(forTimeInterval: interval)
            var changedLessons = lessons.changes()
            var changedRuntime = runtime.changes()
            guard !changedLessons.isEmpty || !changedRuntime.isEmpty else { continue }
            Thread.sleep(forTimeInterval: 0.1)
            changedLessons += lessons.changes()
            changedRuntime += runtime.changes()
            let result = builder.build(runtimeChanged: !changedRuntime.isEmpty, log: log)
            report(Array(Set(changedLessons + changedRuntime)).sorted(), result)
            hub.publish()
        }
    }

    /// Ends the watch loop, closes the reload sockets and stops the server.
    public func stop() async {
        let server = stopLock.withLock {
            stopping = true
            return self.server
        }
        hub.close()
        await server?.stop()
    }

    private var isStopping: Bool {
        stopLock.withLock { stopping }
    }
}

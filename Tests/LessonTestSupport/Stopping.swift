/// Runs `body` with `fixture`, then `stop`s it, also when `body` throws: a test's server or
/// watcher never outlives the test.
public func withStopping<Fixture>(
    _ fixture: Fixture, stop: (Fixture) async -> Void, _ body: (Fixture) async throws -> Void
) async throws {
    do {
        try await body(fixture)
    } catch {
        await stop(fixture)
        throw error
    }
    await stop(fixture)
}

import Testing

@testable import LessonCore

/// How the engine reads the line a lesson program wrote as it trapped.
@Suite struct RuntimeMessageTests {
    @Test func standardLibraryMessagesKeepTheirKindAndDropTheFile() throws {
        let message = try #require(RuntimeMessage(line: "Swift/Array.swift:12: Fatal error: Index out of range"))
        #expect(message == RuntimeMessage(text: "Fatal error: Index out of range", isUsageError: false))
        #expect(message.shown == "Fatal error: Index out of range")
    }

    @Test func usageErrorsOfTheLibraryReadLikeTheCompilersErrors() throws {
        let line =
            "Usage error: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1"
        let message = try #require(RuntimeMessage(line: line[...]))
        #expect(message.isUsageError)
        #expect(
            message.text == "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1")
        #expect(message.shown == "error: " + message.text)
    }

    @Test func whatTheSnippetPrintedWithoutANewlineIsKeptApart() throws {
        let message = try #require(RuntimeMessage(line: "loss: Usage error: Invalid learning rate: -0.1"))
        #expect(
            message == RuntimeMessage(text: "Invalid learning rate: -0.1", isUsageError: true, printedBefore: "loss: "))
    }

    @Test func otherLinesAreNotMessages() {
        #expect(RuntimeMessage(line: "tensor([1., 2.])") == nil)
        #expect(RuntimeMessage(line: "my Fatal error count") == nil)
    }
}

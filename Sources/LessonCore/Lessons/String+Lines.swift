extension StringProtocol {
    /// The text split at every `\n`, keeping a `\r` before it as part of the line.
    ///
    /// `split(separator: "\n")` on a `String` would not split at `\r\n`, which Swift treats as one
    /// character; line numbers must count the way cmark and editors count them.
    var lines: [String] {
        unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
    }
}

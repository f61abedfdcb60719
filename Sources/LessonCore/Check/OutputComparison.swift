/// How `check` compares a snippet's output with its `output` fence: exactly, after trimming
/// trailing whitespace on every line and empty lines at the end.
public enum OutputComparison {
    /// The text as compared.
    public static func normalized(_ text: String) -> String {
        var lines = text.lines.map { line -> Substring in
            var line = line[...]
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
            return line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    public static func matches(expected: String, actual: String) -> Bool {
        normalized(expected) == normalized(actual)
    }
}

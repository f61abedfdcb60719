import Foundation

/// The sentences of a lesson's prose that hold inline values, as Swift string literals with the
/// values interpolated: `The ratio is \(fmt(ratio, digits: 1)).` An exported program prints them
/// where the page shows them, so its reader sees each value with what the text says of it.
struct InlineSentences {
    struct Sentence {
        /// Line of the block (paragraph, table cell) the sentence is in: orders it among snippets.
        var line: Int
        /// The contents of a Swift string literal, without the quotes.
        var literal: String
    }

    /// One entry per block holding inline values: its sentences that hold one, joined by a space.
    static func sentences(in document: Markup) -> [Sentence] {
        var found: [Sentence] = []
        collect(document, into: &found)
        return found
    }

    private static func collect(_ node: Markup, into found: inout [Sentence]) {
        switch node.kind {
        case .paragraph, .tableCell:
            if let literal = literal(of: node), let line = node.range?.start.line {
                found.append(Sentence(line: line, literal: literal))
            }
        case .heading, .codeBlock:
            return
        default:
            for child in node.children { collect(child, into: &found) }
        }
    }

    /// A private-use character per inline value stands for it while sentences are split.
    private static let placeholderBase: UInt32 = 0xE000

    private static func literal(of block: Markup) -> String? {
        var expressions: [String] = []
        let text = flatten(block.children, expressions: &expressions)
        guard !expressions.isEmpty else { return nil }
        let kept = split(text).filter { sentence in
            sentence.unicodeScalars.contains { $0.value >= placeholderBase && $0.value < placeholderBase + 0x1000 }
        }
        var literal = ""
        for scalar in kept.joined(separator: " ").unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += " "
            case "\t": literal += "\\t"
            default:
                let index = Int(scalar.value) - Int(placeholderBase)
                if index >= 0, index < expressions.count {
                    literal += "\\(" + expressions[index] + ")"
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        return literal
    }

    private static func flatten(_ inlines: [Markup], expressions: inout [String]) -> String {
        var text = ""
        for node in inlines {
            switch node.kind {
            case .text(let piece): text += piece
            case .softBreak, .lineBreak: text += " "
            case .code(let code):
                if let expression = InlineValue.expression(inCodeSpan: code), expressions.count < 0x1000 {
                    text.unicodeScalars.append(Unicode.Scalar(placeholderBase + UInt32(expressions.count))!)
                    expressions.append(expression)
                } else {
                    text += code
                }
            case .htmlInline, .image: continue
            default: text += flatten(node.children, expressions: &expressions)
            }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Sentences end with `.`, `!`, `?` or `…` followed by a space.
    private static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character == " ", let previous, ".!?…".contains(previous) {
                sentences.append(current)
                current = ""
                continue
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }
}

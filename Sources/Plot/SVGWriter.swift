// The one place SVG markup is assembled. Text and attribute values are escaped here and only here,
// so no caller can forget it; numbers are written through `NumberFormatting`.

/// Builds SVG markup one element per line.
struct SVGWriter {
    /// A value for an attribute: numbers are formatted with fixed precision, text is escaped.
    enum Value: ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case number(Double)
        /// Leaves the attribute out, for attributes that only some elements need.
        case omitted

        init(stringLiteral value: String) { self = .text(value) }
        init(floatLiteral value: Double) { self = .number(value) }
        init(integerLiteral value: Int) { self = .number(Double(value)) }

        var rendered: String {
            switch self {
            case .text(let text): return SVGWriter.escape(text)
            case .number(let number): return SVGWriter.coordinate(number)
            case .omitted: return ""
            }
        }
    }

    private(set) var output = ""

    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops control characters XML does not allow, so that
    /// any string is safe as element text or attribute value.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r"
            {
                continue
            }
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A pixel coordinate with two decimals. Non-finite values never get here (callers drop them);
    /// huge ones are clamped far outside any canvas so they stay plain decimals.
    static func coordinate(_ value: Double) -> String {
        NumberFormatting.decimal(min(max(value, -1e6), 1e6), fractionDigits: 2)
    }

    /// Opens an element that will contain others: `<g class="axes">`.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, Value> = [:]) {
        output += "<" + name + Self.attributeList(attributes) + ">\n"
    }

    mutating func close(_ name: String) {
        output += "</" + name + ">\n"
    }

    /// An element without children: `<rect x="1" y="2"/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, Value> = [:]) {
        output += "<" + name + Self.attributeList(attributes) + "/>\n"
    }

    /// An element holding escaped text: `<text x="1">a &lt; b</text>`.
    mutating func text(_ name: String, _ attributes: KeyValuePairs<String, Value> = [:], _ content: String) {
        output += "<" + name + Self.attributeList(attributes) + ">" + Self.escape(content) + "</" + name + ">\n"
    }

    /// Raw markup that is known to need no escaping (the fixed style sheet).
    mutating func raw(_ markup: String) {
        output += markup
    }

    private static func attributeList(_ attributes: KeyValuePairs<String, Value>) -> String {
        attributes.map { key, value in
            if case .omitted = value { return "" }
            return " " + key + "=\"" + value.rendered + "\""
        }.joined()
    }
}

/// The `d` attribute of a `<path>`, built from pixel points with fixed precision.
struct PathData {
    private(set) var string = ""

    mutating func move(_ x: Double, _ y: Double) {
        string += (string.isEmpty ? "M" : " M") + SVGWriter.coordinate(x) + " " + SVGWriter.coordinate(y)
    }

    mutating func line(_ x: Double, _ y: Double) {
        string += " L" + SVGWriter.coordinate(x) + " " + SVGWriter.coordinate(y)
    }

    var isEmpty: Bool { string.isEmpty }
}

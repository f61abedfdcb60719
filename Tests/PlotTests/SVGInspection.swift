// Reads rendered SVG back as XML, as a browser would, so tests check what a reader gets.

import Foundation
import FoundationXML
import Testing

/// One element of a parsed SVG: its name, attributes and text.
struct SVGElement {
    var name: String
    var namespace: String?
    var attributes: [String: String]
    var text: String

    var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }

    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
}

/// Parses `svg` as XML (failing the test if it is not well-formed) and lists all its elements in
/// document order.
func parseSVG(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [SVGElement] {
    let document = try XMLDocument(xmlString: svg, options: [])
    let root = try #require(document.rootElement(), sourceLocation: sourceLocation)
    var elements: [SVGElement] = []
    func visit(_ element: XMLElement) {
        var attributes: [String: String] = [:]
        for attribute in element.attributes ?? [] {
            if let name = attribute.name { attributes[name] = attribute.stringValue ?? "" }
        }
        elements.append(
            SVGElement(
                name: element.localName ?? element.name ?? "", namespace: element.uri,
                attributes: attributes, text: element.stringValue ?? ""))
        for case let child as XMLElement in element.children ?? [] { visit(child) }
    }
    visit(root)
    return elements
}

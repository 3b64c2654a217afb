import Foundation

/// Draws each type's shape in the legend of an SVG that Graphviz drew from ``DOTWriter``'s text: the
/// legend is an HTML-like table, which can colour a cell but not shape it, so each colour swatch (a
/// `<polygon>` after the legend's title, in the legend's order) is replaced with the type's outline
/// (``NodeShape/pathData(x:y:width:height:)``) in its colour. A legend Graphviz drew otherwise is left as
/// it is.
enum LegendShapes {
    /// `svg` with the swatches of `types` (the types of the graph, sorted, as the legend lists them) drawn as
    /// their shapes.
    static func drawn(in svg: Data, types: [EntityType]) -> Data {
        let text = String(decoding: svg, as: UTF8.self)
        guard let title = text.range(of: ">entity types</text>") else { return svg }
        var result = String(text[..<title.upperBound])
        var rest = text[title.upperBound...]
        for type in types {
            let style = NodeStyle(for: type)
            guard let start = rest.range(of: "<polygon fill=\"\(style.fillColor.lowercased())\""),
                  let end = rest[start.upperBound...].range(of: "/>"),
                  let box = box(ofPolygon: rest[start.lowerBound..<end.upperBound])
            else { return svg }
            result += rest[..<start.lowerBound]
            result += "<path fill=\"\(style.fillColor)\" stroke=\"#333333\" stroke-width=\"0.8\" d=\""
                + style.shape.pathData(x: box.minX, y: box.minY, width: box.maxX - box.minX, height: box.maxY - box.minY)
                + "\"/>"
            rest = rest[end.upperBound...]
        }
        result += rest
        return Data(result.utf8)
    }

    /// The bounding box of a `<polygon … points="x,y x,y …"/>` element.
    private static func box(ofPolygon element: Substring) -> (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
        guard let start = element.range(of: "points=\""), let end = element[start.upperBound...].firstIndex(of: "\"") else { return nil }
        let points = element[start.upperBound..<end].split(separator: " ").compactMap { pair -> (Double, Double)? in
            let parts = pair.split(separator: ",")
            guard parts.count == 2, let x = Double(parts[0]), let y = Double(parts[1]) else { return nil }
            return (x, y)
        }
        guard let first = points.first else { return nil }
        return points.reduce((first.0, first.1, first.0, first.1)) { box, point in
            (min(box.0, point.0), min(box.1, point.1), max(box.2, point.0), max(box.3, point.1))
        }
    }
}

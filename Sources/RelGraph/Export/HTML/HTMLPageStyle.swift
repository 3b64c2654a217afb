/// The style sheet of the HTML page, allowed by its SHA-256 hash in the page's Content-Security-Policy.
enum HTMLPageStyle {
    static let source = #"""
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; background: #fff; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 8px 12px; border-bottom: 1px solid #ccc; background: #f6f6f6; }
header label { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
#search-box { position: relative; }
#search { width: 22em; padding: 4px 8px; font: inherit; border: 1px solid #999; border-radius: 4px; }
#matches { position: absolute; z-index: 2; top: 100%; left: 0; min-width: 100%; max-height: 60vh; overflow: auto; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid #999; border-radius: 4px; box-shadow: 0 4px 12px rgba(0, 0, 0, .2); }
#matches li { display: flex; align-items: center; gap: 6px; padding: 4px 8px; cursor: pointer; white-space: nowrap; }
#matches li.active, #matches li:hover { background: #e6f0ff; }
#matches .alias { color: #555; font-style: italic; }
#matches .type { margin-left: auto; color: #777; font-size: 12px; }
button { font: inherit; padding: 3px 10px; border: 1px solid #999; border-radius: 4px; background: #fff; cursor: pointer; }
#notice { margin: 0; padding: 2px 8px; background: #fff3cd; border: 1px solid #e0c060; border-radius: 4px; }
#notice code { font-size: 13px; }
main { flex: 1; display: flex; min-height: 0; }
#view { flex: 1; position: relative; min-width: 0; overflow: hidden; background: #fff; }
#view svg { display: block; width: 100%; height: 100%; touch-action: none; cursor: grab; user-select: none; }
#view svg:active { cursor: grabbing; }
aside { width: 380px; max-width: 45vw; display: flex; flex-direction: column; border-left: 1px solid #ccc; background: #fafafa; }
#legend { padding: 8px 12px; border-bottom: 1px solid #ddd; }
#legend h2, #panel h3 { margin: 4px 0; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
#types { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 12px; margin: 0; padding: 0; list-style: none; }
#types label { display: flex; align-items: center; gap: 4px; cursor: pointer; }
#types .count { margin-left: auto; color: #777; font-size: 12px; }
.swatch { width: 18px; height: 14px; flex: none; vertical-align: middle; }
#panel { flex: 1; overflow: auto; padding: 8px 12px 24px; }
#panel h2 { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 8px 0; font-size: 18px; overflow-wrap: anywhere; }
#panel h2.edge-title { font-size: 15px; }
#panel h4 { margin: 6px 0 2px; font-size: 13px; color: #333; }
.hint { color: #666; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 8px; }
.facts dt { color: #666; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
button.entity { display: inline-flex; align-items: center; gap: 4px; padding: 1px 6px; text-align: left; overflow-wrap: anywhere; }
.neighbour { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.neighbour .weight { color: #777; font-size: 12px; }
.documents { margin: 0; padding-left: 18px; overflow-wrap: anywhere; }
.evidence { margin: 0; padding: 0; list-style: none; }
.evidence li { margin: 6px 0; padding: 6px 8px; background: #fff; border-left: 3px solid #56b4e9; }
.evidence q { display: block; overflow-wrap: anywhere; }
.evidence cite { display: block; margin-top: 2px; color: #666; font-size: 12px; font-style: normal; overflow-wrap: anywhere; }
g.hidden { display: none; }
g.dim { opacity: .12; }
g.node { cursor: pointer; }
g.edge { cursor: pointer; }
g.node.selected polygon, g.node.selected ellipse, g.node.selected path { stroke: #d00000; stroke-width: 3px; }
g.edge.selected path:not(.hit), g.edge.selected polygon { stroke: #d00000; }
text.tiny { visibility: hidden; }
"""#
}

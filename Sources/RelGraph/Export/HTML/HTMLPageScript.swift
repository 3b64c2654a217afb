/// The script of the HTML page (plain JavaScript, no library): search, the side panel, the type, co-occurrence
/// and weight filters, pan and zoom, labels hidden below 9 CSS px, the selection in the URL's hash. It reads
/// the graph from the page's `#relgraph-data` block and inserts every piece of it as text, never as markup.
/// The page's Content-Security-Policy allows it by its SHA-256 hash, computed when the page is written.
enum HTMLPageScript {
    static let source = #"""
'use strict';
// relgraph's graph page: the Graphviz drawing above, the graph's data in #relgraph-data, and this script,
// which adds search, panels, filters, pan and zoom. Text from the data is only ever inserted as text.
(function () {
  const data = JSON.parse(document.getElementById('relgraph-data').textContent);
  const svg = document.querySelector('#view svg');
  const svgNS = 'http://www.w3.org/2000/svg';
  const nodes = data.nodes;
  const edges = data.edges;
  const nodeElements = nodes.map((node, index) => document.getElementById('n' + index));
  const lineElements = new Map();
  const lineEdges = new Map();
  const incident = nodes.map(() => []);
  edges.forEach((edge, index) => {
    incident[edge.source].push(index);
    if (edge.target !== edge.source) incident[edge.target].push(index);
    if (!lineEdges.has(edge.line)) {
      lineEdges.set(edge.line, []);
      lineElements.set(edge.line, document.getElementById('e' + edge.line));
    }
    // The edge a line stands for comes first, then the co-occurrence it also draws.
    if (index === edge.line) lineEdges.get(edge.line).unshift(index);
    else lineEdges.get(edge.line).push(index);
  });
  const byId = new Map(nodes.map((node, index) => [node.id, index]));
  const types = new Map(data.types.map((type) => [type.name, type]));
  const state = { selected: null, depth: 1, hiddenTypes: new Set(), coOccurrence: true, minWeight: 0 };

  // ---- Text and elements, never markup ----
  function element(tag, className, ...children) {
    const made = document.createElement(tag);
    if (className) made.className = className;
    for (const child of children) {
      if (child === null || child === undefined) continue;
      made.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return made;
  }

  function swatch(typeName) {
    const type = types.get(typeName);
    const icon = document.createElementNS(svgNS, 'svg');
    icon.setAttribute('viewBox', '0 0 18 14');
    icon.setAttribute('class', 'swatch');
    if (type) {
      const path = document.createElementNS(svgNS, 'path');
      path.setAttribute('d', type.outline);
      path.setAttribute('fill', type.fill);
      path.setAttribute('stroke', '#333333');
      icon.appendChild(path);
    }
    return icon;
  }

  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s._-]+/g, ' ').trim();
  }

  function formatNumber(value) {
    return typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
  }

  // ---- Pan and zoom: the viewBox follows a scale (CSS px per drawing unit) and a top-left corner ----
  const full = svg.viewBox.baseVal;
  const whole = { x: full.x, y: full.y, width: full.width, height: full.height };
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  const graphGroup = svg.querySelector('g.graph');
  const drawingScale = graphGroup && graphGroup.transform.baseVal.numberOfItems > 0
    ? graphGroup.transform.baseVal.consolidate().matrix.a : 1;
  const view = { x: whole.x, y: whole.y, scale: 1 };
  let fitScale = 1;

  function viewport() {
    const box = svg.getBoundingClientRect();
    return { left: box.left, top: box.top, width: Math.max(box.width, 1), height: Math.max(box.height, 1) };
  }

  function render() {
    const port = viewport();
    svg.setAttribute('viewBox', [view.x, view.y, port.width / view.scale, port.height / view.scale].join(' '));
    scheduleLabels();
  }

  function fit() {
    const port = viewport();
    fitScale = Math.min(port.width / whole.width, port.height / whole.height) * 0.96;
    view.scale = fitScale;
    view.x = whole.x + whole.width / 2 - port.width / 2 / view.scale;
    view.y = whole.y + whole.height / 2 - port.height / 2 / view.scale;
    render();
  }

  function zoomAt(factor, x, y) {
    const scale = Math.min(Math.max(view.scale * factor, fitScale / 4), 16);
    const pointX = view.x + x / view.scale;
    const pointY = view.y + y / view.scale;
    view.scale = scale;
    view.x = pointX - x / scale;
    view.y = pointY - y / scale;
    render();
  }

  function panBy(dx, dy) {
    view.x -= dx / view.scale;
    view.y -= dy / view.scale;
    render();
  }

  /// Centres the view on `target`, zoomed in far enough that its labels are readable.
  function centreOn(target) {
    const port = viewport();
    const box = target.getBoundingClientRect();
    const pointX = view.x + (box.left + box.width / 2 - port.left) / view.scale;
    const pointY = view.y + (box.top + box.height / 2 - port.top) / view.scale;
    view.scale = Math.max(view.scale, 14 / (11 * drawingScale));
    view.x = pointX - port.width / 2 / view.scale;
    view.y = pointY - port.height / 2 / view.scale;
    render();
  }

  // A label drawn smaller than 9 CSS px is hidden until zoomed in.
  const labels = Array.from(svg.querySelectorAll('text')).map((text) => ({
    text, size: parseFloat(text.getAttribute('font-size')) || 14,
  }));
  let labelsPending = false;
  function scheduleLabels() {
    if (labelsPending) return;
    labelsPending = true;
    requestAnimationFrame(() => {
      labelsPending = false;
      updateLabels();
    });
  }
  function updateLabels() {
    for (const label of labels) label.text.classList.toggle('tiny', label.size * drawingScale * view.scale < 9);
  }

  const pointers = new Map();
  let pressedAt = null;
  let dragged = false;
  svg.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) {
      pressedAt = { x: event.clientX, y: event.clientY };
      dragged = false;
    }
  });
  window.addEventListener('pointermove', (event) => {
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    const current = { x: event.clientX, y: event.clientY };
    if (pointers.size === 1) {
      if (!dragged && Math.hypot(current.x - pressedAt.x, current.y - pressedAt.y) < 4) return;
      dragged = true;
      pointers.set(event.pointerId, current);
      panBy(current.x - previous.x, current.y - previous.y);
    } else if (pointers.size === 2) {
      const other = Array.from(pointers.entries()).find(([id]) => id !== event.pointerId)[1];
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(current.x - other.x, current.y - other.y);
      pointers.set(event.pointerId, current);
      dragged = true;
      const port = viewport();
      if (before > 0) zoomAt(after / before, (current.x + other.x) / 2 - port.left, (current.y + other.y) / 2 - port.top);
    }
  });
  const release = (event) => pointers.delete(event.pointerId);
  window.addEventListener('pointerup', release);
  window.addEventListener('pointercancel', release);
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const port = viewport();
    zoomAt(Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002)), event.clientX - port.left, event.clientY - port.top);
  }, { passive: false });

  // ---- Filters: types, co-occurrences, weight ----
  function edgeVisible(index) {
    const edge = edges[index];
    if (edge.weight !== null && edge.weight < state.minWeight) return false;
    if (edge.relation === 'co_occurs' && !state.coOccurrence) return false;
    return nodeVisible(edge.source) && nodeVisible(edge.target);
  }

  function nodeVisible(index) {
    return !state.hiddenTypes.has(nodes[index].type);
  }

  function applyFilters() {
    nodeElements.forEach((shape, index) => {
      if (shape) shape.classList.toggle('hidden', !nodeVisible(index));
    });
    for (const [line, drawn] of lineEdges) {
      const shape = lineElements.get(line);
      if (shape) shape.classList.toggle('hidden', !drawn.some(edgeVisible));
    }
    if (state.selected && state.selected.kind === 'node' && !nodeVisible(state.selected.index)) clearSelection();
    applyHighlight();
  }

  // ---- Selection ----
  function neighbourhood(start, depth) {
    const reached = new Set([start]);
    let frontier = [start];
    for (let step = 0; step < depth; step += 1) {
      const next = [];
      for (const node of frontier) {
        for (const index of incident[node]) {
          if (!edgeVisible(index)) continue;
          const other = edges[index].source === node ? edges[index].target : edges[index].source;
          if (!reached.has(other)) {
            reached.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return reached;
  }

  function applyHighlight() {
    const selected = state.selected;
    let near = null;
    if (selected && selected.kind === 'node') near = neighbourhood(selected.index, state.depth);
    if (selected && selected.kind === 'line') {
      const edge = edges[lineEdges.get(selected.index)[0]];
      near = new Set([edge.source, edge.target]);
    }
    nodeElements.forEach((shape, index) => {
      if (!shape) return;
      shape.classList.toggle('dim', near !== null && !near.has(index));
      shape.classList.toggle('selected', selected !== null && selected.kind === 'node' && selected.index === index);
    });
    for (const [line, shape] of lineElements) {
      if (!shape) continue;
      const edge = edges[lineEdges.get(line)[0]];
      const inside = near === null || (near.has(edge.source) && near.has(edge.target));
      shape.classList.toggle('dim', !inside);
      shape.classList.toggle('selected', selected !== null && selected.kind === 'line' && selected.index === line);
    }
  }

  function setHash(id) {
    const hash = '#' + encodeURIComponent(id);
    if (location.hash === hash) return;
    try {
      history.replaceState(null, '', hash);
    } catch (error) {
      location.hash = hash;
    }
  }

  function selectNode(index, centre) {
    state.selected = { kind: 'node', index };
    applyHighlight();
    showNode(index);
    setHash(nodes[index].id);
    if (centre && nodeElements[index]) centreOn(nodeElements[index]);
  }

  function selectLine(line) {
    state.selected = { kind: 'line', index: line };
    applyHighlight();
    showLine(line);
  }

  function clearSelection() {
    state.selected = null;
    applyHighlight();
    showHint();
  }

  svg.addEventListener('click', (event) => {
    if (dragged) {
      dragged = false;
      return;
    }
    const node = event.target.closest('g.node');
    const line = event.target.closest('g.edge');
    if (node && /^n\d+$/.test(node.id)) selectNode(Number(node.id.slice(1)), false);
    else if (line && /^e\d+$/.test(line.id)) selectLine(Number(line.id.slice(1)));
    else clearSelection();
  });

  // Thin lines are hard to hit: each gets a wide transparent twin underneath.
  for (const shape of lineElements.values()) {
    if (!shape) continue;
    for (const path of shape.querySelectorAll('path')) {
      const hit = path.cloneNode(false);
      hit.setAttribute('class', 'hit');
      hit.setAttribute('stroke', 'transparent');
      hit.setAttribute('stroke-width', '12');
      hit.setAttribute('fill', 'none');
      path.parentNode.insertBefore(hit, path);
    }
  }

  // ---- The side panel ----
  const panel = document.getElementById('panel');

  function showHint() {
    panel.replaceChildren(element('p', 'hint', 'Search (/) or click an entity or a line to see its evidence.'));
  }

  function entityButton(index) {
    const button = element('button', 'entity', swatch(nodes[index].type), nodes[index].label);
    button.type = 'button';
    button.dataset.index = String(index);
    button.addEventListener('click', () => selectNode(index, true));
    return button;
  }

  function facts(rows) {
    const list = element('dl', 'facts');
    for (const [name, value] of rows) {
      if (value === null || value === undefined || value === '') continue;
      list.appendChild(element('dt', null, name));
      list.appendChild(element('dd', null, value));
    }
    return list;
  }

  function evidenceList(items) {
    const list = element('ul', 'evidence');
    for (const item of items) {
      const entry = element('li', null, element('q', null, item.text),
        element('cite', null, item.document + ', sentence ' + item.sentence + (item.relation ? ' · ' + item.relation : '')));
      list.appendChild(entry);
    }
    return list;
  }

  function seen(indices) {
    let first = null;
    let last = null;
    for (const index of indices) {
      const edge = edges[index];
      if (edge.firstSeen && (first === null || edge.firstSeen < first)) first = edge.firstSeen;
      if (edge.lastSeen && (last === null || edge.lastSeen > last)) last = edge.lastSeen;
    }
    return { first, last };
  }

  function showNode(index) {
    const node = nodes[index];
    const touching = incident[index];
    const documents = new Set();
    const sentences = new Map();
    for (const edgeIndex of touching) {
      for (const [document, sentence, text] of edges[edgeIndex].evidence) {
        documents.add(document);
        const key = document + '\u0000' + sentence;
        if (!sentences.has(key)) sentences.set(key, { document, sentence, text, relation: edges[edgeIndex].relation });
      }
    }
    const { first, last } = seen(touching);
    const parts = [
      element('h2', null, swatch(node.type), node.label),
      facts([
        ['type', node.type],
        ['id', node.id],
        ['aliases', node.aliases.join(', ')],
        ['mentions', formatNumber(node.mentions)],
        ['documents', node.documents === null ? null : formatNumber(node.documents)],
        ['first seen', first],
        ['last seen', last],
        ['ambiguous', node.ambiguous ? 'yes: an initial whose mentions span documents' : null],
      ]),
    ];
    const groups = new Map();
    for (const edgeIndex of touching) {
      const edge = edges[edgeIndex];
      const outgoing = edge.source === index;
      const other = outgoing ? edge.target : edge.source;
      const heading = edge.relation === 'co_occurs' ? 'co_occurs' : (outgoing ? edge.relation + ' →' : '← ' + edge.relation);
      if (!groups.has(heading)) groups.set(heading, []);
      groups.get(heading).push({ other, weight: edge.weight });
    }
    if (groups.size > 0) {
      parts.push(element('h3', null, 'Neighbours'));
      const list = element('div', 'neighbours');
      // Typed relations by name, whichever way they point, then co-occurrences.
      const order = (heading) => [heading === 'co_occurs' ? 1 : 0, heading.replace(/^← /, '')];
      const compare = (a, b) => {
        const [left, right] = [order(a), order(b)];
        return left[0] - right[0] || (left[1] < right[1] ? -1 : left[1] > right[1] ? 1 : 0);
      };
      for (const heading of Array.from(groups.keys()).sort(compare)) {
        const group = element('div', 'relation-group', element('h4', null, heading));
        for (const { other, weight } of groups.get(heading).sort((a, b) => b.weight - a.weight)) {
          group.appendChild(element('div', 'neighbour', entityButton(other), element('span', 'weight', '×' + formatNumber(weight))));
        }
        list.appendChild(group);
      }
      parts.push(list);
    }
    if (documents.size > 0) {
      parts.push(element('h3', null, 'Documents'));
      parts.push(element('ul', 'documents', ...Array.from(documents).sort().map((name) => element('li', null, name))));
    }
    if (sentences.size > 0) {
      parts.push(element('h3', null, 'Evidence'));
      parts.push(evidenceList(Array.from(sentences.values())));
    }
    panel.replaceChildren(...parts);
    panel.scrollTop = 0;
  }

  function showLine(line) {
    const parts = [];
    for (const index of lineEdges.get(line)) {
      const edge = edges[index];
      parts.push(element('h2', 'edge-title', entityButton(edge.source),
        element('span', 'relation', edge.relation === 'co_occurs' ? ' — co_occurs — ' : ' — ' + edge.relation + ' → '),
        entityButton(edge.target)));
      parts.push(facts([
        ['relation', edge.relation],
        ['weight', edge.weight === null ? null : formatNumber(edge.weight)],
        ['count', formatNumber(edge.count)],
        ['rule', edge.rule],
        ['hedged', edge.hedged === null ? null : (edge.hedged ? 'yes' : 'no')],
        ['first seen', edge.firstSeen],
        ['last seen', edge.lastSeen],
      ]));
      parts.push(element('h3', null, 'Evidence'));
      parts.push(evidenceList(edge.evidence.map(([document, sentence, text]) => ({ document, sentence, text }))));
    }
    panel.replaceChildren(...parts);
    panel.scrollTop = 0;
  }

  // ---- The legend: one checkbox per type ----
  const legend = document.getElementById('types');
  const typeCounts = new Map();
  for (const node of nodes) typeCounts.set(node.type, (typeCounts.get(node.type) || 0) + 1);
  for (const type of data.types) {
    const box = element('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.type = type.name;
    box.addEventListener('change', () => {
      if (box.checked) state.hiddenTypes.delete(type.name);
      else state.hiddenTypes.add(type.name);
      applyFilters();
    });
    legend.appendChild(element('li', null, element('label', null, box, swatch(type.name), type.name,
      element('span', 'count', formatNumber(typeCounts.get(type.name) || 0)))));
  }

  const coOccurrence = document.getElementById('co-occurrence');
  coOccurrence.addEventListener('change', () => {
    state.coOccurrence = coOccurrence.checked;
    applyFilters();
  });
  const depth = document.getElementById('depth-two');
  depth.addEventListener('change', () => {
    state.depth = depth.checked ? 2 : 1;
    applyHighlight();
  });
  const weights = edges.map((edge) => edge.weight).filter((weight) => weight !== null);
  const slider = document.getElementById('min-weight');
  const sliderValue = document.getElementById('min-weight-value');
  const heaviest = weights.reduce((most, weight) => Math.max(most, weight), 1);
  slider.min = '0';
  slider.max = String(Math.max(1, Math.ceil(heaviest)));
  slider.step = heaviest <= 5 ? '0.5' : '1';
  slider.value = '0';
  slider.addEventListener('input', () => {
    state.minWeight = Number(slider.value);
    sliderValue.textContent = slider.value;
    applyFilters();
  });
  document.getElementById('fit').addEventListener('click', fit);

  // ---- Search: labels and aliases, ignoring case and accents ----
  const names = [];
  nodes.forEach((node, index) => {
    names.push({ index, name: node.label, folded: fold(node.label), alias: false });
    for (const alias of node.aliases) names.push({ index, name: alias, folded: fold(alias), alias: true });
  });
  const search = document.getElementById('search');
  const matchList = document.getElementById('matches');
  let matches = [];
  let active = 0;

  function findMatches(query) {
    const wanted = fold(query);
    if (!wanted) return [];
    const best = new Map();
    for (const entry of names) {
      if (!nodeVisible(entry.index)) continue;
      const at = entry.folded.indexOf(wanted);
      if (at < 0) continue;
      const rank = (entry.folded === wanted ? 0 : at === 0 ? 1 : entry.folded.charAt(at - 1) === ' ' ? 2 : 3) + (entry.alias ? 0.5 : 0);
      const known = best.get(entry.index);
      if (!known || rank < known.rank) best.set(entry.index, { index: entry.index, name: entry.name, alias: entry.alias, rank });
    }
    return Array.from(best.values())
      .sort((a, b) => a.rank - b.rank || nodes[b.index].mentions - nodes[a.index].mentions || nodes[a.index].label.localeCompare(nodes[b.index].label))
      .slice(0, 12);
  }

  function showMatches() {
    matchList.replaceChildren(...matches.map((match, position) => {
      const node = nodes[match.index];
      const item = element('li', position === active ? 'active' : null, swatch(node.type), node.label,
        match.alias && match.name !== node.label ? element('span', 'alias', match.name) : null,
        element('span', 'type', node.type));
      item.setAttribute('role', 'option');
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(position);
      });
      return item;
    }));
    matchList.hidden = matches.length === 0;
  }

  function choose(position) {
    const match = matches[position];
    if (!match) return;
    search.value = nodes[match.index].label;
    matches = [];
    showMatches();
    selectNode(match.index, true);
  }

  search.addEventListener('input', () => {
    matches = findMatches(search.value);
    active = 0;
    showMatches();
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (matches.length > 0) active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      showMatches();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (matches.length === 0) matches = findMatches(search.value);
      choose(active);
    } else if (event.key === 'Escape') {
      matches = [];
      showMatches();
      search.blur();
    }
  });
  search.addEventListener('blur', () => {
    matches = [];
    showMatches();
  });

  // ---- Keyboard: / searches, + - zoom, arrows pan, 0 fits, Escape clears ----
  document.addEventListener('keydown', (event) => {
    // Keys typed into the search box or a slider are theirs (a checkbox or button leaves them to the view).
    const typing = event.target instanceof HTMLInputElement && event.target.type !== 'checkbox';
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const port = viewport();
    const step = 60;
    switch (event.key) {
      case '/': search.focus(); search.select(); break;
      case '+': case '=': zoomAt(1.25, port.width / 2, port.height / 2); break;
      case '-': case '_': zoomAt(0.8, port.width / 2, port.height / 2); break;
      case 'ArrowLeft': panBy(step, 0); break;
      case 'ArrowRight': panBy(-step, 0); break;
      case 'ArrowUp': panBy(0, step); break;
      case 'ArrowDown': panBy(0, -step); break;
      case '0': case 'f': fit(); break;
      case 'Escape': clearSelection(); break;
      default: return;
    }
    event.preventDefault();
  });

  // ---- The URL's hash names the selected entity ----
  function fromHash() {
    if (location.hash.length < 2) return;
    let id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (error) {
      return;
    }
    const index = byId.get(id);
    if (index === undefined) return;
    if (state.selected && state.selected.kind === 'node' && state.selected.index === index) return;
    if (!nodeVisible(index)) return;
    selectNode(index, true);
  }
  window.addEventListener('hashchange', fromHash);
  window.addEventListener('resize', render);

  fit();
  updateLabels();
  showHint();
  fromHash();
  document.body.dataset.ready = 'true';
}());
"""#
}

/* The graph page: draws the embedded graph with vis-network, filters it, finds entities,
   and shows details as plain text (every value from the graph goes through textContent). */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const byId = (id) => document.getElementById(id);

  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const typeOf = new Map(data.nodes.map((n) => [n.id, n.type]));
  const labelOf = new Map(data.nodes.map((n) => [n.id, n.label]));
  const hiddenTypes = new Set();
  const hiddenRelations = new Set();
  let minWeight = 1;

  const nodeShown = (id) => !hiddenTypes.has(typeOf.get(id));
  const nodeView = new vis.DataView(nodes, { filter: (n) => nodeShown(n.id) });
  const edgeView = new vis.DataView(edges, {
    filter: (e) =>
      !hiddenRelations.has(e.relation) &&
      e.weight >= minWeight &&
      nodeShown(e.from) &&
      nodeShown(e.to),
  });

  const container = byId("kg-network");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);

  // ---- plain-text details -------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function line(key, value) {
    const row = el("div", "kg-info-line");
    row.append(el("span", "kg-info-key", key + ": "), el("span", "", value));
    return row;
  }

  function dates(first, last) {
    if (!first && !last) return "";
    return first === last || !last ? first : (first || "?") + " – " + last;
  }

  function nodeInfo(n) {
    const box = el("div", "kg-info");
    box.append(el("div", "kg-info-title", n.label));
    box.append(line("Type", n.type || "unknown"));
    if (n.aliases && n.aliases.length) {
      const shown = n.aliases.slice(0, 12).join("; ");
      box.append(line("Also called", n.aliases.length > 12 ? shown + "; …" : shown));
    }
    box.append(line("Mentions", n.mentions + " in " + n.documents + " document" + (n.documents === 1 ? "" : "s")));
    const seen = dates(n.first_date, n.last_date);
    if (seen) box.append(line("Dates", seen));
    box.append(line("Centrality (" + data.meta.size_by + ")", Number(n.score.toPrecision(3))));
    if (n.wikidata) box.append(line("Wikidata", n.wikidata));
    return box;
  }

  function edgeInfo(e) {
    const box = el("div", "kg-info");
    const arrow = e.symmetric ? " ↔ " : " → ";
    box.append(el("div", "kg-info-title", labelOf.get(e.from) + arrow + e.relation + arrow + labelOf.get(e.to)));
    box.append(line("Relation", e.relation + (e.symmetric ? " (symmetric)" : "")));
    box.append(line("Weight", e.weight + " sentence" + (e.weight === 1 ? "" : "s") + " in " + e.docs.length + " document" + (e.docs.length === 1 ? "" : "s")));
    const seen = dates(e.first_date, e.last_date);
    if (seen) box.append(line("Dates", seen));
    box.append(line("Confidence", e.confidence));
    if (e.evidence.length) {
      const list = el("ul", "kg-evidence");
      for (const ev of e.evidence) {
        const item = el("li", "", "“" + ev.sentence + "”");
        const source = [ev.doc_id, ev.date, ev.modality && ev.modality !== "stated" ? ev.modality : ""];
        item.append(el("span", "kg-source", source.filter(Boolean).join(" · ")));
        list.append(item);
      }
      box.append(list);
    }
    if (e.weight > e.evidence.length) {
      box.append(el("div", "kg-more", "+" + (e.weight - e.evidence.length) + " more in evidence.csv"));
    }
    return box;
  }

  // ---- tooltip ------------------------------------------------------------------------

  const tooltip = byId("kg-tooltip");
  let pointer = { x: 0, y: 0 };
  container.addEventListener("pointermove", (ev) => {
    pointer = { x: ev.clientX, y: ev.clientY };
    if (!tooltip.hidden) place();
  });

  function place() {
    const pad = 14;
    const w = tooltip.offsetWidth;
    const h = tooltip.offsetHeight;
    let x = pointer.x + pad;
    let y = pointer.y + pad;
    if (x + w > window.innerWidth - 4) x = Math.max(4, pointer.x - pad - w);
    if (y + h > window.innerHeight - 4) y = Math.max(4, pointer.y - pad - h);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }

  function showTooltip(content) {
    tooltip.replaceChildren(content);
    tooltip.hidden = false;
    place();
  }

  function hideTooltip() {
    tooltip.hidden = true;
    tooltip.replaceChildren();
  }

  network.on("hoverNode", (p) => showTooltip(nodeInfo(nodes.get(p.node))));
  network.on("hoverEdge", (p) => showTooltip(edgeInfo(edges.get(p.edge))));
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  container.addEventListener("pointerleave", hideTooltip);

  const details = byId("kg-details");
  function showDetails(content) {
    details.replaceChildren(content);
  }
  network.on("click", (p) => {
    if (p.nodes.length) showDetails(nodeInfo(nodes.get(p.nodes[0])));
    else if (p.edges.length) showDetails(edgeInfo(edges.get(p.edges[0])));
  });

  // ---- filters ------------------------------------------------------------------------

  const visible = byId("kg-visible");
  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    visible.textContent =
      "Showing " + nodeView.length + " of " + nodes.length + " entities, " +
      edgeView.length + " of " + edges.length + " relations.";
  }

  function boxes(kind) {
    return document.querySelectorAll("input[data-" + kind + "]");
  }

  function readFilters() {
    hiddenTypes.clear();
    for (const box of boxes("type")) if (!box.checked) hiddenTypes.add(box.dataset.type);
    hiddenRelations.clear();
    for (const box of boxes("relation")) if (!box.checked) hiddenRelations.add(box.dataset.relation);
    refresh();
  }

  for (const box of document.querySelectorAll("input[data-type], input[data-relation]")) {
    box.addEventListener("change", readFilters);
  }
  for (const button of document.querySelectorAll("button[data-all], button[data-none]")) {
    button.addEventListener("click", () => {
      const kind = button.dataset.all || button.dataset.none;
      for (const box of boxes(kind)) box.checked = Boolean(button.dataset.all);
      readFilters();
    });
  }

  const weight = byId("kg-weight");
  const weightValue = byId("kg-weight-value");
  weight.addEventListener("input", () => {
    minWeight = Number(weight.value);
    weightValue.textContent = weight.value;
    refresh();
  });

  // ---- layout -------------------------------------------------------------------------

  const physics = byId("kg-physics");
  const layout = byId("kg-layout");
  physics.addEventListener("change", () => {
    network.setOptions({ physics: { enabled: physics.checked } });
    layout.textContent = physics.checked ? "Physics on: the layout moves." : "Layout frozen.";
  });
  byId("kg-fit").addEventListener("click", () => network.fit({ animation: { duration: 300 } }));

  let ready = false;
  function freeze() {
    if (ready) return;
    ready = true;
    network.setOptions({ physics: { enabled: false } });
    physics.checked = false;
    layout.textContent = "Layout frozen. Drag nodes to move them.";
    window.kgReady = true;
    document.body.dataset.ready = "true";
  }
  network.on("stabilizationProgress", (p) => {
    layout.textContent = "Laying out… " + Math.round((100 * p.iterations) / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", freeze);
  network.once("stabilized", freeze);
  if (!data.nodes.length) freeze();

  // ---- search -------------------------------------------------------------------------

  const names = [];
  for (const n of data.nodes) names.push([n.id, [n.label, ...n.aliases].map((s) => s.toLowerCase())]);

  function find(query) {
    const q = String(query).trim().toLowerCase();
    if (!q) return null;
    const tests = [(s) => s === q, (s) => s.startsWith(q), (s) => s.includes(q)];
    for (const test of tests) {
      let best = null;
      for (const [id, keys] of names) {
        if (!keys.some(test)) continue;
        if (best === null || nodes.get(id).score > nodes.get(best).score) best = id;
      }
      if (best !== null) return best;
    }
    return null;
  }

  function focus(id) {
    const type = typeOf.get(id);
    if (hiddenTypes.has(type)) {
      for (const box of boxes("type")) if (box.dataset.type === type) box.checked = true;
      readFilters();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 } });
    showDetails(nodeInfo(nodes.get(id)));
  }

  const status = byId("kg-search-status");
  byId("kg-search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const query = byId("kg-query").value;
    const id = find(query);
    if (id === null) {
      status.textContent = query.trim() ? "No entity is called “" + query.trim() + "”." : "";
      return;
    }
    status.textContent = "Found " + labelOf.get(id) + " (" + typeOf.get(id) + ").";
    focus(id);
  });

  const datalist = byId("kg-names");
  const seen = new Set();
  for (const n of data.nodes) {
    for (const name of [n.label, ...n.aliases]) {
      if (seen.has(name)) continue;
      seen.add(name);
      const option = document.createElement("option");
      option.value = name;
      datalist.append(option);
    }
  }

  refresh();
  window.kgNetwork = network;
  window.kg = { network, nodes, edges, nodeView, edgeView, meta: data.meta, find, focus, nodeInfo, edgeInfo };
})();

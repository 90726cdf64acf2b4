/* The graph page. It holds the whole graph (graph.js) and draws a part of it with
   vis-network: the most central part that the filters let through, and what search and
   expanding add, which stays whatever the filters. Details are plain text: every value
   from the graph goes through textContent. */
(function () {
  "use strict";

  const byId = (id) => document.getElementById(id);

  /** The graph's data: base64 of gzip-compressed JSON (kg/viz/page.py). */
  async function unpack(text) {
    const bytes = Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text());
  }

  unpack(byId("kg-data").textContent).then(start, (error) => {
    const notice = byId("kg-notice");
    notice.hidden = false;
    notice.textContent =
      "This page could not read its graph (" + error + "). It needs a browser from 2023 " +
      "or later: Chrome or Edge 80, Firefox 113, Safari 16.4.";
  });

  function start(data) {
    const G = kgGraph(data);
    const { N, E, nodeTotal, edgeTotal, indexOf, typeOf, relationOf, other } = G;
    const { edgesOf, strongestFirst, ranked, findIndex, spiral } = G;
    const meta = data.meta;

    /** Neighbours added at once by expanding a node, the strongest first. */
    const EXPAND = 40;
    /** The most central drawn nodes whose labels stay readable at any zoom, and how big. */
    const HUBS = 20;
    const LABEL_PX = 12;

    // ---- what is drawn ------------------------------------------------------------------

    const nodes = new vis.DataSet();
    const edges = new vis.DataSet();
    const drawn = new Uint8Array(nodeTotal);
    const drawnEdge = new Uint8Array(edgeTotal);
    const placeOf = new Map(); // node -> [x, y], kept when it leaves the page
    const pinned = new Set(); // found or expanded: stays, whatever the filters but its type
    const added = new Set(); // pinned nodes and the neighbours they brought
    let inView = new Set(); // the part the filters chose

    function visNode(i) {
      const t = data.types[N.type[i]];
      const [x, y] = placeOf.get(i);
      return {
        id: N.id[i],
        i,
        label: N.label[i],
        type: t.name,
        shape: t.shape,
        color: {
          background: t.color,
          border: "#ffffff",
          highlight: { background: t.color, border: "#1f2933" },
          hover: { background: t.color, border: "#1f2933" },
        },
        size: N.size[i],
        font: { size: (fontNow[i] = fontFor(i)) },
        x,
        y,
      };
    }

    function visEdge(j) {
      const r = data.relations[E.relation[j]];
      const curve = E.curve[j];
      return {
        id: "e" + j,
        j,
        from: N.id[E.from[j]],
        to: N.id[E.to[j]],
        label: r.name,
        relation: r.name,
        weight: E.weight[j],
        arrows: E.symmetric[j] ? "" : "to",
        color: { color: r.color, highlight: r.color, hover: r.color, opacity: 0.85 },
        font: { color: r.color },
        smooth: curve
          ? { enabled: true, type: curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(curve) }
          : false,
        width: E.width[j],
      };
    }

    for (let k = 0; k < data.view.nodes.length; k++) {
      placeOf.set(data.view.nodes[k], [data.view.x[k], data.view.y[k]]);
    }

    // ---- filters ------------------------------------------------------------------------

    const hiddenTypes = new Set();
    const hiddenRelations = new Set();
    let minWeight = 1;
    const dates = meta.dates;
    let from = 0;
    let to = Math.max(dates.length - 1, 0);

    const dated = () => from > 0 || to < dates.length - 1;
    function meets(first, last) {
      if (!dated()) return true;
      if (!first) return false; // undated: no way to place it in the range
      return first <= dates[to] && (last || first) >= dates[from];
    }
    const typeOk = (i) => !hiddenTypes.has(typeOf(i));
    const edgeOk = (j) =>
      !hiddenRelations.has(relationOf(j)) &&
      E.weight[j] >= minWeight &&
      meets(E.first_date[j], E.last_date[j]) &&
      typeOk(E.from[j]) &&
      typeOk(E.to[j]);
    const nodeDated = (i) => meets(N.first_date[i], N.last_date[i]);
    const filtered = () =>
      hiddenTypes.size > 0 || hiddenRelations.size > 0 || minWeight > 1 || dated();

    // ---- placing new nodes --------------------------------------------------------------

    const around = new Map(); // node -> places taken on the spiral around it
    function where(i) {
      if (drawn[i] && network) {
        const p = network.getPosition(N.id[i]);
        return [p.x, p.y];
      }
      return placeOf.get(i);
    }
    function placeAround(anchor) {
      let k = around.get(anchor);
      if (k === undefined) {
        k = 0; // the places its neighbours on the page may already hold
        for (const j of edgesOf(anchor)) if (drawn[other(j, anchor)]) k++;
      }
      around.set(anchor, k + 1);
      return spiral(where(anchor), k);
    }

    /* Places for nodes not placed yet, the most central first: each on the spiral around
       its strongest neighbour already placed or drawn, as kg/viz/layout.py places the first
       view; one linked to none of them, on the spiral around the middle, outside. */
    function place(list) {
      const batch = new Set(list);
      let waiting = list.filter((i) => !placeOf.has(i) && !drawn[i]);
      let outside = null;
      const placed = (k) => drawn[k] || (batch.has(k) && placeOf.has(k));
      while (waiting.length) {
        const next = [];
        for (const i of waiting) {
          const anchors = edgesOf(i)
            .filter((j) => other(j, i) !== i && placed(other(j, i)))
            .sort(strongestFirst);
          if (anchors.length) placeOf.set(i, placeAround(other(anchors[0], i)));
          else next.push(i);
        }
        if (next.length === waiting.length) {
          if (outside === null) {
            let extent = 0;
            for (const p of Object.values(network ? network.getPositions() : {})) {
              extent = Math.max(extent, Math.hypot(p.x, p.y));
            }
            for (const k of batch) {
              const p = placeOf.get(k);
              if (p) extent = Math.max(extent, Math.hypot(p[0], p[1]));
            }
            outside = Math.floor((extent / (0.6 * G.SPACING)) ** 2);
          }
          outside += 1;
          placeOf.set(next.shift(), spiral([0, 0], outside));
        }
        waiting = next;
      }
    }

    // ---- drawing ------------------------------------------------------------------------

    const container = byId("kg-network");
    let network = null; // made once the first view is in the data sets

    /* Draw the filters' part and what was added, each added node with its edges to the
       rest; keep the places of the nodes that leave. */
    function redraw() {
      const view = filtered() ? G.selectView({ typeOk, edgeOk, dated: nodeDated }) : data.view;
      inView = new Set(view.nodes);
      const want = new Set(inView);
      for (const i of added) want.add(i);
      const wantEdges = new Set(view.edges);
      for (const i of added) {
        for (const j of edgesOf(i)) if (want.has(other(j, i))) wantEdges.add(j);
      }
      // what shows next is decided before the data sets change, so that each node and
      // edge reaches vis-network once, its label already the size it is to have
      decide(want, wantEdges);
      const hubsBefore = pickHubs();
      const leaving = [];
      nodes.forEach((n) => {
        if (!want.has(n.i)) leaving.push(n.i);
      });
      const positions = network ? network.getPositions(leaving.map((i) => N.id[i])) : {};
      for (const i of leaving) {
        const p = positions[N.id[i]];
        if (p) placeOf.set(i, [p.x, p.y]);
        drawn[i] = 0;
      }
      const goneEdges = [];
      edges.forEach((e) => {
        if (!wantEdges.has(e.j)) goneEdges.push(e.j);
      });
      for (const j of goneEdges) drawnEdge[j] = 0;
      edges.remove(goneEdges.map((j) => "e" + j));
      nodes.remove(leaving.map((i) => N.id[i]));
      const coming = ranked.filter((i) => want.has(i) && !drawn[i]);
      place(coming);
      for (const i of coming) drawn[i] = 1;
      nodes.add(coming.map(visNode));
      const newEdges = [...wantEdges].filter((j) => !drawnEdge[j]).sort((a, b) => a - b);
      for (const j of newEdges) drawnEdge[j] = 1;
      edges.add(newEdges.map(visEdge));
      // the nodes drawn before whose filters changed
      nodeView.refresh();
      edgeView.refresh();
      count();
      visible.textContent =
        "Showing " + nodeView.length + " of " + nodeTotal + " entities and " +
        edgeView.length + " of " + edgeTotal + " relations.";
      labelHubs(hubsBefore);
    }

    // which drawn nodes and edges show: those that pass the filters; a drawn node with its
    // type and an edge that shows, or chosen by the filters, or found or expanded
    let showing = new Uint8Array(nodeTotal);
    const nodeView = new vis.DataView(nodes, { filter: (n) => showing[n.i] === 1 });
    const edgeView = new vis.DataView(edges, {
      filter: (e) => edgeOk(e.j) && showing[E.from[e.j]] === 1 && showing[E.to[e.j]] === 1,
    });

    function decide(want, wantEdges) {
      const next = new Uint8Array(nodeTotal);
      for (const i of want) if (typeOk(i) && (inView.has(i) || pinned.has(i))) next[i] = 1;
      for (const j of wantEdges) if (edgeOk(j)) next[E.from[j]] = next[E.to[j]] = 1;
      showing = next;
    }

    const visible = byId("kg-visible");

    function boxes(kind) {
      return document.querySelectorAll("input[data-" + kind + "]");
    }

    // the legend's counts: what shows of each type and relation
    function count() {
      const types = new Map();
      const relations = new Map();
      nodeView.forEach((n) => types.set(n.type, (types.get(n.type) || 0) + 1));
      edgeView.forEach((e) => relations.set(e.relation, (relations.get(e.relation) || 0) + 1));
      for (const box of boxes("type")) setCount(box, types.get(box.dataset.type) || 0);
      for (const box of boxes("relation")) setCount(box, relations.get(box.dataset.relation) || 0);
    }
    function setCount(box, n) {
      const item = box.closest(".kg-item");
      item.querySelector(".kg-count").textContent = String(n);
      item.classList.toggle("kg-empty", n === 0);
    }

    function readFilters() {
      hiddenTypes.clear();
      for (const box of boxes("type")) if (!box.checked) hiddenTypes.add(box.dataset.type);
      hiddenRelations.clear();
      for (const box of boxes("relation")) if (!box.checked) hiddenRelations.add(box.dataset.relation);
      redraw();
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

    // a slider being dragged sends more changes than a big page draws: one drawing a frame
    let pending = false;
    function redrawSoon() {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        redraw();
      });
    }

    const weight = byId("kg-weight");
    const weightValue = byId("kg-weight-value");
    weight.addEventListener("input", () => {
      minWeight = Number(weight.value);
      weightValue.textContent = weight.value;
      redrawSoon();
    });

    const fromInput = byId("kg-from");
    const toInput = byId("kg-to");
    const datesValue = byId("kg-dates");
    function readDates(moved) {
      from = Number(fromInput.value);
      to = Number(toInput.value);
      if (from > to) {
        // the ends do not cross: the other one follows
        if (moved === fromInput) to = from;
        else from = to;
        fromInput.value = String(from);
        toInput.value = String(to);
      }
      datesValue.textContent = dates.length ? dates[from] + " – " + dates[to] : "no dates";
      redrawSoon();
    }
    fromInput.addEventListener("input", () => readDates(fromInput));
    toInput.addEventListener("input", () => readDates(toInput));

    // ---- hubs' labels -------------------------------------------------------------------

    // vis-network leaves out labels too small on screen: the most central shown keep a
    // readable size at any zoom, so that a page opened on hundreds of nodes names its hubs
    let hubs = new Set();
    const fontNow = new Float64Array(nodeTotal); // each drawn node's label size
    let labelledAt = 0; // the zoom the sizes are for
    function pickHubs() {
      const before = hubs;
      hubs = new Set();
      for (const i of ranked) {
        if (hubs.size === HUBS) break;
        if (showing[i]) hubs.add(i);
      }
      return before;
    }
    function fontFor(i) {
      if (!hubs.has(i) || network === null) return N.font[i];
      const size = Math.min(LABEL_PX / network.getScale(), 40 * N.font[i]);
      return size > N.font[i] * 1.05 ? size : N.font[i];
    }
    /** Give the hubs, and the nodes in ``also`` (hubs before), their labels' sizes. */
    function labelHubs(also) {
      if (network === null) return;
      labelledAt = network.getScale();
      const updates = [];
      for (const i of new Set([...hubs, ...(also || [])])) {
        if (!drawn[i]) continue;
        const size = fontFor(i);
        if (Math.abs(size - fontNow[i]) > 0.05 * size) {
          fontNow[i] = size;
          updates.push({ id: N.id[i], font: { size } });
        }
      }
      if (updates.length) nodes.update(updates);
    }

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

    function span(first, last) {
      if (!first && !last) return "";
      return first === last || !last ? first : (first || "?") + " – " + last;
    }

    const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");

    function neighbours(i) {
      const all = new Set();
      const off = new Set();
      for (const j of edgesOf(i)) {
        const k = other(j, i);
        if (k === i) continue;
        all.add(k);
        if (!drawn[k]) off.add(k);
      }
      return { all: all.size, off: off.size };
    }

    function nodeInfo(i, withActions) {
      const box = el("div", "kg-info");
      box.append(el("div", "kg-info-title", N.label[i]));
      box.append(line("Type", typeOf(i) || "unknown"));
      const aliases = N.aliases[i];
      if (aliases.length) {
        const shown = aliases.slice(0, 12).join("; ");
        box.append(line("Also called", aliases.length > 12 ? shown + "; …" : shown));
      }
      box.append(line("Mentions", N.mentions[i] + " in " + plural(N.documents[i], "document")));
      const seen = span(N.first_date[i], N.last_date[i]);
      if (seen) box.append(line("Dates", seen));
      box.append(line("Centrality (" + meta.size_by + ")", Number(N.score[i].toPrecision(3))));
      if (N.wikidata[i]) box.append(line("Wikidata", N.wikidata[i]));
      // what a policy is told apart by: who issued it and what it covers
      if (N.issuer && N.issuer[i].length) box.append(line("Issued by", N.issuer[i].join("; ")));
      if (N.subject && N.subject[i].length) box.append(line("Covers", N.subject[i].join("; ")));
      const near = neighbours(i);
      box.append(
        line("Neighbours", near.all + (near.off ? " (" + near.off + " not on the page)" : "")),
      );
      if (withActions && near.off) {
        const button = el(
          "button",
          "kg-expand",
          "Add " + (near.off > EXPAND ? "the " + EXPAND + " strongest of its " : "its ") +
            plural(near.off, "neighbour") + " not on the page",
        );
        button.type = "button";
        button.addEventListener("click", () => expandAndSay(i));
        box.append(button);
      }
      return box;
    }

    /* An evidence sentence's document: its title linking to it (http and https only),
       source and date; its id where it has no title. */
    function source(ev) {
      const [, d, m] = ev;
      const docs = data.documents;
      const out = el("span", "kg-source");
      const parts = [];
      const title = docs.title[d] || docs.id[d];
      const url = docs.url[d];
      if (url && /^https?:\/\//i.test(url)) {
        const link = el("a", "", title);
        link.href = url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        out.append(link);
      } else {
        out.append(el("span", "", title));
      }
      if (docs.title[d] && docs.id[d] !== docs.title[d]) parts.push(docs.id[d]);
      if (docs.source[d]) parts.push(docs.source[d]);
      if (docs.date[d]) parts.push(docs.date[d]);
      const modality = data.modalities[m];
      if (modality && modality !== "stated") parts.push(modality);
      if (parts.length) out.append(" · " + parts.join(" · "));
      return out;
    }

    function edgeInfo(j) {
      const box = el("div", "kg-info");
      const arrow = E.symmetric[j] ? " ↔ " : " → ";
      const relation = relationOf(j);
      box.append(
        el("div", "kg-info-title", N.label[E.from[j]] + arrow + relation + arrow + N.label[E.to[j]]),
      );
      box.append(line("Relation", relation + (E.symmetric[j] ? " (symmetric)" : "")));
      box.append(
        line("Weight", plural(E.weight[j], "sentence") + " in " + plural(E.docs[j], "document")),
      );
      const seen = span(E.first_date[j], E.last_date[j]);
      if (seen) box.append(line("Dates", seen));
      box.append(line("Confidence", E.confidence[j]));
      const evidence = E.evidence[j];
      if (evidence.length) {
        const list = el("ul", "kg-evidence");
        for (const ev of evidence) {
          const item = el("li", "", "“" + data.sentences[ev[0]] + "”");
          item.append(source(ev));
          list.append(item);
        }
        box.append(list);
      }
      if (E.weight[j] > evidence.length) {
        box.append(el("div", "kg-more", "+" + (E.weight[j] - evidence.length) + " more in evidence.csv"));
      }
      return box;
    }

    // ---- tooltip ------------------------------------------------------------------------

    const tooltip = byId("kg-tooltip");
    let pointer = { x: 0, y: 0 };
    container.addEventListener("pointermove", (ev) => {
      pointer = { x: ev.clientX, y: ev.clientY };
      if (!tooltip.hidden) placeTooltip();
    });

    function placeTooltip() {
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
      placeTooltip();
    }

    function hideTooltip() {
      tooltip.hidden = true;
      tooltip.replaceChildren();
    }

    const edgeNumber = (id) => Number(String(id).slice(1));
    container.addEventListener("pointerleave", hideTooltip);

    const details = byId("kg-details");
    function showDetails(content) {
      details.replaceChildren(content);
    }

    function listen() {
      network.on("hoverNode", (p) => showTooltip(nodeInfo(indexOf.get(p.node), false)));
      network.on("hoverEdge", (p) => showTooltip(edgeInfo(edgeNumber(p.edge))));
      network.on("blurNode", hideTooltip);
      network.on("blurEdge", hideTooltip);
      network.on("dragStart", hideTooltip);
      network.on("click", (p) => {
        if (p.nodes.length) showDetails(nodeInfo(indexOf.get(p.nodes[0]), true));
        else if (p.edges.length) showDetails(edgeInfo(edgeNumber(p.edges[0])));
      });
      network.on("doubleClick", (p) => {
        if (!p.nodes.length) return;
        expandAndSay(indexOf.get(p.nodes[0]));
      });
      network.on("stabilizationProgress", (p) => {
        layout.textContent = "Laying out… " + Math.round((100 * p.iterations) / p.total) + "%";
      });
      network.on("zoom", hideTooltip);
      // after any change of zoom (wheel, fit, focus, an animation), the hubs' labels follow
      network.on("afterDrawing", () => {
        const scale = network.getScale();
        if (Math.abs(scale - labelledAt) > 0.05 * scale) labelHubs();
      });
    }

    // ---- expanding and finding ----------------------------------------------------------

    /** Add up to EXPAND of node i's neighbours not on the page, the strongest first, and
        return them. They stay on the page, shown while an edge of theirs passes the
        filters; i stays shown whatever the filters but its type. */
    function expand(i) {
      const fresh = [];
      const seen = new Set();
      for (const j of [...edgesOf(i)].sort(strongestFirst)) {
        const k = other(j, i);
        if (k === i || drawn[k] || seen.has(k)) continue;
        seen.add(k);
        fresh.push(k);
        if (fresh.length === EXPAND) break;
      }
      pinned.add(i);
      added.add(i);
      if (!drawn[i]) place([i]);
      for (const k of fresh) {
        added.add(k);
        placeOf.set(k, placeAround(i));
      }
      redraw();
      return fresh;
    }

    function expandAndSay(i) {
      const fresh = expand(i);
      const hidden = fresh.filter((k) => !showing[k]).length;
      showDetails(nodeInfo(i, true));
      status.textContent =
        "Added " + plural(fresh.length, "neighbour") + " of " + N.label[i] +
        (hidden ? ", " + hidden + " hidden by the filters." : ".");
    }

    function focusIndex(i) {
      const type = typeOf(i);
      if (hiddenTypes.has(type)) {
        for (const box of boxes("type")) if (box.dataset.type === type) box.checked = true;
        hiddenTypes.delete(type);
      }
      if (!drawn[i]) expand(i);
      else {
        pinned.add(i);
        added.add(i);
        redraw();
      }
      network.selectNodes([N.id[i]]);
      network.focus(N.id[i], { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 } });
      showDetails(nodeInfo(i, true));
    }

    const status = byId("kg-search-status");
    byId("kg-search").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const query = byId("kg-query").value;
      const i = findIndex(query);
      if (i < 0) {
        status.textContent = query.trim() ? "No entity is called “" + query.trim() + "”." : "";
        return;
      }
      const wasDrawn = drawn[i] === 1;
      focusIndex(i);
      status.textContent =
        "Found " + N.label[i] + " (" + typeOf(i) + ")" + (wasDrawn ? "." : ", with its neighbours.");
    });

    // suggestions as one types: a few names, those starting so first, the most central first
    const datalist = byId("kg-names");
    byId("kg-query").addEventListener("input", (ev) => {
      const options = G.suggest(ev.target.value, 12).map((name) => {
        const option = document.createElement("option");
        option.value = name;
        return option;
      });
      datalist.replaceChildren(...options);
    });

    // ---- layout -------------------------------------------------------------------------

    const physics = byId("kg-physics");
    const layout = byId("kg-layout");
    physics.addEventListener("change", () => {
      network.setOptions({ physics: { enabled: physics.checked } });
      layout.textContent = physics.checked ? "Physics on: the layout moves." : "Layout frozen.";
    });
    byId("kg-fit").addEventListener("click", () => network.fit({ animation: { duration: 300 } }));
    byId("kg-reset").addEventListener("click", () => {
      pinned.clear();
      added.clear();
      for (let k = 0; k < data.view.nodes.length; k++) {
        placeOf.set(data.view.nodes[k], [data.view.x[k], data.view.y[k]]);
      }
      for (const box of document.querySelectorAll("input[data-type], input[data-relation]")) {
        box.checked = true;
      }
      weight.value = "1";
      weightValue.textContent = "1";
      minWeight = 1;
      from = 0;
      to = Math.max(dates.length - 1, 0);
      fromInput.value = String(from);
      toInput.value = String(to);
      datesValue.textContent = dates.length ? dates[from] + " – " + dates[to] : "no dates";
      hiddenTypes.clear();
      hiddenRelations.clear();
      // the nodes come back to the first view's places
      nodes.clear();
      edges.clear();
      drawn.fill(0);
      drawnEdge.fill(0);
      around.clear();
      status.textContent = "";
      redraw();
      network.fit({ animation: { duration: 300 } });
    });

    let ready = false;
    function freeze() {
      if (ready) return;
      ready = true;
      network.setOptions({ physics: { enabled: false } });
      physics.checked = false;
      layout.textContent = "Layout frozen. Drag nodes to move them.";
      labelHubs();
      const center = indexOf.get(meta.center);
      if (center !== undefined) {
        network.selectNodes([meta.center]);
        showDetails(nodeInfo(center, true));
      }
      window.kgReady = true;
      document.body.dataset.ready = "true";
    }
    redraw();
    network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
    listen();
    if (data.options.physics.enabled && nodes.length) {
      network.once("stabilizationIterationsDone", freeze);
      network.once("stabilized", freeze);
    } else if (nodes.length) {
      network.fit();
      labelHubs();
      network.once("afterDrawing", freeze);
    } else {
      freeze();
    }

    window.kgNetwork = network;
    window.kg = {
      network,
      nodes,
      edges,
      nodeView,
      edgeView,
      data,
      meta,
      selectView: () => G.selectView({ typeOk, edgeOk, dated: nodeDated }),
      find: (query) => {
        const i = findIndex(query);
        return i < 0 ? null : N.id[i];
      },
      focus: (id) => focusIndex(indexOf.get(id)),
      expand: (id) => expand(indexOf.get(id)).length,
      nodeInfo: (id) => nodeInfo(indexOf.get(id), false),
      edgeInfo: (id) => edgeInfo(edgeNumber(id)),
    };
  }
})();

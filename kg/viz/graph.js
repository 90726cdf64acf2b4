/* The whole graph the page holds, and the choices made over it: which part to draw for
   the filters (as kg/viz/view.py chooses the first view), which entity a name means, and
   the spiral new nodes are placed on (as kg/viz/layout.py). Nothing here draws: page.js
   does, with what kgGraph(data) returns. */
function kgGraph(data) {
  "use strict";

  const N = data.nodes;
  const E = data.edges;
  const nodeTotal = N.id.length;
  const edgeTotal = E.from.length;
  const indexOf = new Map(N.id.map((id, i) => [id, i]));
  const typeOf = (i) => data.types[N.type[i]].name;
  const relationOf = (j) => data.relations[E.relation[j]].name;
  const other = (j, i) => (E.from[j] === i ? E.to[j] : E.from[j]);

  /** Distance between linked nodes, and the angle between places on a spiral. */
  const SPACING = 120;
  const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

  // each node's edges, made when first asked for
  let incident = null;
  function edgesOf(i) {
    if (incident === null) {
      incident = Array.from({ length: nodeTotal }, () => []);
      for (let j = 0; j < edgeTotal; j++) {
        incident[E.from[j]].push(j);
        if (E.to[j] !== E.from[j]) incident[E.to[j]].push(j);
      }
    }
    return incident[i];
  }
  const isolated = (i) => edgesOf(i).every((j) => E.from[j] === E.to[j]);
  const strongestFirst = (a, b) =>
    E.weight[b] - E.weight[a] || E.confidence[b] - E.confidence[a] || a - b;
  const byScore = (a, b) => N.score[b] - N.score[a] || a - b;
  const ranked = Array.from({ length: nodeTotal }, (_, i) => i).sort(byScore);
  let byStrength = null; // every edge, strongest first, made when first needed

  /* The part of the graph to draw for the filters: what kg/viz/view.py's first_view
     chooses, over the nodes and edges that pass. ``filter`` says which do: typeOk(i),
     edgeOk(j) (its ends' types included), and dated(i) for a node with no edge at all. */
  function selectView(filter) {
    const { typeOk, edgeOk, dated } = filter;
    const maxNodes = data.meta.max_nodes;
    const maxEdges = data.meta.max_edges;
    const passing = [];
    const linked = new Uint8Array(nodeTotal);
    for (let j = 0; j < edgeTotal; j++) {
      if (!edgeOk(j)) continue;
      passing.push(j);
      if (E.from[j] !== E.to[j]) linked[E.from[j]] = linked[E.to[j]] = 1;
    }
    const passes = (i) => typeOk(i) && (linked[i] === 1 || (isolated(i) && dated(i)));
    const all = ranked.filter(passes);
    if (all.length <= maxNodes && passing.length <= maxEdges) {
      return { nodes: all, edges: passing };
    }
    const candidates = ranked.filter((i) => linked[i] === 1).slice(0, maxNodes);
    if (maxEdges === 0) return { nodes: candidates, edges: [] };
    // a node whose neighbours all rank below the cut would be drawn alone: out, and
    // again for those that were linked only to it
    const kept = new Uint8Array(nodeTotal);
    for (const i of candidates) kept[i] = 1;
    const degree = new Int32Array(nodeTotal);
    const between = passing.filter(
      (j) => E.from[j] !== E.to[j] && kept[E.from[j]] && kept[E.to[j]],
    );
    for (const j of between) {
      degree[E.from[j]]++;
      degree[E.to[j]]++;
    }
    const bare = candidates.filter((i) => degree[i] === 0);
    while (bare.length) {
      const i = bare.pop();
      if (!kept[i]) continue;
      kept[i] = 0;
      for (const j of edgesOf(i)) {
        const k = other(j, i);
        if (k !== i && kept[k] && edgeOk(j) && --degree[k] === 0) bare.push(k);
      }
    }
    let chosen = between.filter((j) => kept[E.from[j]] && kept[E.to[j]]);
    if (chosen.length > maxEdges) {
      // each node its strongest edge, the most central first, then the heaviest others
      if (byStrength === null) {
        byStrength = Array.from({ length: edgeTotal }, (_, j) => j).sort(strongestFirst);
      }
      const among = new Uint8Array(edgeTotal);
      for (const j of chosen) among[j] = 1;
      const best = new Int32Array(nodeTotal).fill(-1);
      const strong = byStrength.filter((j) => among[j] === 1);
      for (const j of strong) {
        if (best[E.from[j]] < 0) best[E.from[j]] = j;
        if (best[E.to[j]] < 0) best[E.to[j]] = j;
      }
      const picked = new Set();
      const covered = new Uint8Array(nodeTotal);
      for (const i of candidates) {
        if (!kept[i] || covered[i]) continue;
        if (picked.size === maxEdges) break;
        picked.add(best[i]);
        covered[E.from[best[i]]] = covered[E.to[best[i]]] = 1;
      }
      for (const j of strong) {
        if (picked.size === maxEdges) break;
        if (covered[E.from[j]] && covered[E.to[j]]) picked.add(j);
      }
      for (const i of candidates) kept[i] = covered[i];
      chosen = [...picked].sort((a, b) => a - b);
    }
    return { nodes: candidates.filter((i) => kept[i] === 1), edges: chosen };
  }

  // every name of every node, label and aliases, in lower case
  const names = [];
  for (let i = 0; i < nodeTotal; i++) {
    for (const name of [N.label[i], ...N.aliases[i]]) names.push([name.toLowerCase(), name, i]);
  }

  /** The node a query names: exactly, else by a name's start, else anywhere in a name;
      the most central of those. -1 if none. */
  function findIndex(query) {
    const q = String(query).trim().toLowerCase();
    if (!q) return -1;
    const tests = [(s) => s === q, (s) => s.startsWith(q), (s) => s.includes(q)];
    for (const test of tests) {
      let best = -1;
      for (const [lower, , i] of names) {
        if (test(lower) && (best < 0 || byScore(i, best) < 0)) best = i;
      }
      if (best >= 0) return best;
    }
    return -1;
  }

  /** Up to ``limit`` names for what one is typing: those starting so first, the most
      central first. */
  function suggest(text, limit) {
    const q = String(text).trim().toLowerCase();
    if (!q) return [];
    const starts = [];
    const inside = [];
    for (const entry of names) {
      if (entry[0].startsWith(q)) starts.push(entry);
      else if (entry[0].includes(q)) inside.push(entry);
    }
    const order = (a, b) => byScore(a[2], b[2]);
    const found = [];
    for (const [, name] of [...starts.sort(order), ...inside.sort(order)]) {
      if (!found.includes(name)) found.push(name);
      if (found.length === limit) break;
    }
    return found;
  }

  /** The k-th place on the spiral around ``center``, starting away from the middle. */
  function spiral(center, k) {
    const radius = SPACING * 0.6 * Math.sqrt(k + 1);
    const angle = Math.atan2(center[1], center[0]) + k * GOLDEN_ANGLE;
    return [center[0] + radius * Math.cos(angle), center[1] + radius * Math.sin(angle)];
  }

  return {
    N,
    E,
    nodeTotal,
    edgeTotal,
    indexOf,
    typeOf,
    relationOf,
    other,
    edgesOf,
    strongestFirst,
    ranked,
    selectView,
    findIndex,
    suggest,
    spiral,
    SPACING,
  };
}

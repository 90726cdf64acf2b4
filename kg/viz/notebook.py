"""The graph page inline in a Jupyter notebook: the same page, in a sandboxed frame."""

from __future__ import annotations

import html

import networkx as nx

from kg.errors import KgError
from kg.viz.data import MAX_EDGES, MAX_NODES, page_data
from kg.viz.page import render_page

__all__ = ["Page", "show"]


class Page:
    """A graph page that Jupyter shows inline (``_repr_html_``): an ``<iframe>`` whose
    ``srcdoc`` is the whole page, so it needs no file, server or network.

    Attributes
    ----------
    html : str
        The page itself, as :func:`kg.viz.write_html` would write it.
    height : int
        Height of the frame in pixels.
    """

    def __init__(self, page: str, *, height: int = 640) -> None:
        self.html = page
        self.height = height

    def _repr_html_(self) -> str:
        # the frame runs the page's scripts in an origin of its own (no allow-same-origin),
        # and lets its evidence links open in a new tab
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
            f'style="width: 100%; height: {self.height}px; border: 1px solid #d9dee5;" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            'title="kg graph page"></iframe>'
        )

    def __repr__(self) -> str:
        return f"<kg graph page, {len(self.html):,} characters>"


def show(
    graph: nx.MultiDiGraph,
    *,
    max_nodes: int = MAX_NODES,
    max_edges: int = MAX_EDGES,
    size_by: str = "pagerank",
    seed: int = 7,
    title: str = "kg graph",
    height: int = 640,
) -> Page:
    """Show a graph or a part of one as the interactive page, inline in a notebook.

    The page is the one :func:`kg.viz.write_html` writes (search, expand, filters, dates,
    details with evidence), self-contained and offline. Any graph of kg's shape will do:
    one that :func:`kg.export.load_graph` read, or one that :mod:`kg.graph.analysis`
    made (an ego network opens with its centre selected). As the last expression of a
    cell it is shown; elsewhere, pass it to ``IPython.display.display``.

    Parameters
    ----------
    graph : nx.MultiDiGraph
        The graph to show.
    max_nodes, max_edges, size_by, seed, title
        As for :func:`kg.viz.write_html`.
    height : int
        Height of the page in the notebook, in pixels.

    Returns
    -------
    Page
        What Jupyter displays; its ``html`` is the page.

    Raises
    ------
    kg.errors.KgError
        If ``graph`` is not a networkx graph, or an option is out of range.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("company:arm", label="Arm", type="COMPANY", aliases=[])
    >>> page = show(g, title="Arm")
    >>> page._repr_html_().startswith("<iframe srcdoc="), "<title>Arm</title>" in page.html
    (True, True)
    """
    if not isinstance(graph, nx.Graph):
        raise KgError(f"show() takes a networkx graph, not {type(graph).__name__}")
    if height < 100:
        raise KgError(f"height must be at least 100 pixels, not {height}")
    try:
        data = page_data(
            graph,
            max_nodes=max_nodes,
            max_edges=max_edges,
            size_by=size_by,
            seed=seed,
            title=title,
        )
    except ValueError as e:
        raise KgError(str(e)) from None
    return Page(render_page(data), height=height)

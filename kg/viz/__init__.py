"""The interactive graph page: one self-contained HTML file drawn with vis-network."""

from kg.viz.notebook import Page, show
from kg.viz.page import write_html

__all__ = ["Page", "show", "write_html"]

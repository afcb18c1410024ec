"""The HTML path: pages as publishers serve them."""

from newsdesk.stages.html.page import parse_html

__all__ = ["parse_html"]

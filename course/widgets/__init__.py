"""Interactive figures (widgets) written as ``/// name`` blocks: a static figure first, enhanced by JavaScript."""

from .extension import WidgetsExtension, makeExtension

__all__ = ["WidgetsExtension", "makeExtension"]

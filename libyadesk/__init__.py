"""libyadesk: a research desk for news about Libya — search, actors and timelines over a corpus of articles.

The library's entry point is `Desk` (docs/library.md); the command line is its client.
"""

__version__ = "0.1.0"

__all__ = ["Desk", "__version__"]


def __getattr__(name: str):
    # Imported when first asked for: `libyadesk --help` does not load the index code.
    if name == "Desk":
        from .desk import Desk

        return Desk
    raise AttributeError(f"module 'libyadesk' has no attribute {name!r}")

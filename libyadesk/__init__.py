"""libyadesk: a command-line research desk for news about Libya."""

__version__ = "0.1.0"

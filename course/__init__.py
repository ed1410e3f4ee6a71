"""The deepfake-literacy course: Markdown extensions and tooling behind the site."""

__version__ = "0.1.0"

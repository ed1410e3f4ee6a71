"""Benchmarks of the course: ``python -m benchmarks`` (``make bench``); see ``benchmarks/run.py``.

Not part of the ``course`` package: nothing here ships with the site or is
imported by it. ``common`` holds the helpers every benchmark shares,
``browser`` the Chromium flags the tests use too.
"""

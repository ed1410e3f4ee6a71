"""Classroom tools without accounts: assignment links, hand-in summaries, class overview, progress transfer.

Everything runs in the reader's browser (``course/assets/classroom*.js``);
these Markdown blocks only render the static, labelled markup and embed the
course's chapter and question index the scripts need. See
``docs/instructors/assign.md`` for how teachers use it.
"""

from .extension import ClassroomExtension, makeExtension

__all__ = ["ClassroomExtension", "makeExtension"]

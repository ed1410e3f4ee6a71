"""Teaching material made from the quizzes: answer keys, worksheets and the whole course on one page.

``markdown_extensions: [course.teaching: {docs_dir: docs}]``; see
``extension.py`` for the blocks and AUTHORING.md ("Answer keys and
worksheets") for how authors use them.
"""

from .extension import TeachingError, TeachingExtension, makeExtension

__all__ = ["TeachingError", "TeachingExtension", "makeExtension"]

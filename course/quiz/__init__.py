"""Accessible self-check quizzes written as ``/// quiz`` blocks in Markdown."""

from .errors import QuizError
from .extension import QuizExtension, makeExtension

__all__ = ["QuizError", "QuizExtension", "makeExtension"]

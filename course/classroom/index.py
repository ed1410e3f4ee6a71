"""The course index the classroom scripts read: chapters, their page keys and their questions.

Hand-in summaries name questions by their stable ids, and the teacher's class
overview turns ids back into titles. Both must agree with the quizzes readers
actually see, so the index is collected from the chapters at build time
(``course.quiz.collect``), never written by hand, and embedded in the page as
JSON data (a ``fetch()`` of a data file would fail on ``file://``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..blocks_common import readable_chapters

#: Bumped when the shape of the JSON changes, so a script can tell an index it does not know.
INDEX_FORMAT = 1


@dataclass(frozen=True)
class IndexedQuestion:
    id: str
    title: str


@dataclass(frozen=True)
class IndexedChapter:
    """One chapter: ``key`` is the page key ``quiz.js`` stores progress under (path without ``.md``)."""

    number: int
    key: str
    title: str
    questions: tuple[IndexedQuestion, ...]


def course_index(docs_dir: str) -> tuple[IndexedChapter, ...]:
    """Every chapter in course order (the nav's, see ``course.chapters``), numbered by place, collected once per build."""
    return tuple(
        IndexedChapter(
            number=number,
            key=page.path.removesuffix(".md"),
            title=page.title,
            questions=tuple(IndexedQuestion(q.id, q.title) for q in page.questions),
        )
        for number, page in enumerate(readable_chapters(docs_dir), start=1)
    )


def index_json(chapters: tuple[IndexedChapter, ...]) -> str:
    """Compact JSON for the blocks' ``data-classroom-index`` attribute (the serializer escapes it)."""
    data = {
        "format": INDEX_FORMAT,
        "chapters": [
            {"n": c.number, "key": c.key, "title": c.title, "questions": [[q.id, q.title] for q in c.questions]}
            for c in chapters
        ],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

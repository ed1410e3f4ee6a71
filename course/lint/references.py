"""Link chapters, don't count them: "a later chapter" breaks when chapters move.

Teachers assign chapters in their own order, the whole-course page prints
them together, and chapters get added or reordered. "As the next chapter
shows" is then wrong or useless; a link to the chapter by its title is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..problems import Problem
from .prose import Sentence, sentences

_WHERE = r"(?:later|earlier|next|previous|preceding|following|coming|last|prior|future|subsequent)"
#: "a later chapter", "the next chapter", "the following chapters", "the chapter before this one", "a later
#: lesson": phrases that point at particular chapters. "Questions on earlier chapters" points at none in
#: particular and stays. Lessons only as "later" or "earlier": "the next lesson" in teachers' notes is the
#: next class, not a chapter.
RE_POSITION = re.compile(
    rf"\b(?:(?:in|from|to|see|of)\s+)?(?:a|an|the|one)\s+{_WHERE}\s+chapters?\b"
    r"|\b(?:(?:in|from|to|see|of)\s+)?(?:a|an|the)\s+(?:later|earlier)\s+lessons?\b"
    r"|\b(?:the\s+)?chapters?\s+(?:before|after)\s+this(?:\s+one)?\b",
    re.IGNORECASE,
)
#: "This is the last chapter": a chapter speaking of itself.
RE_SELF = re.compile(r"\b(?:this|it)\s+(?:is|was)\s+$", re.IGNORECASE)


def reference_problems(text: str, file: str, found: Sequence[Sentence] | None = None) -> list[Problem]:
    """Each phrase that points at another chapter (or lesson) by where it sits in the course.

    ``found`` is the text's sentences when the caller has cut it already (see ``expired_problems``).
    """
    problems = []
    for sentence in sentences(text) if found is None else found:
        folded = sentence.text.casefold()
        if "chapter" not in folded and "lesson" not in folded:
            continue  # every phrase names one; casefold, like the pattern, sees "ſ" as "s"
        for match in RE_POSITION.finditer(sentence.text):
            if RE_SELF.search(sentence.text[: match.start()]):
                continue
            phrase = " ".join(match.group(0).split())
            problems.append(
                Problem(file, sentence.line_at(match.start()), f'refer to the chapter by a link, not by its position ("{phrase}")')
            )
    return problems

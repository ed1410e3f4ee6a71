"""Export the course's quizzes for learning management systems (LMSs).

Teachers who run a course in Moodle, Canvas or a similar LMS can import the
same questions students see on the site, with every answer's explanation as
feedback. Three formats, one module each, all pure functions from collected
questions (``course.quiz.collect``) to text or bytes:

- ``gift`` — Moodle's plain-text GIFT format;
- ``moodle`` — Moodle XML, which also carries the pictures;
- ``qti`` — an IMS QTI 2.1 content package (a zip with ``imsmanifest.xml``).

``files.render_exports`` builds every file for every chapter and the whole
course; ``python -m course export`` writes them to ``docs/instructors/exports/``.
"""

from .content import ExportError

__all__ = ["ExportError"]

"""Scripts that generate the course's figures reproducibly, so chapters show generated media, never pasted files."""

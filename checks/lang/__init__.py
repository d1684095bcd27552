"""Language knowledge as tables with no logic: one home for each word list."""

__all__ = ["abbreviations", "calendar", "cues", "grammar", "numbers"]

"""Dates: the forms a text writes them in, relative dates, tense, holidays and year placement."""

__all__ = ["forms", "fragments", "holidays", "periods", "placement", "relative", "tense"]

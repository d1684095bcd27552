"""Dates: the forms a text writes them in, relative dates, tense, holidays and year placement."""

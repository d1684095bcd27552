"""The report layer: a Report as text in every format, and as the set of report files.

Layers, lowest first: overview (cells, symbols, words) <- markdown, html <- render
(every format, found by name in FORMATS) <- publish (the report files, GitHub's job
summary); output writes files atomically.  No module imports one above it.
"""

# Nothing re-exported: 'render' and 'publish' name both a module and its main function,
# and a re-export would hide the module behind the function.
__all__: list[str] = []

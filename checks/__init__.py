"""Fact-consistency checks: curated fact records checked against every source text."""

from .errors import CheckError, FactError, Problem, SourceError
from .model import Evidence, Fact, FactReport, Report, Result
from .pipeline import check, evaluate

__all__ = ["check", "evaluate", "CheckError", "FactError", "SourceError", "Problem",
           "Fact", "Report", "FactReport", "Result", "Evidence"]
__version__ = "0.1.0"

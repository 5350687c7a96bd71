"""workbench: find the numeric claims in news articles and line up the ones that disagree.

The public API is these names; everything else is an implementation detail.
"""

from workbench.extract.pipeline import extract_claims

__all__ = ["extract_claims"]

"""Extraction: text in, claims table out (see ``pipeline.extract_claims``)."""

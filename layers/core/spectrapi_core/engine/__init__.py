"""Engines turn an instruction (and optionally a category schema) into records."""

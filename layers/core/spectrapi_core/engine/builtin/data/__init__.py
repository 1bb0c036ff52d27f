# ruff: noqa: E501 - data tables keep one logical group per line.
"""Data tables the builtin engine draws from, kept apart from the code that draws from them."""

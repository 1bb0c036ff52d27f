"""Data tables the builtin engine draws from, kept apart from the code that draws from them."""

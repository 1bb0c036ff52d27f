"""Record generators for the five built-in domains; each turns a spec into rich records, one at a time."""

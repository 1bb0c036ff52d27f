"""Local `$ref` resolution over one category schema.

Categories are self-contained: a `$ref` may point into the same document by JSON pointer
(`#/$defs/addr`, `#/definitions/addr`, `#`) or by a plain-name fragment declared with `$anchor` (or,
in draft-07, a fragment-only `$id`). Remote references and nested `$id` base changes are rejected by
`check_schema`, so every reference resolves against the document root and nothing here reads a file or
the network.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

Schema = dict[str, Any] | bool


class UnresolvableRefError(LookupError):
    """A `$ref` names no location inside the schema."""

    def __init__(self, ref: str, reason: str) -> None:
        super().__init__(f"$ref {ref!r} cannot be resolved: {reason}")
        self.ref = ref
        self.reason = reason


def escape_pointer_token(token: str) -> str:
    """Escape one JSON pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(path: tuple[str | int, ...]) -> str:
    """Build a JSON pointer from path tokens; the empty path is the empty pointer shown as `/`."""
    if not path:
        return "/"
    return "".join("/" + escape_pointer_token(str(token)) for token in path)


def collect_anchors(root: Schema) -> dict[str, Schema]:
    """Map every `$anchor` name in the document to its schema, walking iteratively."""
    anchors: dict[str, Schema] = {}
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            anchor = node.get("$anchor")
            if isinstance(anchor, str):
                anchors[anchor] = node
            # Draft-07 spells an anchor as a fragment-only `$id` such as "#address".
            legacy = node.get("$id")
            if isinstance(legacy, str) and legacy.startswith("#") and len(legacy) > 1:
                anchors[legacy[1:]] = node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return anchors


class RefResolver:
    """Resolver for the local references of one root schema, with a cache of resolved targets."""

    def __init__(self, root: Schema) -> None:
        self.root = root
        self._anchors = collect_anchors(root)
        self._cache: dict[str, tuple[Schema, tuple[str, ...]]] = {}

    def resolve(self, ref: str) -> tuple[Schema, tuple[str, ...]]:
        """Return the schema a `$ref` points to and its location as path tokens.

        Raises:
            UnresolvableRefError: the reference is remote, malformed or points nowhere.
        """
        cached = self._cache.get(ref)
        if cached is not None:
            return cached

        if not ref.startswith("#"):
            raise UnresolvableRefError(ref, "only references inside the schema (starting with '#') are supported")
        fragment = unquote(ref[1:])
        if fragment and not fragment.startswith("/"):
            anchored = self._anchors.get(fragment)
            if anchored is None:
                raise UnresolvableRefError(ref, f"no $anchor named {fragment!r}")
            result: tuple[Schema, tuple[str, ...]] = (anchored, ("$anchor", fragment))
            self._cache[ref] = result
            return result

        node: Any = self.root
        tokens: list[str] = []
        for raw in fragment.split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
            tokens.append(token)
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise UnresolvableRefError(ref, f"nothing at {pointer(tuple(tokens))}")
        if not isinstance(node, dict | bool):
            raise UnresolvableRefError(ref, "the target is not a schema")

        result = (node, tuple(tokens))
        self._cache[ref] = result
        return result

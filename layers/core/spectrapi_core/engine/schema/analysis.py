"""Static analysis of a category schema: which types each node can take and how deep a finite value must be.

`Analysis.height(schema)` is the fewest object/array levels a value of that schema needs. It is
infinity when no finite value exists: a contradiction such as `minimum` above `maximum`, or a
recursive `$ref` reached through required properties or non-empty arrays with no way out. The
generator uses heights to stop recursion: past its depth limit it takes the branch, type and array
length of least height. `Analysis.explain` turns an infinite height into a message naming the
constraint and its location.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from .normalize import CHOICES, CONFLICT, TYPES, Normalizer, as_schema, declared_types, json_key, merge
from .refs import pointer
from .validation import SubschemaChecker

INF = math.inf
_DOMAIN_KEYWORDS = frozenset(
    (
        "type",
        "enum",
        "const",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "title",
        "description",
        "$comment",
        "examples",
        "default",
    )
)
_MAX_PASSES = 40


def infer_types(node: dict[str, Any]) -> list[str]:
    """Return candidate types in order of preference, inferred from the keywords when `type` is absent."""
    declared = declared_types(node)
    if declared is not None:
        ordered = [name for name in TYPES if name in declared]
        if "number" in declared and "integer" not in declared:
            ordered.append("integer")
        return ordered
    if "const" in node:
        return [type_of(node["const"])]
    if isinstance(node.get("enum"), list):
        return list(dict.fromkeys(type_of(item) for item in node["enum"]))
    hints = [
        ("object", ("properties", "required", "additionalProperties", "patternProperties", "minProperties")),
        ("array", ("items", "prefixItems", "minItems", "maxItems", "contains", "uniqueItems")),
        ("string", ("minLength", "maxLength", "pattern", "format")),
        ("number", ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")),
    ]
    inferred = [name for name, keywords in hints if any(keyword in node for keyword in keywords)]
    return inferred + [
        name for name in ("string", "integer", "number", "boolean", "object", "array", "null") if name not in inferred
    ]


def type_of(value: Any) -> str:
    """Return the JSON type name of a decoded JSON value ("integer" for integral numbers)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def numeric_bounds(node: dict[str, Any]) -> tuple[Decimal | None, bool, Decimal | None, bool]:
    """Return (low, low is exclusive, high, high is exclusive) from the number keywords of a node."""
    low, low_exclusive, high, high_exclusive = None, False, None, False
    if isinstance(node.get("minimum"), int | float):
        low = Decimal(repr(node["minimum"]))
    if isinstance(node.get("exclusiveMinimum"), int | float) and not isinstance(node["exclusiveMinimum"], bool):
        candidate = Decimal(repr(node["exclusiveMinimum"]))
        if low is None or candidate >= low:
            low, low_exclusive = candidate, True
    if isinstance(node.get("maximum"), int | float):
        high = Decimal(repr(node["maximum"]))
    if isinstance(node.get("exclusiveMaximum"), int | float) and not isinstance(node["exclusiveMaximum"], bool):
        candidate = Decimal(repr(node["exclusiveMaximum"]))
        if high is None or candidate <= high:
            high, high_exclusive = candidate, True
    return low, low_exclusive, high, high_exclusive


def multiples_range(node: dict[str, Any], integer: bool) -> tuple[Decimal, int | None, int | None]:
    """Return (step, first index, last index) so that allowed values are step*k for k in that range.

    The step is `multipleOf` (combined with 1 for integers); a None index means unbounded.
    """
    step = Decimal(repr(node.get("multipleOf", 1 if integer else 0)))
    if integer and step != 0 and step != step.to_integral_value():
        step = Decimal(math.lcm(int(step.scaleb(_scale(step))), 10 ** _scale(step))).scaleb(-_scale(step))
    if step == 0:
        return step, None, None
    low, low_exclusive, high, high_exclusive = numeric_bounds(node)
    first = last = None
    if low is not None:
        first = int((low / step).to_integral_value(ROUND_CEILING))
        if low_exclusive and step * first == low:
            first += 1
    if high is not None:
        last = int((high / step).to_integral_value(ROUND_FLOOR))
        if high_exclusive and step * last == high:
            last -= 1
    return step, first, last


def _scale(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(-exponent, 0) if isinstance(exponent, int) else 0


class Analysis:
    """Viable types, enum values and heights of the schemas in one document."""

    def __init__(self, normalize: Normalizer, checker: SubschemaChecker) -> None:
        self.normalize = normalize
        self.checker = checker
        self._types: dict[int, tuple[dict[str, Any], list[str], str | None]] = {}
        self._enums: dict[int, tuple[dict[str, Any], list[Any]]] = {}
        self._branches: dict[tuple[int, int, int], tuple[dict[str, Any], dict[str, Any]]] = {}
        self._estimates: dict[int, float] = {}
        self._settled = False
        self._final: dict[int, float] = {}
        self._merges: dict[tuple[int, int], tuple[Any, Any, dict[str, Any]]] = {}
        self._contains_items: dict[tuple[int, int], tuple[Any, Any, dict[str, Any]]] = {}
        self._conditionals: dict[tuple[int, bool], tuple[dict[str, Any], dict[str, Any]]] = {}
        self._type_heights: dict[tuple[int, str], tuple[dict[str, Any], float]] = {}
        self._keep_alive: list[Any] = []

    # Local facts of one node ------------------------------------------------------------------

    def enum_values(self, node: dict[str, Any]) -> list[Any]:
        """Return the `enum` values (or the `const`) that satisfy every other keyword of the node."""
        cached = self._enums.get(id(node))
        if cached is not None:
            return cached[1]
        candidates = [node["const"]] if "const" in node else list(node.get("enum", []))
        check = as_schema(node)
        self._keep_alive.append(check)
        allowed = [value for value in candidates if self.checker.is_valid(value, check)]
        self._enums[id(node)] = (node, allowed)
        return allowed

    def viable_types(self, node: dict[str, Any]) -> list[str]:
        """Return the types for which the node's own keywords can be met, in order of preference."""
        return self._local(node)[1]

    def local_reason(self, node: dict[str, Any]) -> str | None:
        """Return why no type of the node is viable, or None."""
        return self._local(node)[2]

    def _local(self, node: dict[str, Any]) -> tuple[dict[str, Any], list[str], str | None]:
        cached = self._types.get(id(node))
        if cached is not None:
            return cached
        result = (node, *self._compute_local(node))
        self._types[id(node)] = result
        return result

    def _compute_local(self, node: dict[str, Any]) -> tuple[list[str], str | None]:
        if CONFLICT in node:
            return [], node[CONFLICT]
        if node.get("not") is True or node.get("not") == {}:
            return [], "not {} rejects every value"
        if "const" in node or "enum" in node:
            values = self.enum_values(node)
            if not values:
                if "const" in node:
                    return (
                        [],
                        f"const {node['const']!r} does not satisfy the other keywords (type, bounds, format)",
                    )
                shown = ", ".join(repr(value) for value in node["enum"][:5])
                return [], f"none of the enum values ({shown}) satisfy the other keywords"
            return list(dict.fromkeys(type_of(value) for value in values)), None

        viable, reasons = [], []
        for name in infer_types(node):
            reason = self._type_reason(node, name)
            if reason is None:
                viable.append(name)
            else:
                reasons.append(reason)
        if viable:
            return viable, None
        return [], reasons[0] if reasons else "the schema allows no type"

    def _type_reason(self, node: dict[str, Any], name: str) -> str | None:
        if name in ("number", "integer"):
            low, low_exclusive, high, high_exclusive = numeric_bounds(node)
            if (
                low is not None
                and high is not None
                and (low > high or (low == high and (low_exclusive or high_exclusive)))
            ):
                return (
                    f"{'exclusiveMinimum' if low_exclusive else 'minimum'} {low} is not below "
                    f"{'exclusiveMaximum' if high_exclusive else 'maximum'} {high}"
                )
            _, first, last = multiples_range(node, integer=name == "integer")
            if first is not None and last is not None and first > last:
                if "multipleOf" in node:
                    return f"no multiple of {node['multipleOf']} lies between {low} and {high}"
                return f"no integer lies between {low} and {high}"
        elif name == "string":
            if node.get("minLength", 0) > node.get("maxLength", INF):
                return f"minLength {node['minLength']} is greater than maxLength {node['maxLength']}"
        elif name == "array":
            return self._array_reason(node)
        elif name == "object":
            return self._object_reason(node)
        return None

    def _array_reason(self, node: dict[str, Any]) -> str | None:
        min_items = node.get("minItems", 0)
        max_items = node.get("maxItems", INF)
        if min_items > max_items:
            return f"minItems {min_items} is greater than maxItems {max_items}"
        prefix, rest = array_parts(node)
        if rest is False and min_items > len(prefix):
            return f"minItems {min_items} needs more items than the {len(prefix)} the tuple allows"
        if "contains" in node and node.get("minContains", 1) > max_items:
            return f"minContains {node.get('minContains', 1)} is greater than maxItems {max_items}"
        if node.get("uniqueItems") and rest is not False:
            distinct = self.domain_size(rest)
            needed = min_items - len(prefix)
            if distinct is not None and needed > distinct:
                return f"uniqueItems with minItems {min_items} but items allow only {distinct} distinct values"
        return None

    def _object_reason(self, node: dict[str, Any]) -> str | None:
        required = node.get("required", [])
        min_properties = node.get("minProperties", 0)
        max_properties = node.get("maxProperties", INF)
        if min_properties > max_properties:
            return f"minProperties {min_properties} is greater than maxProperties {max_properties}"
        if len(required) > max_properties:
            return f"{len(required)} required properties but maxProperties {max_properties}"
        for name in required:
            if property_schema(node, name) is False:
                return f"required property {name!r} is not allowed by the schema (its schema is false)"
        return None

    def domain_size(self, schema: Any) -> int | None:
        """Return how many distinct values a schema allows when that number is small and known, else None."""
        node = self.normalize(schema)
        if "const" in node or "enum" in node:
            return len({json_key(value) for value in self.enum_values(node)})
        types = set(self.viable_types(node))
        if types == {"boolean"}:
            return 2
        if types == {"null"}:
            return 1
        if types == {"boolean", "null"}:
            return 3
        if types == {"object"} and _only_empty_object(node):
            return 1
        if types == {"integer"} or (types == {"integer", "number"} and declared_types(node) == {"integer"}):
            _, first, last = multiples_range(node, integer=True)
            if first is not None and last is not None:
                return max(last - first + 1, 0)
        return None

    def domain_values(self, schema: Any, limit: int = 1_000) -> list[Any] | None:
        """Return every value a simple finite schema allows (enum, const, boolean, small integer range).

        Only schemas whose keywords are all understood here qualify, so each returned value is valid;
        any other schema returns None.
        """
        node = self.normalize(schema)
        if set(node) - _DOMAIN_KEYWORDS:
            return None
        if "const" in node or "enum" in node:
            return self.enum_values(node)
        types = set(self.viable_types(node))
        if types == {"boolean"}:
            return [False, True]
        if types <= {"integer", "number"} and declared_types(node) == {"integer"}:
            step, first, last = multiples_range(node, integer=True)
            if first is not None and last is not None and last - first < limit:
                return [int(step * index) for index in range(first, last + 1)]
        return None

    # Heights -------------------------------------------------------------------------------------

    def branch_node(self, node: dict[str, Any], group: int, index: int) -> dict[str, Any]:
        """Return the node merged with one branch of one of its anyOf/oneOf groups."""
        key = (id(node), group, index)
        cached = self._branches.get(key)
        if cached is not None:
            return cached[1]
        base = {keyword: value for keyword, value in node.items() if keyword != CHOICES}
        others = [choice for position, choice in enumerate(node.get(CHOICES, [])) if position != group]
        if others:
            base[CHOICES] = others
        branch = self.normalize(node[CHOICES][group][1][index])
        merged = merge(base, branch)
        self._branches[key] = (node, merged)
        return merged

    def merged(self, node: dict[str, Any], schema: Any) -> dict[str, Any]:
        """Return `node` merged with the normalized `schema`, cached so repeated merges share one node."""
        key = (id(node), id(schema))
        cached = self._merges.get(key)
        if cached is None or cached[0] is not node or cached[1] is not schema:
            cached = (node, schema, merge(node, self.normalize(schema)))
            self._merges[key] = cached
        return cached[2]

    def with_contains(self, node: dict[str, Any], item: Any) -> dict[str, Any]:
        """Return a schema for an array item that must also satisfy the array's `contains`."""
        key = (id(node), id(item))
        cached = self._contains_items.get(key)
        if cached is None or cached[0] is not node or cached[1] is not item:
            cached = (node, item, {"allOf": [item, node["contains"]]})
            self._contains_items[key] = cached
        return cached[2]

    def conditional_node(self, node: dict[str, Any], then: bool) -> dict[str, Any]:
        """Return the node with its `if` applied: merged with `if` and `then`, or with `else`."""
        key = (id(node), then)
        cached = self._conditionals.get(key)
        if cached is None or cached[0] is not node:
            base = {keyword: value for keyword, value in node.items() if keyword not in ("if", "then", "else")}
            if then:
                chosen = merge(merge(base, self.normalize(node["if"])), self.normalize(node.get("then", True)))
            else:
                chosen = merge(base, self.normalize(node.get("else", True)))
            cached = (node, chosen)
            self._conditionals[key] = cached
        return cached[1]

    def height(self, schema: Any) -> float:
        """Return the fewest object/array levels a value of `schema` needs (infinity: none exists)."""
        self._settle()
        if id(schema) in self._final:
            return self._final[id(schema)]
        memo: dict[int, float] = {}
        value = self._height_of(schema, memo, set())
        self._final.update(memo)
        return value

    def node_height(self, node: dict[str, Any]) -> float:
        """Return the height of an already normalized node."""
        self._settle()
        memo: dict[int, float] = {}
        value = self._node_height(node, memo, set())
        self._final.update(memo)
        return value

    def type_height(self, node: dict[str, Any], name: str) -> float:
        """Return the height of the node when its value has type `name`."""
        cached = self._type_heights.get((id(node), name))
        if cached is not None and cached[0] is node:
            return cached[1]
        self._settle()
        memo: dict[int, float] = {}
        value = self._type_height(node, name, memo, set())
        self._final.update(memo)
        self._type_heights[(id(node), name)] = (node, value)
        return value

    def _settle(self) -> None:
        # Iterate to a fixed point: a schema still being computed (a recursive reference) counts with
        # its estimate from the previous pass, starting at infinity, until no estimate changes.
        if self._settled:
            return
        self._settled = True
        for _ in range(_MAX_PASSES):
            memo: dict[int, float] = {}
            self._height_of(self.normalize.resolver.root, memo, set())
            if all(self._estimates.get(key) == value for key, value in memo.items()):
                break
            self._estimates.update(memo)

    def _height_of(self, schema: Any, memo: dict[int, float], active: set[int]) -> float:
        if schema is True:
            return 0
        key = id(schema)
        if key in memo:
            return memo[key]
        if key in self._final:
            return self._final[key]
        if key in active:
            return self._estimates.get(key, INF)
        active.add(key)
        self._keep_alive.append(schema)
        value = self._node_height(self.normalize(schema), memo, active)
        active.discard(key)
        memo[key] = value
        return value

    def _node_height(self, node: dict[str, Any], memo: dict[int, float], active: set[int]) -> float:
        choices = node.get(CHOICES, [])
        if choices:
            group, branches = 0, choices[0][1]
            return min(
                (
                    self._node_height(self.branch_node(node, group, index), memo, active)
                    for index in range(len(branches))
                ),
                default=INF,
            )
        return min((self._type_height(node, name, memo, active) for name in self.viable_types(node)), default=INF)

    def _type_height(self, node: dict[str, Any], name: str, memo: dict[int, float], active: set[int]) -> float:
        if name == "object":
            needed = [
                self._height_of(property_schema(node, required), memo, active) for required in node.get("required", [])
            ]
            return 1 + max(needed, default=0)
        if name == "array":
            prefix, rest = array_parts(node)
            min_items = node.get("minItems", 0)
            needed = [self._height_of(item, memo, active) for item in prefix[:min_items]]
            if min_items > len(prefix):
                needed.append(self._height_of(rest, memo, active))
            if "contains" in node and node.get("minContains", 1) > 0:
                needed.append(self._height_of(node["contains"], memo, active))
            return 1 + max(needed, default=0)
        return 0

    # Sizes -------------------------------------------------------------------------------------

    def min_size(self, schema: Any, limit: int) -> int:
        """Return the number of values in the smallest value of `schema`, counting up to `limit`.

        A recursive reference counts as one value, so the result is a lower bound.
        """
        return self._min_size(schema, limit, set())

    def _min_size(self, schema: Any, limit: int, active: set[int]) -> int:
        if not isinstance(schema, dict) or id(schema) in active:
            return 1
        active.add(id(schema))
        node = self.normalize(schema)
        types = self.viable_types(node)
        sizes = []
        for name in types or ["null"]:
            size = 1
            if name == "object":
                for required in node.get("required", []):
                    size += self._min_size(property_schema(node, required), limit, active)
                    if size >= limit:
                        break
            elif name == "array":
                prefix, rest = array_parts(node)
                minimum = node.get("minItems", 0)
                for item in prefix[:minimum]:
                    size += self._min_size(item, limit, active)
                if minimum > len(prefix):
                    size += (minimum - len(prefix)) * self._min_size(rest, limit, active)
            sizes.append(min(size, limit))
        active.discard(id(schema))
        return min(sizes)

    # Explanations ------------------------------------------------------------------------------

    def explain(self, schema: Any, path: tuple[str | int, ...] = ()) -> str:
        """Return "at /pointer: reason" for the first constraint that makes a schema impossible."""
        return self._explain(schema, path, set())

    def _explain(self, schema: Any, path: tuple[str | int, ...], seen: set[int]) -> str:
        if schema is False:
            return f"at {pointer(path)}: the schema is false, so no value is allowed"
        node = self.normalize(schema)
        if id(schema) in seen:
            return (
                f"at {pointer(path)}: the schema refers to itself through required properties or non-empty "
                "arrays with no way to stop; make the recursive property optional or allow an empty array"
            )
        seen.add(id(schema))
        return self._explain_node(node, path, seen)

    def _explain_node(self, node: dict[str, Any], path: tuple[str | int, ...], seen: set[int]) -> str:
        choices = node.get(CHOICES, [])
        if choices:
            keyword, branches = choices[0]
            reasons = [
                self._explain_node(self.branch_node(node, 0, index), (*path, keyword, index), seen)
                for index in range(len(branches))
            ]
            return f"at {pointer(path)}: no {keyword} branch can be met ({'; '.join(reasons[:3])})"
        reason = self.local_reason(node)
        if reason is not None:
            return f"at {pointer(path)}: {reason}"
        for name in self.viable_types(node):
            if name == "object":
                for required in node.get("required", []):
                    child = property_schema(node, required)
                    if self.height(child) == INF:
                        return self._explain(child, (*path, "properties", required), seen)
            if name == "array":
                prefix, rest = array_parts(node)
                for index, item in enumerate(prefix[: node.get("minItems", 0)]):
                    if self.height(item) == INF:
                        return self._explain(item, (*path, "prefixItems", index), seen)
                if node.get("minItems", 0) > len(prefix) and self.height(rest) == INF:
                    return self._explain(rest, (*path, "items"), seen)
                if "contains" in node and self.height(node["contains"]) == INF:
                    return self._explain(node["contains"], (*path, "contains"), seen)
        return f"at {pointer(path)}: no value satisfies every keyword"


def _only_empty_object(node: dict[str, Any]) -> bool:
    """Return whether an object node allows no property at all, so `{}` is its only value."""
    return (
        node.get("additionalProperties", True) is False
        and not node.get("properties")
        and not node.get("patternProperties")
    ) or node.get("maxProperties") == 0


def array_parts(node: dict[str, Any]) -> tuple[list[Any], Any]:
    """Return (tuple item schemas, schema of the remaining items) for draft 2020-12 and draft-07 arrays."""
    items = node.get("items", True)
    if isinstance(items, list):
        return items, node.get("additionalItems", True)
    return list(node.get("prefixItems", [])), items


def property_schema(node: dict[str, Any], name: str) -> Any:
    """Return the schema that governs property `name` of an object node."""
    properties = node.get("properties", {})
    if name in properties:
        return properties[name]
    for regex, schema in node.get("patternProperties", {}).items():
        if re.search(regex, name):
            return schema
    additional = node.get("additionalProperties", True)
    if additional is True and node.get("unevaluatedProperties") is False:
        return False
    return additional

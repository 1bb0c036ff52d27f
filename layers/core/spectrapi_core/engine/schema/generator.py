"""The record builder: one value per schema location, realistic by property name, valid by construction.

`RecordBuilder.record` walks a prepared schema from the root. Each location is normalized (`$ref`
and `allOf` merged), a branch of every `anyOf`/`oneOf` is chosen, then a type, then a value of that
type that meets the keywords. Locations with keywords that are not built exactly (`not`, `if`,
`oneOf` exclusivity, leftovers of a merge) check their value and retry a few times.

Recursion stops through `minimal` mode. It starts once a `$ref` repeats more than `REF_REPEAT_LIMIT`
times on the current path or the nesting passes `SOFT_DEPTH`. From there the builder takes the
branch, type and array length of least height and only required properties. That always ends,
because preparation rejects schemas whose height is infinite.
"""

from __future__ import annotations

import copy
import math
import re
import time
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .analysis import INF, array_parts, multiples_range, numeric_bounds, property_schema
from .coherence import kept_source_props, settle_place
from .limits import MAX_RECORD_BYTES
from .normalize import CHOICES, CONFLICT, RESIDUAL, json_key
from .patterns import string_matching
from .refs import pointer
from .sources import candidates, source_key
from .validation import is_multiple_of
from .values import Persona, ValueSource, ascii_fold, name_kind
from .vocabulary import ALTERNATE_KINDS, DERIVED_KINDS

if TYPE_CHECKING:
    import random
    from datetime import datetime

    from .prepare import PreparedSchema

REF_REPEAT_LIMIT = 2
"""How many times one `$ref` may nest inside itself before the builder stops growing the value."""
SOFT_DEPTH = 12
"""Nesting depth (objects and arrays) past which the builder switches to minimal values."""
HARD_DEPTH = 200
MAX_VALUES_PER_RECORD = 20_000
"""Most values (scalars, objects and arrays) one record may hold; larger schemas fail with 422."""
OPTIONAL_SHARE = 0.85
"""Chance that an optional property is present; decided once per location and request."""
NULL_SHARE = 0.1
LOCAL_ATTEMPTS = 8
STRING_ATTEMPTS = 12
DATE_PATTERN_ATTEMPTS = 48
"""Tries for a `date` or `date-time` that must also match a `pattern`; each is cheap."""
MISSING: Any = object()
_FAKER_FILL_WORDS = 32
"""Words drawn through Faker when padding a string; longer padding draws from its word list directly."""
_COSTLY_KEYWORDS = ("minLength", "pattern", "minItems", "minProperties", "minContains", "multipleOf", "uniqueItems")
# Keywords the builder does not meet by construction, so their values are checked and retried.
# `uniqueItems` and `minContains` are built exactly; `maxContains` is not.
_NEEDS_CHECK = (
    "not",
    "if",
    RESIDUAL,
    "maxContains",
    "propertyNames",
    "dependentSchemas",
    "dependencies",
    "unevaluatedProperties",
    "unevaluatedItems",
    "patternProperties",
)


def _needs_check(node: dict[str, Any]) -> bool:
    """Return whether values built for the node must be checked against its schema and retried."""
    return any(keyword in node for keyword in _NEEDS_CHECK) or any(
        keyword == "oneOf" for keyword, _ in node.get(CHOICES, [])
    )


def _property_positions(node: dict[str, Any]) -> dict[str, int]:
    return {prop: index for index, prop in enumerate(node.get("properties", {}))}


class UnsatisfiedError(Exception):
    """No value was found for one location; carries the pointer and the constraint."""

    def __init__(self, path: tuple[str | int, ...], reason: str) -> None:
        super().__init__(f"at {pointer(path)}: {reason}")
        self.path = path
        self.reason = reason


class RecordLimitError(UnsatisfiedError):
    """A record outgrew `MAX_RECORD_BYTES`; another attempt would too, so it is not retried."""


class DeadlineError(UnsatisfiedError):
    """The request's time budget ran out while building the value at `path`."""


class RecordBuilder:
    """Builds records of one prepared schema for one request."""

    def __init__(
        self,
        prepared: PreparedSchema,
        rng: random.Random,
        locale: str,
        now: datetime,
        *,
        deadline: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Start a builder; `deadline` is a `clock()` reading after which building stops with `DeadlineError`."""
        self.prepared = prepared
        self.analysis = prepared.analysis
        self.normalize = prepared.normalize
        self.checker = prepared.checker
        self.rng = rng
        self.values = ValueSource(rng, locale, now, id_prefix=_id_prefix(prepared.schema))
        self._include: dict[tuple[str | int, ...], bool] = {}
        self._budget = 0
        self._bytes = 0
        self._ref_depth: dict[str, int] = {}
        self.deadline = deadline
        self.clock = clock
        self._grow = 0
        self.last_failure: str | None = None
        """Why the previous attempt at the current record failed, for deadline messages."""
        self._facts = prepared.node_facts

    def _fact(self, fact: str, node: dict[str, Any], compute: Any) -> Any:
        """Return `compute(node)`, computed once per normalized node and prepared schema."""
        key = (fact, id(node))
        cached = self._facts.get(key)
        if cached is None or cached[0] is not node:
            cached = (node, compute(node))
            self._facts[key] = cached
        return cached[1]

    def record(self, source: dict[str, Any] | None) -> Any:
        """Build one record, taking matching values from `source` when given."""
        self._budget = MAX_VALUES_PER_RECORD
        self._bytes = MAX_RECORD_BYTES
        self._ref_depth = {}
        persona = self.values.persona()
        root = self.prepared.schema
        # The title's first word names the record ("Product" → a product's `name` is a product name).
        title = root.get("title")
        entity = title.split()[0].lower() if isinstance(title, str) and title.split() else None
        return self.value(root, (), entity, None, 0, False, source if source is not None else MISSING, {}, persona)

    # Dispatch ----------------------------------------------------------------------------------

    def value(
        self,
        schema: Any,
        path: tuple[str | int, ...],
        name: str | None,
        owner: str | None,
        depth: int,
        minimal: bool,
        source: Any,
        siblings: dict[str, Any],
        persona: Persona,
    ) -> Any:
        """Build a value for `schema` at `path`; `siblings` are the values built so far in its object."""
        self._budget -= 1
        if self._budget < 0:
            raise UnsatisfiedError(
                path,
                f"a record would hold more than {MAX_VALUES_PER_RECORD} values; lower minItems or nesting",
            )
        if depth > HARD_DEPTH:
            raise UnsatisfiedError(path, f"values nest deeper than {HARD_DEPTH} levels")
        self.check_deadline(path, schema)
        self._bytes -= 2

        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str):
            self._ref_depth[ref] = self._ref_depth.get(ref, 0) + 1
            minimal = minimal or self._ref_depth[ref] > REF_REPEAT_LIMIT
        minimal = minimal or depth > SOFT_DEPTH
        try:
            node = self.normalize(schema)
            if source is not MISSING and not isinstance(source, dict | list):
                for candidate in candidates(source, node):
                    if self.checker.is_valid(candidate, schema):
                        return candidate
                source = MISSING

            checked = self._fact("checked", node, _needs_check)
            if not checked:
                return self._from_node(node, path, name, owner, depth, minimal, source, siblings, persona)
            built = None
            for attempt in range(LOCAL_ATTEMPTS):
                try:
                    built = self._from_node(node, path, name, owner, depth, minimal, source, siblings, persona)
                except (RecordLimitError, DeadlineError):
                    raise
                except UnsatisfiedError:
                    if attempt == LOCAL_ATTEMPTS - 1:
                        raise
                    continue
                if self.checker.is_valid(built, schema):
                    return built
                source = MISSING
            return built
        finally:
            if isinstance(ref, str):
                self._ref_depth[ref] -= 1

    def check_deadline(self, path: tuple[str | int, ...], schema: Any) -> None:
        """Raise `DeadlineError` naming the location and its constraints once the time budget is spent.

        When the location has no costly keyword and an earlier attempt at the record failed, the message
        names that failure instead, because retrying it is what spent the time.
        """
        if self.deadline is None or self.clock() <= self.deadline:
            return
        shown = ""
        if isinstance(schema, dict):
            shown = ", ".join(f"{keyword} {schema[keyword]!r}" for keyword in _COSTLY_KEYWORDS if keyword in schema)
        if not shown and self.last_failure is not None:
            reason = f"the time budget ran out while retrying a record that failed {self.last_failure}"
            raise DeadlineError(path, reason)
        raise DeadlineError(path, f"the time budget ran out while building this value ({shown or 'no size keyword'})")

    @property
    def bytes_used(self) -> int:
        """Return the estimated JSON size of the record built last (strings, keys and two bytes a value)."""
        return MAX_RECORD_BYTES - self._bytes

    def spend(self, path: tuple[str | int, ...], size: int, reason: str) -> None:
        """Count `size` bytes against the record's size budget; raise `RecordLimitError` when it runs out."""
        self._bytes -= size
        if self._bytes < 0:
            raise RecordLimitError(path, f"{reason} would make it larger than {MAX_RECORD_BYTES} bytes as JSON")

    def _from_node(
        self,
        node: dict[str, Any],
        path: tuple[str | int, ...],
        name: str | None,
        owner: str | None,
        depth: int,
        minimal: bool,
        source: Any,
        siblings: dict[str, Any],
        persona: Persona,
    ) -> Any:
        if CHOICES in node:
            return self._choose_branch(node, path, name, owner, depth, minimal, source, siblings, persona)
        if "if" in node:
            options = [self.analysis.conditional_node(node, then=then) for then in (True, False)]
            options = [option for option in options if self.analysis.node_height(option) < INF] or options
            node = self.rng.choice(options)

        types = self.analysis.viable_types(node)
        if CONFLICT in node or not types:
            raise UnsatisfiedError(path, self.analysis.local_reason(node) or "no value satisfies every keyword")
        if "const" in node or "enum" in node:
            values = self.analysis.enum_values(node)
            return copy.deepcopy(values[0] if len(values) == 1 else self.rng.choice(values))

        chosen = self._choose_type(node, types, minimal)
        if chosen == "object":
            return self._object(node, path, name, owner, depth, minimal, source, persona)
        if chosen == "array":
            return self._array(node, path, name, owner, depth, minimal, source, persona)
        if chosen == "string":
            return self._string(node, path, name, owner, siblings, persona)
        if chosen in ("integer", "number"):
            return self._number(node, path, name, siblings, integer=chosen == "integer")
        if chosen == "boolean":
            return self.rng.random() < 0.5
        return None

    def _choose_branch(
        self,
        node: dict[str, Any],
        path: tuple[str | int, ...],
        name: str | None,
        owner: str | None,
        depth: int,
        minimal: bool,
        source: Any,
        siblings: dict[str, Any],
        persona: Persona,
    ) -> Any:
        keyword, branches = node[CHOICES][0]
        order = list(range(len(branches)))
        if minimal:
            order.sort(key=lambda index: self.analysis.node_height(self.analysis.branch_node(node, 0, index)))
        else:
            self.rng.shuffle(order)
        order = [index for index in order if self.analysis.node_height(self.analysis.branch_node(node, 0, index)) < INF]
        if not order:
            raise UnsatisfiedError(path, f"no {keyword} branch can be met")

        last: Any = None
        for index in order[:LOCAL_ATTEMPTS]:
            branch_node = self.analysis.branch_node(node, 0, index)
            last = self._from_node(
                branch_node, (*path, keyword, index), name, owner, depth, minimal, source, siblings, persona
            )
            if keyword == "anyOf":
                return last
            others = [branch for position, branch in enumerate(branches) if position != index]
            if not any(self.checker.is_valid(last, branch) for branch in others):
                return last
        return last

    def _choose_type(self, node: dict[str, Any], types: list[str], minimal: bool) -> str:
        finite = self._fact("finite_types", node, self._finite_types)
        if len(finite) == 1:
            return finite[0]  # the branches below draw nothing and return it too
        if minimal:
            return min(finite, key=lambda name: (self.analysis.type_height(node, name), name != "null"))
        concrete = [name for name in finite if name != "null"]  # a copy, so `remove` below is safe
        if not concrete:
            return "null"
        if "null" in finite and self.rng.random() < NULL_SHARE:
            return "null"
        if "number" in concrete and "integer" in concrete:
            concrete.remove("integer")
        return concrete[0] if len(concrete) == 1 else self.rng.choice(concrete)

    def _finite_types(self, node: dict[str, Any]) -> list[str]:
        types = self.analysis.viable_types(node)
        return [name for name in types if self.analysis.type_height(node, name) < INF] or types

    # Objects -----------------------------------------------------------------------------------

    def _include_optional(self, path: tuple[str | int, ...]) -> bool:
        decided = self._include.get(path)
        if decided is None:
            decided = self.rng.random() < OPTIONAL_SHARE
            self._include[path] = decided
        return decided

    def _object(
        self,
        node: dict[str, Any],
        path: tuple[str | int, ...],
        name: str | None,
        owner: str | None,
        depth: int,
        minimal: bool,
        source: Any,
        persona: Persona,
    ) -> dict[str, Any]:
        source_record = source if isinstance(source, dict) else {}
        # Properties keep the order of the normalized node, before dependencies merge more keywords in.
        position = self._fact("positions", node, _property_positions)
        required_list, optional = self._fact("property_plan", node, self._property_plan)
        chosen: list[str] = list(required_list)
        required = set(chosen)

        if not minimal:
            for prop in optional:
                if source_key(prop, source_record) is not None or self._include_optional((*path, "properties", prop)):
                    chosen.append(prop)

        node = self._apply_dependencies(node, chosen, required)
        grow, self._grow = self._grow, 0
        maximum = node.get("maxProperties", INF)
        while len(chosen) > maximum:
            optional = [prop for prop in chosen if prop not in required]
            if not optional:
                break
            chosen.remove(optional[-1])
        self._fill_min_properties(node, path, chosen)
        if grow and not minimal:
            # A retry for a distinct array item: vary the object by adding optional or extra properties.
            target = min(len(chosen) + grow, maximum)
            for prop, subschema in node.get("properties", {}).items():
                if len(chosen) < target and prop not in chosen and subschema is not False:
                    chosen.append(prop)
            self._add_extra_keys(node, chosen, int(target))

        is_derived = [name_kind(prop) in DERIVED_KINDS for prop in chosen]
        ordered = [prop for prop, derived in zip(chosen, is_derived, strict=True) if not derived]
        ordered += [prop for prop, derived in zip(chosen, is_derived, strict=True) if derived]
        object_persona = self.values.persona() if depth > 0 else persona
        feeds = self._coherent_feeds(node, chosen, source_record, object_persona)
        built: dict[str, Any] = {}
        for prop in ordered:
            self.spend((*path, "properties", prop), len(prop) + 4, f"{len(chosen)} properties")
            feed = feeds.get(prop, MISSING)
            built[prop] = self.value(
                property_schema(node, prop),
                (*path, "properties", prop),
                prop,
                name,
                depth + 1,
                minimal,
                feed,
                built,
                object_persona,
            )
        return {prop: built[prop] for prop in sorted(chosen, key=lambda prop: position.get(prop, len(position)))}

    def _property_plan(self, node: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return the required properties and the optional ones that can be built, in schema order."""
        required = tuple(dict.fromkeys(node.get("required", [])))
        optional = tuple(
            prop
            for prop, subschema in node.get("properties", {}).items()
            if prop not in required and subschema is not False and self.analysis.height(subschema) != INF
        )
        return required, optional

    def _coherent_feeds(
        self, node: dict[str, Any], chosen: list[str], source: dict[str, Any], persona: Persona
    ) -> dict[str, Any]:
        """Return the source value each property may start from, keeping related values together."""
        fed: dict[str, Any] = {}
        for prop in chosen:
            matched = source_key(prop, source)
            if matched is not None:
                fed[prop] = source[matched]
        if not fed:
            return fed

        def fits(prop: str, value: Any) -> bool:
            schema = property_schema(node, prop)
            return any(self.checker.is_valid(option, schema) for option in candidates(value, self.normalize(schema)))

        kept = kept_source_props(chosen, fed, fits)
        settled = settle_place(chosen, fed, kept, self.values.locale)
        if settled is not None:
            persona.fix_place(*settled)
        return {prop: value for prop, value in fed.items() if prop in kept}

    def _apply_dependencies(self, node: dict[str, Any], chosen: list[str], required: set[str]) -> dict[str, Any]:
        dependent_required = dict(node.get("dependentRequired", {}))
        dependent_schemas = dict(node.get("dependentSchemas", {}))
        for trigger, dependency in node.get("dependencies", {}).items():
            if isinstance(dependency, list):
                dependent_required[trigger] = dependency
            else:
                dependent_schemas[trigger] = dependency
        applied: set[str] = set()
        changed = True
        while changed:
            changed = False
            for prop in list(chosen):
                for needed in dependent_required.get(prop, []):
                    if needed not in chosen:
                        chosen.append(needed)
                        required.add(needed)
                        changed = True
                if prop in dependent_schemas and prop not in applied:
                    applied.add(prop)
                    node = self.analysis.merged(node, dependent_schemas[prop])
                    for needed in node.get("required", []):
                        if needed not in chosen:
                            chosen.append(needed)
                            required.add(needed)
                    changed = True
        return node

    def _fill_min_properties(self, node: dict[str, Any], path: tuple[str | int, ...], chosen: list[str]) -> None:
        minimum = node.get("minProperties", 0)
        for prop, subschema in node.get("properties", {}).items():
            if len(chosen) >= minimum:
                return
            if prop not in chosen and subschema is not False and self.analysis.height(subschema) < INF:
                chosen.append(prop)
        self._add_extra_keys(node, chosen, minimum)
        if len(chosen) < minimum:
            raise UnsatisfiedError(
                path,
                f"minProperties {minimum}: the generator found too few property names that the schema allows "
                "(it draws them from patternProperties, propertyNames' pattern or words)",
            )

    def _add_extra_keys(self, node: dict[str, Any], chosen: list[str], minimum: int) -> None:
        taken = set(chosen)
        for _ in range(4 * (minimum - len(chosen)) + 10):
            if len(chosen) >= minimum:
                return
            key = self._extra_key(node, taken)
            if key is not None and key not in taken:
                chosen.append(key)
                taken.add(key)

    def _extra_key(self, node: dict[str, Any], taken: set[str]) -> str | None:
        patterns = [regex for regex, schema in node.get("patternProperties", {}).items() if schema is not False]
        names = node.get("propertyNames")
        names_pattern = names.get("pattern") if isinstance(names, dict) else None
        regex: str | None = None
        if patterns and (self.rng.random() < 0.7 or node.get("additionalProperties", True) is False):
            regex = self.rng.choice(patterns)
            key = string_matching(regex, self.rng)
        elif node.get("additionalProperties", True) is not False:
            if isinstance(names_pattern, str):
                regex = names_pattern
                key = string_matching(names_pattern, self.rng)
            else:
                key = self.values.word() + "_" + str(self.rng.randint(1, 99))
        else:
            return None
        if key is not None and key in taken and regex is not None:
            key = self._distinct_match(key, regex, taken)
        if key is None or (names is not None and not self.checker.is_valid(key, names)):
            return None
        return key

    def _distinct_match(self, key: str, regex: str, taken: set[str]) -> str | None:
        """Extend a taken name with letters ("x_" → "x_qf") while it still matches the pattern."""
        for length in (2, 3, 4, 6):
            extended = key + "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(length))
            if extended not in taken and re.search(regex, extended):
                return extended
        return None

    # Arrays ------------------------------------------------------------------------------------

    def _array(
        self,
        node: dict[str, Any],
        path: tuple[str | int, ...],
        name: str | None,
        owner: str | None,
        depth: int,
        minimal: bool,
        source: Any,
        persona: Persona,
    ) -> list[Any]:
        prefix, rest = array_parts(node)
        minimum = node.get("minItems", 0)
        maximum = node.get("maxItems", INF)
        if rest is False or self.analysis.height(rest) == INF:
            maximum = min(maximum, len(prefix))
        contains = node.get("contains")
        min_contains = node.get("minContains", 1) if contains is not None else 0
        floor = max(minimum, min_contains)

        if minimal:
            length = floor
        elif isinstance(source, list):
            length = min(max(len(source), floor), maximum)
        else:
            low = max(floor, 1)
            length = int(min(self.rng.randint(low, low + 3), maximum))
        length = int(max(length, floor))

        tail = list(range(len(prefix), length)) or list(range(length))
        contain_at = set(self.rng.sample(tail, min(min_contains, len(tail)))) if min_contains else set()
        unique = bool(node.get("uniqueItems"))
        # Unique items from a small finite domain are drawn without replacement instead of by retries.
        pool = self.analysis.domain_values(rest) if unique and rest is not False else None
        if pool is not None:
            pool = list(pool)
            self.rng.shuffle(pool)
        item_name = _singular(name)
        seen: set[str] = set()
        items: list[Any] = []
        for index in range(length):
            subschema = prefix[index] if index < len(prefix) else rest
            if index in contain_at:
                subschema = self.analysis.with_contains(node, subschema)
            feed = source[index] if isinstance(source, list) and index < len(source) else MISSING
            if pool is not None and index >= len(prefix) and index not in contain_at and feed is MISSING:
                while pool and json_key(pool[-1]) in seen:
                    pool.pop()
                if pool:
                    item = pool.pop()
                    seen.add(json_key(item))
                    items.append(item)
                    continue
            for retry in range(STRING_ATTEMPTS if unique else 1):
                # Retries ask an object item to grow by one more property each time, so `{}` can become distinct.
                self._grow = retry
                item = self.value(
                    subschema, (*path, "items", index), item_name, name, depth + 1, minimal, feed, {}, persona
                )
                self._grow = 0
                if not unique or json_key(item) not in seen:
                    break
                feed = MISSING
            else:
                if index >= minimum and index >= len(prefix) and not contain_at - set(range(index)):
                    break
                raise UnsatisfiedError(path, f"uniqueItems: found no distinct value for item {index}")
            seen.add(json_key(item))
            items.append(item)
        return items

    # Strings -----------------------------------------------------------------------------------

    def _string(
        self,
        node: dict[str, Any],
        path: tuple[str | int, ...],
        name: str | None,
        owner: str | None,
        siblings: dict[str, Any],
        persona: Persona,
    ) -> str:
        minimum = node.get("minLength", 0)
        maximum = node.get("maxLength", INF)
        if minimum > self._bytes:
            self.spend(path, minimum, f"minLength {minimum}")
        fmt = node.get("format")
        pattern = node.get("pattern")
        kind = name_kind(name)
        dated = fmt in ("date", "date-time") and isinstance(pattern, str)
        for attempt in range(DATE_PATTERN_ATTEMPTS if dated else STRING_ATTEMPTS):
            candidate = None
            if dated and attempt > 0 and isinstance(pattern, str) and isinstance(fmt, str):
                candidate = self.values.date_like(fmt, string_matching(pattern, self.rng, attempts=1))
            elif isinstance(fmt, str):
                candidate = self.values.format_value(fmt, kind, siblings, persona, owner, name)
            if candidate is None and isinstance(pattern, str):
                if attempt == 0 and kind is not None:
                    candidate = self._named_match(pattern, kind, siblings, persona, owner, name)
                if candidate is None:
                    candidate = string_matching(pattern, self.rng, attempts=3)
            if candidate is None:
                candidate = self._fit_length(
                    self.values.string_for(kind, siblings, persona, owner, name), minimum, maximum
                )
            if candidate is None:
                continue
            if minimum <= len(candidate) <= maximum and (not isinstance(pattern, str) or re.search(pattern, candidate)):
                self.spend(path, len(candidate) + 2, f"a string of {len(candidate)} characters")
                return candidate
        described = ", ".join(
            f"{keyword} {node[keyword]!r}"
            for keyword in ("format", "pattern", "minLength", "maxLength")
            if keyword in node
        )
        raise UnsatisfiedError(path, f"no string found that meets {described}")

    def _named_match(
        self,
        pattern: str,
        kind: str,
        siblings: dict[str, Any],
        persona: Persona,
        owner: str | None,
        name: str | None,
    ) -> str | None:
        """Return the realistic value for the name, or its short form ("TX" for a state), if it matches."""
        for option in (kind, *ALTERNATE_KINDS.get(kind, ())):
            candidate = self.values.string_for(option, siblings, persona, owner, name)
            if re.search(pattern, candidate):
                return candidate
        return None

    def _fit_length(self, text: str, minimum: int, maximum: float) -> str:
        # Words are collected and joined once, so a long minLength costs time linear in its length.
        if len(text) < minimum:
            parts, length = [text], len(text)
            while length < minimum and len(parts) <= _FAKER_FILL_WORDS:
                word = self.values.word()
                parts.append(word)
                length += len(word) + 1
            if length < minimum:
                words = self.values.word_list()
                while length < minimum:
                    word = self.rng.choice(words)
                    parts.append(word)
                    length += len(word) + 1
            text = " ".join(parts)
        if len(text) > maximum:
            text = text[: int(maximum)].rstrip()
            if len(text) < minimum:
                text += "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(minimum - len(text)))
        return text

    # Numbers -----------------------------------------------------------------------------------

    def _number(
        self,
        node: dict[str, Any],
        path: tuple[str | int, ...],
        name: str | None,
        siblings: dict[str, Any],
        integer: bool,
    ) -> int | float:
        kind = name_kind(name)
        preferred_low, preferred_high, places = self.values.number_range(kind)
        low, low_exclusive, high, high_exclusive = self._fact("bounds", node, numeric_bounds)
        low_value = float(low) if low is not None else None
        high_value = float(high) if high is not None else None
        if kind == "age":
            age = self.values.age_from(siblings)
            if (
                age is not None
                and _inside(age, low_value, low_exclusive, high_value, high_exclusive)
                and ("multipleOf" not in node or is_multiple_of(age, node["multipleOf"]))
            ):
                return age
        span_low, span_high = _span(low_value, high_value, preferred_low, preferred_high)
        step, first, last = self._fact(
            "integer_multiples" if integer else "number_multiples", node, lambda node: multiples_range(node, integer)
        )

        if step != 0:
            multiple_of = node.get("multipleOf")
            start = math.ceil(span_low / float(step))
            stop = math.floor(span_high / float(step))
            start = start if first is None else max(start, first)
            stop = stop if last is None else min(stop, last)
            if start > stop:
                start, stop = (first, first) if first is not None else (stop, stop)
            for _ in range(24):
                index = min(max(round(self._draw(span_low, span_high) / float(step)), start), stop)
                value = self._as_number(step * index, integer)
                if multiple_of is None or is_multiple_of(value, multiple_of):
                    return value
            for index in range(start, min(stop, start + 2_000) + 1):
                value = self._as_number(step * index, integer)
                if multiple_of is None or is_multiple_of(value, multiple_of):
                    return value
            raise UnsatisfiedError(
                path, f"no multiple of {multiple_of} between {low} and {high} survives float arithmetic"
            )

        for _ in range(LOCAL_ATTEMPTS):
            drawn = self._draw(span_low, span_high)
            for value in (round(drawn, places), drawn, (span_low + span_high) / 2):
                if _inside(value, low_value, low_exclusive, high_value, high_exclusive):
                    return value
        raise UnsatisfiedError(path, f"no number found between {low} and {high}")

    def _draw(self, low: float, high: float) -> float:
        """Draw uniformly, or log-uniformly over ranges that span orders of magnitude above zero."""
        if low > 0 and high / low > 100:
            return math.exp(self.rng.uniform(math.log(low), math.log(high)))
        return self.rng.uniform(low, high)

    @staticmethod
    def _as_number(value: Decimal, integer: bool) -> int | float:
        if integer:
            return int(value)
        as_float = float(value)
        return as_float


def _span(low: float | None, high: float | None, preferred_low: float, preferred_high: float) -> tuple[float, float]:
    """Return the range to draw from: the realistic range for the name, fitted into the schema's bounds.

    When the two barely overlap (under a tenth of the schema's range, as for a `price` between 1,000 and
    250,000) the schema's own range wins, because its author stated what is realistic.
    """
    start = preferred_low if low is None else max(low, preferred_low)
    stop = preferred_high if high is None else min(high, preferred_high)
    if low is not None and high is not None and (start >= stop or (stop - start) < (high - low) / 10):
        return low, high
    if start < stop:
        return start, stop
    width = max(preferred_high - preferred_low, 10.0)
    if low is not None:
        return low, low + width
    assert high is not None
    return high - width, high


def _inside(value: float, low: float | None, low_exclusive: bool, high: float | None, high_exclusive: bool) -> bool:
    if low is not None and (value < low or (low_exclusive and value == low)):
        return False
    return not (high is not None and (value > high or (high_exclusive and value == high)))


def _id_prefix(schema: dict[str, Any]) -> str:
    """Return the record id prefix from the schema title ("Vehicle listing" → "veh"), else "rec"."""
    title = schema.get("title")
    words = ascii_fold(title.split()[0]) if isinstance(title, str) and title.split() else ""
    return words[:3] if len(words) >= 3 else "rec"


def _singular(name: str | None) -> str | None:
    if name is None:
        return None
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name

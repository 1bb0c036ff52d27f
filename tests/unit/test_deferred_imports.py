"""The rfc3987_syntax stand-in: deferred until an iri check, same verdicts as the real module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "layers" / "core"

IRI_CASES = [
    ("iri", "http://example.com/ü"),
    ("iri", "::not an iri"),
    ("iri", "urn:isbn:0451450523"),
    ("iri-reference", "a b"),
    ("iri-reference", "../relative/path?q=1"),
    ("iri-reference", "http://[::1]:80/x"),
]

PROBE = """
import json, sys
{prelude}
import jsonschema
before = type(sys.modules.get("rfc3987_syntax")).__name__
checker = jsonschema.FormatChecker()
verdicts = [checker.conforms(value, fmt) for fmt, value in {cases!r}]
after = type(sys.modules.get("rfc3987_syntax")).__name__
print(json.dumps({{"before": before, "after": after, "verdicts": verdicts}}))
"""


def run_probe(prelude: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(CORE)}
    code = PROBE.format(prelude=prelude, cases=IRI_CASES)
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
    return json.loads(output.stdout)


def test_deferred_iri_same_verdicts() -> None:
    deferred = run_probe("import spectrapi_core")
    plain = run_probe("")
    assert deferred["verdicts"] == plain["verdicts"]


def test_deferred_iri_not_loaded_early() -> None:
    deferred = run_probe("import spectrapi_core")
    assert deferred["before"] == "_DeferredModule"


def test_deferred_iri_loads_real_module() -> None:
    deferred = run_probe("import spectrapi_core")
    assert deferred["after"] == "module"

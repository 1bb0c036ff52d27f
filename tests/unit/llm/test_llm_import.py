"""Importing the llm engine stays cheap: openai and boto3 load only when first used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[3] / "layers" / "core"


def _modules_after(statement: str) -> set[str]:
    script = f"import sys; {statement}; print(' '.join(sys.modules))"
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=CORE).stdout
    return set(output.split())


def test_import_skips_openai():
    modules = _modules_after("import spectrapi_core.engine.llm")

    assert "openai" not in modules


def test_import_skips_boto3():
    modules = _modules_after("import spectrapi_core.engine.llm")

    assert "boto3" not in modules


def test_engine_construction_skips_openai():
    modules = _modules_after(
        "from spectrapi_core.engine.llm import LLMConfig, LLMEngine; LLMEngine(LLMConfig(model='m'))"
    )

    assert "openai" not in modules

"""Tests for the dependency layer: the source hash and a real pip build for Lambda's platform."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from aws_cdk import App, Stack

from infra import names
from infra.layer import DependencyLayer, PipLayerBundler, layer_source_hash

REPO_ROOT = Path(__file__).resolve().parents[2]
# Lambda's limit for a function and all its layers, unzipped.
LAMBDA_UNZIPPED_LIMIT_BYTES = 250 * 1024 * 1024


@pytest.fixture
def layer_sources(tmp_path: Path) -> tuple[Path, Path]:
    """Copy the layer requirements and the core package into a temporary tree."""
    requirements = tmp_path / "requirements.txt"
    shutil.copy(REPO_ROOT / names.LAYER_REQUIREMENTS_FILE, requirements)
    package = tmp_path / "spectrapi_core"
    shutil.copytree(REPO_ROOT / names.CORE_PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    return requirements, package


def test_source_hash_stable(layer_sources):
    assert layer_source_hash(*layer_sources) == layer_source_hash(*layer_sources)


def test_source_hash_follows_requirements(layer_sources):
    requirements, package = layer_sources
    before = layer_source_hash(requirements, package)
    requirements.write_text(requirements.read_text() + "\nrequests>=2\n")
    assert layer_source_hash(requirements, package) != before


def test_source_hash_follows_package(layer_sources):
    requirements, package = layer_sources
    before = layer_source_hash(requirements, package)
    (package / "plans.json").write_text("{}")
    assert layer_source_hash(requirements, package) != before


def test_source_hash_ignores_bytecode(layer_sources):
    requirements, package = layer_sources
    before = layer_source_hash(requirements, package)
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "ids.cpython-312.pyc").write_bytes(b"\x00")
    assert layer_source_hash(requirements, package) == before


def test_bundler_fails_on_missing_package(tmp_path):
    requirements = tmp_path / "requirements.txt"
    # A wheel path that does not exist fails pip without asking the package index.
    requirements.write_text(f"{tmp_path / 'missing-0.0.0-py3-none-any.whl'}\n")
    bundler = PipLayerBundler(requirements, REPO_ROOT / names.CORE_PACKAGE_DIR)
    with pytest.raises(subprocess.CalledProcessError):
        bundler.install_requirements(tmp_path / "out" / "python")


def _tree_size(root: Path) -> int:
    return sum(path.stat().st_size for path in root.rglob("*") if path.is_file())


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("SPECTRAPI_SKIP_LAYER_BUILD") == "1", reason="SPECTRAPI_SKIP_LAYER_BUILD=1")
def test_layer_build_for_lambda(tmp_path, capsys):
    # Synthesizing through CDK runs the bundler the way `cdk deploy` does, jsii callback included.
    app = App(outdir=str(tmp_path / "cdk.out"))
    DependencyLayer(Stack(app, "LayerOnly"), "DependencyLayer", repo_root=REPO_ROOT)
    app.synth()

    manifest = json.loads((tmp_path / "cdk.out" / "LayerOnly.assets.json").read_text())
    [asset] = [entry for entry in manifest["files"].values() if entry["source"]["packaging"] == "zip"]
    site_packages = tmp_path / "cdk.out" / asset["source"]["path"] / "python"
    assert (site_packages / "spectrapi_core" / "plans.json").is_file()
    assert (site_packages / "pydantic").is_dir()
    # Binary wheels must be the Linux arm64 builds, not the machine's own.
    pydantic_core_binaries = [path.name for path in (site_packages / "pydantic_core").glob("_pydantic_core.*.so")]
    assert pydantic_core_binaries == ["_pydantic_core.cpython-312-aarch64-linux-gnu.so"]
    assert not list(site_packages.rglob("__pycache__"))
    size = _tree_size(site_packages)
    assert size < LAMBDA_UNZIPPED_LIMIT_BYTES
    with capsys.disabled():
        print(f"\nlayer size unzipped: {size / 1024 / 1024:.1f} MiB")

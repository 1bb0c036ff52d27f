"""The Lambda layer with `spectrapi_core` and its third-party dependencies, built with pip instead of Docker.

pip downloads wheels built for Lambda's platform (Linux, arm64, CPython 3.12) whatever the machine running
`cdk synth` is, so no Docker engine is needed. Only binary wheels are accepted: a dependency without an
aarch64 wheel fails the build instead of compiling for the wrong machine.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import jsii
from aws_cdk import AssetHashType, BundlingOptions, DockerImage, ILocalBundling
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

from infra import names

LAMBDA_PYTHON_VERSION = "3.12"
# Lambda's python3.12 runtime runs on Amazon Linux 2023 (glibc 2.34), so manylinux_2_28 wheels work there too.
# Recent jsonschema-rs releases publish aarch64 wheels only for manylinux_2_28; with manylinux2014 alone pip
# falls back to an old release whose API differs from the one the tests run against.
LAMBDA_PLATFORMS = ("manylinux2014_aarch64", "manylinux_2_28_aarch64")
# Files that never belong in the layer.
IGNORED_NAMES = ("__pycache__", "*.pyc", "*.pyo")


@jsii.implements(ILocalBundling)
class PipLayerBundler:
    """Build a layer directory: pip-installed requirements plus a copy of a local package, under `python/`."""

    def __init__(self, requirements_file: Path, package_dir: Path, pip_command: list[str] | None = None) -> None:
        self.requirements_file = requirements_file
        self.package_dir = package_dir
        self.pip_command = pip_command or [sys.executable, "-m", "pip"]

    def try_bundle(self, output_dir: str, options: object = None) -> bool:
        """Install the requirements and copy the package into `output_dir`; CDK calls this before Docker.

        jsii passes CDK's bundling options as one positional argument; they concern Docker and go unused.
        Returns True, so CDK never falls back to Docker. A failed pip run raises
        `subprocess.CalledProcessError`, with pip's own output above it.
        """
        site_packages = Path(output_dir) / "python"
        self.install_requirements(site_packages)
        self.copy_package(site_packages)
        return True

    def install_requirements(self, site_packages: Path) -> None:
        """Run pip for Lambda's platform into `site_packages`."""
        command = [
            *self.pip_command,
            "install",
            "--disable-pip-version-check",
            "--quiet",
            *(f"--platform={platform}" for platform in LAMBDA_PLATFORMS),
            "--implementation",
            "cp",
            "--python-version",
            LAMBDA_PYTHON_VERSION,
            "--only-binary=:all:",
            "--no-compile",
            "--target",
            str(site_packages),
            "-r",
            str(self.requirements_file),
        ]
        subprocess.run(command, check=True)

    def copy_package(self, site_packages: Path) -> None:
        """Copy the local package next to its dependencies, without bytecode caches."""
        target = site_packages / self.package_dir.name
        shutil.copytree(self.package_dir, target, ignore=shutil.ignore_patterns(*IGNORED_NAMES), dirs_exist_ok=True)


def layer_source_hash(requirements_file: Path, package_dir: Path) -> str:
    """Hash the requirements and the package sources, so the asset changes exactly when the layer would."""
    digest = hashlib.sha256()
    digest.update(requirements_file.read_bytes())
    for path in sorted(package_dir.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            digest.update(path.relative_to(package_dir).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class DependencyLayer(Construct):
    """Lambda layer (arm64, Python 3.12) with `spectrapi_core` and the packages of the layer requirements."""

    def __init__(self, scope: Construct, construct_id: str, *, repo_root: Path) -> None:
        super().__init__(scope, construct_id)

        requirements_file = repo_root / names.LAYER_REQUIREMENTS_FILE
        package_dir = repo_root / names.CORE_PACKAGE_DIR
        bundler = PipLayerBundler(requirements_file, package_dir)

        code = lambda_.Code.from_asset(
            str(package_dir.parent),
            asset_hash=layer_source_hash(requirements_file, package_dir),
            asset_hash_type=AssetHashType.CUSTOM,
            exclude=list(IGNORED_NAMES),
            bundling=BundlingOptions(
                # CDK requires an image even with a local bundler. `try_bundle` returns True or raises, so
                # CDK never pulls it.
                image=DockerImage.from_registry("public.ecr.aws/sam/build-python3.12"),
                local=bundler,
            ),
        )
        self.layer = lambda_.LayerVersion(
            self,
            "Layer",
            code=code,
            compatible_runtimes=[lambda_.Runtime.PYTHON_3_12],
            compatible_architectures=[lambda_.Architecture.ARM_64],
            description="spectrapi_core with pydantic, faker, jsonschema, openai and powertools",
        )

#!/usr/bin/env python3
"""CDK entry point: `cdk synth` and `cdk deploy` run this file (see docs/deploy.md for the context keys)."""

import sys
from pathlib import Path

# The stack reads the plans file through spectrapi_core, which lives in the layer's source tree.
sys.path.insert(0, str(Path(__file__).resolve().parent / "layers" / "core"))

from aws_cdk import App, Validations
from cdk_nag import AwsSolutionsChecks

from infra.config import DeploySettings
from infra.stack import SpectrApiStack

app = App()
settings = DeploySettings.from_context(app)
SpectrApiStack(app, "SpectrApi", settings=settings)
if settings.nag:
    # Fails the synth on any finding that infra/nag.py does not acknowledge.
    Validations.of(app).add_plugins(AwsSolutionsChecks(app))
app.synth()

"""Synthesize the SpectrAPI stack once per session, with cdk-nag's AwsSolutions checks attached.

A synth takes seconds, so every template test shares one of two synthesized apps: the defaults, and one
with every optional setting switched on. Layer bundling is skipped (`aws:cdk:bundling-stacks` = []); the
layer build has its own test.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# jsii prints a warning for Node 20 on every import; the warning is not a test failure.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from aws_cdk import App, Validations
from aws_cdk.assertions import Template
from cdk_nag import AwsSolutionsChecks

from infra.config import DeploySettings
from infra.stack import SpectrApiStack

REPO_ROOT = Path(__file__).resolve().parents[2]
STACK_ID = "SpectrApi"
OPTIONS_CONTEXT = {
    "stackName": "SpectrAPI-options",
    "authorizerCacheTtl": "15",
    "llmSecretName": "spectrapi/llm-api-key",
    "llmBaseUrl": "http://127.0.0.1:8080/v1",
    "llmModel": "test-model",
    "destroyData": "true",
    "xrayTracing": "true",
    "logRetentionDays": "14",
    "alarmTopicArn": "arn:aws:sns:us-east-1:123456789012:spectrapi-alarms",
}


@dataclass
class Synthesized:
    """One synthesized app: the stack, its template and cdk-nag's validation report."""

    stack: SpectrApiStack
    template_path: Path
    template: Template
    resources: dict[str, Any]
    validation_report: dict[str, Any]
    validation_error: str | None

    def resources_of_type(self, resource_type: str) -> dict[str, dict[str, Any]]:
        """Return the template's resources of one CloudFormation type, by logical id."""
        return {key: value for key, value in self.resources.items() if value["Type"] == resource_type}

    def properties_of_type(self, resource_type: str) -> list[dict[str, Any]]:
        """Return the properties of every resource of one CloudFormation type."""
        return [value.get("Properties", {}) for value in self.resources_of_type(resource_type).values()]

    def logical_id(self, construct) -> str:
        """Return the logical id of a construct's main CloudFormation resource."""
        return self.stack.get_logical_id(construct.node.default_child)


def synthesize(outdir: Path, context: dict[str, str]) -> Synthesized:
    """Synthesize the app with the AwsSolutions checks, keeping the template even when the checks fail."""
    # The CDK command line passes cdk.json's context (the feature flags) to the app; a test must do it itself.
    feature_flags = json.loads((REPO_ROOT / "cdk.json").read_text())["context"]
    app = App(outdir=str(outdir), context={**feature_flags, "aws:cdk:bundling-stacks": [], **context})
    stack = SpectrApiStack(app, STACK_ID, settings=DeploySettings.from_context(app))
    # Copying the acknowledgments into the template's metadata lets tests read them back; a passing report
    # lists nothing.
    Validations.of(app).add_plugins(AwsSolutionsChecks(app, write_suppressions_to_cloud_formation=True))

    # A failed check raises after the templates are written, so template tests still run and only the nag
    # test reports the failure.
    validation_error = None
    try:
        app.synth()
    except RuntimeError as error:
        validation_error = str(error)

    template_path = outdir / f"{STACK_ID}.template.json"
    template_json = json.loads(template_path.read_text())
    report_path = outdir / "validation-report.json"
    report = json.loads(report_path.read_text()) if report_path.exists() else {}
    return Synthesized(
        stack=stack,
        template_path=template_path,
        template=Template.from_json(template_json),
        resources=template_json["Resources"],
        validation_report=report,
        validation_error=validation_error,
    )


@pytest.fixture(scope="session")
def synthesized(tmp_path_factory: pytest.TempPathFactory) -> Synthesized:
    """Return the app synthesized with default settings."""
    return synthesize(tmp_path_factory.mktemp("cdk-default"), {})


@pytest.fixture(scope="session")
def synthesized_options(tmp_path_factory: pytest.TempPathFactory) -> Synthesized:
    """Return the app synthesized with every optional setting on (LLM secret, tracing, alarm topic, ...)."""
    return synthesize(tmp_path_factory.mktemp("cdk-options"), OPTIONS_CONTEXT)

"""cdk-nag AwsSolutions checks and cfn-lint on the synthesized templates."""

from __future__ import annotations

import pytest
from aws_cdk import App, Stack, Validations
from aws_cdk import aws_s3 as s3
from cdk_nag import AwsSolutionsChecks
from cfnlint.api import ManualArgs, lint_file

from infra.nag import REASONS, rule_of

# W3005: CDK writes a DependsOn on a function's role next to a GetAtt of the same role, which is harmless.
CFN_LINT_IGNORED = ["W3005"]


def _unacknowledged(report: dict) -> list[str]:
    """List cdk-nag findings that no acknowledgment covers, as 'rule at path'."""
    return [
        f"{violation['ruleName']} at {construct['constructPath']}"
        for plugin in report.get("pluginReports", [])
        for violation in plugin.get("violations", [])
        for construct in violation["violatingConstructs"]
    ]


@pytest.mark.parametrize("fixture_name", ["synthesized", "synthesized_options"])
def test_nag_no_unacknowledged_findings(request, fixture_name):
    synthesized = request.getfixturevalue(fixture_name)
    assert _unacknowledged(synthesized.validation_report) == []
    assert synthesized.validation_error is None


def test_nag_checks_report_findings(tmp_path):
    # The same plugin setup as the fixtures, on a bucket with none of the required settings, must fail.
    app = App(outdir=str(tmp_path))
    s3.Bucket(Stack(app, "Bare"), "Bucket")
    Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    with pytest.raises(RuntimeError, match="AwsSolutions-S10"):
        app.synth()


@pytest.mark.parametrize("fixture_name", ["synthesized", "synthesized_options"])
def test_nag_acknowledgments_use_reason_table(request, fixture_name):
    synthesized = request.getfixturevalue(fixture_name)
    acknowledged = [
        rule
        for resource in synthesized.resources.values()
        for rule in resource.get("Metadata", {}).get("cdk_nag", {}).get("rules_to_suppress", [])
    ]
    assert acknowledged
    for rule in acknowledged:
        assert rule["reason"] == REASONS[rule_of(rule["id"])], rule["id"]


def test_nag_reasons_are_sentences():
    for rule, reason in REASONS.items():
        assert len(reason) > 40, rule
        assert reason.endswith("."), rule


@pytest.mark.parametrize("fixture_name", ["synthesized", "synthesized_options"])
def test_cfn_lint_clean(request, fixture_name):
    template_path = request.getfixturevalue(fixture_name).template_path
    matches = lint_file(template_path, config=ManualArgs(ignore_checks=CFN_LINT_IGNORED))
    assert [f"{match.rule.id} {match.message}" for match in matches] == []

"""Template tests for the dashboard, the alarms and log retention."""

from __future__ import annotations

import json

import pytest

from infra import names


@pytest.fixture(scope="module")
def dashboard_body(synthesized) -> str:
    """Return the dashboard body as text, with CloudFormation references left in place."""
    dashboards = synthesized.properties_of_type("AWS::CloudWatch::Dashboard")
    assert len(dashboards) == 1
    return json.dumps(dashboards[0]["DashboardBody"])


@pytest.mark.parametrize("metric_name", [names.METRIC_LATENCY, names.METRIC_RECORDS_GENERATED, names.METRIC_LLM_TOKENS])
def test_dashboard_service_metric(dashboard_body, metric_name):
    assert f'\\"{metric_name}\\"' in dashboard_body


def test_dashboard_latency_percentiles(dashboard_body):
    assert '\\"stat\\":\\"p50\\"' in dashboard_body
    assert '\\"stat\\":\\"p99\\"' in dashboard_body


def test_dashboard_errors_by_code(dashboard_body):
    assert "SEARCH(" in dashboard_body
    assert f'MetricName=\\\\\\"{names.METRIC_ERRORS}\\\\\\"' in dashboard_body
    assert f",{names.METRIC_ERRORS_CODE_DIMENSION}}}" in dashboard_body


@pytest.mark.parametrize("metric_name", ["4XXError", "5XXError", "Latency", "Count"])
def test_dashboard_gateway_metric(dashboard_body, metric_name):
    assert f'\\"{metric_name}\\"' in dashboard_body


def test_dashboard_metrics_namespace(dashboard_body):
    assert f'\\"{names.METRICS_NAMESPACE}\\"' in dashboard_body


def test_alarm_on_p99_latency(synthesized):
    alarms = [
        props
        for props in synthesized.properties_of_type("AWS::CloudWatch::Alarm")
        if props.get("MetricName") == "Latency"
    ]
    assert len(alarms) == 1
    assert alarms[0]["ExtendedStatistic"] == "p99"
    assert alarms[0]["Namespace"] == "AWS/ApiGateway"


def test_alarm_on_5xx_rate(synthesized):
    alarms = [
        props
        for props in synthesized.properties_of_type("AWS::CloudWatch::Alarm")
        if props.get("MetricName") == "5XXError"
    ]
    assert len(alarms) == 1
    assert alarms[0]["Statistic"] == "Average"
    assert 0 < alarms[0]["Threshold"] < 1


def test_alarms_without_topic_have_no_actions(synthesized):
    for props in synthesized.properties_of_type("AWS::CloudWatch::Alarm"):
        assert "AlarmActions" not in props


def test_alarms_notify_topic_from_context(synthesized_options):
    alarms = synthesized_options.properties_of_type("AWS::CloudWatch::Alarm")
    assert len(alarms) == 2
    for props in alarms:
        assert props["AlarmActions"] == ["arn:aws:sns:us-east-1:123456789012:spectrapi-alarms"]


def test_log_groups_retention_default(synthesized):
    retention = [props.get("RetentionInDays") for props in synthesized.properties_of_type("AWS::Logs::LogGroup")]
    # Authorizer function, api function and API access logs.
    assert retention == [30, 30, 30]


def test_log_groups_retention_from_context(synthesized_options):
    retention = {
        props.get("RetentionInDays") for props in synthesized_options.properties_of_type("AWS::Logs::LogGroup")
    }
    assert retention == {14}


def test_functions_log_to_own_groups(synthesized):
    log_group_ids = set(synthesized.resources_of_type("AWS::Logs::LogGroup"))
    for props in synthesized.properties_of_type("AWS::Lambda::Function"):
        assert props["LoggingConfig"]["LogGroup"]["Ref"] in log_group_ids


def test_tracing_off_by_default(synthesized):
    for props in synthesized.properties_of_type("AWS::Lambda::Function"):
        assert props.get("TracingConfig", {"Mode": "PassThrough"})["Mode"] == "PassThrough"


def test_tracing_on_from_context(synthesized_options):
    for props in synthesized_options.properties_of_type("AWS::Lambda::Function"):
        if props.get("Runtime") == "python3.12":
            assert props["TracingConfig"] == {"Mode": "Active"}

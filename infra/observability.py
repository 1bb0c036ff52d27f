"""CloudWatch dashboard and alarms for the service metrics (Powertools EMF) and the API Gateway stage."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as cloudwatch_actions
from aws_cdk import aws_sns as sns
from constructs import Construct

from infra import names

PERIOD = Duration.minutes(1)
ALARM_PERIOD = Duration.minutes(5)
# NOTE: starting thresholds, not measured ones. The builtin engine responds in milliseconds and the LLM engine
# in seconds, while the gateway gives up at 29 s. Move the latency threshold once real p99 values are known.
P99_LATENCY_THRESHOLD_MS = 20_000
# Share of requests that got a 5xx response, as API Gateway's `5XXError` average (0.05 = 5 %).
SERVER_ERROR_RATE_THRESHOLD = 0.05
ALARM_EVALUATION_PERIODS = 3


class Observability(Construct):
    """Dashboard of the service's EMF metrics and the gateway's metrics, plus latency and 5xx-rate alarms."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        rest_api: apigw.RestApi,
        dashboard_name: str,
        alarm_topic_arn: str | None,
    ) -> None:
        super().__init__(scope, construct_id)

        service = {names.METRIC_SERVICE_DIMENSION: names.SERVICE_NAME}

        def service_metric(metric_name: str, statistic: str, label: str) -> cloudwatch.Metric:
            return cloudwatch.Metric(
                namespace=names.METRICS_NAMESPACE,
                metric_name=metric_name,
                dimensions_map=service,
                statistic=statistic,
                period=PERIOD,
                label=label,
            )

        # SEARCH draws one line per error code that occurs, so new codes appear without a change here.
        errors_by_code = cloudwatch.MathExpression(
            expression=(
                f"SEARCH('{{{names.METRICS_NAMESPACE},{names.METRIC_SERVICE_DIMENSION},"
                f"{names.METRIC_ERRORS_CODE_DIMENSION}}} MetricName=\"{names.METRIC_ERRORS}\"', 'Sum', 60)"
            ),
            label="errors by code",
            period=PERIOD,
        )
        gateway_latency_p99 = rest_api.metric_latency(statistic="p99", period=ALARM_PERIOD)
        gateway_server_error_rate = rest_api.metric_server_error(statistic="Average", period=ALARM_PERIOD)

        self.dashboard = cloudwatch.Dashboard(self, "Dashboard", dashboard_name=dashboard_name)
        self.dashboard.add_widgets(
            cloudwatch.GraphWidget(
                title="Service latency (ms)",
                left=[
                    service_metric(names.METRIC_LATENCY, "p50", "p50"),
                    service_metric(names.METRIC_LATENCY, "p99", "p99"),
                ],
                width=12,
            ),
            cloudwatch.GraphWidget(
                title="Records generated",
                left=[service_metric(names.METRIC_RECORDS_GENERATED, "Sum", "records")],
                width=12,
            ),
        )
        self.dashboard.add_widgets(
            cloudwatch.GraphWidget(title="Errors by code", left=[errors_by_code], width=12),
            cloudwatch.GraphWidget(
                title="LLM tokens",
                left=[service_metric(names.METRIC_LLM_TOKENS, "Sum", "tokens")],
                width=12,
            ),
        )
        self.dashboard.add_widgets(
            cloudwatch.GraphWidget(
                title="API Gateway responses",
                left=[
                    rest_api.metric_count(period=PERIOD, label="requests"),
                    rest_api.metric_client_error(period=PERIOD, label="4XX"),
                    rest_api.metric_server_error(period=PERIOD, label="5XX"),
                ],
                width=12,
            ),
            cloudwatch.GraphWidget(
                title="API Gateway latency (ms)",
                left=[
                    rest_api.metric_latency(statistic="p50", period=PERIOD, label="p50"),
                    rest_api.metric_latency(statistic="p99", period=PERIOD, label="p99"),
                    rest_api.metric_integration_latency(statistic="p99", period=PERIOD, label="integration p99"),
                ],
                width=12,
            ),
        )

        self.latency_alarm = cloudwatch.Alarm(
            self,
            "P99LatencyAlarm",
            alarm_description=f"API Gateway p99 latency above {P99_LATENCY_THRESHOLD_MS} ms for 15 minutes",
            metric=gateway_latency_p99,
            threshold=P99_LATENCY_THRESHOLD_MS,
            comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
            evaluation_periods=ALARM_EVALUATION_PERIODS,
            treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
        )
        self.server_error_alarm = cloudwatch.Alarm(
            self,
            "ServerErrorRateAlarm",
            alarm_description=(
                f"More than {SERVER_ERROR_RATE_THRESHOLD:.0%} of requests got a 5xx response for 15 minutes"
            ),
            metric=gateway_server_error_rate,
            threshold=SERVER_ERROR_RATE_THRESHOLD,
            comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
            evaluation_periods=ALARM_EVALUATION_PERIODS,
            treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
        )

        if alarm_topic_arn:
            topic = sns.Topic.from_topic_arn(self, "AlarmTopic", alarm_topic_arn)
            for alarm in (self.latency_alarm, self.server_error_alarm):
                alarm.add_alarm_action(cloudwatch_actions.SnsAction(topic))

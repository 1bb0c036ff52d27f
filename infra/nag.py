"""cdk-nag AwsSolutions findings that this stack accepts: one reason per rule, applied in one place.

cdk-nag 3 reads acknowledgments from CDK's `Validations.of(scope).acknowledge(...)`. An acknowledgment covers
the construct it is placed on and everything below it, so each one sits on the narrowest construct that has
the finding. Rules that report several findings per resource (IAM5) need one acknowledgment per finding, named
`RULE[Kind::value]`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aws_cdk import Acknowledgment, Stack, Validations
from constructs import IConstruct

if TYPE_CHECKING:
    from infra.stack import SpectrApiStack

REASONS: dict[str, str] = {
    "AwsSolutions-S1": (
        "The categories bucket is reached only through the api function's role. Object-level audit, when "
        "needed, comes from CloudTrail data events, without a second bucket of access logs to manage."
    ),
    "AwsSolutions-L1": (
        "Pinned to Python 3.12, the runtime the layer's binary wheels (pydantic-core, jiter, rpds-py, "
        "jsonschema-rs) are downloaded for. Move the runtime and the layer build together."
    ),
    "AwsSolutions-APIG2": (
        "The api function validates every request and returns the error envelope naming the bad field. "
        "A gateway request validator would respond first, in its own format."
    ),
    "AwsSolutions-APIG3": (
        "No WAF web ACL by default because it has a monthly charge, and the usage plans already throttle "
        "each key. Attach a web ACL to the stage when the API faces abusive traffic."
    ),
    "AwsSolutions-APIG4": (
        "Public on purpose: GET / and GET /console/{asset} serve the web console's page and static files, and "
        "GET /api/v1/openapi.json the API description. None of them returns account data."
    ),
    "AwsSolutions-COG4": (
        "Callers authenticate with SpectrAPI API keys, checked by the Lambda REQUEST authorizer against the "
        "keys table; there are no Cognito users. The console and OpenAPI routes are public on purpose."
    ),
    "AwsSolutions-IAM4": (
        "The account-wide role that lets API Gateway write access and execution logs uses the AWS managed "
        "policy AmazonAPIGatewayPushToCloudWatchLogs, which allows only CloudWatch Logs actions."
    ),
    "AwsSolutions-IAM5": (
        "Wildcards only where names are unknown at deploy time: the category objects in the bucket, the keys "
        "table's indexes used to list keys, and X-Ray (when tracing is on), which has no resource-level "
        "permissions."
    ),
}


def acknowledge_findings(stack: SpectrApiStack) -> None:
    """Acknowledge the accepted findings of `stack` on the constructs they concern."""
    api = stack.api
    rest_api = api.rest_api
    api_role = api.handler.role

    findings: list[tuple[IConstruct, str]] = [
        (stack.storage.categories_bucket, "AwsSolutions-S1"),
        (api.handler.function, "AwsSolutions-L1"),
        (stack.auth.handler.function, "AwsSolutions-L1"),
        (rest_api, "AwsSolutions-APIG2"),
        (rest_api.deployment_stage, "AwsSolutions-APIG3"),
        (api.root_method, "AwsSolutions-APIG4"),
        (api.openapi_method, "AwsSolutions-APIG4"),
        (api.console_method, "AwsSolutions-APIG4"),
        (api.root_method, "AwsSolutions-COG4"),
        (api.openapi_method, "AwsSolutions-COG4"),
        (api.console_method, "AwsSolutions-COG4"),
        (api.proxy_method, "AwsSolutions-COG4"),
        (
            rest_api.node.find_child("CloudWatchRole"),
            "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
            "AmazonAPIGatewayPushToCloudWatchLogs]",
        ),
        (api_role, f"AwsSolutions-IAM5[Resource::<{_logical_id(stack.storage.categories_bucket)}.Arn>/*]"),
        (api_role, f"AwsSolutions-IAM5[Resource::<{_logical_id(stack.storage.keys_table)}.Arn>/index/*]"),
    ]
    if stack.settings.xray_tracing:
        findings.append((api_role, "AwsSolutions-IAM5[Resource::*]"))
        findings.append((stack.auth.handler.role, "AwsSolutions-IAM5[Resource::*]"))

    for scope, finding in findings:
        Validations.of(scope).acknowledge(Acknowledgment(id=finding, reason=REASONS[rule_of(finding)]))


def rule_of(finding: str) -> str:
    """Return the rule id of a finding id: `AwsSolutions-IAM5[Resource::*]` -> `AwsSolutions-IAM5`."""
    return finding.split("[", 1)[0]


def _logical_id(construct: IConstruct) -> str:
    """Return the CloudFormation logical id of a construct's main resource, as cdk-nag prints it."""
    return Stack.of(construct).get_logical_id(construct.node.default_child)

"""Template tests for the REQUEST authorizer and its function."""

from __future__ import annotations

from infra import names


def _authorizer(synthesized) -> dict:
    return synthesized.resources[synthesized.logical_id(synthesized.stack.auth.authorizer)]["Properties"]


def _policy_statements(synthesized, role) -> list[dict]:
    """Return every statement of the inline policies attached to a role."""
    role_ref = {"Ref": synthesized.logical_id(role)}
    return [
        statement
        for props in synthesized.properties_of_type("AWS::IAM::Policy")
        if role_ref in props["Roles"]
        for statement in props["PolicyDocument"]["Statement"]
    ]


def test_authorizer_type_request(synthesized):
    assert _authorizer(synthesized)["Type"] == "REQUEST"


def test_authorizer_identity_source_header(synthesized):
    assert _authorizer(synthesized)["IdentitySource"] == "method.request.header.Authorization"


def test_authorizer_cache_ttl_default(synthesized):
    assert _authorizer(synthesized)["AuthorizerResultTtlInSeconds"] == 60


def test_authorizer_cache_ttl_from_context(synthesized_options):
    assert _authorizer(synthesized_options)["AuthorizerResultTtlInSeconds"] == 15


def test_authorizer_function_runtime_and_arch(synthesized):
    props = synthesized.resources[synthesized.logical_id(synthesized.stack.auth.handler.function)]["Properties"]
    assert props["Runtime"] == "python3.12"
    assert props["Architectures"] == ["arm64"]
    assert props["Timeout"] == names.AUTHORIZER_FUNCTION_TIMEOUT_SECONDS
    assert props["MemorySize"] == 256


def test_authorizer_function_reads_keys_table(synthesized):
    props = synthesized.resources[synthesized.logical_id(synthesized.stack.auth.handler.function)]["Properties"]
    keys_table_id = synthesized.logical_id(synthesized.stack.storage.keys_table)
    assert props["Environment"]["Variables"][names.ENV_KEYS_TABLE] == {"Ref": keys_table_id}


def test_authorizer_role_only_getitem_and_logs(synthesized):
    statements = _policy_statements(synthesized, synthesized.stack.auth.handler.role)
    keys_table_id = synthesized.logical_id(synthesized.stack.storage.keys_table)
    actions = sorted(
        action
        for statement in statements
        for action in (statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]])
    )
    assert actions == ["dynamodb:GetItem", "logs:CreateLogStream", "logs:PutLogEvents"]
    getitem = next(statement for statement in statements if statement["Action"] == "dynamodb:GetItem")
    assert getitem["Resource"] == {"Fn::GetAtt": [keys_table_id, "Arn"]}


def test_authorizer_role_has_no_managed_policies(synthesized):
    role = synthesized.resources[synthesized.logical_id(synthesized.stack.auth.handler.role)]["Properties"]
    assert "ManagedPolicyArns" not in role


def test_authorizer_invoke_permission(synthesized):
    function_id = synthesized.logical_id(synthesized.stack.auth.handler.function)
    principals = [
        props["Principal"]
        for props in synthesized.properties_of_type("AWS::Lambda::Permission")
        if props["FunctionName"] == {"Fn::GetAtt": [function_id, "Arn"]}
    ]
    assert principals == ["apigateway.amazonaws.com"]

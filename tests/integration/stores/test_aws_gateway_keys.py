"""Keys on a deployed stack, with CloudFormation, DynamoDB and API Gateway under moto."""

from __future__ import annotations

import json

import pytest

from spectrapi_core.errors import BadRequestError, InvalidApiKeyError, NotFoundError
from spectrapi_core.service.keys import authenticate
from tests.aws_tables import KEYS_TABLE, REGION, create_keys_table

boto3 = pytest.importorskip("boto3")
moto = pytest.importorskip("moto")


@pytest.fixture
def aws(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    with moto.mock_aws():
        session = boto3.session.Session(region_name=REGION)
        create_keys_table(session.resource("dynamodb"))
        apigateway = session.client("apigateway")
        plans = {name: apigateway.create_usage_plan(name=f"spectrapi-{name}")["id"] for name in ("free", "pro")}
        template = {
            "Resources": {"Placeholder": {"Type": "AWS::SNS::Topic"}},
            "Outputs": {
                "KeysTableName": {"Value": KEYS_TABLE},
                "UsagePlanIdFree": {"Value": plans["free"]},
                "UsagePlanIdPro": {"Value": plans["pro"]},
            },
        }
        session.client("cloudformation").create_stack(StackName="spectrapi", TemplateBody=json.dumps(template))
        yield session, plans


def test_create_key_joins_usage_plan(aws):
    from spectrapi_core.stores.aws_gateway import gateway_key_manager

    session, plans = aws
    manager = gateway_key_manager("spectrapi", region=REGION)
    created = manager.create(plan="pro", mode="live", label="first")
    apigateway = session.client("apigateway")
    gateway_keys = apigateway.get_api_keys(nameQuery=created.key.key_id, includeValues=True)["items"]
    assert len(gateway_keys) == 1
    assert gateway_keys[0]["value"] == created.key.key_hash
    members = apigateway.get_usage_plan_keys(usagePlanId=plans["pro"])["items"]
    assert [member["id"] for member in members] == [gateway_keys[0]["id"]]
    assert authenticate(manager.store, f"Bearer {created.secret}").plan == "pro"


def test_revoke_removes_gateway_key(aws):
    from spectrapi_core.stores.aws_gateway import gateway_key_manager

    session, _plans = aws
    manager = gateway_key_manager("spectrapi", region=REGION)
    created = manager.create(plan="free", mode="test")
    manager.revoke(created.key.key_id)
    assert session.client("apigateway").get_api_keys(nameQuery=created.key.key_id)["items"] == []
    with pytest.raises(InvalidApiKeyError, match="revoked"):
        authenticate(manager.store, f"Bearer {created.secret}")


def test_plan_without_usage_plan_rejected(aws):
    from spectrapi_core.stores.aws_gateway import gateway_key_manager

    manager = gateway_key_manager("spectrapi", region=REGION)
    with pytest.raises(BadRequestError, match="free, pro"):
        manager.create(plan="enterprise", mode="live")


def test_missing_stack_is_404(aws):
    from spectrapi_core.stores.aws_gateway import gateway_key_manager

    with pytest.raises(NotFoundError, match="nope"):
        gateway_key_manager("nope", region=REGION)

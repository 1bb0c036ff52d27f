"""Template tests for the DynamoDB tables, the categories bucket and the secret grant."""

from __future__ import annotations

import json

from infra import names


def _resource(synthesized, construct) -> dict:
    return synthesized.resources[synthesized.logical_id(construct)]


def _role_actions(synthesized, role) -> list[str]:
    """Return every action granted by inline policies attached to a role."""
    role_ref = {"Ref": synthesized.logical_id(role)}
    actions = []
    for props in synthesized.properties_of_type("AWS::IAM::Policy"):
        if role_ref not in props["Roles"]:
            continue
        for statement in props["PolicyDocument"]["Statement"]:
            action = statement["Action"]
            actions.extend(action if isinstance(action, list) else [action])
    return actions


def test_keys_table_partition_key(synthesized):
    props = _resource(synthesized, synthesized.stack.storage.keys_table)["Properties"]
    assert props["KeySchema"] == [{"AttributeName": names.KEYS_TABLE_PARTITION_KEY, "KeyType": "HASH"}]


def test_keys_table_indexes(synthesized):
    props = _resource(synthesized, synthesized.stack.storage.keys_table)["Properties"]
    indexes = {index["IndexName"]: index["KeySchema"] for index in props["GlobalSecondaryIndexes"]}
    assert indexes == {
        names.KEYS_INDEX_BY_KEY_ID: [{"AttributeName": names.KEYS_INDEX_BY_KEY_ID_ATTRIBUTE, "KeyType": "HASH"}],
        names.KEYS_INDEX_BY_ACCOUNT: [{"AttributeName": names.KEYS_INDEX_BY_ACCOUNT_ATTRIBUTE, "KeyType": "HASH"}],
    }


def test_tables_on_demand_with_pitr(synthesized):
    storage = synthesized.stack.storage
    for table in (storage.keys_table, storage.usage_table):
        props = _resource(synthesized, table)["Properties"]
        assert props["BillingMode"] == "PAY_PER_REQUEST", table.node.id
        assert props["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}, table.node.id
        assert props["SSESpecification"]["SSEEnabled"] is True, table.node.id


def test_usage_table_ttl_attribute(synthesized):
    props = _resource(synthesized, synthesized.stack.storage.usage_table)["Properties"]
    assert props["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}


def test_data_retained_by_default(synthesized):
    storage = synthesized.stack.storage
    for construct in (storage.keys_table, storage.usage_table, storage.categories_bucket):
        resource = _resource(synthesized, construct)
        assert resource["DeletionPolicy"] == "Retain", construct.node.id
        assert resource["UpdateReplacePolicy"] == "Retain", construct.node.id


def test_data_destroyed_when_requested(synthesized_options):
    storage = synthesized_options.stack.storage
    for construct in (storage.keys_table, storage.usage_table, storage.categories_bucket):
        assert _resource(synthesized_options, construct)["DeletionPolicy"] == "Delete", construct.node.id


def test_bucket_versioned(synthesized):
    props = _resource(synthesized, synthesized.stack.storage.categories_bucket)["Properties"]
    assert props["VersioningConfiguration"] == {"Status": "Enabled"}


def test_bucket_encrypted(synthesized):
    props = _resource(synthesized, synthesized.stack.storage.categories_bucket)["Properties"]
    rules = props["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert rules[0]["ServerSideEncryptionByDefault"]["SSEAlgorithm"] in ("AES256", "aws:kms")


def test_bucket_blocks_public_access(synthesized):
    props = _resource(synthesized, synthesized.stack.storage.categories_bucket)["Properties"]
    assert props["PublicAccessBlockConfiguration"] == {
        "BlockPublicAcls": True,
        "BlockPublicPolicy": True,
        "IgnorePublicAcls": True,
        "RestrictPublicBuckets": True,
    }


def test_bucket_policy_denies_insecure_transport(synthesized):
    bucket_ref = {"Ref": synthesized.logical_id(synthesized.stack.storage.categories_bucket)}
    policies = [
        props for props in synthesized.properties_of_type("AWS::S3::BucketPolicy") if props["Bucket"] == bucket_ref
    ]
    assert len(policies) == 1
    statements = policies[0]["PolicyDocument"]["Statement"]
    ssl_only = [
        statement
        for statement in statements
        if statement["Effect"] == "Deny" and statement.get("Condition") == {"Bool": {"aws:SecureTransport": "false"}}
    ]
    assert len(ssl_only) == 1


def test_api_role_bucket_access(synthesized):
    actions = _role_actions(synthesized, synthesized.stack.api.handler.role)
    for action in ("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"):
        assert action in actions, action
    assert not [action for action in actions if action.startswith("s3:") and "*" in action]


def test_api_role_counters_read_write(synthesized):
    actions = _role_actions(synthesized, synthesized.stack.api.handler.role)
    for action in ("dynamodb:UpdateItem", "dynamodb:GetItem", "dynamodb:PutItem"):
        assert action in actions, action


def test_secret_read_granted_to_api(synthesized_options):
    role = synthesized_options.stack.api.handler.role
    role_ref = {"Ref": synthesized_options.logical_id(role)}
    secret_statements = [
        statement
        for props in synthesized_options.properties_of_type("AWS::IAM::Policy")
        if role_ref in props["Roles"]
        for statement in props["PolicyDocument"]["Statement"]
        if "secretsmanager:GetSecretValue" in statement["Action"]
    ]
    assert len(secret_statements) == 1
    assert ":secret:spectrapi/llm-api-key-??????" in json.dumps(secret_statements[0]["Resource"])


def test_secret_not_granted_to_authorizer(synthesized_options):
    actions = _role_actions(synthesized_options, synthesized_options.stack.auth.handler.role)
    assert not [action for action in actions if action.startswith("secretsmanager:")]


def test_no_secret_access_without_secret(synthesized):
    all_actions = json.dumps(synthesized.properties_of_type("AWS::IAM::Policy"))
    assert "secretsmanager:" not in all_actions

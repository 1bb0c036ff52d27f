"""Plan features: which operations a caller's plan includes."""

from __future__ import annotations

from spectrapi_core.errors import InsufficientPermissionsError
from spectrapi_core.plans import get_plan, plans_with_feature
from spectrapi_core.service.keys import Principal

FEATURE_GENERATE = "generate"
FEATURE_CATEGORIES = "categories"


def require_feature(principal: Principal, feature: str) -> None:
    """Raise 403 naming the feature and the plans that include it, unless the caller's plan has it.

    Raises:
        InsufficientPermissionsError: the plan lacks the feature.
    """
    plan = get_plan(principal.plan)
    if plan.includes(feature):
        return
    raise InsufficientPermissionsError(
        f"The {plan.title} plan does not include {feature}. "
        f"Upgrade to one of: {', '.join(plans_with_feature(feature))}."
    )

"""How income sources, policies, goals and the profile read on the "Your details" page: the
service's typed rows (:mod:`cmrdesk.services.details`) turned into text, in the locale."""

from __future__ import annotations

from datetime import date
from typing import Any

from cmrdesk.domain import Frequency

from . import fmt
from .details_views import RowSpec
from .i18n import plural, tr
from .record_forms import (
    EMPLOYMENT,
    INCOME_KINDS,
    PER_FREQUENCY,
    POLICY_TYPES,
    RESIDENCE,
    describe_amount,
)


def notice_text(observation: Any) -> tuple[str, str]:
    """("the bank shows €6,960.00 a month since Aug 2026", "Update to €6,960.00")."""
    amount = fmt.money(observation.observed)
    per = tr(PER_FREQUENCY[observation.frequency.value])
    if observation.frequency in (Frequency.YEARLY, Frequency.HALF_YEARLY):
        text = tr("The bank shows {amount} {per} (last paid on {day}), not {keyed}").format(
            amount=amount, per=per, day=fmt.day(observation.last_paid),
            keyed=fmt.money(observation.keyed))
    else:
        text = tr("The bank shows {amount} {per} since {month}, not {keyed}").format(
            amount=amount, per=per, month=fmt.month(observation.since, long=True),
            keyed=fmt.money(observation.keyed))
    return text, tr("Update to {amount}").format(amount=amount)


def _joined(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def income_spec(row: Any) -> RowSpec:
    """An income source as a list row."""
    income = row.income
    frequency = income.frequency.value
    lines = [_joined(
        tr(INCOME_KINDS.get(income.kind.value, income.kind.value)),
        tr("gross {amount}").format(amount=describe_amount(income.gross, frequency))
        if income.gross is not None else "",
        tr("{amount} net a year").format(amount=fmt.money(row.yearly_net)),
    ), _joined(
        tr("paid into {account}").format(account=row.account.name) if row.account else
        tr("no account chosen"),
        tr("usually on day {day}").format(day=income.pay_day) if income.pay_day else "",
    )]
    if income.notes:
        lines.append(income.notes)
    spec = RowSpec(income.id, income.payer, describe_amount(income.net, frequency), lines)
    if row.observation is not None:
        spec.notice, spec.action = notice_text(row.observation)
        spec.observation = row.observation
    return spec


def policy_spec(row: Any, today: date) -> RowSpec:
    """A policy as a list row (a renewal within 60 days flagged)."""
    policy = row.policy
    frequency = policy.frequency.value
    money_line = _joined(
        tr("{amount} a year").format(amount=fmt.money(row.yearly_cost))
        if frequency != "yearly" else "",
        tr("cover {amount}").format(amount=fmt.money(policy.cover)) if policy.cover else "",
        tr("deductible {amount}").format(amount=fmt.money(policy.deductible))
        if policy.deductible is not None else "",
    )
    where = _joined(
        tr("paid from {account}").format(account=row.account.name) if row.account else
        tr("no account chosen"),
        tr("since {day}").format(day=fmt.day(policy.start_date)) if policy.start_date else "",
        tr("renews on {day}").format(day=fmt.day(policy.renewal_date))
        if policy.renewal_date and not row.renews_soon else "",
    )
    lines = [line for line in (money_line, where) if line]
    if policy.notes:
        lines.append(policy.notes)
    spec = RowSpec(policy.id, _joined(policy.insurer, tr(POLICY_TYPES.get(
        policy.policy_type.value, policy.policy_type.value))),
        describe_amount(policy.premium, frequency), lines)
    if row.renews_soon:
        days = row.days_to_renewal
        spec.flag = (tr("Renews today") if days == 0 else plural(
            days, "Renews tomorrow", "Renews in {n} days")) + " · " + fmt.day(
            policy.renewal_date)
    if row.observation is not None:
        spec.notice, spec.action = notice_text(row.observation)
        spec.observation = row.observation
    return spec


def goal_spec(row: Any) -> RowSpec:
    """A goal with its progress (or why it is unknown)."""
    goal = row.goal
    lines = [_joined(
        tr("by {day}").format(day=fmt.day(goal.target_date)) if goal.target_date else
        tr("no target date"),
        tr("saved in {accounts}").format(accounts=", ".join(a.name for a in row.accounts))
        if row.accounts else "",
    )]
    spec = RowSpec(goal.id, goal.name, fmt.money(goal.target), lines)
    if row.saved is not None and row.progress is not None:
        spec.progress = row.progress
        spec.progress_text = tr("{saved} of {target} ({share})").format(
            saved=fmt.money(row.saved), target=fmt.money(goal.target),
            share=fmt.percent(row.progress))
    elif not row.accounts:
        spec.progress_text = tr("No linked account, so progress is unknown: edit the goal to "
                                "choose the accounts that hold the savings.")
    else:
        spec.progress_text = tr("Progress unknown: {reason}").format(reason=row.unknown_because)
    return spec


def profile_value(name: str, value: Any) -> str:
    """A profile value as text (enums by their words, dates in the locale)."""
    if value is None or value == "":
        return ""
    if name == "employment_status":
        return tr(EMPLOYMENT.get(value.value, value.value))
    if name == "residence_status":
        return tr(RESIDENCE.get(value.value, value.value))
    if isinstance(value, date):
        return fmt.day(value)
    return str(value)


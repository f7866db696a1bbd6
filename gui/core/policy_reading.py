"""Reading a timing policy: a TOML file validated whole, problems as values.

``load_policy`` reads a TOML file and validates all of it. Problems come back as
:class:`PolicyProblem` values (file, key path, what is wrong) so a window can list them; nothing
here prints a traceback at a person. The policy's own values live in :mod:`gui.core.policy`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from gui.core.durations import TWO_YEARS, Duration, DurationError, parse_duration
from gui.core.echo import shortened
from gui.core.fingerprint import policy_fingerprint
from gui.core.policy import (
    EVIDENCE_LEVELS,
    POLICY_DATES,
    SCREENING_EFFECTS,
    TARGETS,
    CourseRule,
    Policy,
    Product,
    ProductClass,
    Rule,
    ScreeningItem,
)
from gui.core.resources import default_policy_path
from gui.core.shipped_policy import kept_data
from gui.core.small_files import read_small_text
from gui.core.words.problems import problem_message


class PolicyProblem(NamedTuple):
    """One thing wrong with a policy file: where, and what (``message`` is English).

    ``code`` and ``values`` let :func:`problem_said` say it in another language; a problem made
    without them is said in English everywhere.
    """

    file: str
    key: str
    message: str
    code: str = ""
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return problem_line(self)


def problem_said(problem: PolicyProblem, lang: str = "en") -> str:
    """What is wrong, in ``lang``: 'falta', '«14 dias» …' (a problem made without a code is English)."""
    return problem_message(problem.code, dict(problem.values), lang) if problem.code else problem.message


def problem_line(problem: PolicyProblem, lang: str = "en") -> str:
    """The whole problem, file and key included, in ``lang`` (a long or odd file name shortened)."""
    file = shortened(problem.file, 260)  # the longest path Windows allows by default
    where = f"{file}: {problem.key}" if problem.key else file
    return f"{where}: {problem_said(problem, lang)}"


def make_problem(file: str, key: str, code: str, **values: object) -> PolicyProblem:
    """A problem from its code and values; its English message comes from the same words. The key
    path is written as the file spells it, on one line and short (a key may hold any text)."""
    key = shortened(key, 80)
    return PolicyProblem(file, key, problem_message(code, values), code, tuple(values.items()))


class PolicyError(ValueError):
    """Raised by :func:`load_policy_or_raise`; carries every problem found."""

    def __init__(self, problems: list[PolicyProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class PolicyResult(NamedTuple):
    """A policy file read: the policy when it could be built, and every problem found in it."""

    policy: Policy | None
    problems: tuple[PolicyProblem, ...]

    @property
    def ok(self) -> bool:
        return self.policy is not None and not self.problems


_TOP_KEYS = {"policy", "classes", "products", "rules", "course", "screening"}
_COURSE_KEYS = {"minimum", "typical", "basis", "basis_es", "evidence", "sources"}
_SCREENING_KEYS = {
    "name",
    "name_es",
    "question",
    "question_es",
    "effect",
    "reason",
    "reason_es",
    "evidence",
    "sources",
    "applies_to",
}
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")  # a screening id as --screen takes it: botox-style
_POLICY_KEYS = {
    "name", "name_es", "version", "reviewed", "next_review", "approved_by", "approved_on", "fingerprint",
}  # fmt: skip
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")
_RULE_KEYS = {
    "earliest",
    "recommended",
    "ideal_until",
    "effect_ends",
    "basis",
    "basis_es",
    "evidence",
    "sources",
}
_CLASS_KEYS = {"name", "name_es"}
_PRODUCT_KEYS = {"name", "name_es", "class"}


def load_policy(path: Path | str, *, fill: bool = True, approved: bool = True) -> PolicyResult:
    """Read and validate a policy file. Never raises for bad content; see ``PolicyResult.problems``.

    A signed policy whose content no longer matches its fingerprint (edited after it was approved) is
    a problem, never a policy (``approved``; an import turns it off, to show the file for signing).

    A valid policy signed before the app knew both directions gets the pairs it lacks from the shipped
    default (``fill``; listed in ``Policy.from_default``), and one signed before courses the shipped
    course spacing (``Policy.courses_from_default``), so it keeps working unchanged."""
    path = Path(path)
    try:
        text = read_small_text(path)
    except OSError as exc:
        return _fail(path, "unreadable-file", problem=exc.strerror or str(exc))
    except UnicodeDecodeError:
        return _fail(path, "not-utf8")
    data = kept_data(path, text)  # the shipped policy, parsed when the app was made: the same data
    if data is None:
        import tomllib  # any other policy file (the shipped one's parse is kept)

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            return _fail(path, "not-toml", problem=str(exc))
        except RecursionError:  # arrays or tables nested thousands deep
            return _fail(path, "not-toml", problem="nested too deeply")
    result = parse_policy(data, str(path))
    policy = result.policy
    if approved and policy is not None and (changed := changed_after_approval(policy)) is not None:
        return PolicyResult(None, (changed,))
    if policy is None or not fill or (covers_both_directions(policy) and policy.courses and policy.screening):
        return result
    shipped = load_policy(default_policy_path(), fill=False).policy
    if shipped is None:
        return result
    if not policy.courses:  # signed before courses: the shipped spacing, said to be unsigned
        policy = policy._replace(courses=shipped.courses, courses_from_default=frozenset(shipped.courses))
    if not policy.screening:  # signed before screening: the shipped questions, said to be unsigned
        policy = policy._replace(screening=shipped.screening, screening_from_default=True)
    return PolicyResult(with_default_rules(policy, shipped), ())


def changed_after_approval(policy: Policy) -> PolicyProblem | None:
    """The problem of a signed policy whose rules, questions or spacing are not the ones approved."""
    if not policy.fingerprint or policy.fingerprint == policy_fingerprint(policy):
        return None
    when = policy.approved_on or date.min
    return make_problem(
        policy.source,
        "policy.fingerprint",
        "changed-after-approval",
        name=policy.approved_by or "",
        when=when,
    )


def load_policy_or_raise(path: Path | str) -> Policy:
    result = load_policy(path)
    if result.policy is None or result.problems:
        raise PolicyError(list(result.problems))
    return result.policy


def _fail(path: Path, code: str, **values: object) -> PolicyResult:
    return PolicyResult(None, (make_problem(str(path), "", code, **values),))


class _Checker:
    """Collects problems while reading a parsed TOML mapping."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[PolicyProblem] = []

    def problem(self, key: str, code: str, **values: object) -> None:
        self.problems.append(make_problem(self.file, key, code, **values))

    def table(self, data: Mapping[str, Any], key: str, name: str) -> Mapping[str, Any]:
        value = data.get(name)
        path = f"{key}.{name}" if key else name
        if value is None:
            self.problem(path, "missing-table")
            return {}
        if not isinstance(value, Mapping):
            self.problem(path, "not-table")
            return {}
        return value

    def unknown_keys(self, data: Mapping[str, Any], key: str, allowed: set[str]) -> None:
        for name in data:
            if name not in allowed:
                path = f"{key}.{name}" if key else name
                self.problem(path, "unknown-key", allowed=", ".join(sorted(allowed)))

    def text(self, data: Mapping[str, Any], key: str, name: str, required: bool = True) -> str:
        value = data.get(name)
        if value is None:
            if required:
                self.problem(f"{key}.{name}", "missing")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(f"{key}.{name}", "empty-text")
            return ""
        if name.startswith("name") and any(not c.isprintable() for c in value.strip()):
            self.problem(f"{key}.{name}", "name-one-line")  # printed on one line everywhere
            return ""
        return value.strip()

    def day(self, data: Mapping[str, Any], key: str, name: str) -> date:
        value = data.get(name)
        if isinstance(value, date) and not isinstance(value, datetime):
            if POLICY_DATES[0] <= value <= POLICY_DATES[1]:
                return value
            self.problem(f"{key}.{name}", "date-range", first=POLICY_DATES[0], last=POLICY_DATES[1])
            return date.min
        self.problem(f"{key}.{name}", "not-date")
        return date.min

    def duration(self, data: Mapping[str, Any], key: str, name: str) -> Duration | None:
        value = data.get(name)
        path = f"{key}.{name}"
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(path, "duration-not-text")
            return None
        try:
            duration = parse_duration(value)
        except DurationError as exc:
            if exc.code == "duration-too-long":  # one limit in a policy's words: two years
                self.problem(path, "too-long", value=value)
            else:
                self.problem(path, exc.code, **exc.values)
            return None
        if duration.is_negative():
            self.problem(path, "negative", value=value)
            return None
        if TWO_YEARS.can_end_before(duration):
            self.problem(path, "too-long", value=value)
            return None
        return duration


def parse_policy(data: Mapping[str, Any], file: str = "<policy>") -> PolicyResult:
    """Validate an already-parsed TOML mapping (used for files and for the policy editor)."""
    check = _Checker(file)
    check.unknown_keys(data, "", _TOP_KEYS)
    meta = check.table(data, "", "policy")
    check.unknown_keys(meta, "policy", _POLICY_KEYS)
    name, version = check.text(meta, "policy", "name"), check.text(meta, "policy", "version")
    reviewed, next_review = check.day(meta, "policy", "reviewed"), check.day(meta, "policy", "next_review")
    if date.min not in (reviewed, next_review) and next_review < reviewed:
        check.problem("policy.next_review", "review-order")
    name_es = check.text(meta, "policy", "name_es", required=False)
    approved_by = check.text(meta, "policy", "approved_by", required=False) or None
    approved_on = check.day(meta, "policy", "approved_on") if "approved_on" in meta else None
    if bool(approved_by) != bool(approved_on):
        missing = "approved_on" if approved_by else "approved_by"
        check.problem(f"policy.{missing}", "signature-half")
    fingerprint = check.text(meta, "policy", "fingerprint", required=False)
    if fingerprint and not _FINGERPRINT.match(fingerprint):
        check.problem("policy.fingerprint", "fingerprint-form")
    elif fingerprint and not approved_by:
        check.problem("policy.fingerprint", "fingerprint-unsigned")
    classes = _read_classes(check, check.table(data, "", "classes"))
    products = _read_products(check, check.table(data, "", "products"), classes)
    for key, table in (("classes", classes), ("products", products)):
        if not table and isinstance(data.get(key), Mapping):
            check.problem(key, f"no-{key}")  # a policy with nothing to look up is no policy
    rules = _read_rules(check, check.table(data, "", "rules"), classes, products)
    _check_coverage(check, products, rules)
    courses = _read_courses(check, data.get("course", {}), classes, products)
    screening = _read_screening(check, data.get("screening", {}), classes, products)
    if check.problems:
        return PolicyResult(None, tuple(check.problems))
    policy = Policy(
        name, version, reviewed, next_review, classes, products, rules, approved_by, approved_on, file,
        name_es, courses=courses, screening=screening, fingerprint=fingerprint,
    )  # fmt: skip
    return PolicyResult(policy, ())


def _read_classes(check: _Checker, table: Mapping[str, Any]) -> dict[str, ProductClass]:
    classes = {}
    for class_id, body in table.items():
        key = f"classes.{class_id}"
        if not isinstance(body, Mapping):
            check.problem(key, "class-not-table")
            continue
        check.unknown_keys(body, key, _CLASS_KEYS)
        name_es = check.text(body, key, "name_es", required=False)
        classes[class_id] = ProductClass(class_id, check.text(body, key, "name"), name_es)
    return classes


def _read_products(
    check: _Checker, table: Mapping[str, Any], classes: Mapping[str, ProductClass]
) -> dict[str, Product]:
    products = {}
    for product_id, body in table.items():
        key = f"products.{product_id}"
        if not isinstance(body, Mapping):
            check.problem(key, "product-not-table")
            continue
        check.unknown_keys(body, key, _PRODUCT_KEYS)
        if product_id in classes:
            check.problem(key, "product-is-class")
        class_id = check.text(body, key, "class")
        if class_id and class_id not in classes:
            check.problem(f"{key}.class", "unknown-class", name=class_id, known=", ".join(classes))
            continue
        product_class = classes.get(class_id)
        products[product_id] = Product(
            product_id,
            check.text(body, key, "name"),
            class_id,
            product_class.name if product_class else "",
            check.text(body, key, "name_es", required=False),
            product_class.name_es if product_class else "",
        )
    _check_names_differ(check, products)
    return products


def _check_names_differ(check: _Checker, products: Mapping[str, Product]) -> None:
    """Two products with one name could not be told apart on the screen, the handout or a typed row."""
    seen: dict[str, str] = {}
    for product in products.values():
        for name in {product.name, product.name_es} - {""}:
            other = seen.setdefault(name.casefold(), product.id)
            if other != product.id:
                check.problem(f"products.{product.id}.name", "same-name", name=name, other=other)


def _read_rules(
    check: _Checker,
    table: Mapping[str, Any],
    classes: Mapping[str, ProductClass],
    products: Mapping[str, Product],
) -> dict[tuple[str, str], Rule]:
    rules = {}
    for applies_to, targets in table.items():
        key = f"rules.{applies_to}"
        if applies_to not in classes and applies_to not in products:
            known = ", ".join([*classes, *products])
            check.problem(key, "unknown-applies-to", name=applies_to, known=known)
            continue
        if not isinstance(targets, Mapping):
            check.problem(key, "not-target-table")
            continue
        for target, body in targets.items():
            rule_key = f"{key}.{target}"
            if target not in products and target not in classes:
                check.problem(rule_key, "unknown-target", known=", ".join([*products, *classes]))
                continue
            if not isinstance(body, Mapping):
                check.problem(rule_key, "not-table")
                continue
            rule = _read_rule(check, body, rule_key, applies_to, target)
            if rule is not None:
                rules[(applies_to, target)] = rule
    return rules


def _read_rule(
    check: _Checker, body: Mapping[str, Any], key: str, applies_to: str, target: str
) -> Rule | None:
    before = len(check.problems)
    check.unknown_keys(body, key, _RULE_KEYS)
    earliest = check.duration(body, key, "earliest")
    if "earliest" not in body:
        check.problem(f"{key}.earliest", "missing-earliest")
    recommended = check.duration(body, key, "recommended")
    if earliest and recommended and recommended.can_end_before(earliest):
        check.problem(f"{key}.recommended", "recommended-early", recommended=recommended, earliest=earliest)
    ideal_until = check.duration(body, key, "ideal_until")
    if recommended and ideal_until and ideal_until.can_end_before(recommended):
        check.problem(
            f"{key}.recommended", "recommended-late", recommended=recommended, ideal_until=ideal_until
        )
    effect_ends = check.duration(body, key, "effect_ends")
    if earliest and ideal_until and ideal_until.can_end_before(earliest):
        check.problem(f"{key}.ideal_until", "before-earliest", ideal_until=ideal_until, earliest=earliest)
    if effect_ends and ideal_until and effect_ends.can_end_before(ideal_until):
        check.problem(f"{key}.effect_ends", "before-ideal", effect_ends=effect_ends, ideal_until=ideal_until)
    if effect_ends and not ideal_until:
        check.problem(f"{key}.effect_ends", "needs-ideal")
    basis, basis_es, evidence, sources = _read_basis(check, body, key)
    if len(check.problems) > before or earliest is None:
        return None
    return Rule(
        applies_to,
        target,
        earliest,
        ideal_until,
        effect_ends,
        basis,
        evidence,
        sources,
        basis_es,
        recommended=recommended,
    )


def _read_basis(check: _Checker, body: Mapping[str, Any], key: str) -> tuple[str, str, str, tuple[str, ...]]:
    """Why a rule or a course says what it says: basis (and its Spanish), evidence level, sources."""
    basis = check.text(body, key, "basis")
    basis_es = check.text(body, key, "basis_es", required=False)
    return basis, basis_es, _evidence(check, body, key), _sources(check, body, key)


def _evidence(check: _Checker, body: Mapping[str, Any], key: str) -> str:
    evidence = check.text(body, key, "evidence")
    if evidence and evidence not in EVIDENCE_LEVELS:
        check.problem(f"{key}.evidence", "unknown-evidence", value=evidence, known=", ".join(EVIDENCE_LEVELS))
    return evidence


def _sources(check: _Checker, body: Mapping[str, Any], key: str) -> tuple[str, ...]:
    sources = body.get("sources")
    if (
        not isinstance(sources, list)
        or not sources
        or not all(isinstance(s, str) and s.strip() for s in sources)
    ):
        check.problem(f"{key}.sources", "no-sources")
        return ()
    return tuple(sources)


def _read_courses(
    check: _Checker, table: object, classes: Mapping[str, ProductClass], products: Mapping[str, Product]
) -> dict[str, CourseRule]:
    """``[course.<next treatment>]``: the spacing of a course's sessions, with its basis like a rule's."""
    if not isinstance(table, Mapping):
        check.problem("course", "not-table")
        return {}
    courses = {}
    for applies_to, body in table.items():
        key = f"course.{applies_to}"
        if applies_to not in classes and applies_to not in products:
            check.problem(key, "unknown-applies-to", name=applies_to, known=", ".join([*classes, *products]))
            continue
        if not isinstance(body, Mapping):
            check.problem(key, "not-table")
            continue
        before = len(check.problems)
        check.unknown_keys(body, key, _COURSE_KEYS)
        minimum = check.duration(body, key, "minimum")
        if "minimum" not in body:
            check.problem(f"{key}.minimum", "missing")
        elif minimum is not None and minimum.is_zero:
            check.problem(f"{key}.minimum", "zero-spacing")
        typical = check.duration(body, key, "typical")
        if minimum and typical and typical.can_end_before(minimum):
            check.problem(f"{key}.typical", "typical-short", typical=typical, minimum=minimum)
        basis, basis_es, evidence, sources = _read_basis(check, body, key)
        if len(check.problems) == before and minimum is not None:
            courses[applies_to] = CourseRule(applies_to, minimum, typical, basis, evidence, sources, basis_es)
    return courses


def screening_id_ok(text: str) -> bool:
    """A screening question's id as ``--screen`` takes it: lower-case letters and digits joined by
    hyphens, at most 40 characters."""
    return bool(_ID.match(text)) and len(text) <= 40


def _read_screening(
    check: _Checker, table: object, classes: Mapping[str, ProductClass], products: Mapping[str, Product]
) -> dict[str, ScreeningItem]:
    """``[screening.<id>]``: a question asked at the desk, what a yes does, and why (like a rule's
    basis: the reason, its evidence level and sources)."""
    if not isinstance(table, Mapping):
        check.problem("screening", "not-table")
        return {}
    items = {}
    for item_id, body in table.items():
        key = f"screening.{item_id}"
        if not screening_id_ok(item_id):
            check.problem(key, "screening-id")
            continue
        if not isinstance(body, Mapping):
            check.problem(key, "not-table")
            continue
        before = len(check.problems)
        check.unknown_keys(body, key, _SCREENING_KEYS)
        said = ("name", "question", "reason")
        words = {name: check.text(body, key, name) for name in said}
        spanish = {f"{name}_es": check.text(body, key, f"{name}_es", required=False) for name in said}
        effect = check.text(body, key, "effect")
        if effect and effect not in SCREENING_EFFECTS:
            check.problem(f"{key}.effect", "unknown-effect", value=effect, known=", ".join(SCREENING_EFFECTS))
        evidence, sources = _evidence(check, body, key), _sources(check, body, key)
        applies_to = _applies_to(check, body.get("applies_to", []), key, classes, products)
        if len(check.problems) == before:
            items[item_id] = ScreeningItem(
                item_id, words["name"], words["question"], effect, words["reason"], evidence, sources,
                applies_to, **spanish,
            )  # fmt: skip
    return items


def _applies_to(
    check: _Checker,
    value: object,
    key: str,
    classes: Mapping[str, ProductClass],
    products: Mapping[str, Product],
) -> tuple[str, ...]:
    """A list of next treatments (products or classes); empty: every one."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        check.problem(f"{key}.applies_to", "applies-to-list")
        return ()
    for name in value:
        if name not in classes and name not in products:
            known = ", ".join([*classes, *products])
            check.problem(f"{key}.applies_to", "unknown-applies-to", name=name, known=known)
    return tuple(value)


def _check_coverage(
    check: _Checker, products: Mapping[str, Product], rules: Mapping[tuple[str, str], Rule]
) -> None:
    """Every product needs a rule before each needling target. A policy that has any rule for another
    next treatment (a toxin or a filler) must cover every such pair too; one that has none was signed
    before the app knew both directions, and the shipped default fills those pairs in (see
    :func:`with_default_rules`)."""
    if check.problems:
        return  # coverage messages would only repeat earlier ones
    probe = _coverage_probe(products, rules)
    both_ways = any(target not in TARGETS for _, target in rules)
    for product in products.values():
        for target in (*TARGETS, *(p for p in products if p not in TARGETS and both_ways)):
            if not probe.covers(product.id, target):
                key = f"rules.{product.class_id}.{_target_key(products, target)}"
                named = target if target in TARGETS else products[target]
                check.problem(key, "no-rule", product=product, target=named)


def _target_key(products: Mapping[str, Product], target: str) -> str:
    """Where a missing rule would go: a needling target by name, another by its class."""
    return target if target in TARGETS else products[target].class_id


def _coverage_probe(products: Mapping[str, Product], rules: Mapping[tuple[str, str], Rule]) -> Policy:
    day = date(2000, 1, 1)
    return Policy("", "", day, day, {}, products, rules)


def covers_both_directions(policy: Policy) -> bool:
    """Whether the policy has a rule for every product before every next treatment."""
    return all(policy.covers(p, t) for p in policy.products for t in policy.next_treatments)


def with_default_rules(policy: Policy, default: Policy) -> Policy:
    """``policy`` with every pair it does not cover taken from ``default`` (by class, as the default
    writes them) and listed in ``from_default``; nothing the policy has is changed. A policy whose
    products the default does not know keeps those pairs uncovered (``covers`` says so)."""
    rules: dict[tuple[str, str], Rule] = dict(policy.rules)
    taken: set[tuple[str, str]] = set()
    filled = policy._replace(rules=rules)  # sees each rule as it is added: it holds this same dict
    for product_id in policy.products:
        for target in policy.next_treatments:
            if filled.covers(product_id, target) or not default.covers(product_id, target):
                continue
            rule = default.rule_for(product_id, target)
            key = (rule.applies_to, rule.target)  # by class, as the default writes it, when that reaches
            if key in rules or not policy._replace(rules={**rules, key: rule}).covers(product_id, target):
                key, rule = (product_id, target), rule._replace(applies_to=product_id, target=target)
            rules[key] = rule
            taken.add(key)
    return policy._replace(rules=rules, from_default=frozenset(taken)) if taken else policy

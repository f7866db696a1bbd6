"""What a typed product name can mean, for the window's product field and the command line alike.

A product is found by its id or its name in any language the policy gives, case and accents ignored;
part of a name finds every product whose name holds it ('filler' → the hyaluronic-acid filler), and a
class name ('toxin') finds the products of that class.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from gui.core.catalog import LANGUAGES
from gui.core.policy import Policy
from gui.core.words.common import name_of


@lru_cache(maxsize=4096)  # every row reads its product name on every edit: the same few names
def fold(text: str) -> str:
    """Lower case, accents removed, white space collapsed: 'Ácido  Hialurónico' → 'acido hialuronico'."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(without_marks.split())


def product_named(policy: Policy, typed: str) -> str | None:
    """The id of the product ``typed`` names exactly (its id, or its name in a language); None if none."""
    return _exact_names(policy).get(fold(typed))


_EXACT_NAMES: dict[int, tuple[Policy, dict[str, str]]] = {}  # by policy identity; the policy is kept


def _exact_names(policy: Policy) -> dict[str, str]:
    """Every folded id and name of the policy's products, to the product's id (the first product that
    spells it so wins, in the policy's order). Made once per policy: every row asks on every edit."""
    known = _EXACT_NAMES.get(id(policy))
    if known is not None and known[0] is policy:
        return known[1]
    names: dict[str, str] = {}
    for product in policy.products.values():
        for spelling in (product.id, *(name_of(product, lang) for lang in LANGUAGES)):
            names.setdefault(fold(spelling), product.id)
    if len(_EXACT_NAMES) >= 8:  # a desk has one or two policies; tests and the editor make more
        _EXACT_NAMES.clear()
    _EXACT_NAMES[id(policy)] = (policy, names)
    return names


def products_matching(policy: Policy, typed: str) -> list[str]:
    """The ids of the products whose id or name (in any language) holds what was typed."""
    wanted = fold(typed)
    if not wanted:
        return []
    return [
        product.id
        for product in policy.products.values()
        if any(wanted in fold(name) for name in (product.id, *(name_of(product, lang) for lang in LANGUAGES)))
    ]


def products_of_classes_matching(policy: Policy, typed: str) -> list[str]:
    """The ids of the products of every class whose name (in any language) holds what was typed."""
    wanted = fold(typed)
    if not wanted:
        return []
    classes = {
        class_id
        for class_id, product_class in policy.classes.items()
        if any(wanted in fold(name_of(product_class, lang)) for lang in LANGUAGES)
    }
    return [p.id for p in policy.products.values() if p.class_id in classes]


def the_product(policy: Policy, typed: str) -> str | None:
    """The one product ``typed`` can mean: named exactly, or the only one whose name holds it."""
    exact = product_named(policy, typed)
    if exact is not None:
        return exact
    matching = products_matching(policy, typed)
    return matching[0] if len(matching) == 1 else None


def products_like(policy: Policy, typed: str) -> list[str]:
    """The ids of the products whose id or a word of whose name is spelled much like what was typed
    ('Botx', 'dysprot'): a suggestion only, never taken without the person choosing it."""
    wanted = fold(typed)
    if len(wanted) < 3:
        return []
    from difflib import get_close_matches  # only for a name not in the list: not at every start

    found = []
    for product in policy.products.values():
        spellings = {fold(product.id), *(fold(name_of(product, lang)) for lang in LANGUAGES)}
        spellings |= {word for spelling in spellings for word in spelling.split()}
        if get_close_matches(wanted, spellings, n=1, cutoff=0.75):
            found.append(product.id)
    return found

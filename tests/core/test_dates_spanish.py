"""Typed-date errors and the date checks in Spanish: the same refusals as in English, in Spanish words."""

from __future__ import annotations

from datetime import date

import pytest

from gui.core import (
    DateOrder,
    DateParseError,
    check_not_future,
    check_not_past,
    parse_date,
    reading_text,
)
from gui.core.catalog import words
from gui.core.dates import MESSAGES

TODAY = date(2026, 11, 24)
DMY = DateOrder.DAY_FIRST
# English words that would betray a message that was not translated.
ENGLISH = ("Type", "Cannot", "there is", "has no", "does not", "could be", "unknown unit", "too far", "is a ")


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        pytest.param("", None, "Escriba una fecha, por ejemplo 10 nov 2026", id="empty"),
        pytest.param(
            "banana", None, "No se entiende «banana» como fecha. Pruebe con 10 nov 2026", id="garbage"
        ),
        pytest.param("2026-13-01", None, "«2026-13-01»: no existe el mes 13.", id="no-month"),
        pytest.param(
            "31/02/2026",
            DMY,
            "«31/02/2026»: febrero de 2026 tiene 28 días, así que el día 31 no existe.",
            id="no-day",
        ),
        pytest.param(
            "lunes 10 de noviembre de 2026",
            None,
            "«lunes 10 de noviembre de 2026»: el 10 nov 2026 es martes, no lunes. Revise la fecha.",
            id="weekday",
        ),
        pytest.param(
            "Miércoles 10 nov 2026", None, "el 10 nov 2026 es martes, no Miércoles.", id="weekday-as-typed"
        ),
        pytest.param("hace 3 quincenas", None, "unidad desconocida «quincenas»", id="unit"),
        pytest.param("hace 500 días", None, "«hace 500 días» queda demasiado lejos", id="too-far"),
        pytest.param(
            "03/04/2026",
            None,
            "«03/04/2026» puede ser el 3 abr 2026 o el 4 mar 2026. Escriba el mes con letras "
            "(p. ej., 3 abr 2026) o como 2026-04-03.",
            id="ambiguous",
        ),
        pytest.param("31/31/2026", None, "ni leída como día/mes ni como mes/día", id="no-reading"),
        pytest.param(
            "10 nov", None, "«10 nov» no tiene año. Añádalo, por ejemplo: 10 nov 2026.", id="no-year"
        ),
    ],
)
def test_parse_errors_in_spanish(text: str, order: DateOrder | None, expected: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text, TODAY, order, "es")
    message = str(info.value)
    assert expected in message
    assert not [word for word in ENGLISH if word in message], message


def test_english_stays_the_default() -> None:
    with pytest.raises(DateParseError, match=r"^Cannot read 'banana' as a date"):
        parse_date("banana", TODAY)
    with pytest.raises(DateParseError, match=r"^Cannot read 'banana' as a date"):
        parse_date("banana", TODAY, None, "fr")  # a language the parser does not speak


def test_spanish_catalogue_says_every_date_message() -> None:
    spanish = words("es")
    assert [m for m in MESSAGES.values() if spanish(m) == m] == []


def test_dates_are_read_the_same_whatever_the_language_of_the_messages() -> None:
    for text in ("10 Nov 2026", "hace 2 semanas", "2 weeks ago", "noviembre de 2026", "10/11/2026"):
        assert parse_date(text, TODAY, DMY, "es") == parse_date(text, TODAY, DMY)


def test_future_and_past_checks_in_spanish() -> None:
    future = parse_date("2026-12-01", TODAY)
    with pytest.raises(DateParseError) as info:
        check_not_future(future, TODAY, "es")
    assert str(info.value) == (
        "mar 1 dic 2026 es posterior a hoy (24 nov 2026). Un tratamiento pasado no puede estar en el "
        "futuro: revise la fecha."
    )
    with pytest.raises(DateParseError, match="is after today"):
        check_not_future(future, TODAY)
    past = parse_date("2026-11-10", TODAY)
    with pytest.raises(DateParseError) as info:
        check_not_past(past, TODAY, "es")
    assert str(info.value) == "mar 10 nov 2026 es anterior a hoy (24 nov 2026); elija hoy o un día posterior."
    with pytest.raises(DateParseError) as info:
        check_not_past(parse_date("dic 2026", TODAY), TODAY, "es")
    assert str(info.value) == "diciembre de 2026 es un mes entero; elija un día para la cita."


def test_what_was_understood_in_either_language() -> None:
    parsed = parse_date("2026-11-10", TODAY)
    assert (reading_text(parsed, "en"), reading_text(parsed, "es")) == ("Tue 10 Nov 2026", "mar 10 nov 2026")
    month = parse_date("Nov 2026", TODAY)
    assert (reading_text(month, "en"), reading_text(month, "es")) == ("November 2026", "noviembre de 2026")

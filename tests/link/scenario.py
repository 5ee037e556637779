"""The done-when scenario, coded by hand: the example of 2021-04-29 and reports of February 2021.

The texts are the bundled example and reports written for these tests in its layout
(tests/link/fixtures); the coding is what a careful coder would propose, with every
evidence quote taken from the text so that its offsets are right.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docket.models import (
    CodedReport,
    DateInterval,
    Evidence,
    Incident,
    Intervention,
    Party,
    Place,
    Report,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "moscow-times-2021-04-29-state-protection.md"
SALEKH, ISMAIL = "Salekh Magamadov", "Ismail Isayev"


def d(start: str, end: str | None = None, gran: str = "day", text: str = "") -> DateInterval:
    return DateInterval(
        start=dt.date.fromisoformat(start),
        end=dt.date.fromisoformat(end or start),
        granularity=gran,
        text=text or None,
    )


def body(path: Path) -> str:
    """The stored body: the text after the title and date lines, as capture keeps it."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[7:]).strip()


def ev(text: str, quote: str, field: str = "act") -> list[Evidence]:
    start = text.index(quote)
    return [Evidence(field=field, start=start, end=start + len(quote), text=quote)]


def victims(*names: str) -> list[Party]:
    return [Party(name=n, type="other") for n in names]


def report(rid: int, path: Path, published: str, outlet: str) -> Report:
    return Report(
        title=path.stem,
        text=body(path),
        published=dt.date.fromisoformat(published),
        outlet=outlet,
        id=rid,
    )


def example(rid: int = 1) -> CodedReport:
    r = report(rid, EXAMPLE, "2021-04-29", "The Moscow Times")
    t = r.text
    chechnya = Place(text="Chechnya", region="Chechnya", country="Russia")
    seized = Place(
        text="Chechnya",
        region="Chechnya",
        country="Russia",
        origin=Place(text="Nizhny Novgorod", city="Nizhny Novgorod", country="Russia"),
    )
    police = [Party(name="Chechen special police", type="state actor")]
    this_year = d("2021-01-01", "2021-04-29", "range", "earlier this year")
    incidents = [
        Incident(
            act="arbitrary_detention",
            victims=victims("Magamadov", "Isayev"),
            perpetrators=police,
            date=d("2020-04-01", "2020-04-30", "month", "April 2020"),
            location=chechnya,
            evidence=ev(t, "initial arrest and torture by Chechen special police in April 2020"),
        ),
        Incident(
            act="torture",
            victims=victims(SALEKH, ISMAIL),
            perpetrators=police,
            date=d("2020-04-01", "2020-04-30", "month", "April 2020"),
            location=chechnya,
            status="alleged",
            evidence=ev(t, "allegedly tortured by Chechen special police"),
        ),
        Incident(
            act="displacement",
            victims=victims(SALEKH, ISMAIL),
            date=d("2020-06-01", "2020-08-31", "season", "last summer"),
            location=Place(
                text="Nizhny Novgorod", city="Nizhny Novgorod", country="Russia", origin=chechnya
            ),
            evidence=ev(t, "had fled Chechnya for Nizhny Novgorod"),
        ),
        Incident(
            act="abduction",
            victims=victims(SALEKH, ISMAIL),
            perpetrators=[Party(name="unnamed")],
            date=this_year,
            location=seized,
            status="alleged",
            attribution="rights groups",
            evidence=ev(t, "They were seized and returned to Chechnya earlier this year"),
        ),
        Incident(
            act="threat",
            victims=victims("the two men"),
            perpetrators=[Party(name="relatives", type="other non-state actors")],
            date=d("2021-01-01", "2021-04-29", "range", "2021"),
            location=chechnya,
            status="confirmed",
            evidence=ev(t, "under threat of danger"),
        ),
    ]
    interventions = [
        Intervention(
            type="petition",
            actor="The LGBT Network",
            target="Chechnya’s Investigative Committee",
            beneficiaries=["the two men"],
            date=d("2021-01-01", "2021-04-29", "range", "before April 29, 2021"),
            evidence=ev(t, "successfully petitioned Chechnya’s Investigative Committee", "type"),
        ),
        Intervention(
            type="protection_granted",
            actor="Chechen authorities",
            beneficiaries=["two gay men"],
            date=d("2021-04-01", "2021-04-29", "month", "April 2021"),
            evidence=ev(t, "have granted state protection to two gay men", "type"),
        ),
    ]
    return CodedReport(report=r, incidents=incidents, interventions=interventions, coder="hand")


def afp(rid: int = 2, path: Path | None = None) -> CodedReport:
    path = path or FIXTURES / "afp-2021-02-06-detention.md"
    r = report(rid, path, "2021-02-06", "AFP")
    t = r.text
    nn = Place(text="Nizhny Novgorod", city="Nizhny Novgorod", country="Russia")
    pair = victims("Salekh Magamadov", "Ismail Isaev")
    incidents = [
        Incident(
            act="arbitrary_detention",
            victims=pair,
            perpetrators=[Party(name="FSB", type="state actor")],
            date=d("2021-02-04", text="on Thursday"),
            location=nn,
            evidence=ev(t, "were detained by the FSB in Nizhny Novgorod on Thursday"),
        ),
        Incident(
            act="forced_return",
            victims=victims("the two men"),
            perpetrators=[Party(name="police officers", type="state actor")],
            date=d("2021-02-04", "2021-02-06", "range", "since Thursday"),
            location=Place(
                text="Gudermes", city="Gudermes", region="Chechnya", country="Russia", origin=nn
            ),
            evidence=ev(t, "taken to Gudermes"),
        ),
        Incident(
            act="displacement",
            victims=victims("Magamadov", "Isaev"),
            date=d("2020-06-01", "2020-06-30", "month", "in June 2020"),
            location=nn,
            evidence=ev(t, "since they fled Chechnya in June 2020"),
        ),
        Incident(
            act="arbitrary_detention",
            victims=victims("Magamadov", "Isaev"),
            date=d("2020-04-01", "2020-04-30", "month", "in April 2020"),
            location=Place(text="Chechnya", region="Chechnya", country="Russia"),
            evidence=ev(t, "were first detained in Chechnya in April 2020"),
        ),
    ]
    return CodedReport(report=r, incidents=incidents, coder="hand")


def afp_copy(rid: int = 3) -> CodedReport:
    """The same AFP story in another outlet, lightly edited."""
    coded = afp(rid, FIXTURES / "afp-2021-02-06-detention-copy.md")
    coded.report.published = dt.date(2021, 2, 7)
    coded.report.outlet = "another outlet"
    return coded


def rferl(rid: int = 4) -> CodedReport:
    """A report that dates the flight to July 2020, against AFP's June."""
    path = FIXTURES / "rferl-2021-02-10-fled-in-july.md"
    r = report(rid, path, "2021-02-10", "RFE/RL")
    t = r.text
    incidents = [
        Incident(
            act="displacement",
            victims=victims("Salekh Magamadow", "Ismail Isayev"),
            date=d("2020-07-01", "2020-07-31", "month", "in July 2020"),
            location=Place(text="Nizhny Novgorod", city="Nizhny Novgorod", country="Russia"),
            evidence=ev(t, "left Chechnya in July 2020"),
        ),
    ]
    return CodedReport(report=r, incidents=incidents, coder="hand")


def simple(
    rid: int, text: str, *incidents: Incident, interventions: tuple[Intervention, ...] = ()
) -> CodedReport:
    """A small coded report for rule tests."""
    return CodedReport(
        report=Report(title=None, text=text, id=rid),
        incidents=list(incidents),
        interventions=list(interventions),
    )


def incident(
    act: str,
    *names: str,
    date: DateInterval | None = None,
    place: str | None = None,
    by: str | None = None,
) -> Incident:
    return Incident(
        act=act,
        victims=victims(*names),
        date=date or DateInterval(),
        location=Place(text=place),
        perpetrators=[Party(name=by)] if by else [],
    )

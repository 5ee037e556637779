"""Measure linking on HRDsAttack train+dev (read from ../shared at run time, never copied).

    python scripts/eval_link.py [--data /work/shared/data/hrdsattack]

The real coder is not ready, so each article becomes a coded report built from its labels:
one incident per violation type, victims = its named victims, the labelled date and place.
Three kinds of truth:

- people, real: the victim names as annotators wrote them across the 400 articles; the same
  person is the same name once case, accents and punctuation are folded, or a pair listed
  in SAME below (judged by reading); pairs in UNSURE are left out of the score. Within an
  article, the victim's surname alone where the text uses it ("Mugombeyi was seized")
  is added as a mention of the same person (an intervention's beneficiary, so it does not
  touch the incidents).
- people, variants: for each article a follow-up report names its victims again as
  another writer would: another romanisation or Cyrillic for Slavic names, a title, an
  initial, accents dropped, a middle name dropped.
- reports and incidents: syndicated copies made with light edits of a quarter of the
  articles, plus the natural syndicated copies found in the data and confirmed by reading
  (NATURAL_DUPLICATES). An incident's truth is its article's act; the copies' and the
  follow-ups' incidents are the same incidents. Two incidents of different articles that
  share a person are not known to be the same or not: they are left out of the score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

from unidecode import unidecode

from docket.link import link
from docket.link.constraints import ConstrainedUnionFind
from docket.link.evaluate import PairScores, pairwise
from docket.link.mentions import TAKING
from docket.link.refs import INCIDENT, INTERVENTION, EventRef, MentionRef
from docket.link.result import LinkResult
from docket.models import CodedReport, DateInterval, Incident, Intervention, Party, Place, Report

DATA = Path("/work/shared/data/hrdsattack")
# The same person under two labels, judged by reading the names and articles.
SAME = [
    ("Alaa Abd El Fattah", "Alaa Abdel Fattah"),
    ("Amadou Vamoulke", "Amadou Vamoulké"),
    ("Aung San Suu Kyi", "Suu Kyi"),
    ("Azarm Khezri (Nasrin Javadi)", "Nasrin Javadi"),
    ("Daria Chultsova", "Darya Chultsovato"),
    ("Esraa Abdel Fattah", "Esraa Abdelfattah"),
    ("Giulio Regani", "Giulio Regeni"),
    ("Jamal Ahmad Khashoggi", "Jamal Khashoggi"),
    ("Jamal Kashoggi", "Jamal Khashoggi"),
    ("Kakwenza Rukirabashaija", "Kawenza Rukirabashaija"),
    ("Loujain", "Loujain al-Hathloul"),
    ("Malcolm Bidali", "Malcolm Bidalli"),
    ("Natividad Castro", "Naty Castro"),
    ("Omar Rad", "Omar Radi"),
    ("President Win Myint", "Win Myint"),
    ("Ruhollah Zam", "Ruhollah Zamformer"),
    ("Sherwan Amin Sherwani", "Sherwan Sherwani"),
    ("Siarhei Cichanoŭski", "Siarhei Tsikhanouski"),
]
# Could be the same person or not: out of the score.
UNSURE = {
    "Abdul Hameed",
    "Abdul Hameed Hayathan Baloch",
    "Elizabeth",
    "Elizabeth Camoral",
    "Kyaw Soe",
    "Kyaw Soe Oo",
    "Muhammad Salam",
    "Muhammad Salman",
}
# Syndicated copies in the data (article numbers: train 1-300, dev 301-400), by reading.
NATURAL_DUPLICATES = [
    (27, 55, 362),
    (42, 101),
    (48, 93, 115, 191),
    (89, 185),
    (161, 244),
    (175, 278),
]
ACT = {
    "arbitrary detention": "arbitrary_detention",
    "enforced disappearance": "enforced_disappearance",
    "killing": "killing",
    "kidnapping": "abduction",
    "torture": "torture",
    "other": "other",
}
SLAVIC = re.compile(r"(ov|ev|in|sky|ski|ich|ova|eva|aya|ina|enko|uk|yk)$", re.I)
TITLES = {
    "journalist": "journalist",
    "human rights defender": "activist",
    "trade unionist": "unionist",
}
COPY_BASE, FOLLOW_BASE = 1000, 2000


def load(data: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for split in ("train", "dev"):
        rows += json.loads((data / f"{split}.json").read_text(encoding="utf-8"))
    return rows


def text_of(article: dict[str, object]) -> str:
    sample = article["sample"]
    assert isinstance(sample, dict)
    paragraphs = re.findall(r"<p>(.*?)</p>", str(sample["Input.article_interface"]), re.S)
    return "\n\n".join(html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in paragraphs)


def label_date(m: dict[str, object]) -> DateInterval:
    def num(key: str) -> int | None:
        v = str(m.get(key))
        return int(float(v)) if re.fullmatch(r"\d+(\.0)?", v) else None

    year, month, day = num("year"), num("month"), num("date")
    try:
        if year and month and day:
            d = dt.date(year, month, day)
            return DateInterval(start=d, end=d, granularity="day")
        if year and month:
            start = dt.date(year, month, 1)
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            return DateInterval(start=start, end=end, granularity="month")
        if year:
            return DateInterval(
                start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), granularity="year"
            )
    except ValueError:
        pass
    return DateInterval()


def victims_of(m: dict[str, object]) -> list[tuple[str, str]]:
    out = []
    for v in m.get("victims") or []:  # type: ignore[attr-defined]
        name = v.get("victim_name")
        if name and name != "None":
            types = v.get("victim_type") or ["other"]
            out.append((name, types[0] if isinstance(types, list) else str(types)))
    return out


def place_of(m: dict[str, object]) -> Place:
    city, country = m.get("city"), m.get("country")
    return Place(
        text=str(city if city not in (None, "None") else country or "") or None,
        city=None if city in (None, "None") else str(city),
        country=None if country in (None, "None") else str(country),
    )


def incidents_for(m: dict[str, object], names: list[str], date: DateInterval) -> list[Incident]:
    acts = [ACT[t] for t in m.get("violation_types") or [] if t in ACT]  # type: ignore[attr-defined]
    return [
        Incident(act=a, victims=[Party(name=n) for n in names], date=date, location=place_of(m))
        for a in acts
    ]


def variant(rng: random.Random, name: str, vtype: str) -> str:
    """The name as another writer would put it."""
    words = name.split()
    choices = ["title", "accents", "upper"]
    if len(words) >= 2:
        choices += ["initial"]
    if len(words) >= 3:
        choices += ["middle"]
    if SLAVIC.search(words[-1]):
        choices += ["romanise", "romanise", "cyrillic"]
    how = rng.choice(choices)
    if how == "title":
        return f"{TITLES.get(vtype, 'activist')} {name}"
    if how == "accents":
        return unidecode(name)
    if how == "upper":
        return name.upper() if rng.random() < 0.5 else name.lower().title()
    if how == "initial":
        return f"{words[0][0]}. {' '.join(words[1:])}"
    if how == "middle":
        return f"{words[0]} {words[-1]}"
    if how == "cyrillic":
        from docket.link.synthetic import cyrillic

        return " ".join(cyrillic(w) for w in words)
    from docket.link.synthetic import romanise

    return " ".join(romanise(rng, w) for w in words)


def edited_copy(rng: random.Random, text: str) -> str:
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    words = "\n\n".join(paragraphs).split(" ")
    for _ in range(max(1, len(words) // 30)):
        words[rng.randrange(len(words))] = rng.choice(("said", "reported", "on", "the"))
    return " ".join(words) + "\n\nFollow us for more news."


class Truth:
    def __init__(self) -> None:
        self.person: dict[MentionRef, str] = {}
        self.story: dict[int, int] = {}
        self.event: dict[EventRef, tuple[int, int]] = {}
        self.seizure: dict[EventRef, tuple[int, int]] = {}
        """The same, with an article's seizure labels (detention, kidnapping,
        disappearance) taken as one act."""
        self.real_mentions: set[MentionRef] = set()


def identity_key(name: str, same: ConstrainedUnionFind[str]) -> str:
    key = " ".join(re.sub(r"[^a-z']", " ", unidecode(name).lower()).split())
    same.add(key)
    return same.find(key)


def build(articles: list[dict[str, object]], seed: int) -> tuple[list[CodedReport], Truth]:
    rng = random.Random(seed)
    same: ConstrainedUnionFind[str] = ConstrainedUnionFind()
    for a, b in SAME:
        same.union(identity_key(a, same), identity_key(b, same))
    truth = Truth()
    reports: list[CodedReport] = []
    natural = {k: g[0] for g in NATURAL_DUPLICATES for k in g}
    for k, article in enumerate(articles, start=1):
        m = article["merged_sample"]
        assert isinstance(m, dict)
        text = text_of(article)
        named = victims_of(m)
        date = label_date(m)
        incidents = incidents_for(m, [n for n, _ in named], date)
        interventions = _surname_mentions(text, named)
        reports.append(
            CodedReport(
                report=Report(title=None, text=text, id=k),
                incidents=incidents,
                interventions=interventions,
            )
        )
        truth.story[k] = natural.get(k, k)
        _record(truth, k, incidents, interventions, named, same, real=True, story=k)
        if rng.random() < 0.25:
            cid = COPY_BASE + k
            reports.append(
                CodedReport(
                    report=Report(title=None, text=edited_copy(rng, text), id=cid),
                    incidents=incidents,
                )
            )
            truth.story[cid] = truth.story[k]
            _record(truth, cid, incidents, [], named, same, real=True, story=k)
        if named:
            fid = FOLLOW_BASE + k
            written = [(variant(rng, n, t), t) for n, t in named]
            coarse = DateInterval(
                start=date.start.replace(day=1) if date.start else None,
                end=date.end,
                granularity="range",
            )
            follow = incidents_for(m, [n for n, _ in written], coarse)
            text2 = f"Follow-up {fid}: " + ", ".join(n for n, _ in written) + "."
            reports.append(
                CodedReport(report=Report(title=None, text=text2, id=fid), incidents=follow)
            )
            truth.story[fid] = fid
            _record(truth, fid, follow, [], named, same, real=False, story=k)
    return reports, truth


def _surname_mentions(text: str, named: list[tuple[str, str]]) -> list[Intervention]:
    """The surname alone where the article uses it: a beneficiary of a statement."""
    alone = []
    for name, _ in named:
        words = name.split()
        if len(words) >= 2 and len(words[-1]) >= 4:
            bare = re.findall(rf"(?<!{re.escape(words[-2])} ){re.escape(words[-1])}\b", text)
            if bare:
                alone.append(words[-1])
    return [Intervention(type="statement", beneficiaries=alone)] if alone else []


def _record(
    truth: Truth,
    rid: int,
    incidents: list[Incident],
    interventions: list[Intervention],
    named: list[tuple[str, str]],
    same: ConstrainedUnionFind[str],
    *,
    real: bool,
    story: int,
) -> None:
    keys = [identity_key(n, same) for n, _ in named]
    for i, inc in enumerate(incidents):
        # Per act label: HRDsAttack labels articles, so two labels may be one act.
        truth.event[EventRef(rid, INCIDENT, i)] = (story, i)
        truth.seizure[EventRef(rid, INCIDENT, i)] = (story, _family(inc.act, i))
        for slot, name in enumerate(n for n, _ in named):
            if name in UNSURE:
                continue
            ref = MentionRef(rid, INCIDENT, i, slot)
            truth.person[ref] = keys[slot]
            if real:
                truth.real_mentions.add(ref)
    for j, itv in enumerate(interventions):
        for slot, surname in enumerate(itv.beneficiaries):
            owner = next(k for (n, _), k in zip(named, keys, strict=True) if n.endswith(surname))
            ref = MentionRef(rid, INTERVENTION, j, slot)
            truth.person[ref] = owner
            truth.real_mentions.add(ref)


def _family(act: str, i: int) -> int:
    return -1 if act in TAKING else i


def incident_scores(
    result: LinkResult, truth: Truth, labels: dict[EventRef, tuple[int, int]]
) -> PairScores:
    """Pairwise over incidents, leaving out pairs of different articles sharing a person."""
    people = {
        ref: frozenset(truth.person[m] for m in truth.person if m.event == ref)
        for ref in truth.event
    }
    clusters: dict[int, list[EventRef]] = defaultdict(list)
    for ref, cid in result.cluster_of.items():
        if ref in truth.event:
            clusters[cid].append(ref)
    tp = predicted = 0
    for refs in clusters.values():
        for a, b in combinations(refs, 2):
            if labels[a] == labels[b]:
                tp += 1
                predicted += 1
            elif labels[a][0] != labels[b][0] and people[a] & people[b]:
                continue  # not known either way
            else:
                predicted += 1
    actual = sum(n * (n - 1) // 2 for n in _sizes(labels.values()))
    return PairScores(tp, predicted, actual)


def _sizes(labels: Iterable[object]) -> list[int]:
    counts: dict[object, int] = defaultdict(int)
    for label in labels:
        counts[label] += 1
    return list(counts.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    reports, truth = build(load(args.data), args.seed)
    result = link(reports)
    real = {k: v for k, v in truth.person.items() if k in truth.real_mentions}
    print(
        f"{len(reports)} reports, {len(truth.person)} scored mentions "
        f"({len(real)} as the annotators wrote them), {len(result.proposals)} proposals"
    )
    print("people, real names      ", pairwise(result.person_of, real))
    print("people, with variants   ", pairwise(result.person_of, truth.person))
    print("duplicate reports       ", pairwise(result.duplicate_groups, truth.story))
    print("incidents, label = act  ", incident_scores(result, truth, truth.event))
    print("incidents, one seizure  ", incident_scores(result, truth, truth.seizure))
    names = {p.id: p.name for p in result.people}
    for p in result.proposals[:10]:
        print(
            f"  proposal {p.score:.2f}: {p.name_a!r} ~ {p.name_b!r} "
            f"({names[p.person_a]} / {names[p.person_b]})"
        )


if __name__ == "__main__":
    main()

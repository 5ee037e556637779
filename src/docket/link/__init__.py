"""link: the same people, the same incidents and the same stories across reports.

    link(coded_reports, constraints, options) -> LinkResult

`names` parses names, `people` scores pairs of names, `context` resolves one-word and
initialled names, `identity` groups mentions into people, `reports` finds near-duplicate
reports, `incidents` joins records of one act, `sources` lists what they agree and
disagree on, `cases` groups people and orders their timeline. See docs/linking.md.
"""

from __future__ import annotations

from docket.link.constraints import (
    CannotLink,
    Constraints,
    MustLink,
    accept,
    merge_people,
    reject,
    split_mention,
)
from docket.link.engine import LinkOptions, link
from docket.link.identity import PeopleOptions
from docket.link.incidents import IncidentOptions
from docket.link.refs import EventRef, MentionRef
from docket.link.reports import DuplicateOptions
from docket.link.result import (
    CaseResult,
    Conflict,
    EventCluster,
    GroupMention,
    Link,
    LinkResult,
    PersonResult,
    Proposal,
    Source,
)
from docket.link.stable_ids import carry_ids

__all__ = [
    "CannotLink",
    "CaseResult",
    "Conflict",
    "Constraints",
    "DuplicateOptions",
    "EventCluster",
    "EventRef",
    "GroupMention",
    "IncidentOptions",
    "Link",
    "LinkOptions",
    "LinkResult",
    "MentionRef",
    "MustLink",
    "PeopleOptions",
    "PersonResult",
    "Proposal",
    "Source",
    "accept",
    "carry_ids",
    "link",
    "merge_people",
    "reject",
    "split_mention",
]

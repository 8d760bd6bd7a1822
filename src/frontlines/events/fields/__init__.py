"""Fill an event's ACLED fields from the document's annotations, each field with its evidence.

``fill.fill_event`` builds the record; each field has its module: ``sides`` (actors, inter codes,
interaction), ``event_date``, ``event_place``, ``fatalities`` (and injuries, added up by ``tally``),
``sources`` (and territory claims); ``front_lines`` and ``history`` are read by them and by
``events.assemble``.
"""

from frontlines.events.fields.fatalities import CAUSE_VERBS, DEATH_NOUN_RULES, NOT_VIOLENT_TYPES, add_people_at_risk
from frontlines.events.fields.fill import fill_event
from frontlines.events.fields.front_lines import (
    FRONT_TYPES,
    FRONTS_FILE,
    Front,
    front_regions,
    fronts,
    fronts_spoken_of,
)
from frontlines.events.fields.history import LOOK_BACK, RUNNING_TOTAL, history_clauses, in_history, is_history
from frontlines.events.fields.sides import (
    CIVILIAN_TARGET_TYPES,
    CROWD_ACTOR_TYPES,
    DEFAULT_ACTOR1,
    DEFAULT_ACTOR1_BY_RULE,
    DEFAULT_ACTOR2,
    DEFAULT_ACTOR2_BY_RULE,
)
from frontlines.events.fields.sources import PRONOUNS, SOURCE_COVER, add_territory_disputes
from frontlines.events.fields.tally import STAND_IN_RULES, SUMMARY_CHARS, TOLL_RULES

__all__ = [
    "CAUSE_VERBS",
    "CIVILIAN_TARGET_TYPES",
    "CROWD_ACTOR_TYPES",
    "DEATH_NOUN_RULES",
    "DEFAULT_ACTOR1",
    "DEFAULT_ACTOR1_BY_RULE",
    "DEFAULT_ACTOR2",
    "DEFAULT_ACTOR2_BY_RULE",
    "FRONTS_FILE",
    "FRONT_TYPES",
    "LOOK_BACK",
    "NOT_VIOLENT_TYPES",
    "PRONOUNS",
    "RUNNING_TOTAL",
    "SOURCE_COVER",
    "STAND_IN_RULES",
    "SUMMARY_CHARS",
    "TOLL_RULES",
    "Front",
    "add_people_at_risk",
    "add_territory_disputes",
    "fill_event",
    "front_regions",
    "fronts",
    "fronts_spoken_of",
    "history_clauses",
    "in_history",
    "is_history",
]

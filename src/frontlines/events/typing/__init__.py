"""Decide ACLED sub-event types from the cues of a sentence, by the codebook's definitions.

The order of the rules is the codebook's: a prevented attack is not an attack; sexual violence
and agreements are named for what they are; territory changes come before the fighting around
them; remote violence is named by its method whatever the target; demonstrations by how they
end; an attack on armed forces is a battle, on unarmed people violence against civilians, by a
crowd of civilians mob violence. Each decision keeps the cues that made it, so the evidence can
say why.

The modules: ``dispatch`` (``decide`` and the order of the rules), one module per sub-event
family (``territory``, ``battles``, ``remote_violence``, ``demonstrations``, ``civilian_violence``,
``strategic_developments``), and what they share: ``decision`` (the record, word sets, cue groups),
``participants`` (who is involved), ``cue_readings`` (which cues count, with ``not_events`` and
``other_senses``: words that name no political event) and ``sport``.
"""

from frontlines.events.typing.cue_readings import in_description, is_background, is_reason, live_cues
from frontlines.events.typing.decision import (
    CROWD_CLASH_RULES,
    RULE_FOUND_DEVICE,
    RULE_REMNANT,
    Classifier,
    Decision,
)
from frontlines.events.typing.demonstrations import after_comma
from frontlines.events.typing.dispatch import decide, toll_of_accident
from frontlines.events.typing.participants import HARM_VERBS, arguments, headline_passive, unarmed_status
from frontlines.events.typing.sport import is_sport_report

__all__ = [
    "CROWD_CLASH_RULES",
    "HARM_VERBS",
    "RULE_FOUND_DEVICE",
    "RULE_REMNANT",
    "Classifier",
    "Decision",
    "after_comma",
    "arguments",
    "decide",
    "headline_passive",
    "in_description",
    "is_background",
    "is_reason",
    "is_sport_report",
    "live_cues",
    "toll_of_accident",
    "unarmed_status",
]

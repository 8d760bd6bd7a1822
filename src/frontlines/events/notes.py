"""A one-sentence ACLED-style summary generated from an event record."""

from __future__ import annotations

from frontlines.records import Event

#: How the summary says what happened, by sub-event type: '{a1}' and '{a2}' are the sides.
PHRASES = {
    "Government regains territory": "{a1} regained territory from {a2}",
    "Non-state actor overtakes territory": "{a1} took territory from {a2}",
    "Armed clash": "{a1} clashed with {a2}",
    "Chemical weapon": "{a1} used chemical weapons against {a2}",
    "Air/drone strike": "{a1} carried out an air or drone strike on {a2}",
    "Suicide bomb": "{a1} carried out a suicide bombing against {a2}",
    "Shelling/artillery/missile attack": "{a1} shelled {a2}",
    "Remote explosive/landmine/IED": "an explosive device attributed to {a1} hit {a2}",
    "Grenade": "{a1} attacked {a2} with a grenade",
    "Sexual violence": "{a1} committed sexual violence against {a2}",
    "Attack": "{a1} attacked {a2}",
    "Abduction/forced disappearance": "{a1} abducted {a2}",
    "Peaceful protest": "{a1} demonstrated",
    "Protest with intervention": "{a1} demonstrated and {a2} intervened",
    "Excessive force against protesters": "{a2} used lethal force against {a1}",
    "Violent demonstration": "{a1} demonstrated violently",
    "Mob violence": "{a1} attacked {a2}",
    "Agreement": "{a1} and {a2} reached an agreement",
    "Arrests": "{a1} arrested {a2}",
    "Change to group/activity": "{a1} changed its activity",
    "Disrupted weapons use": "{a1} prevented an attack by {a2}",
    "Headquarters or base established": "{a1} established a base",
    "Looting/property destruction": "{a1} looted or destroyed property of {a2}",
    "Non-violent transfer of territory": "territory passed from {a2} to {a1} without fighting",
    "Other": "{a1} was involved in a strategic development",
}


#: Phrases for events whose second side the text does not name.
UNNAMED_TARGET = {
    "Government regains territory": "{a1} regained territory",
    "Non-state actor overtakes territory": "{a1} took territory",
    "Armed clash": "{a1} fought an unnamed armed group",
    "Shelling/artillery/missile attack": "{a1} fired artillery, rockets or missiles",
    "Air/drone strike": "{a1} carried out an air or drone strike",
    "Remote explosive/landmine/IED": "an explosive device attributed to {a1} went off",
    "Looting/property destruction": "{a1} looted or destroyed property",
    "Arrests": "{a1} made arrests",
    "Disrupted weapons use": "{a1} prevented an attack",
    "Agreement": "{a1} reached an agreement",
    "Non-violent transfer of territory": "territory passed to {a1} without fighting",
}


def write_notes(event: Event) -> str:
    """'On 1 April 2015, Islamic State clashed with ... in Yarmouk, Damascus, Syria. 6 fatalities.'"""
    a1 = event.actor1 or "an unidentified actor"
    if event.assoc_actor_1:
        a1 = f"{a1} (with {event.assoc_actor_1})"
    phrase = PHRASES.get(event.sub_event_type, "{a1} was involved in an event")
    if event.actor2:
        a2 = f"{event.actor2} (with {event.assoc_actor_2})" if event.assoc_actor_2 else event.actor2
    else:
        a2 = "others"
        phrase = UNNAMED_TARGET.get(event.sub_event_type, phrase)
    what = phrase.format(a1=a1, a2=a2)
    when = f"On {event.event_date.day} {event.event_date:%B %Y}, " if event.event_date else ""
    where = ", ".join(x for x in (event.location, event.admin1, event.country) if x)
    where = f" in {where}" if where else ""
    figures = []
    if event.fatalities:
        figures.append(f"{event.fatalities} {'fatality' if event.fatalities == 1 else 'fatalities'}")
    if event.injuries:
        figures.append(f"{event.injuries} injured")
    tail = f" ({', '.join(figures)})" if figures else ""
    sentence = f"{when}{what}{where}{tail}."
    return sentence[0].upper() + sentence[1:]

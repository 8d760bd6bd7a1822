"""Places: an offline gazetteer and toponym resolution to ACLED's location fields.

::

    from frontlines.places import open_gazetteer, resolve_places
    gaz = open_gazetteer(settings)
    mentions = resolve_places(text, spans, gaz, country_hint="SY")
"""

from frontlines.places.countries import Country, resolve_country
from frontlines.places.gazetteer import Candidate, Gazetteer, open_gazetteer
from frontlines.places.resolve import PlaceMention, geo_precision, resolve_places

__all__ = [
    "Candidate",
    "Country",
    "Gazetteer",
    "PlaceMention",
    "geo_precision",
    "open_gazetteer",
    "resolve_country",
    "resolve_places",
]

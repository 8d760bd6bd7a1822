"""Actor registry: canonical actors (ACLED naming) for armed groups, state forces, organisations and sources.

::

    from frontlines.actors import load_registry
    registry = load_registry()
    mentions = registry.find(text, country="SYR", event_date=date(2015, 4, 1))
"""

from frontlines.actors.registry import ActorMention, ActorRegistry, load_registry
from frontlines.actors.resolve import is_metonymic

__all__ = ["ActorMention", "ActorRegistry", "is_metonymic", "load_registry"]

"""Attribution: the sources of each claim ("according to SOHR", "reports AFP"), chains kept."""

from frontlines.attribution.find import Attribution, Cue, find_attributions, sources_for
from frontlines.attribution.speakers import SourceMention

__all__ = ["Attribution", "Cue", "SourceMention", "find_attributions", "sources_for"]

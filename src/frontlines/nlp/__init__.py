"""The spaCy side: the model with frontlines' components. spaCy finds; plain functions decide.

``frontlines_number_sentences`` keeps the parser from starting a sentence after a number.
``frontlines_actor_ruler`` runs first, before ``tok2vec``: it marks the actor registry's named
actors as entities, so the statistical NER keeps them (the small model calls ISIL a number and
Aknaf Beit al-Maqdis a person) and predicts only around them. It matches with the registry's
compiled automaton over the raw text, so adding aliases costs nothing at load time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from frontlines.resources import load_spacy
from frontlines.settings import Settings

if TYPE_CHECKING:
    from frontlines.actors import ActorRegistry

#: Entity labels for registry kinds: organisations and the people who speak for them.
ACTOR_LABEL = "ORG"
#: Registry mention kinds the ruler marks; composed and nominal mentions are left to the parse.
RULER_KINDS = frozenset({"named", "source"})


class ActorRuler:
    """Marks the registry's named actors as ORG entities before the statistical NER runs."""

    def __init__(self, registry: ActorRegistry):
        self.registry = registry

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for mention in self.registry.find(doc.text):
            if mention.kind not in RULER_KINDS:
                continue
            span = doc.char_span(mention.start, mention.end, label=ACTOR_LABEL, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.ents = filter_spans(spans)
        return doc


@Language.factory(
    "frontlines_actor_ruler",
    default_config={"actors_files": []},
    assigns=["doc.ents"],
)
def make_actor_ruler(nlp: Language, name: str, actors_files: list[str]) -> ActorRuler:
    from frontlines.actors import load_registry

    return ActorRuler(load_registry(tuple(Path(p) for p in actors_files)))


def keep_numbers_in_sentence(doc: Doc) -> Doc:
    """No sentence starts right after a number: the parser cuts "(Afgooye, Lower Shabelle). 14 Al
    shabaab militants were killed" into "14" and the rest, and the count loses its verb."""
    for token in doc[1:]:
        if doc[token.i - 1].like_num and token.is_sent_start is None:
            token.is_sent_start = False
    return doc


Language.component("frontlines_number_sentences", func=keep_numbers_in_sentence)


def build_nlp(settings: Settings) -> Language:
    """The spaCy pipeline the extractor reads, actor ruler first; the pipeline is built once per process."""
    nlp = load_spacy(settings.spacy_model)
    nlp.add_pipe(
        "frontlines_actor_ruler",
        first=True,
        config={"actors_files": [str(p) for p in settings.actors_files]},
    )
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("frontlines_number_sentences", before="parser")
    return nlp

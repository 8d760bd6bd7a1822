"""The spaCy side: the model with frontlines' components. spaCy finds; plain functions decide.

``frontlines_number_sentences`` keeps the parser from starting a sentence after a number.
``frontlines_fronted_subject`` gives the verb back a subject the parser hung on a fronted place.
``frontlines_actor_ruler`` runs first, before ``tok2vec``: it marks the actor registry's named
actors as entities, so the statistical NER keeps them (the small model calls ISIL a number and
Aknaf Beit al-Maqdis a person) and predicts only around them. It matches with the registry's
compiled automaton over the raw text, so adding aliases costs nothing at load time.
``frontlines_acronyms`` runs before it: an acronym that spells a word ("IS") is read as a name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
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


#: Tokens that may end a sentence, so that the next one may start one.
SENTENCE_ENDS = frozenset({".", "!", "?", "...", "…", ":", ";", '"', "”", "’", "'"})


def keep_numbers_in_sentence(doc: Doc) -> Doc:
    """No sentence starts right after a number: the parser cuts "(Afgooye, Lower Shabelle). 14 Al
    shabaab militants were killed" into "14" and the rest, and the count loses its verb. Nor does
    one start with an opening bracket or a lower-case word right after a word: "near the Central
    Bank of Yemen [Hayy al Qati] (Craiter, Aden) reportedly detonated" is one sentence."""
    for token in doc[1:]:
        if token.is_sent_start is not None:
            continue
        before = doc[token.i - 1]
        opens = token.text in ("(", "[") or token.is_lower
        if before.like_num or (opens and before.text not in SENTENCE_ENDS and "\n" not in before.text):
            token.is_sent_start = False
    return doc


Language.component("frontlines_number_sentences", func=keep_numbers_in_sentence)

#: Capitalised acronyms that spell an English word, and the form the model should read them as:
#: "2 IS militants" is parsed with "IS" as a verb ("leaving 2 IS militants dead" loses its victims).
ACRONYM_NORMS = {"IS": "isis"}


def _capitalised_word(token: Token) -> bool:
    return len(token) > 1 and token.is_upper


def read_acronyms(doc: Doc) -> Doc:
    """Give an acronym that spells a word ("IS", the Islamic State) the norm of its long form, before
    the model reads the words, so the parser and tagger take it as a name; not inside a capitalised
    headline ("THE WAR IS OVER"), where the word is meant."""
    for token in doc:
        norm = ACRONYM_NORMS.get(token.text)
        if norm is None:
            continue
        before = next((t for t in reversed(doc[: token.i]) if t.is_alpha), None)
        after = next((t for t in doc[token.i + 1 :] if t.is_alpha), None)
        neighbours = [t for t in (before, after) if t is not None]
        if neighbours and all(_capitalised_word(t) for t in neighbours):
            continue
        token.norm_ = norm
    return doc


Language.component("frontlines_acronyms", func=read_acronyms)

#: Parser labels a subject gets wrongly when a place or date is fronted before it.
FRONTED_LABELS = frozenset({"appos", "conj", "npadvmod"})


def _fronted_subject(sentence: Span) -> tuple[Token, str] | None:
    """The common noun the parser hung on a fronted place and the label it should have, or None."""
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    for noun in sentence:
        if noun.i >= root.i:
            return None
        if noun.dep_ not in FRONTED_LABELS or noun.pos_ != "NOUN" or noun.head.pos_ not in ("PROPN", "NUM"):
            continue
        if noun.head.i >= noun.i or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
            continue
        after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
        if after is None:
            continue
        if after.dep_ in ("aux", "auxpass") and after.head.i == root.i:
            return noun, "nsubjpass" if any(c.dep_ == "auxpass" for c in root.children) else "nsubj"
        if after.i == root.i and root.tag_ in ("VBD", "VBZ", "VBP"):
            return noun, "nsubj"
    return None


def restore_fronted_subject(doc: Doc) -> Doc:
    """ "On 1 May 2020, at the border of Escobedo, Nuevo Leon, a man was found dead": the small
    model hangs "a man" on "Nuevo Leon" as an apposition and gives "found" a subject from the fronted
    phrase (or none). A common noun right after the fronted phrase's comma and right before the main
    verb (or its auxiliary) is the verb's subject; a fronted word that held the role keeps its head
    with no label of its own."""
    for sentence in doc.sents:
        root = sentence.root
        found = _fronted_subject(sentence)
        if found is not None:
            noun, label = found
            noun.head = root
            noun.dep_ = label
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "..., Nakuru, a man was found dead" may also come out with two subjects: the fronted name
        # or date is none
        for child in subjects[:-1]:
            if child.pos_ in ("PROPN", "NUM") or (found is not None and child.i < found[0].i):
                child.dep_ = "dep"
    return doc


Language.component("frontlines_fronted_subject", func=restore_fronted_subject)


def build_nlp(settings: Settings) -> Language:
    """The spaCy pipeline the extractor reads, actor ruler first; the pipeline is built once per process."""
    nlp = load_spacy(settings.spacy_model)
    nlp.add_pipe(
        "frontlines_actor_ruler",
        first=True,
        config={"actors_files": [str(p) for p in settings.actors_files]},
    )
    nlp.add_pipe("frontlines_acronyms", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("frontlines_number_sentences", before="parser")
        # after the attribute ruler, which sets the coarse parts of speech it reads
        after = "attribute_ruler" if "attribute_ruler" in nlp.pipe_names else "parser"
        nlp.add_pipe("frontlines_fronted_subject", after=after)
    return nlp

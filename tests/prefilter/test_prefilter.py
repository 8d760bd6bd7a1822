"""The document prefilter: keeps conflict news, drops texts that cannot hold an event."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.errors import DataFileError
from frontlines.prefilter import Prefilter, could_hold_event, default_prefilter, read_vocabulary

FOOTBALL_REPORT = (
    "Arsenal came from behind to beat Chelsea 2-1 in a pulsating London derby on Sunday. "
    "The visitors took the lead when their captain fired a stunning strike into the top corner, "
    "but Arsenal pushed forward in attack and their striker's shot was deflected in before half-time. "
    "The battle in midfield was fierce, and an injured defender had to be replaced. In the dying "
    "minutes the winger rifled home a rocket of a shot to settle the clash, and the manager said his "
    "team had shown real character to come back."
)

RECIPE = (
    "Classic lemon drizzle cake. Preheat the oven to 180C and grease a loaf tin. Beat the butter and "
    "sugar until pale, then beat in the eggs one at a time. Fold in the flour and the zest of two "
    "lemons. Bake for 45 minutes until a skewer comes out clean. Mix the juice with icing sugar, "
    "prick the warm cake all over and pour the drizzle on; leave it to cool in the tin. A dead simple "
    "bake that is a real flavour hit with a shot of espresso on the side."
)


def test_seed_article_passes(seed_text: str) -> None:
    assert could_hold_event(seed_text)


def test_football_report_is_dropped() -> None:
    assert not could_hold_event(FOOTBALL_REPORT)


def test_recipe_is_dropped() -> None:
    assert not could_hold_event(RECIPE)


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in an ambush near the border.",
        "AIRSTRIKES HIT THE TOWN OF DOUMA ON TUESDAY.",
        "Police fired tear gas at\nprotesters outside parliament.",
        "Gunmen abducted 12 villagers overnight.",
        "Islamic State fighters seized control of the camp.",
        "The two sides signed a ceasefire in Geneva.",
        "Youth in the town held a march to call for a peaceful election.",
        "On April 30th, an anti-corruption march took place in the capital.",
        "Hundreds of traders poured into the streets over new market fees.",
        "Students went on rampage over the transfer of their principal.",
        "Herders took up arms against the neighbouring clan.",
    ],
)
def test_conflict_sentences_pass(text: str) -> None:
    assert could_hold_event(text)


def test_words_match_whole_not_inside_other_words() -> None:
    assert not could_hold_event("Rapeseed oil and a mobile phone on the executive's desk.")


def test_prefix_forms_match_their_inflections() -> None:
    hit = default_prefilter().first_hit("Dozens were kidnapped on the road.")
    assert hit is not None and hit.text == "kidnap" and hit.prefix


def test_phrase_matches_across_line_breaks_and_curly_apostrophes() -> None:
    assert could_hold_event("Troops staged a coup d\u2019etat")
    assert could_hold_event("They were shot\n   dead at dawn.")


def test_bad_vocabulary_row_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "vocab.tsv"
    path.write_text("# comment\nform\tarea\nkilled\tviolence\nBomb*s\tremote\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"vocab.tsv:4: bad form 'Bomb\*s'"):
        read_vocabulary(path)


def test_custom_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "vocab.tsv"
    path.write_text("form\tarea\nflood*\tdisaster\n", encoding="utf-8")
    prefilter = Prefilter(read_vocabulary(path))
    assert prefilter.could_hold_event("Floods hit the valley")
    assert not prefilter.could_hold_event("Troops were killed")


def test_pipeline_skips_spacy_for_texts_that_fail_the_prefilter(seed_text: str) -> None:
    from frontlines.pipeline import Result, build_pipeline
    from frontlines.records import Article
    from frontlines.settings import Settings

    pipeline = build_pipeline(Settings(prefilter=True))
    calls: list[str] = []
    original = pipeline.nlp.pipe

    def counting_pipe(texts, **kwargs):
        texts = list(texts)
        calls.extend(texts)
        return original(texts, **kwargs)

    pipeline.nlp.pipe = counting_pipe  # type: ignore[method-assign]
    try:
        articles = [Article(id="recipe", text=RECIPE), Article(id="seed", text=seed_text)]
        results = list(pipeline.code(articles))
    finally:
        del pipeline.nlp.pipe
    assert [r.article.id for r in results if isinstance(r, Result)] == ["recipe", "seed"]
    assert results[0].events == []
    assert calls == [seed_text]


def test_weak_words_pass_a_text_without_off_topic_context() -> None:
    assert could_hold_event("Unknown men attacked a convoy near the border and stole two trucks.")


def test_weak_words_in_a_sports_context_do_not_pass() -> None:
    assert not could_hold_event("The striker's shot beat the goalkeeper before half-time.")


def test_a_strong_word_passes_whatever_the_context() -> None:
    assert could_hold_event("Fans clashed with police after the football derby; two were killed.")

"""The actor data files: loader errors name file:line, the converter parses TABARI blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.actors.convert import nice_name, parse_actor_file, parse_code
from frontlines.actors.data import RegistryData, load_data, read_actors, read_aliases, read_ties
from frontlines.errors import DataFileError


@pytest.fixture(scope="module")
def data() -> RegistryData:
    return load_data()


def test_alias_for_unknown_actor_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "aliases.tsv"
    path.write_text("actor_id\talias\nnobody\tNobody Brigade\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"aliases\.tsv:2: alias for unknown actor id 'nobody'"):
        read_aliases(path, RegistryData(), 1)


def test_bad_tie_date_names_file_and_line(tmp_path: Path) -> None:
    registry = RegistryData()
    actors = tmp_path / "actors.tsv"
    actors.write_text("id\tname\nx\tX Group\n", encoding="utf-8")
    read_actors(actors, registry, 1)
    ties = tmp_path / "ties.tsv"
    ties.write_text("actor_id\trelation\tother\tstart\nx\tloyal to\thamas\t2015-13-01\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"ties\.tsv:2: bad date '2015-13-01'"):
        read_ties(ties, registry)


def test_too_many_cells_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text("id\tname\nx\tX Group\textra\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"actors\.tsv:2: 3 cells"):
        read_actors(path, RegistryData(), 1)


def test_builtin_data_fixes_phoenix_traps(data: RegistryData) -> None:
    hezbollah = {alias for alias, actor_id, _ in data.aliases if actor_id == "hezbollah"}
    assert "Islamic Jihad" not in hezbollah
    syria = data.countries["SYR"]
    assert "Syrian" in syria.aliases
    assert not {"Damascus", "Aleppo", "Kobani", "Homs"} & set(syria.aliases)
    assert syria.capital == "Damascus"


def test_builtin_supplement_records_ties_and_ids(data: RegistryData) -> None:
    aknaf = data.actors["aknaf-beit-al-maqdis"]
    assert (aknaf.country, aknaf.inter, aknaf.kind) == ("PSE", 2, "rebel")
    assert [(t.relation, t.other) for t in aknaf.ties] == [("loyal to", "hamas")]
    assert "islamic-state-of-iraq-and-the-levant" not in data.actors  # absorbed by islamic-state


def test_converter_reads_tabari_blocks(tmp_path: Path) -> None:
    path = tmp_path / "Phoenix.MilNonState.actors.txt"
    path.write_text(
        "# comment\nGROUP_ONE_ [SYRREB] # note\n+FIRST_ALIAS_ +SECOND_ALIAS\n"
        "ROOT_A\nROOT_B\n\t[PSEREB >20130408]\nBASHAR_AL_ASSAD_\n\t[SYRELI 830101-000101]\n\t[SYRGOV >000717]\n",
        encoding="utf-8",
    )
    entries = {e.root: e for e in parse_actor_file(path)}
    assert entries["GROUP ONE"].aliases == ["FIRST ALIAS", "SECOND ALIAS"]
    assert entries["ROOT A"].codes == entries["ROOT B"].codes == [("PSEREB", "2013-04-08", "")]
    assert entries["BASHAR AL ASSAD"].codes == [("SYRELI", "1983-01-01", "2000-01-01"), ("SYRGOV", "2000-07-17", "")]
    assert parse_code("IGOUNO") == ("IGOUNO", "", "")
    assert nice_name("JABHAT AL-NUSRA") == "Jabhat al-Nusra"
    assert nice_name("THE ISLAMIC STATE") == "Islamic State"


def test_short_words_shaped_like_syllables_are_not_acronyms() -> None:
    assert nice_name("RED CROSS") == "Red Cross"
    assert nice_name("NEW PEOPLE'S ARMY") == "New People's Army"
    assert nice_name("KIM YONG NAM") == "Kim Yong Nam"
    assert nice_name("COMMITTEE TO PROTECT JOURNALISTS") == "Committee to Protect Journalists"
    # acronyms keep their capitals, alone or inside a longer name
    assert nice_name("PKK") == "PKK"
    assert nice_name("UN ENVOY") == "UN Envoy"
    assert nice_name("WORLD ORGANIZATION FOR HUMAN RIGHTS USA") == "World Organization for Human Rights USA"
    assert nice_name("NGO NETWORK") == "NGO Network"

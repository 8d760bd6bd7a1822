"""An event's fatalities from its counts (events.fields.fatalities): groups add up, a whole toll and a word
pointing back do not, deaths with no number stand in, a demonstration's cause is not its toll.
Sentences written for these rules."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.records import Article

CASES = [
    (6, "Gunmen killed six civilians in the village. Six fatalities were reported."),
    (4, "Two policemen were killed in the ambush. Two other policemen were killed when they came to help."),
    (1, "A man was killed by gunmen and his body was dumped in a river."),
    (3, "The mayor was shot dead and his two bodyguards were also killed."),
    (2, "Gunmen shot dead a farmer and his son in the village."),
    # the parser may leave the "dead" of "shooting dead" unlabelled
    (2, "Officers responded, shooting dead two youths in Nakuru."),
    (10, "The army shelled rebel positions near the town, incurring fatalities."),
    (4, "Soldiers killed four rebels in the forest; the rebels suffered fatalities."),
    (0, "Hundreds of students marched in the capital to protest the death of a classmate."),
    (0, "Traders held a protest in the town to seek justice for a young man who was killed by police."),
    (0, "Residents marched through the market and lit candles for two boys who died in the fire."),
    # a headline's figure told again in the text for the same group in other words is one group;
    # "other" ones are more of it
    (
        40,
        "Army kills 40 rebels near the capital. Forty rebel fighters were killed in an ambush at dawn, the army said.",
    ),
    (4, "Two policemen were killed in the ambush. Two other police officers were killed when they came to help."),
    # a bare figure equal to a group's figure is that group's: a headline told again in the text
    (6, "Gunmen kill six in a restaurant. Gunmen stormed a restaurant and killed six people on Thursday."),
    # the same figure told of a group by one verb and of "people" by another is one group, even where
    # a headline runs into the text with no stop; one verb for both keeps them apart
    (
        12,
        "Twelve villagers killed in shelling of market AFP Monday 4 Jan 2016 The shells that hit the market "
        "killed around 12 people, a monitor said.",
    ),
    (4, "Gunmen shot dead two soldiers and two people at the checkpoint."),
    # "to the death of" is what the strikes led to; those injured after it are not its dead
    (
        3,
        "Jets carried out 12 airstrikes on the valley leading to the death of three civilians and injuring 9 "
        "other civilians.",
    ),
    # a headline's figure hung by the parser on the date before it is still a bare figure; "as many
    # people as possible" counts no one
    (
        26,
        "Wednesday 26 October 2016 26 People Killed in Airstrikes on Schools in Rural Idlib. Airstrikes by regime "
        "jets early on Wednesday hit a school in the town of Hass killing at least 26 civilians.",
    ),
    (
        5,
        "Gunmen opened fire in the market on Monday, killing 5 traders in an attack aimed at killing as many "
        "people as possible.",
    ),
    # "more than" bounds a figure; it adds no group
    (
        30,
        "Shelling killed 30 people in the town on Monday. Medics said more than 30 people were killed in the shelling.",
    ),
    # one figure told again for a group named in other words, in another sentence, is one group when
    # large; a pair of dead may be two pairs
    (
        40,
        "Army says 40 members of the group were killed in the battle near the oil field east of Homs. The "
        "operation ended in the killing of at least 40 militants, the sources said.",
    ),
    (4, "Two policemen were killed at the gate. Two attackers were shot dead by the guards."),
    # a part of the dead told through a pronoun is no group of its own
    (25, "The monitor says 25 people were killed 7 of them children when rockets hit the market."),
    (11, "Eleven people among them four women were killed in strikes on the eastern districts."),
    (2, "On 4 June 2021, soldiers clashed with gunmen near the dam, killing 2 of them."),
    # a town named after its name is no victim, wherever the parse hangs it
    (
        30,
        "Officials say 30 people have been killed in rocket fire overnight in Homs the countrys third largest "
        "city and the scene of heavy fighting in the war.",
    ),
    # a toll in another sentence dated days from the event is another day's
    (
        14,
        "A total of 14 militants were killed in an army operation on 31 May 2016. On 2 May 2016 the army struck "
        "militant positions in the same area, killing 50 militants.",
    ),
    # a figure broken down into parts after it in its sentence is counted once
    (
        6,
        "Militants attacked a police camp on Monday. Six officers were killed in the attack, four were killed in "
        "the raid on the camp while two other officers were killed in an ambush on the road.",
    ),
    # ... or in the sentences after it, a toll for anyone among the parts
    (
        27,
        "Air raids killed at least 27 civilians in Idlib province on Sunday. At least 25 people were killed in a "
        "strike on the market, and two more died in a raid on a village.",
    ),
    # a harm verb before the number whose object a lost comma gave to the next verb
    (
        14,
        "Shelling of rebel-held districts in the east of the city Tuesday killed at least 14 people including "
        "women rescue workers said.",
    ),
    # ... but not a claim about one of them
    (
        3,
        "Last week, police shot dead three young men working at a quarry in Kitengela (Kajiado). The police "
        "claimed one of the individuals was a wanted robber, and that the dead men had been armed.",
    ),
    # a headline's bound and the story's figure for anyone within a tenth of it are one toll
    (
        106,
        "More than 100 killed in shelling of market, medics say. Government shelling of the central market "
        "killed at least 106 people on Tuesday, medics said.",
    ),
    # a force accused of the killing is how the event is told; a person accused of it is charged
    (12, "Human Rights Watch accused the army of killing 12 villagers in a raid on Monday."),
    # a part of the dead, "of those killed", is no group of its own
    (12, "Raiders killed 12 people in the village; 5 of those killed were children."),
    (2, "Raiders attacked the village on Monday. Two of those who fled were killed by the raiders near the river."),
    (1, "Six people were injured in a blast at a bus stop. One of those injured later died in hospital."),
    # two peoples' citizens are two groups
    (6, "Troops shot down a cargo plane near the airport. Two Somali citizens and four Kenyan citizens died."),
    # other reports' higher figure, and deaths feared, count only when nothing else does
    (
        5,
        "Gunmen killed five travellers when they ambushed a matatu on the highway. Conflicting reports have "
        "nine deaths.",
    ),
    (3, "Three traders were killed in clashes at the market. Four other deaths are feared but unconfirmed."),
    (2, "Two herders are feared dead after raiders attacked their village."),
    # a guess the report makes counts only when nothing else does
    (1, "Gunmen shot dead a teacher in the town. Five others may have been killed, residents said."),
    # a toll told before the first event is that event's
    (4, "Four bodies were pulled from the lake on Monday. The victims were killed by gunmen, police said."),
    # an "-ing" participle with its toll tells the result, whatever noun the parser hung it on
    (2, "Rioters burned tyres in the town on Monday. Live rounds were shot from police helicopters killing 2."),
    # a figure for anyone in a sentence of its own, beside figures for named groups, is the whole toll
    (
        5,
        "At least five people were killed in a bomb blast at a bus stop on Monday. Police said the blast killed "
        "3 soldiers and 2 suspects they had detained.",
    ),
    # a death from illness is no one's toll
    (2, "Gunmen killed two guards at the prison gate on Sunday. Two more inmates died of cholera this week."),
    # a figure for the same group told "also" is more of them, not the same figure again
    (9, "Gunmen shot dead four men and a woman in one district. Also, four men were shot dead in another."),
    (4, "Gunmen killed four men in the village. Four men were killed, police said."),
    # a riot's toll told in a clause on its number, or in a report of it, is the riot's
    (2, "Students rioted in the town on Monday, destroying property. There were reports of 2 rioters killed."),
    (3, "Youths rioted in the town on Monday. Police intervened - 3 civilians who were killed as they were caught."),
    # but not people a protest is for
    (0, "Hundreds protested over 2 students killed by police last week."),
    # one of a people with "a" is a victim of its own, not one told before
    (3, "Gunmen attacked a bus near the border. Two passengers were killed and a Somali is dead."),
    (2, "On 5 May 2020, in Culiacan, Sinaloa, a man and a woman were found dead."),
    (1, "Two men were shot in a drive-by shooting. One man was injured and the other died."),
    (2, "Residents lynched two men accused of theft in the market. Both victims died on the spot."),
    (2, "Gunmen attacked a bus on the highway. Both victims died in hospital."),
    (48, "Rebels attacked the airbase. Forty soldiers and eight rebel fighters were killed in the clash."),
    (31, "Soldiers retook the village after a clash that resulted in 25 rebel fighters and 6 military fatalities."),
    (48, "Forty GNA soldiers and eight LNA soldiers were reportedly killed during the clash."),
    (1, "An aircraft carried out an air strike on militants near the town. One militant was killed in the airstrike."),
    (1, "Militants threw a hand grenade at soldiers in the market. The explosion killed one soldier."),
    (
        3,
        "Rebels shelled army positions near the camp. Shells also struck the coastal road, killing three civilians.",
    ),
    (9, "Gunmen abducted 9 soldiers from a checkpoint. They later killed them and dumped their bodies near the road."),
    (2, "GNA jets carried out three airstrikes on LNA positions. Two LNA soldiers were reportedly killed."),
    # a toll after force used on a crowd, and a death told by "died", belong to the event before
    (1, "Police fired live bullets at rioters blocking the road. A person was killed in the cross fire."),
    (1, "Soldiers and police officers exchanged fire at the mall by mistake. One police officer died."),
    # the same fight goes on, its people named by a pronoun
    (1, "Two village groups clashed near the river. They attacked each other with machetes, killing one."),
    (
        2,
        "Fishermen demonstrated in the harbour against the curfew. They clashed with police, who fired live "
        "ammunition, killing two people.",
    ),
    # a party's name is no sport word
    (1, "A local leader of the Awami League was beaten to death by four men in the market."),
    (0, "Hundreds protested the killing of a student by police in the capital."),
    (1, "Rival supporters clashed with stones in the market, leading to the death of a bystander."),
    # the small model hangs the subject on the fronted place; frontlines_fronted_subject gives it back
    (1, "On 3 June 2021, near the bridge between the Alpha and Beta quarters, Nakuru, a man was found dead."),
    (1, "On 3 June 2021, near the old mill of Kisumu, Nyanza, the body of a woman was found in a ditch."),
    # "in the attack" points back to the strike; the victims' group is no new attacker
    (3, "A drone struck a militant camp. Three militants were killed in the attack including a commander."),
    (1, "Two rival gangs exchanged gun fire in the slum, resulting in one death. The motive is unknown."),
    # the clash told in a clause about the killers is told in passing; the killing is the event
    (1, "A trader was shot dead in the market. The killers were two men who later clashed with the police."),
    # a figure the report gives as denied is no toll
    (1, "A herder was killed in a shootout near the river. The commissioner dismissed reports that 14 died."),
    # another source's figure: the codebook keeps the lower one; another group still adds up
    (3, "At least three people were killed by gunmen in the town. Another source reported 10 dead."),
    (3, "Gunmen killed three people in the town. A local newspaper reported 5 dead."),
    (2, "Gunmen killed five people in the town. A local newspaper reported two dead."),
    (4, "Gunmen killed three people in the town. Another source reported that one more policeman was killed."),
    # the headline's figure told again in the text is the text's, however the text names the group
    (5, "Gunmen Kill Five Police Officers in Northern Town. Gunmen shot dead five policemen at a checkpoint."),
    # (a guard: nor does "also" make the text's figure more of them)
    (60, "Army Kills Over 60 Rebel Fighters in Northern Province. The army also killed over 60 rebel fighters there."),
    (12, "At least 12 (some reports 25) were killed in clan fighting near the wells."),
    (50, "A car bomb killed at least 70 people in the town. Some news agencies reported that 50 were killed."),
    # ... but not a vague word the figure fits
    (70, "A car bomb killed at least 70 people in the town. Some news agencies reported that dozens were killed."),
    # a victim named with "the" after deaths told before is one of them; a passive shares no object
    (1, "One person died after raiders attacked a village near the river. The herder died after he was shot."),
    (2, "A guard was shot dead by a gunman at the bank. The attacker died in the exchange of fire."),
    (4, "Four people were killed when bandits attacked a homestead near the river."),
    # deaths that a relative clause says someone is believed to have caused are another event's
    (1, "Students attacked and killed a man they believed murdered a classmate."),
    # the toll of an act told a time distance earlier is that act's
    (4, "Four traders were killed by bandits on Monday, three days after the gang shot dead 11 herders."),
    (2, "Raiders killed two women near the wells, a week after they killed nine men in the same area."),
    # a war's toll is no event's, however it is told
    (
        9,
        "Air strikes on a market killed nine civilians on Sunday. Talks to end the war have stalled, with no end "
        "in sight to a conflict that has killed 250000 people.",
    ),
    (
        4,
        "Shelling killed four people in the old city on Monday. More than 120000 people have been killed in the "
        "country since an uprising against the president and his government began in 2012.",
    ),
    (3, "Gunmen killed three villagers on Friday. Gunmen have killed as many as 90000 people in the war."),
    # ... but a figure in the thousands written with a comma may still be one event's
    (1400, "A gas attack on the district has killed 1,400 people, the monitor said."),
    # figures of a span of years, of the last weeks or of last month are totals, not this event's
    (
        5,
        "A car bomb killed five people at a checkpoint on Tuesday. Car bombs killed 842 people in the city "
        "between March 2012 and June 2015.",
    ),
    (
        7,
        "Warplanes struck the town on Sunday, killing seven people. Air strikes have killed over 300 fighters "
        "in the last three weeks, a monitor said.",
    ),
    (
        2,
        "Shelling killed two children in the district on Monday. Last month shelling killed nearly 500 "
        "civilians in the province.",
    ),
    (
        4,
        "Fighting raged in the old city on Monday, killing four people. The fighting in the city has killed at "
        "least 130 civilians since the end of July, a monitor said.",
    ),
    # "a total of" frames a figure; "killed or injured" does not tell how many died (codebook: the
    # most conservative figure)
    (17, "Troops repelled the attack on the base, killing a total of 17 militants."),
    (0, "Warplanes struck the hideouts, killing or injuring 3 militants, the army said."),
    (0, "The bomb killed and injured 30 people in the market."),
    (0, "State media said 30 rebel fighters were killed and wounded in fighting on the edge of the city."),
    (4, "Four guards were killed and several injured when gunmen attacked their convoy near the border."),
    (3, "Three traders killed and more injured as gunmen raided the cattle market at dawn."),
    (
        4,
        "19 Killed and Injured in Attack on Town Hall. At least 4 people were killed and 15 injured when gunmen "
        "attacked the town hall.",
    ),
    # nor does a running toll "since" a turn of the war
    (
        4,
        "Shelling hit the market on Monday, killing 4 people. Hundreds of people have been killed in the city "
        "since peace talks broke off.",
    ),
    (
        6,
        "Gunmen shot dead six villagers near the border on Friday. Since then thousands are believed to have "
        "been killed in the region.",
    ),
    (
        45,
        "A US airstrike killed 45 people in Raqqa on Monday. The strike came a day after a monitor said more "
        "than 3000 people have been killed during the past month.",
    ),
    (
        6,
        "Jets struck a market in Idlib on Sunday, killing 6 people. Russian warplanes have killed 4000 civilians "
        "since Moscow first intervened in the war.",
    ),
    # (but a fight's own span "since Wednesday afternoon" is its toll)
    (
        69,
        "Monitors said 30 soldiers and 39 rebels have been killed in battles north of the city since Wednesday "
        "afternoon.",
    ),
    (
        200,
        "Troops killed over 200 militants in the south of the city on Thursday. Also the army has repelled 7 "
        "attacks in the last 10 days killing over 2200 militants.",
    ),
    (
        18,
        "Russian jets struck a convoy of fleeing families on Sunday, killing 18 civilians. September was the "
        "deadliest month this year, with the war killing at least 3000 people.",
    ),
    (
        45,
        "Rebel infighting killed 45 fighters in two days, a monitor said. A month of infighting in the province "
        "has killed nearly 300 fighters.",
    ),
    (
        6,
        "Jets struck a village near Aleppo on Monday, killing 6 civilians. Coalition strikes have also claimed "
        "hundreds of civilian lives in parts of the country.",
    ),
    # an attempt to kill kills no one
    (0, "Two gunmen attempted to kill a district official at a checkpoint on the highway."),
    # nor does a stabbing or a hacking, unless "to death" says so
    (0, "A man stabbed a trader at the bus stop in Nakuru on Sunday evening."),
    (0, "Raiders hacked a herder with machetes near the river."),
    (1, "A man stabbed a trader to death at the bus stop in Nakuru on Sunday evening."),
    # a war's toll gives no single victim either
    (0, "Shelling hit the old market on Monday. The war has killed more than a quarter of a million people."),
    # "martyrs" and "martyred" count the dead, as reports in the region write them
    (5, "A motorcycle bomb went off near the mosque in the city, leaving 5 martyrs."),
    (2, "Two soldiers were martyred when gunmen attacked the checkpoint."),
    # the year of a date written without commas is no count of the dead
    (14, "Published May 9 2018 A Daesh car bomb killed at least 14 soldiers at a base."),
    # animals killed are no one's death, with no number or with an article
    (0, "Troops shelled the village on Monday, killing livestock and destroying crops."),
    (0, "Soldiers fired artillery at the farms, killing livestock."),
    (0, "Raiders shot dead a camel near the well and drove off the herd."),
    # a death only vowed, joined to the verb the vow governs, is no death
    (0, "Her husband had vowed to live and die in the town, she said. Rockets hit the town on Monday."),
    # (guards: a head is an animal only counted after a number, "200 head of cattle")
    (1, "A human head was found in a plastic bag near the market."),
    (1, "The district head of intelligence was killed in an operation by police."),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_primary_event_fatalities(pipeline, expected: int, text: str) -> None:
    events = pipeline.extract(Article(id="t", text=text, country="Kenya"))
    assert events
    assert (events[0].fatalities or 0) == expected


def test_a_hacking_to_death_is_a_death_where_no_count_reaches_the_victims(pipeline) -> None:
    # the parse leaves "a Lamu chief and his assistant" to no count; the one-victim rule still says
    # someone died, as "hacked to death" tells (two did: the counts do not reach them, see docs)
    text = (
        "On Monday two men wearing clothing for women hacked to death a Lamu chief and his assistant in their office."
    )
    events = pipeline.extract(Article(id="t", text=text, country="Kenya"))
    assert events and events[0].fatalities >= 1


@pytest.mark.parametrize(
    "post",
    [
        "Horrific scenes from the market where 25 people were killed by the strike pic.twitter.com/AbCdEf",
        "Dozens killed in market air strikes - YouTube",
    ],
)
def test_a_quoted_post_or_video_title_gives_a_figure_only_where_the_report_has_none(pipeline, post: str) -> None:
    report = "Air strikes hit a market in the town on Sunday, killing at least 20 civilians, rescuers said. "
    [event] = pipeline.extract(Article(id="t", text=report + post, country="Syria"))
    assert event.fatalities == 20
    # alone, the post's figure is all there is
    [alone] = pipeline.extract(Article(id="t", text=post, country="Syria"))
    assert alone.fatalities and alone.fatalities >= 12


def test_a_figure_about_another_told_by_another_verb_is_one_toll(pipeline) -> None:
    # the exact figure is kept, as the codebook keeps the most conservative
    text = (
        "A tunnel blast killed 38 regime forces in the old city on Thursday. Nearly 40 Syrian troops and "
        "pro-government fighters were killed when rebels blew up the tunnel, a monitor said."
    )
    [event] = pipeline.extract(Article(id="t", text=text, country="Syria"))
    assert event.fatalities == 38


def test_parts_within_a_tenth_of_a_bound_are_its_breakdown(pipeline) -> None:
    # "at least 70" broken down into 30 and 39 (the byline's date lies after the feed's date)
    text = (
        "AFP Thursday 30 Jun 2016 At least 70 regime and rebel fighters have been killed in 24 hours in an "
        "assault and a counterattack north of the city a monitor said Thursday. The monitor said 30 regime "
        "soldiers and 39 rebel fighters had been killed in battles around the farms since Wednesday."
    )
    events = pipeline.extract(Article(id="t", text=text, published=date(2016, 6, 21), country="Syria"))
    assert [e.fatalities for e in events if e.sub_event_type == "Armed clash"] == [70]


def test_a_whole_broken_down_over_two_events_gives_each_its_part(pipeline) -> None:
    # FA-KES (CC BY, see tests/fixtures/README.md): 31 = 14 in the clashes + 17 in the strikes
    text = (
        "Thirty one Islamic State (IS) group militants have been killed in clashes and U.S.-led coalition "
        "air strikes in northern Syria over the last 24 hours the Turkish military said on Sunday. "
        "Fourteen of the IS group fighters were killed as they attempted to enter the rebel-controlled "
        "villages of Akhtarin and Turkmen Bareh three kilometres (two miles) east of Dabiq the Turkish army "
        "said in a statement. Another 17 IS group fighters were killed in air strikes by coalition "
        "warplanes in the same areas the military said."
    )
    events = pipeline.extract(Article(id="t", text=text))
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [e.fatalities for e in strikes] == [17]


def test_a_toll_told_of_another_country_is_not_the_events(pipeline) -> None:
    text = (
        "At least 10 civilians were killed in coalition strikes west of Raqqa, state media reported on Saturday. "
        "This is not the first time coalition strikes have caused civilian casualties. In late March, media said "
        "at least 200 people were killed in recent airstrikes in Mosul."
    )
    events = pipeline.extract(Article(id="t", text=text, published="2017-04-08"))
    assert (events[0].location, events[0].fatalities) == ("Raqqa", 10)


@pytest.mark.parametrize(
    "other",
    [
        "Four more people were also killed in another village of the district.",
        "Three civilians were also killed in another town.",
        "Two more people died elsewhere in the province.",
    ],
)
def test_a_toll_told_of_another_place_is_not_the_events(pipeline, other: str) -> None:
    text = f"Warplanes struck the market of the town of Maarat on Tuesday, killing 12 people. {other}"
    events = pipeline.extract(Article(id="t", text=text, published=date(2016, 3, 9), country="Syria"))
    assert events[0].fatalities == 12


def test_a_toll_told_of_earlier_this_month_is_background(pipeline) -> None:
    text = (
        "Coalition airstrikes killed 20 civilians in the east on Sunday. Earlier this month coalition raids "
        "killed at least 220 civilians in the province."
    )
    events = pipeline.extract(Article(id="t", text=text, country="Syria"))
    assert sum(e.fatalities or 0 for e in events) == 20


def test_the_day_a_sentence_names_outweighs_the_month_it_names(pipeline) -> None:
    text = (
        "A car bomb killed 20 civilians in the town on Friday evening. This is the second such attack this "
        "month as on November 4th militants carried out a similar car bomb attack in the area killing 12."
    )
    events = pipeline.extract(Article(id="t", text=text, published=date(2017, 11, 18), country="Syria"))
    assert events[0].fatalities == 20


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Residents protested outside the court after eleven men were killed in feuds over land.", "Peaceful protest"),
        ("The two clans signed a peace deal after clashes killed ten people.", "Agreement"),
    ],
)
def test_a_type_without_violence_has_no_fatalities(pipeline, text: str, sub: str) -> None:
    # codebook: a peaceful protest or an agreement has no toll; the deaths told are its cause
    [event] = pipeline.extract(Article(id="t", text=text, country="Kenya"))
    assert event.sub_event_type == sub
    assert (event.fatalities, event.fatalities_low, event.injuries) == (0, None, None)
    assert "fatalities" not in event.evidence

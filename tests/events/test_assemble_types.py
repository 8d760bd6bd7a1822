"""Sub-event types decided with the actors in view: the whole pipeline on one sentence each."""

from __future__ import annotations

import pytest

from frontlines.events.follow_ups import _damage_done
from frontlines.events.lexicon import load_lexicon
from frontlines.records import Article

CASES = [
    # a building retaken is no ground: the fight for it is a battle
    (
        "Somali troops retook the presidential palace in Mogadishu after militants forced their way in and "
        "fired on guards.",
        "Armed clash",
    ),
    # a building an armed or state actor confiscates is property taken
    (
        "Houthi security forces confiscated the Grand mall on Airport Street in Sanaa from its owner.",
        "Looting/property destruction",
    ),
    # a gathering suppressed by armed men is one intervened in
    ("The gunmen suppressed protests in which hundreds of residents took part.", "Protest with intervention"),
    # bodies on a beach are still a killing's where someone is told to have killed them
    ("Gunmen killed five migrants and dumped their bodies on a beach near the port.", "Attack"),
    # the dead of "died", each of the people joined, suffered; they are no crowd that did violence
    ("Two Somali citizens and four Kenyan citizens died in the attack on the bus.", "Attack"),
    # after an accident or a storm told first, a killing with its doer and its victims is still an act
    ("A bus crashed on the highway on Monday. Gunmen killed two villagers near the town.", "Attack"),
    ("Heavy rain fell across the region on Monday. Gunmen killed two villagers near the town.", "Attack"),
    # a killing told in a clause of what came before is the cause of the crowd's assault, not its act
    ("Residents of the estate attacked police officers after two boys were killed by gunmen.", "Mob violence"),
    # where the main clause only tells a death, the clause tells the act
    ("Two people died after gunmen opened fire on a bus.", "Attack"),
    # an allegiance pledged to an armed group the registry knows changes the group (codebook)
    ("A faction of the rebel movement pledged allegiance to the Islamic State on Friday.", "Change to group/activity"),
    # rearming, recruiting and moving forces change a group's activity (codebook)
    ("Herders took up arms against the neighbouring clan.", "Change to group/activity"),
    ("Ethnic militias are said to be re-arming ahead of the vote.", "Change to group/activity"),
    ("The rebel group has been recruiting youths in the villages.", "Change to group/activity"),
    ("About 200 militants were seen moving through the forest near the border.", "Change to group/activity"),
    # The small model tags a lower-case "march" as the month; it is still a protest march.
    ("HIV activists stage march in Nairobi to plead with donors not to cut funding.", "Peaceful protest"),
    ("In Mombasa, opposition supporters held their demos peacefully.", "Peaceful protest"),
    ("Nurses gathered outside the ministry to hand in a letter and to pressure the minister.", "Peaceful protest"),
    # a crowd's violence with no protest or demand told is a mob's, even against the police
    (
        "A group of about 30 people who gathered after prayers pelted stones at a police team, injuring four.",
        "Mob violence",
    ),
    ("Residents pelted stones at the police, demanding the release of a trader.", "Violent demonstration"),
    ("Dock workers gathered at the port gate in solidarity with the sacked drivers.", "Peaceful protest"),
    # an act joined to the protest verb is the crowd's own, not what it protests
    ("Students protested over new fees and stoned a building.", "Violent demonstration"),
    # a crowd called rowdy before it was dispersed, or once the protest had begun
    ("Police fired into the air to disperse a rowdy crowd of voters in Kiambu.", "Violent demonstration"),
    ("Police used tear gas to disperse a contractors' protest when they had become rowdy.", "Violent demonstration"),
    ("Police dispersed a peaceful crowd of traders in Nakuru.", "Protest with intervention"),
    # a death told as the cause of the protest is not the crowd's violence
    ("After a student was hit by a bus and killed, students protested at the university.", "Peaceful protest"),
    # what befell the crowd next is no background
    ("Protesters gathered outside the court in Nairobi before being dispersed by police.", "Protest with intervention"),
    # the demonstrators' own violence: an ambush, stones they threw
    ("Angry demonstrators in the village ambushed an election official.", "Violent demonstration"),
    ("A police officer was hit by a stone thrown by protesting youths in the market.", "Violent demonstration"),
    # the means of a protest and what followed it are no topic of it either
    ("Students protested the water cuts by blocking a road and lighting fires.", "Violent demonstration"),
    ("Drivers demonstrated in the town, resulting in clashes between the drivers and police.", "Violent demonstration"),
    ("Migrant workers protested by beating utensils at their homes, demanding to go home.", "Peaceful protest"),
    ("Residents protest the death of a woman who they allege died in police custody.", "Peaceful protest"),
    # Codebook: violence against a named state force or armed group is an armed clash.
    ("Two soldiers were killed when unidentified gunmen opened fire on them near Nahta in Daraa.", "Armed clash"),
    ("A policeman was killed after exchanging fire with gunmen during a patrol in the market.", "Armed clash"),
    ("Gunmen fired on a police patrol in Kano. The police shot back and killed one of the gunmen.", "Armed clash"),
    # People named in a phrase of place are not a side: no crowd, no mob violence.
    ("Troops of India and Pakistan exchanged fire across the LoC in Degwar sector (Poonch district).", "Armed clash"),
    # A clash told of in a clause on a noun is not the event: the violence of the main clause is.
    ("Police assaulted journalists covering a political clash in Kibera.", "Attack"),
    ("A senior, off-duty intelligence officer was shot and killed by two gunmen in Mombasa.", "Attack"),
    ("Bandits attacked a relief food convoy and robbed the truck drivers.", "Attack"),
    # Gang violence, its members on both sides, is an armed clash; a journalist is a civilian.
    ("A man was shot dead by two armed men on a motorcycle. The victim was involved in a gang.", "Armed clash"),
    ("A journalist was shot dead in Tijuana. The victim had written about drug trafficking.", "Attack"),
    # 'for' gives a cause ('arrested for the killing'), but a claim for an attack is the attack.
    ("Islamic State claimed responsibility for the killing of an Italian man in Dhaka.", "Attack"),
    # ... but an off-duty, former or defected member of a force is unarmed: an attack.
    ("Al Shabaab militants shot and killed an off duty soldier near the junction in Mogadishu.", "Attack"),
    ("Gunmen killed a former policeman in his shop in Kano on Sunday.", "Attack"),
    ("Unknown gunmen shot dead a young man who had defected from the army, on the road to Jbib.", "Attack"),
    ("Gunmen shot dead a teacher and his wife in their home in Kano on Sunday night.", "Attack"),
    # an attack on civilians told with the clash it happened in is an attack; deaths in a clash are not
    ("Raiders attacked and killed two herders in ethnic clashes near Baragoi.", "Attack"),
    ("Two civilians were killed in clashes between the army and rebels near Garissa.", "Armed clash"),
    ("Soldiers killed three rebels in clashes near Garissa.", "Armed clash"),
    # a bare number as object stands for the object of the verb before it: the raiders, not civilians
    ("Police pursued the cattle raiders and killed many.", "Armed clash"),
    ("Bandits raided the village and killed three.", "Attack"),
    # an attack whose toll a later sentence gives as state forces is a battle; a toll of civilians,
    # or a killing told of the victim, is not
    ("Gunmen attacked Dadaab town on Monday. Two police officers were killed in the attack.", "Armed clash"),
    ("Gunmen attacked Dadaab town on Monday. Two residents were killed in the attack.", "Attack"),
    (
        "Police shot dead an unarmed man in Eastleigh. The man was suspected of killing two police officers.",
        "Attack",
    ),
    # a plural the tagger kept as a name is still read; rangers are state forces
    ("Malay Muslim Separatists shot and killed one ranger near the village.", "Armed clash"),
    # a community's men who kill are its identity militia; residents who beat someone are a mob
    ("Maasai tribesmen killed three Kikuyu civilians at a roadblock.", "Attack"),
    ("Residents beat up a suspected thief in the market.", "Mob violence"),
    # riots journalists were covering are what they report on; "anti-riot" names a unit, not a riot
    ("Two journalists were assaulted by police while they were covering political riots.", "Attack"),
    ("Officers of the anti-riot police beat and kicked two journalists at the market.", "Attack"),
    # aid workers are civilians (codebook), whichever organisation they serve
    ("A Red Cross volunteer was shot and wounded by gunmen after delivering supplies to a village.", "Attack"),
    ("Islamist rebels executed 20 captured soldiers after the battle near Gao.", "Attack"),
    # A mine told later to be a remnant of an old war: the codebook's Other, not a new attack.
    (
        "A farmer stepped on a landmine near his field in Kano. The blast killed him. The mine lay in an "
        "area where fighting took place in the 1980s.",
        "Other",
    ),
    # An encounter with militants is a gun battle; a thwarted incursion is an attack on armed men.
    ("Two militants were killed in an encounter with security forces in Shopian.", "Armed clash"),
    ("Army units thwarted a rebel incursion on the frontline, killing several of them.", "Armed clash"),
    # An abduction whose victim is found dead is an attack, whichever is told first.
    ("Armed men kidnapped a trader from his shop. The next day his corpse was found by the road.", "Attack"),
    ("A man was killed and his body was found by the road. The man had been kidnapped.", "Attack"),
    # A sport word in the cause of a riot does not make the riot a match report.
    ("Students burnt down two dormitories after teachers refused to let them watch a football match.", "Mob violence"),
    # Refugees going home are a strategic development, not violence.
    ("Some 300 Nigerian refugees returned from Cameroon through the Banki border crossing.", "Other"),
    # A verb names no force ("being forced"), a prefix no post ("post-election"); a hotel is no crowd.
    ("One man was killed after being forced to show his ID near a hotel in post-election violence.", "Attack"),
    # Those the report blames for an attack are its perpetrators, not its targets.
    ("Six people were injured in overnight attacks linked to armed groups from across the border.", "Attack"),
    # An election officer is a civil servant, not a force.
    ("A police officer tried to assassinate an election officer in Iten on Tuesday.", "Attack"),
    # A headline drops "were": the officers killed are the victims, and "a local bar" is no crowd.
    ("Police officers killed when responding to an attack on a police post and a local bar.", "Armed clash"),
    # Ground taken: a headline's "seize control" (the tagger reads "seize" as a noun); a place that
    # "fell to" its taker; ground taken and lost within a day is a battle (codebook).
    ("The rebels seize control of the provincial capital of Marib.", "Non-state actor overtakes territory"),
    ("Army troops briefly captured the village from the rebels but lost it the same day.", "Armed clash"),
    ("Militia fighters, backed by air strikes, retook two villages after losing them hours earlier.", "Armed clash"),
    (
        "Army troops pulled out of the northern districts, leaving the militia in control.",
        "Non-violent transfer of territory",
    ),
    # Fighters who leave under a deal, or are carried out in buses or a convoy, hand the place over.
    (
        "Some 300 rebel fighters left the town of Qudsaya on Thursday under a deal with the army.",
        "Non-violent transfer of territory",
    ),
    (
        "Twenty buses carrying militants and their families left Arsal for the Syrian border.",
        "Non-violent transfer of territory",
    ),
    (
        "Dozens of insurgents were evacuated from the old city under a ceasefire agreement.",
        "Non-violent transfer of territory",
    ),
    # (after fighting told as background, the deal still makes the handover peaceful)
    (
        "The rebels left the town under a deal after weeks of clashes with the army.",
        "Non-violent transfer of territory",
    ),
    # A town stormed is taken; a camp or a base stormed is assaulted, unless a verb says it was taken
    # (a pronoun then stands for what was stormed).
    ("Jihadist fighters stormed the town at dawn.", "Non-state actor overtakes territory"),
    ("Gunmen stormed a police camp near the border, killing four officers.", "Armed clash"),
    ("Gunmen stormed a displaced persons camp, killing two residents.", "Attack"),
    # a refugee camp is a settlement: stormed with no one harmed, it is taken
    ("Militants stormed the Palestinian refugee camp on Wednesday.", "Non-state actor overtakes territory"),
    ("Gunmen stormed a refugee camp near the border, killing two residents.", "Attack"),
    ("Militants attacked an army base on Sunday, capturing it from the army.", "Non-state actor overtakes territory"),
    # A jailbreak by force is violence, not a release of prisoners.
    ("Gunmen stormed a prison, killing three guards and freeing 200 prisoners.", "Armed clash"),
    # The act someone is a suspect in is the charge; the act a group "is behind" is the event.
    ("Police arrested another suspect in the market bombing.", "Arrests"),
    ("The gang is believed to be behind the murder of two teachers.", "Attack"),
    # Changes to a group's structure; explosives dismantled before use.
    ("The government dissolved the presidential guard behind the failed coup.", "Change to group/activity"),
    ("The rebel alliance said they had established a joint military council.", "Change to group/activity"),
    ("Army engineers are dismantling landmines left behind by the militants.", "Disrupted weapons use"),
    # A withdrawal the taker forces is part of the taking, not a peaceful handover.
    (
        "Rebels seized control of the town, forcing army troops to pull out of the area.",
        "Non-state actor overtakes territory",
    ),
    # Civilians who beat someone together, or fight the police, are rioters (codebook): mob violence.
    ("Five persons beat up a man with bamboo sticks over a dispute about masks.", "Mob violence"),
    ("A clash erupted between police and shopkeepers after police slapped a trader.", "Mob violence"),
    ("A man beat his neighbour to death in Kano.", "Attack"),
    # Rubber bullets fired at people who are no gathering are an attack; at a crowd, an intervention.
    ("Soldiers fired rubber bullets at fishermen in their boats off the coast.", "Attack"),
    ("Police fired tear gas at the crowd outside the market.", "Protest with intervention"),
    # The acts an arrest is "for" are the charge, also a gerund the parser hung on the arrest (a
    # common crime's charge makes it policing, no event: "for kidnapping and torturing two women").
    ("Police arrested a man for attacking and torturing two activists in the capital.", "Arrests"),
    # "Scores" of people are a number, not a match score.
    ("Scores of people were injured when armed youths attacked a party meeting in Kano.", "Attack"),
    # "feared dead" is a likely toll of an attack that happened, not an attack someone fears.
    ("Four policemen are feared dead following a militant attack on their post in Kano.", "Armed clash"),
    # The harm that sent people to hospital is the news, not background to the treatment.
    ("Nineteen women were treated in hospital after being raped by armed men in Kano.", "Sexual violence"),
    # What attackers did next to someone ("before shooting him") is part of the event; their getaway
    # ("before disappearing into the forest") is no disappearance of anyone.
    ("Gunmen broke into a journalist's house and demanded his camera before shooting him dead.", "Attack"),
    ("Gunmen raided the village and torched several houses before disappearing into the forest.", "Attack"),
    # Force used "against protesters" is on people, who are no topic of a protest.
    ("Police lobbed tear gas canisters against election protesters in the city centre.", "Protest with intervention"),
    # A clash after which the crowd was dispersed is the crowd's own violence, not what it protested.
    ("Police fired tear gas to disperse protesters following clashes with officers.", "Violent demonstration"),
    ("Police dispersed residents who protested following clashes between two clans.", "Protest with intervention"),
    # Harm words of news: roughed up, acid poured on people, beaten to death with words between.
    ("More than 200 people who had gathered at a school were roughed up by angry youths.", "Mob violence"),
    ("Attackers poured acid on five officials at the party office.", "Attack"),
    ("Police arrested a trader and beat him to death in the cells.", "Attack"),
    # A clause told before a dash keeps its own mood: the riot happened, whatever is demanded after.
    ("Students riot - demanding the resignation of the principal.", "Violent demonstration"),
    # Troops who "engaged" fighters fought them.
    ("Soldiers engaged Boko Haram fighters near the town of Bama.", "Armed clash"),
    # An accident that describes the victim is the reason for what was done to him, not the event;
    # residents who set a man ablaze are a mob.
    ("Residents set ablaze a driver who had killed a boy in a road accident.", "Mob violence"),
    # A gathering broken up by force is one, whatever it gathered for.
    ("Police violently dispersed a prayer meeting in the town hall.", "Protest with intervention"),
    # An accident told as background to a killing by hand does not make the killing an accident.
    ("A nurse was stabbed to death by robbers as she helped victims following a road accident.", "Attack"),
    # A fire bomb thrown by unknown assailants is an attack, not a riot; held captive is abducted.
    ("Unidentified assailants petrol bombed a family's house, injuring two.", "Attack"),
    ("A party official was held captive by party rivals at the polling station.", "Abduction/forced disappearance"),
    # "Violence continues - a family was killed": the family was killed by someone, not by "violence".
    ("Violence continues in the valley - a family of three were killed near the market.", "Attack"),
    # A note after a comma or a dash does not negate the report before it.
    ("Two killed in night clashes between rival clans, PERPETRATORS: NOT NAMED.", "Armed clash"),
    # Bodies collected are the dead of an attack.
    ("Sixteen bodies were collected from the slum after the night of violence.", "Attack"),
    # A passive verb that shares the subject before it acts on that subject: the youths were dispersed.
    ("Youths kept voters away from the polls and were later dispersed by police.", "Protest with intervention"),
    # Cattle rustling is a raid on herders.
    ("Bandits rustled 200 cows from herders in Baringo and fled.", "Attack"),
    # People pouring or thronging into the streets demonstrate.
    ("Thousands of traders poured into the streets of the capital over new taxes.", "Peaceful protest"),
    ("Residents thronged the streets of Kibera asking the government to free the activist.", "Peaceful protest"),
    # a crowd's public demand is a demonstration; an institution's is not
    ("Workers of a cement factory demanded the payment of three months of salary in Lokoja.", "Peaceful protest"),
    ("The United Nations demanded an inquiry into the killing of the journalist.", None),
    # a body serving civilians is no crowd either: its demand is a statement
    ("The UN relief agency on Friday demanded an inquiry into the shelling of a school.", None),
    ("A humanitarian organisation demanded safe passage for the wounded.", None),
]


def primary_type(pipeline, text: str, country: str = "Nigeria") -> str | None:
    events = pipeline.extract(Article(id="case", text=text, country=country))
    return events[0].sub_event_type if events else None


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_primary_event_type_follows_the_target(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text) == expected


COMMUNITY_CASES = [
    # A community named as the victim is civilians; its armed men are a militia.
    ("Communal militias attacked Fulani settlements near Gordi and burnt down homes.", "Attack"),
    ("Pokot raiders attacked Turkana herders near Kapedo, killing three.", "Attack"),
    ("Gunmen from one clan killed two members of the Garre clan near Rhamu.", "Attack"),
    # a radio station or a petrol station is no police station
    ("Gunmen attacked a radio station in Garissa, killing a presenter.", "Attack"),
    ("Militants attacked a police station in Garissa, killing two officers.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "expected"), COMMUNITY_CASES)
def test_a_named_community_as_victim_is_not_an_armed_target(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text, "Kenya") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd trading blows with a militia is rioting (codebook: rioters against armed actors) ...
        ("Imbonerakure and CNL supporters fought one another in Kigamba during a campaign meeting.", "Mob violence"),
        # ... but not with guns, nor when no crowd is named
        ("Imbonerakure and CNL supporters fought one another with guns in Kigamba.", "Armed clash"),
        ("Imbonerakure and FNL rebels fought one another in Kigamba.", "Armed clash"),
        # people who riot against each other are rioters on both sides, whoever they are
        ("Students of two rival colleges rioted against each other in Kisumu.", "Mob violence"),
    ],
)
def test_a_crowd_that_brawls_with_a_militia_is_a_mob(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text, "Burundi") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # herders who fight are a communal militia (codebook), whoever fights them
        ("On Sunday, farmers and herders clashed over grazing land near the dam.", "Armed clash"),
        # villagers who fight the police are still a crowd
        ("On Sunday, villagers clashed with police over the eviction.", "Mob violence"),
    ],
)
def test_herders_who_clash_are_a_communal_militia(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text, "Kenya") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clubs and machetes are a crowd's weapons, no firearms
        ("Followers of the senator and the governor clashed with crude weapons at the market.", "Mob violence"),
        ("Two gangs clashed with guns in the market.", "Armed clash"),
        # lawmakers and aspirants are civilians, whom a fight makes rioters
        ("Two lawmakers clashed at the county assembly over the budget.", "Mob violence"),
        # who engaged in the fight fought it
        ("Traders and police engaged in running battles in the town centre.", "Mob violence"),
        # the protest's own people, named for whoever the protest was of, turn it violent
        (
            "Thousands took part in Jubilee marches in the city. Jubilee supporters later engaged in running "
            "battles with the police.",
            "Violent demonstration",
        ),
    ],
)
def test_civilians_who_fight_without_firearms_are_rioters(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text, "Kenya") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death in the riot is its toll, and a killing that describes someone is its cause: a
        # riot, not crowds fighting each other
        ("A trader was killed in post-election riots in the market town.", "Violent demonstration"),
        ("Three killed in riot over a grazing field near the river", "Violent demonstration"),
        (
            "Riots after preacher with links to militants killed by unknown group",
            "Violent demonstration",
        ),
        # people the rioters harm are the mob's victims
        ("A councillor and two aides injured by rioters at a tallying centre.", "Mob violence"),
    ],
)
def test_a_riots_toll_and_its_cause_are_no_fight_between_crowds(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text, "Kenya") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men on a spree or on the move are no crowd demonstrating
        ("A gunman killed six people during a shooting rampage at a bar.", "Attack"),
        ("Armed gangs marched through the township, looting shops and setting cars alight.", None),
        # a crowd's rampage is still a riot
        ("Students went on a rampage in the town, smashing windows.", "Violent demonstration"),
        # an association named after a force, or officials who march with no violence, demonstrate
        ("The Prison Officers' Welfare Union organised a march to the ministry.", "Peaceful protest"),
        ("Senior officers marched to parliament to demand better pensions.", "Peaceful protest"),
    ],
)
def test_a_rampage_or_a_march_by_armed_men_is_no_demonstration(pipeline, text: str, expected: str | None) -> None:
    found = primary_type(pipeline, text, "Kenya")
    if expected is None:
        assert found not in ("Violent demonstration", "Peaceful protest")
    else:
        assert found == expected


def test_a_list_of_names_before_a_place_word_is_places_not_people(pipeline) -> None:
    # "Burkan and Dhi Masal areas": names qualifying "areas" are places, not a crowd that clashes
    text = (
        "Amajid Brigade and Resistance forces took control of Burkan and Dhi Masal areas from pro-Houthi forces, "
        "with further clashes being reported towards the city of Mukayras."
    )
    events = pipeline.extract(Article(id="case", text=text, country="Yemen"))
    assert "Mob violence" not in [e.sub_event_type for e in events]
    assert "Armed clash" in [e.sub_event_type for e in events]


PROPERTY_CASES = [
    # Codebook: destruction of property with no other violence is looting/property destruction...
    ("Gunmen attacked a bus on the highway and set it on fire.", "Looting/property destruction"),
    (
        "The group carried out an arson attack targeting a shopping mall. The attack caused damage.",
        "Looting/property destruction",
    ),
    ("Militants carried out an arson attack targeting a factory making furniture.", "Looting/property destruction"),
    # ... but not when people are hurt, or when a village (its people) is attacked.
    ("Militants attacked the village and burned houses, killing three residents.", "Attack"),
    ("Gunmen attacked a bus and set it on fire, injuring four passengers.", "Attack"),
    # ... also when the next sentence tells the deaths
    ("A party militia torched the union offices using petrol bombs. Three people died following the attack.", "Attack"),
]


@pytest.mark.parametrize(("text", "expected"), PROPERTY_CASES)
def test_property_destroyed_and_no_one_harmed_is_property_destruction(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text) == expected


def test_property_destruction_is_done_to_civilians_by_default(pipeline) -> None:
    events = pipeline.extract(Article(id="case", text=PROPERTY_CASES[0][0], country="Nigeria"))
    assert events[0].actor2 == "Civilians (Nigeria)"
    assert events[0].civilian_targeting == "Civilian targeting"


@pytest.mark.parametrize(
    ("text", "country", "actor2"),
    [
        # drugs or smuggled goods state forces seize are a trafficking gang's (ACLED gang methodology)
        (
            "Federal police seized two tons of marijuana hidden in a truck in Parana.",
            "Brazil",
            "Unidentified Gang (Brazil)",
        ),
        ("Police destroyed 12 marijuana crops in Totonicapan.", "Guatemala", "Unidentified Gang (Guatemala)"),
        ("Soldiers seized 40 kg of heroin in Kandahar.", "Afghanistan", "Unidentified Armed Group (Afghanistan)"),
        # not what gunmen take, nor a seizure of other goods
        ("Gunmen looted a pharmacy and stole drugs in Guaira.", "Brazil", "Civilians (Brazil)"),
        ("Police seized the market stalls of hawkers in Guaira.", "Brazil", "Civilians (Brazil)"),
    ],
)
def test_contraband_state_forces_seize_is_a_gangs(pipeline, text: str, country: str, actor2: str) -> None:
    events = pipeline.extract(Article(id="case", text=text, country=country))
    assert (events[0].sub_event_type, events[0].actor2) == ("Looting/property destruction", actor2)


DEMONSTRATION_CASES = [
    # A count of people arrested after the demonstration is told: the demonstrators.
    (
        "Members of the committee demonstrated in Gereida, denouncing its decision. Police arrested 12.",
        "Protest with intervention",
    ),
    (
        "Activists held an unauthorised protest in Ufa, demanding aid. Seven were detained by police.",
        "Protest with intervention",
    ),
    # a headline's passive count: "26 arrested"
    (
        "Farmers staged a protest in the town demanding ration kits. 26 arrested for violating the lockdown.",
        "Protest with intervention",
    ),
    # "They" opening the next sentence are the crowd
    (
        "About a dozen workers staged a demonstration to mark Labour Day. They were arrested for breaking the curfew.",
        "Protest with intervention",
    ),
    # ... but the arrest the crowd protests is not an intervention.
    ("Hundreds protested in Nairobi against the arrest of the MP. He was arrested on Friday.", "Peaceful protest"),
    # Force used by police on the demonstrators is an intervention; force by the demonstrators is theirs.
    (
        "Tea pickers staged a protest at the estate over new machines. Police injured 3 protesters.",
        "Protest with intervention",
    ),
    ("Hundreds of traders protested in the market. Police beat several demonstrators.", "Protest with intervention"),
    # force that stops or quells the gathering itself, and arrests of no one named after it
    ("Police in the town stopped a demonstration against the governor by residents.", "Protest with intervention"),
    ("Police fired in the air to quell demonstrators who were protesting in the town.", "Protest with intervention"),
    ("Supporters protested the appointment in the town. Police made arrests.", "Protest with intervention"),
    (
        "Residents protested the death of a boy. They demanded justice but they were dispersed by police.",
        "Protest with intervention",
    ),
    ("Protesters stopped traffic on the highway to protest the fuel prices.", "Peaceful protest"),
    # a bandh or hartal (South Asia's general strike called by a party) is a protest
    ("A dawn-to-dusk bandh called by three tribal parties crippled life in the town on Wednesday.", "Peaceful protest"),
    # South Asia's words for a sit-in, an encircling protest, a campaign of protest and a hunger strike
    ("Parents staged a dharna outside the office of the deputy commissioner on Thursday.", "Peaceful protest"),
    ("Villagers gheraoed the police station demanding the arrest of the accused.", "Peaceful protest"),
    # a killing the crowd asks someone to look into is its reason
    (
        "Relatives of a teacher walked to the county offices. The marchers asked the county to involve "
        "detectives to probe his killing.",
        "Peaceful protest",
    ),
    ("Bank employees staged an agitation in front of the zonal office against the merger.", "Peaceful protest"),
    ("The students started an indefinite fast on Tuesday over the non-payment of stipends.", "Peaceful protest"),
    ("Home guards raised slogans against the state government outside the secretariat.", "Peaceful protest"),
    ("Bus drivers held a chakka jam on the highway over unpaid wages.", "Peaceful protest"),
    # a strike of people is a stoppage of work, no air strike
    (
        "Students blocked a road in Narnaul, saying the ongoing strike of the lecturers affects their studies.",
        "Peaceful protest",
    ),
    # workers who strike stop work: a protest (not "drones struck bases")
    ("Factory workers in Kabwe strike over pay.", "Peaceful protest"),
    # violence there was none of, damage done to the crowd before, and a clash it answers are no crowd violence
    (
        "Supporters took to the streets to celebrate. The celebrations were devoid of running battles.",
        "Peaceful protest",
    ),
    ("Opposition supporters protested in the town. No reports of violence or clashes with police.", "Peaceful protest"),
    (
        "Traders staged a demonstration along the highway after they found their stalls destroyed by county officers.",
        "Peaceful protest",
    ),
    ("Demonstrations took place in the town in response to clash between rival clans.", "Peaceful protest"),
    ("Police opened fire on the crowd after protesters destroyed their vehicle in the town.", "Violent demonstration"),
]


@pytest.mark.parametrize(("text", "expected"), DEMONSTRATION_CASES)
def test_arrests_counted_after_a_demonstration_are_of_its_crowd(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text, "Kenya") == expected


def test_protesters_and_rioters_of_one_demonstration_are_one_crowd(pipeline) -> None:
    # the second sentence calls the crowd rioters: still the same demonstration, its toll with it
    text = "Traders protested the demolition of their kiosks. Demonstrations became violent, one reported dead."
    events = pipeline.extract(Article(id="case", text=text, country="Kenya"))
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert events[0].actor1 == "Rioters (Kenya)" and events[0].actor2 is None
    assert events[0].fatalities == 1


FIRE_CASES = [
    ("Rebels shelled army positions near the town. The army fired back, killing two rebels.", "Armed clash"),
    ("Militants fired mortars at a police post. Police responded to the fire.", "Armed clash"),
    ("Attackers threw a grenade at a checkpoint. Soldiers opened fire in response.", "Armed clash"),
    (
        "Rebels shelled a market in the town, killing three civilians. Residents fled.",
        "Shelling/artillery/missile attack",
    ),
    ("An army operation backed by airstrikes killed 18 militants in the district.", "Armed clash"),
    ("Rebels repelled an attack by the army, supported by heavy artillery fire and air strikes.", "Armed clash"),
    ("Militants threw a grenade at a police station. Police reacted with gunfire.", "Armed clash"),
    ("A shelling exchange took place between the two forces near the border.", "Armed clash"),
    ("Gunmen attacked a police patrol using grenades and firearms, killing three officers.", "Armed clash"),
    (
        "Rebels fired 14.5mm and 12.7mm machine guns at residential neighbourhoods of the city.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Rebel forces fired heavy and medium machine guns at farms east of the city.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Rebel forces fired machine guns, assumedly heavy, at farms east of the city.",
        "Shelling/artillery/missile attack",
    ),
    ("Gunmen fired small arms at a village, killing two.", "Attack"),
    ("The army fired IFVs at the positions of the militia near the river.", "Shelling/artillery/missile attack"),
    ("Airstrikes killed 12 militants in the district.", "Air/drone strike"),
]


@pytest.mark.parametrize(("text", "expected"), FIRE_CASES)
def test_fire_answered_or_air_support_of_a_ground_fight_is_a_battle(pipeline, text: str, expected: str) -> None:
    events = pipeline.extract(Article(id="t", text=text, country="Syria"))
    assert events and events[0].sub_event_type == expected


def test_arrests_in_the_sentence_after_a_seizure_belong_to_it(pipeline) -> None:
    text = "Federal police seized three tons of cannabis hidden in a truck on the highway. Two men were arrested."
    events = pipeline.extract(Article(id="t", text=text, country="Brazil"))
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_a_closing_toll_sums_up_the_victims_it_follows(pipeline) -> None:
    text = "A man was attacked and beaten to death by a group of men over a land dispute. 1 killed."
    events = pipeline.extract(Article(id="t", text=text, country="India"))
    assert events[0].fatalities == 1


def test_arrests_counted_by_their_noun_after_a_protest_are_of_its_crowd(pipeline) -> None:
    text = "Students protested over absentee lecturers on Monday. Six arrests reported."
    events = pipeline.extract(Article(id="t", text=text, country="Kenya"))
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drug suspect was killed during a police raid in the village.", "Attack"),
        ("Police shot dead a suspected thief at the market on Monday.", "Attack"),
        # a passive the parser broke at its time phrase still has its victims
        ("Two policemen were Friday afternoon shot dead by unknown gunmen while on patrol.", "Armed clash"),
        ("Police shot dead two armed suspects who opened fire on them.", "Armed clash"),
        ("Unidentified gunmen shot dead an army lieutenant in the city.", "Armed clash"),
        # one person whose name is not known, to whom something is done, is no armed man
        ("An unidentified man who entered a restricted area was shot by soldiers.", "Attack"),
        ("Police shot dead an unknown man near the border post.", "Attack"),
    ],
)
def test_a_suspect_is_no_armed_target_but_an_officer_is(pipeline, text: str, expected: str) -> None:
    events = pipeline.extract(Article(id="t", text=text, country="Philippines"))
    assert events and events[0].sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of Palestinian youths clashed with Israeli forces during an arrest raid in the town.", "Mob violence"),
        ("Eight men were killed in clashes between the Maasai and Kipsigis over land.", "Armed clash"),
    ],
)
def test_a_nationality_is_no_community_but_an_ethnic_group_is(pipeline, text: str, expected: str) -> None:
    events = pipeline.extract(Article(id="t", text=text, country="Kenya" if "Maasai" in text else "Palestine"))
    assert events and events[0].sub_event_type == expected


def test_a_verb_after_the_protest_is_no_reason_for_it(pipeline) -> None:
    text = (
        "Students protested, in the city, against the latest decisions of the council on exams, "
        "while transport is still limited, the students also called for financial help."
    )
    events = pipeline.extract(Article(id="t", text=text, country="Israel"))
    assert [e.sub_event_type for e in events][:1] == ["Peaceful protest"]


def test_a_killing_goes_first_unless_told_of_another_time(pipeline) -> None:
    def order(text: str) -> list[tuple[str | None, int | None]]:
        events = pipeline.extract(Article(id="t", text=text, country="Kenya", published="2020-05-08"))
        return [(e.sub_event_type, e.fatalities) for e in events]

    # the surrender that followed ranks higher on its own, but the report is about the killing
    surrender = (
        "A suspected bandit shot dead two herders near Marigat on Sunday. The attacker later surrendered to the police."
    )
    assert order(surrender)[0] == ("Attack", 2)
    # a stabbing two years before is background to the protest
    background = (
        "People protested in Kisumu on 6 May 2020 against the arrest of an activist. "
        "The activist stabbed a man in Nakuru on 24 May 2018."
    )
    assert order(background)[0] == ("Peaceful protest", 0)


def test_a_blast_a_later_sentence_calls_a_suicide_bombers_is_one_suicide_bombing(pipeline) -> None:
    text = "3 killed and more than 20 injured in a bomb blast at the bus park. Police suspect a suicide bomber."
    events = pipeline.extract(Article(id="t", text=text, country="Kenya", published="2020-05-08"))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Suicide bomb", 3)]


def test_a_blast_with_no_doer_takes_the_one_a_later_sentence_names(pipeline) -> None:
    text = (
        "Urban guerrillas attacked the presidency in San Salvador with mortar fire tonight, causing some "
        "damage. It was not reported whether President Alfredo Cristiani was at his office at the time of "
        "the attack. The attack was presumably carried out by Farabundo Marti National Liberation Front "
        "urban guerrillas."
    )
    events = pipeline.extract(Article(id="t", text=text, country="El Salvador", published="1989-11-20"))
    # one event; the president near "the attack" is no doer of it
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Shelling/artillery/missile attack", "Farabundo Marti National Liberation Front")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon's acronym NER calls an organisation is still the weapon
        ("IS fighters fired a RPG at a checkpoint in the town on Monday.", "Shelling/artillery/missile attack"),
        # a party's acronym is no weapon
        ("Members of the RPG party blocked the office of the RPG Vice-Mayor in the town.", "Peaceful protest"),
        # a vehicle-borne IED is a remote explosive unless a suicide bomber drove it
        ("A VBIED exploded at an army checkpoint, killing two soldiers.", "Remote explosive/landmine/IED"),
    ],
)
def test_weapon_acronyms(pipeline, text: str, expected: str) -> None:
    events = pipeline.extract(Article(id="t", text=text, country="Syria", published="2020-05-08"))
    assert events and events[0].sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a foreign army acting in the country is an external force, and armed
        (
            "Burkinabe forces reportedly killed a suspected ISGS commander and his son in a village.",
            "Mali",
            "Armed clash",
        ),
        # a UN agency's official is no armed target
        ("A member of Al Shabaab shot dead a UNHCR official in the refugee camp.", "Kenya", "Attack"),
    ],
)
def test_external_forces_are_armed_but_a_un_agencys_staff_are_not(pipeline, text, country, expected) -> None:
    events = pipeline.extract(Article(id="t", text=text, country=country, published="2020-05-08"))
    assert events and events[0].sub_event_type == expected


def test_a_claim_for_a_blast_told_before_is_no_second_event(pipeline) -> None:
    text = (
        "A roadside bomb hit an army convoy near Liboi on Monday, injuring six soldiers. "
        "Al-Shabab militants claimed responsibility for the attack."
    )
    events = pipeline.extract(Article(id="t", text=text, country="Kenya", published="2020-05-08"))
    assert [(e.sub_event_type, e.injuries) for e in events] == [("Remote explosive/landmine/IED", 6)]


@pytest.mark.parametrize(
    "text",
    [
        "Hospital workers protested for a second day at the county offices in Nyeri. Some members of the "
        "group attacked a county official outside the building.",
        "One person was injured during a running battle between police and residents of Kawangware. "
        "The residents were protesting the eviction of traders.",
        # the side a battle was "with" is the crowd that demonstrated "by" its noun
        "The market was shut during a demonstration by traders over new levies. The police engaged in "
        "running battles with the angry traders.",
        # damage told next in the passive, with no doer and no one else named, is the crowd's
        "Inmates at the prison in Kisumu demonstrated over a search of their cells. Chairs were burnt and "
        "property destroyed.",
        # "they" opening the next sentence, after a sentence whose subject was the demonstrators
        "Students at a school in Nyeri walked out of class to demand the removal of their principal. They "
        "beat up and injured a teacher who tried to stop them.",
    ],
)
def test_the_demonstrators_violence_told_in_another_sentence_makes_it_violent(pipeline, text: str) -> None:
    events = pipeline.extract(Article(id="case", text=text, country="Kenya"))
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_armed_men_named_by_a_people_or_creed_are_armed(pipeline) -> None:
    # a people or creed the registry does not know is a crowd, unless the words arm it
    text = "Fourteen armed Islamists were killed near Rouakeche in an army operation."
    assert primary_type(pipeline, text, "Algeria") == "Armed clash"


def test_a_maoist_killed_in_an_encounter_with_the_police_fell_in_a_battle(pipeline) -> None:
    text = "A Maoist was killed in an encounter with security personnel in Bijapur district."
    event = pipeline.extract(Article(id="t", text=text, country="India"))[0]
    assert (event.sub_event_type, event.inter1, event.inter2) == ("Armed clash", 1, 2)


def test_they_after_a_sentence_on_the_police_are_no_crowd(pipeline) -> None:
    text = "Police dispersed protesters in Kisumu. They beat up and injured a journalist."
    assert "Attack" in [e.sub_event_type for e in pipeline.extract(Article(id="t", text=text, country="Kenya"))]


def test_violence_a_crowd_says_it_suffers_leaves_its_protest_peaceful(pipeline) -> None:
    text = (
        "Refugees living in Nairobi took to the streets in a peaceful demonstration over police harassment. "
        "The refugees say that they are being targeted unfairly."
    )
    assert primary_type(pipeline, text, "Kenya") == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Two herders were killed in violence between Pokot and Turkana militias near Kapedo.",
        "Four people died in the armed conflict between Borana and Gabra herders.",
    ],
)
def test_deaths_in_violence_between_two_sides_are_a_battle_between_them(pipeline, text: str) -> None:
    event = pipeline.extract(Article(id="case", text=text, country="Kenya"))[0]
    assert event.sub_event_type == "Armed clash"
    assert (event.inter1, event.inter2) == (4, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people died after two rival pastoralist communities clashed near Isiolo.", "Armed clash"),
        ("One is dead following a fight between two rival communities in Kuri.", "Armed clash"),
        # groups of one community, or villagers, who fight without firearms are a crowd
        ("A clash took place between two groups of the Bugti community over land, injuring two.", "Mob violence"),
        ("Villagers clashed with a group of sand harvesters near the river.", "Mob violence"),
    ],
)
def test_communities_that_clash_are_militias_groups_of_one_are_a_crowd(pipeline, text: str, expected: str) -> None:
    assert pipeline.extract(Article(id="case", text=text, country="Kenya"))[0].sub_event_type == expected


def test_a_fight_said_to_go_on_is_the_setting_of_what_the_sentence_tells(pipeline) -> None:
    text = "Rebel reinforcements arrived on the northern frontlines as battles continue in those areas."
    event = pipeline.extract(Article(id="case", text=text, country="Yemen"))[0]
    assert event.sub_event_type == "Change to group/activity"


def test_damage_someone_else_did_after_a_protest_is_its_own_event(pipeline) -> None:
    text = "Traders protested in the market on Monday. Later that night, shops were looted by thieves."
    events = pipeline.extract(Article(id="case", text=text, country="Kenya"))
    assert [e.sub_event_type for e in events] == ["Peaceful protest", "Looting/property destruction"]


def test_a_site_word_that_qualifies_another_noun_is_no_forces_site(pipeline) -> None:
    # "post election violence": no military post was attacked
    text = "Two killed by arrows - assumed to be an extension of the post election violence."
    assert primary_type(pipeline, text, "Kenya") == "Attack"


def test_a_place_ner_takes_for_a_people_is_no_crowd_in_a_clash(pipeline) -> None:
    # NER tags "Poonch" and "Haveli" as a people; before "district" they name places
    text = (
        "On 7 May, military forces of India and Pakistan exchanged fire across the LoC at Shahpur sector area "
        "(Poonch district, J&K), between Qasbah sector area (Poonch district, J&K) and Rakh Chikri sector "
        "area (Haveli district, AJK)."
    )
    assert primary_type(pipeline, text, "Pakistan") == "Armed clash"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bomb found near the home of a former minister", "Disrupted weapons use"),
        ("Police discovered a large bomb on a bus and disarmed it.", "Disrupted weapons use"),
        ("Two IEDs were discovered by soldiers near the border post.", "Disrupted weapons use"),
        # a device found that went off and killed is an attack's
        ("A bomb found in a parked car exploded, killing three people.", "Remote explosive/landmine/IED"),
    ],
)
def test_a_device_found_before_it_went_off_is_a_disrupted_attack(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text, "Kenya") == expected


def test_a_device_found_with_no_one_named_was_laid_by_an_armed_group(pipeline) -> None:
    events = pipeline.extract(Article(id="case", text="Bomb found near the home of a former minister", country="Kenya"))
    assert events[0].actor1 == "Unidentified Armed Group (Kenya)"


def test_rioters_a_later_sentence_counts_among_the_dead_are_the_riots_toll(pipeline) -> None:
    text = "Students rioted in the town on Monday, destroying property. Reports of 2 rioters killed."
    events = pipeline.extract(Article(id="case", text=text, country="Kenya"))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Violent demonstration", 2)]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the codebook counts every death: the bomber's too, where the toll is the victims'
        ("A suicide bomber killed three civilians at a market in Maiduguri.", 4),
        ("Two suicide bombers killed 12 people at a market in Maiduguri.", 14),
        ("Two police officers were injured by a suicide car bomber at a checkpoint in Maiduguri.", 1),
        # the toll already holds the bomber, or the text only guesses at one
        ("Six people were killed, including four soldiers and the suicide bomber, in Maiduguri.", 6),
        ("Three people and the suicide bomber were killed in a blast in Maiduguri.", 4),
        ("Two people were killed in a blast in Maiduguri. Police suspect a possible suicide bomber.", 2),
        ("Local media said the attack on the convoy in Maiduguri was carried out by a suicide car bomber.", 0),
    ],
)
def test_a_suicide_bomber_is_counted_among_the_dead(pipeline, text: str, fatalities: int) -> None:
    events = pipeline.extract(Article(id="x", text=text, country="Nigeria"))
    assert events[0].sub_event_type == "Suicide bomb"
    assert events[0].fatalities == fatalities
    if fatalities in (4, 14, 1) and "including" not in text and " and the " not in text:
        assert any(e.rule.endswith("a suicide bomber dies in the attack") for e in events[0].evidence["fatalities"])


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # a blast aimed at a civilian site or at people, with no armed target named: civilians
        ("A grenade attack on a church in Garissa was blamed on Al Shabaab.", "Civilians (Kenya)"),
        ("Unknown men threw a grenade into a group of tourists in Mombasa. It failed to explode.", "Civilians (Kenya)"),
        # its dead told before a semicolon are not the armed group named after it
        ("Grenade attack at a mosque in Garissa kills five; Al Shabaab involvement suspected.", "Civilians (Kenya)"),
        ("A grenade exploded at a police station in Garissa.", "Police Forces of Kenya (2022-)"),
        ("A grenade exploded in Garissa town. No one was hurt.", None),
    ],
)
def test_a_blast_at_a_civilian_site_is_aimed_at_civilians(pipeline, text: str, actor2: str | None) -> None:
    events = pipeline.extract(Article(id="x", text=text, country="Kenya"))
    assert events[0].sub_event_type == "Grenade"
    assert events[0].actor2 == actor2


def test_a_blast_that_killed_fighters_at_a_site_is_not_aimed_at_civilians(pipeline) -> None:
    text = (
        "At least 30 members of the YPG were killed when two suicide bombers detonated their trucks "
        "at the entrance to Hasakeh."
    )
    events = pipeline.extract(Article(id="x", text=text, country="Syria"))
    assert events[0].actor2 != "Civilians (Syria)"


@pytest.mark.parametrize(
    "text",
    [
        # "the unrest" points back to the crowds' clash told before; it is no second, riot event
        "Supporters of two rival candidates clashed at a party convention. The unrest lasted two days.",
        # damage told in the passive with no doer is the harm of the fight told before
        "Two groups of pupils clashed for two days over a radio. The dormitory was damaged.",
    ],
)
def test_the_unrest_and_damage_told_after_a_brawl_are_part_of_it(pipeline, text: str) -> None:
    events = pipeline.extract(Article(id="t", text=text, country="Kenya"))
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_a_killing_told_in_passing_does_not_go_before_the_protest_about_it(pipeline) -> None:
    # "the suspect who killed the man" describes a participant: the report is about the protest
    text = (
        "Hundreds of villagers protested the murder of a teacher. "
        "They said the suspect who killed the woman is still at large."
    )
    assert primary_type(pipeline, text, "Kenya") == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no armed doer named, victims suspected of a crime or of witchcraft: mob justice (codebook)
        ("Four suspected burglars were burnt to death in the market on Sunday.", "Mob violence"),
        ("An elderly woman was killed over witchcraft claims near the river.", "Mob violence"),
        ("Five suspected witches burned to death in the hills.", "Mob violence"),
        # property destroyed over witchcraft, no armed doer named
        ("Nine huts were destroyed after claims of witchcraft in the village.", "Mob violence"),
        # a force's killing of suspects, and suspects who kill, are no mob's
        ("Police shot dead two suspected robbers in the town.", "Attack"),
        ("Suspected rustlers shot and killed four herders near the border.", "Attack"),
    ],
)
def test_violence_against_suspected_thieves_or_witches_is_mob_justice(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text, "Kenya") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd that drives someone off by force is violent; a force that drives a crowd off intervenes
        ("Residents of the estate chased the police out of the slum on Sunday.", "Violent demonstration"),
        ("Police chased the protesters away from the square.", "Protest with intervention"),
    ],
)
def test_who_chases_whom_decides_riot_or_intervention(pipeline, text: str, expected: str) -> None:
    assert primary_type(pipeline, text, "Kenya") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes killed nine people in Idlib on Saturday. The raids also destroyed several shops and cars.",
        "Shells hit Douma in Syria on Monday, killing two. The attack destroyed a school.",
    ],
)
def test_damage_the_event_told_before_did_is_its_harm(pipeline, text: str) -> None:
    # "the raids" is the subject of the damage: the strikes told before did it, no second event
    events = pipeline.extract(Article(id="t", text=text))
    assert len(events) == 1
    assert events[0].sub_event_type != "Looting/property destruction"


def test_clashes_told_of_towns_far_apart_are_two_events(pipeline) -> None:
    # a round-up: one event per location (the codebook), though the sides are the same
    text = (
        "An army unit clashed with al-Nusra terrorists in al-Tamanaa, north of Hama city, on Friday. "
        "In Daraa army units clashed with terrorist groups affiliated to al-Nusra."
    )
    events = pipeline.extract(Article(id="t", text=text, country="Syria"))
    assert sorted(e.admin1 for e in events) == ["Daraa", "Idlib"]  # (At Tamaniah lies in Idlib)


def test_a_site_told_after_its_province_is_the_same_event(pipeline) -> None:
    # a province's point is its seat, no town: the market lies in the state the strike was called in
    text = (
        "Over 40 people were injured in clashes during a strike called in Tripura by three tribal parties on "
        "Wednesday. At Gandacherra market, there were clashes between strike supporters and residents."
    )
    events = pipeline.extract(Article(id="t", text=text, country="India"))
    assert [e.location for e in events] == ["Gandacherra"]


def test_a_clash_told_again_near_its_town_is_one_event(pipeline) -> None:
    # (a guard: Jobar lies in Damascus)
    text = "Clashes erupted between the army and rebels in Jobar on Monday. The clashes went on near Damascus."
    events = pipeline.extract(Article(id="t", text=text, country="Syria"))
    assert len(events) == 1


def test_damage_denied_is_no_harm_of_the_event_before(nlp) -> None:
    lexicon = load_lexicon()
    told = nlp("The school was damaged.")
    denied = nlp('The owner said the counter "wasn\'t that damaged" by the blast.')
    assert any(_damage_done(told, c) for c in lexicon.cues(told))
    assert not any(_damage_done(denied, c) for c in lexicon.cues(denied))


def test_a_nationality_that_qualifies_a_place_names_no_people(pipeline) -> None:
    article = Article(id="t", text="It was attacked 30 miles east of the Kenyan port of Lamu.", country="Kenya")
    doc = pipeline.nlp(article.text)
    kenyan = next(t for t in doc if t.text == "Kenyan")
    kenyan.pos_ = "PROPN"  # as the tagger has it in some sentences ("from the Kenyan port of ...")
    classify = pipeline.builder.classify(pipeline.builder.context(doc, article))
    assert kenyan.ent_type_ == "NORP" and classify(kenyan) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an active "they" opening a sentence takes up the subject of the sentence before
        (
            "Youths stormed the tallying centre and attacked clerks. They then beat several voters with sticks.",
            "Mob violence",
        ),
        ("Soldiers arrived in the village at dawn. They shot dead two herders.", "Military Forces of Kenya (2022-)"),
    ],
)
def test_they_opening_a_sentence_are_the_doers_of_the_sentence_before(pipeline, text: str, expected: str) -> None:
    event = pipeline.extract(Article(id="t", text=text, country="Kenya"))[0]
    assert expected in (event.sub_event_type, event.actor1)


def test_an_event_of_the_reports_time_goes_before_one_long_past(pipeline) -> None:
    # the bombing of four days before and the city's recapture of four months before: the first is
    # the report's news, whatever order the text tells them in
    text = (
        "A bomb on a bus convoy killed six people in Aleppo on Saturday. The blast hit a district that rebels "
        "held until government forces retook full control of the city in December."
    )
    events = pipeline.extract(Article(id="t", text=text, published="2017-04-19"))
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"
    assert events[-1].sub_event_type == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        # civilians who leave hand nothing over; armed men who leave with no deal and no convoy may
        # only have moved on
        "Hundreds of civilians left the besieged town in buses under a deal with the army.",
        "The gunmen left the village before the police arrived.",
        # a departure still to come, or told as the background of the report
        "The rebels agreed to leave the town under a deal with the army.",
        "The fighters had left the town under a deal last year, and the army now holds it.",
        # a withdrawal fought over is part of the fight
        "Rebel fighters left the town under a truce after heavy clashes killed 12 soldiers.",
    ],
)
def test_a_departure_without_a_handover_is_no_transfer_of_territory(pipeline, text: str) -> None:
    assert primary_type(pipeline, text, "Syria") != "Non-violent transfer of territory"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regime bombing raids in and around the city of Aleppo killed 31 civilians on Friday.", "Air/drone strike"),
        ("More than 33 people were killed in Syrian regime and Russian bombing on Wednesday.", "Air/drone strike"),
        ("Russian bombing raids on Aleppo killed 20 civilians on Monday.", "Air/drone strike"),
        # guards (they pass on the code before too): a device planted is no bombing from the air, and a
        # bombing no one names is no state's
        ("A car bombing in Damascus killed 20 soldiers on Monday.", "Remote explosive/landmine/IED"),
        ("A bombing at a market in Azaz killed 20 civilians on Monday.", "Remote explosive/landmine/IED"),
    ],
)
def test_a_states_forces_bomb_from_the_air(pipeline, text: str, expected: str) -> None:
    [event, *_] = pipeline.extract(Article(id="t", text=text, country="Syria"))
    assert event.sub_event_type == expected

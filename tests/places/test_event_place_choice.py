"""The event's place among the article's places (events.fields.event_place._event_place), end to end.
Sentences written for frontlines."""

from __future__ import annotations

import pytest

from frontlines.events.fields.event_place import _talks_venue
from frontlines.records import Article

pytestmark = pytest.mark.slow


def place_of(pipeline, text: str, country: str) -> tuple[str | None, str | None]:
    [event, *_] = pipeline.extract(Article(id="t", text=text, country=country))
    return event.location, event.admin1


def test_the_district_wins_over_its_province_in_parenthesis(pipeline) -> None:
    text = "On 5 May, air raids hit Baqim district (Sadah), damaging farms."
    assert place_of(pipeline, text, "Yemen")[0] == "Baqim"


def test_a_town_wins_over_the_road_named_after_another(pipeline) -> None:
    text = "On 2 May, journalists protested on Murree road in Rawalpindi against the arrest of an editor."
    assert place_of(pipeline, text, "Pakistan")[0] == "Rawalpindi"


def test_two_streets_named_after_towns_are_a_corner_of_the_town_not_two_places(pipeline) -> None:
    # Sucre and Rocafuerte are also towns of Manabi; at an intersection they are streets of Machala
    text = (
        "On 1 May, nurses protested in Machala over unpaid salaries. They gathered at the Sucre and "
        "Rocafuerte intersection."
    )
    events = pipeline.extract(Article(id="t", text=text, country="Ecuador"))
    assert [(e.location, e.admin1) for e in events] == [("Machala", "El Oro")]


def test_where_talks_sit_gives_way_to_the_place_of_the_event_before(pipeline) -> None:
    # with no country given, a sentence with no event of its own belongs to the event before it;
    # the venue of talks it names is no place of that event (the parser hangs "Geneva" on "Secretary")
    text = (
        "Air strikes killed nine people in Idlib on Saturday. Gunmen also destroyed several shops. "
        "After marathon talks in Geneva US Secretary of State John Kerry said a truce would begin Monday."
    )
    events = pipeline.extract(Article(id="t", text=text))
    assert [e.location for e in events] == ["Idlib", "Idlib"]


def test_a_peoples_adjective_puts_the_town_in_its_country(pipeline) -> None:
    # with no country given, and Turkey named more often: "the Syrian border town of Kobani" is
    # 'Ayn al 'Arab in Syria, in the headline too, not a Turkish village the name is respelt into
    text = (
        "Militants killed in Kobani. Fighting raged in the Syrian border town of Kobani on Saturday. "
        "Turkey opened its border crossing to the wounded. Turkey said it would not intervene."
    )
    events = pipeline.extract(Article(id="t", text=text))
    assert [(e.country, e.admin1) for e in events] == [("Syria", "Aleppo")]


@pytest.mark.parametrize(
    "text",
    [
        "Troops clashed with militants near Maan, 30 km north of Hama, on Friday.",
        "Troops clashed with militants near Maan some 19 miles north of the city of Hama on Friday.",
    ],
)
def test_a_namesake_far_beyond_the_distance_told_is_another_place(pipeline, text: str) -> None:
    # Ma'an in Jordan lies 400 km from Hama: the gazetteer lacks the village, and Hama stands for it
    events = pipeline.extract(Article(id="t", text=text))
    assert [(e.location, e.country) for e in events] == [("Hamah", "Syria")]


def test_where_a_victim_was_born_is_no_place_of_the_event(pipeline) -> None:
    # with no country given: the strikes' place is told in the sentence before
    text = (
        "Russian aircraft carried out air strikes in Syria over the past two days, the ministry said. "
        "Seven commanders who led assault units were killed, including a native of Kazakhstan."
    )
    events = pipeline.extract(Article(id="t", text=text))
    assert {e.country for e in events} == {"Syria"}


@pytest.mark.parametrize(
    ("text", "name", "venue"),
    [
        ("The two sides held talks in Mexico and Costa Rica last year.", "Costa Rica", True),
        ("The rebels called for peace and negotiation in El Salvador.", "El Salvador", False),
    ],
)
def test_each_town_of_a_list_after_talks_is_a_venue(nlp, text: str, name: str, venue: bool) -> None:
    doc = nlp(text)
    start = text.index(name)
    assert _talks_venue(doc.char_span(start, start + len(name))) is venue


def test_where_people_come_from_gives_way_to_where_they_protest(pipeline) -> None:
    text = "Mandera teachers protested over insecurity outside the union offices in Nairobi."
    assert place_of(pipeline, text, "Kenya")[0] == "Nairobi"


def test_a_small_namesake_outside_the_province_named_gives_way_to_the_province(pipeline) -> None:
    # the gazetteer's only Samraong lies in Oddar Meanchey, 115 km from the province the text names
    text = (
        "On 2 May, an old rocket exploded in Kandal village, Samraong commune, Ou Chrov district of "
        "Banteay Meanchey province, wounding two farmers."
    )
    # (the district named, Ou Chrov, holds a Samraong commune: that one, never the far namesake)
    assert place_of(pipeline, text, "Cambodia")[1] == "Banteay Mean Choay"


def test_a_container_read_as_its_province_seat_still_names_the_province(pipeline) -> None:
    # "(Katsina)" is read as the city of Katsina, the seat of Katsina state; Madobai is known only as
    # a spelling of Madobi, a district seat in Kano state: a village the gazetteer lacks
    text = "On 3 May, bandits raided Madobai and Yargoje in Faskari LGA (Katsina) and stole cattle."
    assert place_of(pipeline, text, "Nigeria") == ("Faskari", "Katsina")


def test_a_front_line_village_cities500_lacks_lies_at_the_council_named_after_it(pipeline) -> None:
    text = "On 9 May, rebel forces fired mortars at government positions near Starohnativka, Donetsk."
    # the village council of Starohnativka, about a kilometre from the village
    assert place_of(pipeline, text, "Ukraine") == ("Starohnativska", "Donetsk")


def test_a_council_named_like_a_city_does_not_take_the_citys_name(pipeline) -> None:
    # "Donetska" is a council of Luhansk oblast: were it "Donetsk", the Kamianka council of Luhansk,
    # 120 km off, would be the village; Donetsk oblast has no Kamianka council, so the city stands for it
    text = "On 1 May, rebel forces fired grenade launchers at government positions near Kamyanka, Donetsk."
    assert place_of(pipeline, text, "Ukraine") == ("Donetsk", "Donetsk")


def test_a_municipality_with_a_lower_case_prefix_is_a_container(pipeline) -> None:
    # the gazetteer's only Chatsworth lies in the Western Cape, 1,200 km from eThekwini (Durban)
    text = (
        "On 12 June, taxi drivers blocked the main road in Chatsworth (eThekwini, KwaZulu-Natal) over a fare dispute."
    )
    assert place_of(pipeline, text, "South Africa") == ("Durban", "Kwazulu-Natal")


def test_a_county_named_as_its_province_stays_beside_another_province(pipeline) -> None:
    # Meru County is also a district of Meru province: not a namesake outside the province named
    text = "Some 100 riders from Murang'a County rode to Meru County on Monday where they beat a suspected thief."
    assert place_of(pipeline, text, "Kenya")[1] == "Meru"


def test_a_province_named_in_another_sentence_leaves_the_town_alone(pipeline) -> None:
    text = (
        "On 2 May, gunmen shot dead a farmer in Samraong. Officials in Banteay Meanchey province condemned the killing."
    )
    assert place_of(pipeline, text, "Cambodia")[0] == "Samraong"


def test_a_road_between_two_towns_is_placed_at_the_first_near_it(pipeline) -> None:
    text = "On 7 May, rioters blocked the Sidon-Tyr highway with burning tyres."
    [event] = pipeline.extract(Article(id="t", text=text, country="Lebanon"))
    assert (event.location, event.geo_precision) == ("Sidon", 2)


def test_a_word_that_is_a_town_code_is_no_town(pipeline) -> None:
    text = "On 6 May, shop owners staged a sit-in in the Dam and Farez area of Tripoli, demanding to reopen."
    assert place_of(pipeline, text, "Lebanon")[0] == "Tripoli"


def test_a_community_named_like_a_county_is_no_place(pipeline) -> None:
    text = "Turkana raiders attacked herders near Baragoi and stole 200 goats."
    assert place_of(pipeline, text, "Kenya")[0] == "Baragoi"


@pytest.mark.parametrize(
    ("text", "country", "location", "admin1"),
    [
        # where migrants come from gives way to where they clash
        (
            "On 4 May, migrants from Bihar and Odisha threw stones at police at a check post in Halol, Gujarat.",
            "India",
            "Halol",
            None,
        ),
        # ... also where they come from the villages of a place
        (
            "Farmers from the border villages of Puducherry protested in Cuddalore city on Monday.",
            "India",
            "Cuddalore",
            None,
        ),
        # a village the gazetteer lacks is placed by its district, not read as a bare name
        (
            "On 7 May, soldiers of Armenia fired on Azerbaijani positions located at Kokhanebiqala, Tovuz.",
            "Azerbaijan",
            "Tovuz",
            None,
        ),
        # the Mansila of Centre-Ouest is not the one of Yagha province: the province stands for it
        ("On 5 May, militants abducted a trader in Mansila (Mansila, Yagha).", "Burkina Faso", "Yagha", "Sahel"),
        (
            "On 1 May, activists staged a demonstration in Jaro, Iloilo City, Iloilo over the killing of a teacher.",
            "Philippines",
            None,
            "Western Visayas",
        ),  # a chain of containers without "and" is no list
        (
            "On 5 May, workers protested in Kolimigundla town (Kurnool, AP) demanding to be sent home.",
            "India",
            None,
            "Andhra Pradesh",
        ),  # a province's abbreviation in parenthesis
        (
            "On 8 May, two mobs clashed in Kotwali Nagar, Pratapgarh (UP) over a property dispute.",
            "India",
            "Pratapgarh",
            "Uttar Pradesh",
        ),  # alone in parenthesis, it holds the town before it: not the Pratapgarh of Rajasthan
        (
            "On 8 May, 21 coalition airstrikes reportedly targeted Khabb wa ash Shaaf district (Al Jawf).",
            "Yemen",
            "Khabb wa ash Sha'af",
            "Al Jawf",
        ),  # the district's whole name, not NER's "Shaaf" alone
        (
            "On 4 May, soldiers arrested a journalist in Shabwah governorate as he was travelling from Aden "
            "to spend Ramadan with his family.",
            "Yemen",
            "Shabwah",
            "Shabwah",
        ),  # where a journey started is not where the arrest happened
        (
            "Gunmen killed two traders near Karasani as they travelled to Lokori from Kapedo.",
            "Kenya",
            "Lokori",
            None,
        ),  # the journey's end named before its start
        # a unit's part named by a direction after it: the unit, when the whole name is unknown
        ("A man suspected of stealing motorcycles was lynched in Laikipia West.", "Kenya", None, "Laikipia"),
        # ... also with the unit's word after it, when the index lacks the part as a unit of its own
        ("A crowd at Kathangari market in Embu West District stoned a man accused of theft.", "Kenya", None, "Embu"),
        # a "Sub County" is one unit word
        ("Police shot dead a robbery suspect at Mwangoni, Msambweni Sub County.", "Kenya", "Msambweni", "Kwale"),
        # a distance ends the name NER ran on over it, and so does a dash with spaces around it
        (
            "Government shelling killed 12 people in the town of Jayrud 60 kilometres from Damascus.",
            "Syria",
            "Jayrud",
            None,
        ),
        ("Raiders torched homes in Molo district - 12 families fled on Monday.", "Kenya", "Molo", "Nakuru"),
        (
            "Unidentified arsonists petrol-bombed the Migori ODM offices ahead of a party rally.",
            "Kenya",
            "Migori",
            None,
        ),
        # NER keeps only a name's last word: the known name that ends with it, not into another span
        (
            "On 3 May, in Barra de Santo Antonio, Alagoas, two men shot a trader dead.",
            "Brazil",
            "Barra de Santo Antonio",
            "Alagoas",
        ),
        # ... also back over an Arabic link and article: NER keeps "Shaaf" of "Khabb wa ash Shaaf"
        (
            "On 1 May, Houthi forces ambushed tribal fighters near a desert well (Khabb wa ash Shaaf, Al Jawf).",
            "Yemen",
            "Khabb wa ash Sha'af",
            "Al Jawf",
        ),
        # a possessive whose apostrophe was lost: a country, a province or a city owns what it names
        ("Hawkers and police fought running battles in Nairobis CBD.", "Kenya", "Nairobi", None),
        # ... and what the owner holds, where the gazetteer knows it; a country alone adds no place
        ("A car bomb killed nine people outside a bakery in Syrias Hasakeh city.", "Syria", "Al Hasakah", None),
        # a town's name before a facility's word in lower case
        ("Raiders shot dead two guards at the Kapedo Catholic church.", "Kenya", "Kapedo", None),
        # a facility NER names whole, which the gazetteer lacks, is placed at its town; not a road or a unit
        ("Two inmates at Nyeri Prison, Kingongo, were shot and wounded by a warder.", "Kenya", "Nyeri", None),
        ("A man was shot dead at the Mandera Hospital by suspected militants.", "Kenya", "Mandera", None),
        # ... also with a unit's word before the facility's
        ("A bomb went off at the Mandera District Hospital on Thursday.", "Kenya", "Mandera", None),
        ("The Mombasa Technical University was closed after students rioted over fees.", "Kenya", "Mombasa", None),
        ("Sand traders blocked Mombasa Road in Makueni County to protest new levies.", "Kenya", "Makueni", None),
        # the camps of the Dadaab complex take its point
        ("Police and refugees clashed in Hagadera refugee camp on Monday.", "Kenya", "Dadaab refugee camp", "Garissa"),
        # a month that ends the sentence before is no name the next one goes on
        ("11 April. Nyeri KMTC students held demonstrations over a transfer.", "Kenya", "Nyeri", None),
        # a preposition that opens the sentence is capitalised
        ("In Migori the police stormed residential estates and beat people.", "Kenya", "Migori", None),
        # the capital's own province keeps its name where the text names the capital's country
        ("Coalition air raids hit the Al Arqoub area (Khwlan, Sanaa) on Thursday.", "Yemen", "Sanaa", "Sanaa"),
        # a facility named after its town is in that town
        ("Machakos University College students protest over absentee lecturers.", "Kenya", "Machakos", None),
        # an air base is a facility named after its town, however it is spelt
        ("Drones of an unknown group struck the Hama Airbase overnight.", "Syria", "Hamah", None),
        ("Gunmen fired rockets at Kandahar Airfield, wounding two contractors.", "Afghanistan", "Kandahar", None),
        # the sentence's capitalised first word is no part of the place's name
        ("Striking Mombasa county workers took to the streets over their pay.", "Kenya", None, "Mombasa"),
        # news and UN spellings of provinces GeoNames writes otherwise
        ("On 7 May, troops killed 2 militants near Badush mountains in Ninewa province.", "Iraq", None, "Nineveh"),
        ("On 3 May, an operation in Saladin province left 3 militants dead.", "Iraq", None, "Salah Al-Din"),
        (
            "Unidentified attackers shot at a bus that was travelling from Merti to Isiolo, killing 8 passengers.",
            "Kenya",
            "Merti",
            "Isiolo",
        ),  # a road's start is no journey's origin set aside: it may be all there is
        (
            "On 7 May, two Pakistani soldiers were killed by militants at a check post in Idak area (NW, KPK).",
            "Pakistan",
            "Khyber Pakhtunkhwa",
            "Khyber Pakhtunkhwa",
        ),  # the province, not the country, where the village is unknown
        # a region misread abroad does not drop the city
        (
            "On 4 May, youths torched the offices of an opposition party in Lilongwe (Lilongwe, Central).",
            "Malawi",
            "Lilongwe",
            None,
        ),
        # a town named again as its district in brackets: the province after them is the slip
        (
            "On 7 May, lawyers held a protest outside the press club in Nawabshah city (Nawabshah, Punjab).",
            "Pakistan",
            "Nawabshah",
            "Sindh",
        ),
        # a name set aside still places the event better than the whole country
        ("Mombasa teachers protested over the pay gap between women and men in Kenya.", "Kenya", "Mombasa", None),
        # "X of the Y region": Y the unit that holds X, read so that it does
        ("On 3 May, workers held a protest in Maladzyechna of the Minsk region.", "Belarus", "Maladziecna", "Minsk"),
        # the town and the district that holds it agree: the province after them is the slip
        ("On 2 May, insurgents shelled an army base in Buni Yadi (Gujba LGA, Borno).", "Nigeria", "Buni Yadi", "Yobe"),
        # GeoNames files the town in the district, however far from the district's point
        (
            "On 2 May, a crowd looted shops in Calvinia (Namakwa, Northern Cape) over the alcohol ban.",
            "South Africa",
            "Calvinia",
            None,
        ),
        # a town is no seat of a province whose joined name holds its own
        (
            "On 3 May, in Baalbek, soldiers removed the tents of protesters at the Jabali roundabout.",
            "Lebanon",
            "Baalbek",
            None,
        ),
        # a seat gives way to a place near it, not to a namesake of a neighbourhood 1,000 km off
        (
            "On 9 May, in the North Zone of Rio de Janeiro, Rio de Janeiro, nurses protested in front of the "
            "Bonsucesso Federal Hospital.",
            "Brazil",
            "Rio de Janeiro",
            None,
        ),
        # a Y read inside its own container keeps to that province: the Libertador of Caracas, not the
        # one of Carabobo that holds a Montalban
        (
            "On 1 May, in La Pastora and Montalban, Libertador municipality in Caracas, residents staged a "
            "pot-banging protest.",
            "Venezuela",
            "Libertador",
            "Distrito Capital",
        ),
        # of two countries, not the one that only qualifies a person
        ("An Iran combat engineer was killed in Syria, a news agency said.", None, "Syria", None),
        # a name a country owns is a place of it, whatever NER took it for; a line break ends a name
        ("Turkey reports killing the IS governor of Syria's Al-Bab\nClashes went on.", None, "Al Bab", "Aleppo"),
        # "the mountains of X" is X's region, less precise than a city named beside it
        (
            "Regime helicopters bombed the mountains of Latakia and the city of Jisr al-Shughur.",
            "Syria",
            "Jisr ash Shughur",
            "Idlib",
        ),
        # nor to a town of another province
        (
            "On 6 May, doctors held a protest in Durres, demanding the pay their colleagues in Tirana received.",
            "Albania",
            "Durres",
            None,
        ),
        # where fighters are from is no place of the clash
        (
            "On 1 May, police clashed with a faction whose fighters are from Deir-ez-Zor, in the town of Jarablus.",
            "Syria",
            "Jarabulus",
            None,
        ),
        # a party named like a village is no place
        (
            "On 3 May, about 100 traders and members of Svoboda protested outside the city council in Kyiv.",
            "Ukraine",
            "Kyiv",
            None,
        ),
        (
            "On 7 May, a soldier was killed by a sniper in the Khan Agha area of Tarinkot district, Urozgan.",
            "Afghanistan",
            "Tarinkot",
            None,
        ),  # "X area of Y": the Khan of Badakhshan is no part of Tarinkot district
        (
            "On 8 May, locals clashed with police in the Shehpur area of Ahmedabad city (Ahmedabad, Gujarat).",
            "India",
            "Ahmedabad",
            None,
        ),  # a part of a city lies near it, not 200 km away
        (
            "On 4 May, police dispersed a sit-in in Nouakchott by relatives of people stranded in Morocco and Senegal.",
            "Mauritania",
            "Nouakchott",
            None,
        ),  # countries in a list are no places of the event, and do not split it
        # the known first word of a longer, unknown name is not a place abroad or elsewhere
        ("On 6 May, a shoot-out took place in Vila Isabel, Rio de Janeiro.", "Brazil", "Rio de Janeiro", None),
        (
            "On 3 May, militants attacked an army position at Ceel Salini village (Afgooye, Lower Shabelle).",
            "Somalia",
            "Afgooye",
            None,
        ),
        # but a facility or a part named after its town is in the town
        ("On 2 May, students of Chuka University protested over fees.", "Kenya", "Chuka", None),
        ("On 9 May, a man was lynched by a mob in Molo Township.", "Kenya", "Molo", None),
        # a town of another province far from the town said to hold it is a namesake
        (
            "On 2 May, police and rebels exchanged fire in Macarthur, Monreal, Masbate, killing one.",
            "Philippines",
            "Monreal",
            "Bicol",
        ),
        # "X close to Y": X far from Y is a namesake; Y stands for the event
        (
            "On 6 May, inmates rioted at Shalla prison close to El Fasher (North Darfur state).",
            "Sudan",
            "El Fasher",
            "North Darfur",
        ),
        # a local government area with its province: the LGA, also when its name has a slash
        ("On 7 May, gunmen abducted a farmer in Kaboresha (Chikun LGA, Kaduna).", "Nigeria", "Chikun", "Kaduna"),
        (
            "On 5 May, patients demonstrated at a clinic in Kwadon (Yamaltu/Deba LGA, Gombe).",
            "Nigeria",
            "Yamaltu/Deba",
            "Gombe",
        ),
        # a party's acronym is no place (not Dumka), even where the gazetteer has its consonants
        (
            "On 7 May, members of the DMK held a protest in Tenkasi district (Tenkasi, TN) over liquor shops.",
            "India",
            None,
            "Tamil Nadu",
        ),
        # "rural X": the countryside of a named town, the nearest container of an unknown village
        (
            "On 9 May, rebels looted wheat crops in Tall Sakhr in rural Ras al Ain in al-Hasakeh.",
            "Syria",
            "Ras al Ayn",
            None,
        ),
        # "X, Y": Y the state that holds an X, not a village Y beside a namesake of X in another state
        ("On 4 May, in Guadalupe, Zacatecas, a woman was found dead in a car.", "Mexico", "Guadalupe", "Zacatecas"),
        # a country named in an actor is the country, not a town of that name
        (
            "On 28 April, the military forces of Mozambique attacked militants in Metuge (Pemba, Cabo Delgado).",
            "Mozambique",
            None,
            "Cabo Delgado",
        ),
        # a neighbourhood lies in the town named, not in a namesake 1,000 km away
        (
            "On 29 April, in Salvador, Bahia, a man was shot dead in Periperi neighborhood by an armed man.",
            "Brazil",
            "Salvador",
            "Bahia",
        ),
        # a name before "day" names a day
        ("Police in Kisumu fired tear gas at marchers celebrating Saba Saba day.", "Kenya", "Kisumu", None),
        # NER's "the Municipality of X" is the municipality X
        (
            "On 4 May, in the Municipality of Venustiano Carranza, Chiapas, armed farmers attacked residents.",
            "Mexico",
            "Venustiano Carranza",
            "Chiapas",
        ),
        # the brackets after "in western Yemen" hold the place before it, a namesake elsewhere no reading
        ("On 6 May, gunmen fired at farms in Hays district in western Yemen (Al Hudaydah).", "Yemen", "Hays", None),
        (
            "On 6 May, rebels shelled villages in Al Jabaliyah area in western Yemen (At Tuhayat, Al Hudaydah).",
            "Yemen",
            "At Tuhayta",
            "Al Hudaydah",
        ),
        # a hospital named like a far-off town lies where its brackets say
        ("On 7 May, the staff of Al Thawrah Hospital (Salh, Taizz) protested over wages.", "Yemen", None, "Taiz"),
        # a police station's area is named after its town, which the brackets after it hold
        (
            "On 3 May, police defused three IEDs in a forest under Barachatti police station area (Gaya, Bihar).",
            "India",
            "Barachatti",
            "Bihar",
        ),
        # "X village under Y police station": Y holds X, so a spelling variant of X far away is no reading
        (
            "On 28 April, villagers attacked police at Chhewari village under Ramgarh police station (Kaimur, Bihar).",
            "India",
            None,
            "Bihar",
        ),
        # an alternate name of a town across the border is no reading of a place the brackets put at home
        (
            "On 1 May, troops of India and Pakistan exchanged fire across the LoC at Batgran sector area "
            "(Baramulla district, J&K).",
            "India",
            "Baramula",
            "Jammu and Kashmir",
        ),
    ],
)
def test_containers_origins_and_parties(pipeline, text: str, country: str, location, admin1) -> None:
    found = place_of(pipeline, text, country)
    if location is not None:
        assert found[0] == location
    if admin1 is not None:
        assert found[1] == admin1


def test_a_bracketed_name_does_not_start_a_sentence(pipeline) -> None:
    text = (
        "On 7 May, an IED planted near the Central Bank [Hayy al Qati] (Craiter, Aden) detonated, injuring a soldier."
    )
    events = pipeline.extract(Article(id="t", text=text, country="Yemen"))
    assert len(events) == 1
    assert events[0].admin1 == "Aden"


def test_an_abbreviation_alone_in_parenthesis_must_hold_the_place_before_it(pipeline) -> None:
    # "(AP)" is Andhra Pradesh's abbreviation, but here it follows no place of Andhra Pradesh
    article = Article(id="ap", text="Protesters clashed with police in the capital (AP).", country="India")
    events = pipeline.extract(article)
    assert events and all(e.admin1 != "Andhra Pradesh" for e in events)


def test_a_gangs_name_is_no_place(pipeline) -> None:
    text = "On 3 May, in Puebla, Puebla, a man was stabbed to death by two members of the Los Enanos gang."
    assert place_of(pipeline, text, "Mexico") == ("Puebla", "Puebla")


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        (
            "Separatists of the Mombasa Republican Council attacked a police post in Kilifi, injuring an officer.",
            "Kenya",
            "Kilifi",
        ),
        (
            "French jets struck the Islamic State of Iraq and the Levant in Raqqa, destroying a training camp.",
            None,
            "Raqqa",
        ),
        # the town an official serves says whose official acts, not where
        (
            "A protest led by the Nairobi Governor was held in Machakos against harassment of traders.",
            "Kenya",
            "Machakos",
        ),
        # a state's head or officials say whose words they are, not where the attack was
        (
            "Aid workers reached the town of Idlib on Monday. U.S. President Joe Biden said a chemical weapons "
            "attack had been carried out there this week.",
            None,
            "Idlib",
        ),
    ],
)
def test_a_place_in_a_named_actors_name_gives_way_to_the_place_of_the_act(
    pipeline, text: str, country: str | None, location: str
) -> None:
    assert place_of(pipeline, text, country)[0] == location


def test_a_town_before_a_possessive_is_found_after_a_preposition(pipeline) -> None:
    # NER finds no entity in "outside Kisumu's morgue"; the name is the word without its "'s"
    text = "Police dispersed protesters outside Kisumu's morgue on Friday."
    [event, *_] = pipeline.extract(Article(id="t", text=text, country="Kenya"))
    assert event.location == "Kisumu"
    assert event.geo_precision == 1  # the morgue the town has lies in the town: not "near" it


@pytest.mark.parametrize(
    "text",
    [
        "On 29 April, Turkish forces shelled Menbij.",  # NER: a person; the name another spelling of Manbij
        "On 29 April, Turkish forces shelled Menbij in Aleppo using artillery.",
    ],
)
def test_a_name_ner_takes_for_a_person_is_a_place_as_object_of_a_verb_of_places(pipeline, text: str) -> None:
    assert place_of(pipeline, text, "Syria")[0] == "Manbij"


def test_a_person_misread_with_its_container_gives_up_the_container(pipeline) -> None:
    # NER reads "Bara in Idleb" as one person: only "Bara" is looked up, and "in Idleb" stays a place
    text = "On 30 April, regime forces shelled Bara in Idleb using artillery."
    assert place_of(pipeline, text, "Syria")[1] == "Idlib"


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        # a name's two-letter first word: not an English word ("On", "In") nor a title ("Mr", "St")
        ("Residents of Ol Kalou protested over the poor state of a road.", "Kenya", "Ol Kalou"),
        ("On 7 May, in La Ceiba, Atlantida, market sellers demonstrated to demand work.", "Honduras", "La Ceiba"),
        ("On Monday, police in Nakuru dispersed protesters.", "Kenya", "Nakuru"),
    ],
)
def test_a_name_may_open_with_a_two_letter_word(pipeline, text: str, country: str, location: str) -> None:
    assert place_of(pipeline, text, country)[0] == location


def test_where_people_come_from_is_read_at_the_start_of_a_sentence(pipeline) -> None:
    text = "Farmers from Ol Kalou stormed the offices of the anti-corruption commission in Nairobi."
    assert place_of(pipeline, text, "Kenya")[0] == "Nairobi"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Githurai residents lynched two suspected thieves on Monday.", "Githurai"),  # a ward's own name
        ("Five Kisumu journalists were injured by police on Monday.", "Kisumu"),  # any first word of a sentence
        ("18 December: In Kayole, residents protested against evictions.", "Kayole North"),  # "In" after a colon
        ("Meru University students rioted over fees.", "Meru"),  # the town a university is named after
        ("Hospital workers protested over unpaid dues.", None),  # a ward named "Hospital" is not meant
    ],
)
def test_bare_names_of_the_article_country(pipeline, text: str, location: str | None) -> None:
    assert place_of(pipeline, text, "Kenya")[0] == location


def test_a_name_written_in_two_words_is_also_looked_up_as_one(pipeline) -> None:
    # the index has El Buur of Galgaduud as "Ceelbuur" and "El Buur", never "Ceel Buur"
    text = "On 3 May, militants fired mortars at a military base in Ceel Buur town, Galgaduud."
    assert place_of(pipeline, text, "Somalia") == ("Ceelbuur", "Galgadud")


def test_a_name_fused_with_its_article_is_also_looked_up_apart(pipeline) -> None:
    # "Elwak" is El Wak of Mandera (and the name of a ward of Wajir, whose container does not fit)
    text = "Gunmen attacked a police post in Elwak town in Mandera District on Monday."
    assert place_of(pipeline, text, "Kenya") == ("El Wak", "Mandera")


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("On 9 May, workers in Kut e Abdollah protested over unpaid salaries.", "Iran", "Kut-e Abdollah"),
        ("Around 4 May (week of), In Heroica Matamoros, gunmen clashed with police.", "Mexico", "Heroica Matamoros"),
        # "of" links no name: the University of Nairobi is in Nairobi
        ("Staff at the University of Nairobi protest the non-payment of allowances.", "Kenya", "Nairobi"),
    ],
)
def test_links_inside_a_name_and_in_after_a_comma(pipeline, text: str, country: str, location: str) -> None:
    assert place_of(pipeline, text, country)[0] == location


def test_of_readings_near_a_town_that_holds_it_the_much_nearer_one(pipeline) -> None:
    # "X, Y" with Y a town: the Istanbul district beside the city, not the village 50 km off
    text = "On 8 May, teachers held a protest outside the education directorate in Kadikoy, Istanbul."
    [event, *_] = pipeline.extract(Article(id="t", text=text, country="Turkey"))
    assert (event.location, event.admin2) == ("Kadikoy", "Kadikoy")


def test_a_spelling_of_a_town_is_read_whole_where_ner_kept_its_first_word(pipeline) -> None:
    # NER keeps "Joubb" alone; the whole run is a spelling of Joubb Jannîne, in the Bekaa
    text = "Rioters blocked roads with burning tyres in Joubb Janine on Tuesday."
    assert place_of(pipeline, text, "Lebanon")[0] == "Joubb Jannine"


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        # NER keeps only the first word; the lower-case links of Romanian and Italian names join the rest
        (
            "On 6 May, villagers protested in Poienile de sub Munte against illegal logging.",
            "Romania",
            "Poienile de sub Munte",
        ),
        ("On 6 May, dock workers protested in Reggio di Calabria over unpaid wages.", "Italy", "Reggio Calabria"),
    ],
)
def test_a_name_with_the_links_of_other_languages_is_read_whole(
    pipeline, text: str, country: str, location: str
) -> None:
    assert place_of(pipeline, text, country)[0] == location


def test_a_place_the_document_names_outranks_the_country_the_events_sentence_names(pipeline) -> None:
    text = (
        "Youths clashed with police as they tried to break into the Migori Teachers Training College. "
        "The rioters then blocked the highway between Kenya and Tanzania with boulders."
    )
    events = pipeline.extract(Article(id="case", text=text, country="Kenya"))
    assert events[0].location == "Migori"


@pytest.mark.parametrize("country", ["Syria", None])
def test_where_someone_tells_of_the_event_is_not_where_it_happened(pipeline, country) -> None:
    text = (
        "US air strikes killed 50 militants in northern Syria on Tuesday. In Washington the Pentagon "
        "confirmed eight strikes against militant bases in Aleppo province."
    )
    [event, *_] = pipeline.extract(Article(id="t", text=text, country=country, published="2014-09-23"))
    assert event.location == "Aleppo"


def test_where_a_group_is_banned_is_not_where_it_fought(pipeline) -> None:
    text = (
        "A military source told state media that government forces clashed with fighters of the Islamic State "
        "group (banned in Russia) 15 kilometres east of the city. The attack was repelled and over 40 militants "
        "were killed, the source said."
    )
    [event, *_] = pipeline.extract(Article(id="t", text=text, published="2016-08-13"))
    assert event.country != "Russia"
    assert event.actor1 != "Military Forces of Russia (2000-)"


def test_where_a_monitor_is_based_is_not_where_the_strike_was(pipeline) -> None:
    text = (
        "Warplanes struck a market on Friday, killing 12 civilians, the London-based Syrian Observatory for "
        "Human Rights said. Idlib province has been hit daily."
    )
    [event, *_] = pipeline.extract(Article(id="t", text=text, published="2016-10-11"))
    assert event.location == "Idlib"
    # where nothing else is named, the base is all the report says ("a Kohat-based NGO protested")
    text = "Members of a Quetta-based NGO protested at the local press club over the killing of a colleague."
    [event, *_] = pipeline.extract(Article(id="t", text=text, published="2017-02-10", country="Pakistan"))
    assert event.location == "Quetta"


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        # where the teller sits gives way to a place the document names
        (
            "Russian bombers struck militant camps, killing 20 fighters, the defence ministry in Moscow said on "
            "Sunday. The camps lay in the desert outside the Syrian city of Raqqa.",
            "location",
            "Ar Raqqah",  # the city (GeoNames' name), not the province of the same point
        ),
        # the event's sentence names no place: of the report's others, not where a leader spoke
        (
            "Air strikes killed 12 people in a market on Sunday. We are not hopeful about the coming weeks "
            "the president said at a news conference in Lima. Aid has not reached eastern Aleppo province since July.",
            "location",
            "Aleppo",
        ),
        # a dateline inside the text is where the story was filed
        (
            "US strikes kill 30 militants in Syria Washington AFP Friday 3 Mar 2017 US jets struck a training "
            "camp on Thursday, killing 30 militants.",
            "country",
            "Syria",
        ),
        # a country's letters name the country, not Uk, a village of Russia; and a country that only
        # qualifies MPs places nothing
        (
            "Intense bombing of rebel-held areas of Aleppo resumed on Tuesday as UK MPs considered whether to "
            "investigate Russian war crimes. Russian jets struck the eastern districts, killing 8 people, a "
            "monitor said. Tags Russia UK Parliament UK policy",
            "location",
            "Aleppo",
        ),
        # where words were said, through phrases within phrases ("in an interview with media in
        # Brussels"), gives way to the country of the event's sentences, and that to its town named later
        (
            "An official said a gas attack killed 58 people in a rebel-held town in northern Syria on Tuesday. "
            "The news is awful, she said in an interview with media organisations in Brussels on Tuesday. "
            "Doctors in Khan Sheikhoun treated dozens of people, and more bodies were found in Khan Sheikhoun.",
            "location",
            "Khan Shaykhun",
        ),
        (
            "The minister said in a statement in Paris that the attack on the market in Idlib killed 58 people.",
            "location",
            "Idlib",
        ),
        # guard: said where it happened, in the same country as the other place named
        (
            "On 1 May, in Santa Maria de Ostula, Michoacan, villagers announced the creation of a community "
            "police force to confront the cartel.",
            "location",
            "Santa Maria de Ostula",
        ),
    ],
)
def test_where_a_report_was_told_or_filed_is_not_where_it_happened(pipeline, text, field, expected) -> None:
    [event, *_] = pipeline.extract(Article(id="t", text=text, published="2017-03-03"))
    assert getattr(event, field) == expected


def test_an_acronym_that_names_a_force_after_a_place_is_no_dateline(pipeline) -> None:
    # "AP" is the Administration Police here, not the news agency: no day or dash follows it
    text = "An explosive device went off in front of the Mandera AP camp in the evening, injuring two officers."
    [event, *_] = pipeline.extract(Article(id="t", text=text, published="2016-05-10", country="Kenya"))
    assert event.location == "Mandera"


def test_a_state_that_acts_is_no_place_of_the_event(pipeline) -> None:
    # with no country given, a capital that sends troops and a country that brokered a truce are
    # parties, not places: the event stays in the country its own sentence names
    text = (
        "Shelling killed five people in a rebel-held town in Syria on Monday. The attack came despite a "
        "truce brokered by Russia and Iran last month. Ankara sent more troops to the border on Friday "
        "as Turkey weighed its options."
    )
    [event] = pipeline.extract(Article(id="t", text=text))
    assert (event.country, event.location) == ("Syria", "Syria")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The army and its ally Russia shelled a clinic in Syria, killing four people.", "Syria"),
        ("Gunmen killed three soldiers in Mogadishu, an attack condemned by the United States.", "Somalia"),
        # a name that qualifies the noun after "by" is where its people act
        ("Two traders were beaten by Nyeri town youths over a debt.", "Kenya"),
    ],
)
def test_a_party_named_after_by_or_ally_is_no_place(pipeline, text: str, country: str) -> None:
    [event, *_] = pipeline.extract(Article(id="t", text=text))
    assert event.country == country


@pytest.mark.parametrize(
    "text",
    [
        # the next name of a list that "by" opens
        "Shelling killed five people in a rebel-held town on Monday, despite a truce brokered by Russia and the US.",
        # a party before "to"
        "A bomb killed 12 people at a bus station after a deal brokered by backer Qatar to move fighters out.",
    ],
)
def test_parties_alone_give_the_event_no_place(pipeline, text: str) -> None:
    [event, *_] = pipeline.extract(Article(id="t", text=text))
    assert event.location is None


def test_a_country_the_event_is_placed_in_holds_it_against_a_capital_named_as_its_state(pipeline) -> None:
    text = (
        "A military helicopter was shot down over Syria on Monday, killing all five people on board in the "
        "deadliest single incident for Moscow since its intervention."
    )
    [event] = pipeline.extract(Article(id="t", text=text))
    assert (event.country, event.location) == ("Syria", "Syria")


@pytest.mark.parametrize(
    "text",
    [
        # the Syrian village is in no gazetteer: the event has no place rather than Moscow or Washington
        "An attack on aid trucks near Orum al-Kubrah killed 20 civilians on Monday, and Washington accused "
        "Moscow of responsibility. Moscow has repeatedly demanded that the rebels be disbanded.",
        "Rebel shelling of residential districts killed 12 people on Sunday. Russia which has sent an aircraft "
        "carrier to the coast said on Wednesday that the shelling broke the truce.",
    ],
)
def test_a_state_that_speaks_or_is_accused_is_no_place(pipeline, text: str) -> None:
    [event, *_] = pipeline.extract(Article(id="t", text=text, published="2016-09-21"))
    assert event.country not in ("Russia", "United States")


@pytest.mark.parametrize(
    "text",
    [
        # with Syria named most, a foreign state that acts, the subject of a verb, is no place
        "Air raids on a market in Idlib in northern Syria killed nine people on Friday. Russia has been "
        "carrying out air strikes to support the government since September.",
        # nor one named as the far side of a border
        "Fighting broke out near Azaz in Aleppo province on Monday. The town lies close to the border with "
        "Turkey, where a mortar round hit a checkpoint.",
    ],
)
def test_a_foreign_state_that_acts_or_borders_the_place_is_no_place(pipeline, text: str) -> None:
    events = pipeline.extract(Article(id="t", text=text, published="2016-09-21"))
    assert events and all(e.location not in ("Russia", "Turkey") for e in events)


def test_a_state_that_leads_a_strike_is_no_place_of_it(pipeline) -> None:
    # the report names no other place that resolves ("Syrias" lost its apostrophe): no place at all,
    # not the United States (nor Us, a village of France, as "US" was read before)
    text = "US-led strike kills 18 civilians in Syrias north. The strike hit a farm on Tuesday, a monitor said."
    [event, *_] = pipeline.extract(Article(id="t", text=text, published="2016-07-19"))
    assert event.location is None


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # Al-Quds (Jerusalem) is a big city the text names exactly, so no longer respelt into a Syrian
        # village: the hospital that bears its name must still not place the event
        (
            "Four people died on Wednesday after a gas canister fell on their street, doctors at the Al-Quds "
            "hospital said. Residents of Aleppo have had no water for a week.",
            None,
            "Aleppo",
        ),
        (
            "Seven villagers were admitted to the Wajir District Hospital after gunmen raided their homes in "
            "Tarbaj on Sunday night.",
            "Kenya",
            "Tarbaj",
        ),
    ],
)
def test_guard_a_hospitals_name_places_the_event_only_where_no_other_does(pipeline, text, country, expected) -> None:
    [event, *_] = pipeline.extract(Article(id="t", text=text, published="2016-08-11", country=country))
    assert event.location == expected


def test_with_no_country_given_an_unplaced_event_is_in_the_country_named_most(pipeline) -> None:
    # the attack's sentence names no place; the report names Syria three times and Geneva once (where
    # an event of its own, a protest, took place)
    text = (
        "A gas attack killed 72 people on Tuesday, rescuers said. Hundreds protested in Geneva on Monday "
        "against the war. The war in Syria has killed 400,000 people. Syria denies using gas, and Syria's "
        "allies back it."
    )
    attack, protest = pipeline.extract(Article(id="t", text=text, published="2017-04-05"))
    assert (attack.country, attack.location) == ("Syria", "Syria")
    assert protest.location == "Geneva"


def test_a_countrys_possessive_without_its_apostrophe_is_the_country(pipeline) -> None:
    # text copied from a page that dropped its apostrophes: "Syrias Aleppo" is Syria's Aleppo
    text = (
        "At least 15 people were killed in fresh air strikes on rebel-held areas of Syrias Aleppo on Wednesday, "
        "a monitor said. Protesters gathered outside the Russian embassy in London."
    )
    [event, *_] = pipeline.extract(Article(id="t", text=text, published="2016-10-12"))
    assert (event.country, event.location) == ("Syria", "Aleppo")


def test_with_no_country_given_a_town_named_later_places_an_event_told_of_the_country(pipeline) -> None:
    # the strike's sentence names only Syria; the town the report names twice later places it more
    # closely (a town named once may be anywhere the report strays to)
    text = (
        "Airstrikes on two villages in northern Syria killed at least 85 civilians on Tuesday, activists "
        "said. On Monday hundreds of residents protested in Manbij against the militants. Shops in Manbij "
        "stayed shut."
    )
    strike, *_ = pipeline.extract(Article(id="t", text=text, published="2016-07-19"))
    assert (strike.sub_event_type, strike.country, strike.location) == ("Air/drone strike", "Syria", "Manbij")


@pytest.mark.parametrize(
    "text",
    [
        # another country's capital named as its state, and a foreign name that qualifies talks
        "Warplanes bombed a hospital on Monday, killing eight people, and the White House blamed Moscow "
        "for the raid. Doctors in Syria said the hospital in Aleppo was the last one open.",
        "Rebels who were excluded from the Geneva peace talks shelled a market on Monday. Activists in Syria "
        "said the shells fell on the old market in Aleppo.",
    ],
)
def test_with_no_country_given_a_foreign_state_or_talks_place_no_event(pipeline, text: str) -> None:
    [event] = pipeline.extract(Article(id="t", text=text))
    assert (event.location, event.country) == ("Aleppo", "Syria")


@pytest.mark.parametrize(
    "text",
    [
        # GeoNames has towns called Middle East (Maryland) and Levant (Maine); no text means them
        "Islamic State fighters who have spread terror across the Middle East beheaded two aid workers.",
        "In the Levant, militants beheaded an American aid worker, a video released on Sunday showed.",
        "The United States says its troops killed three militants in an air strike in the Middle East.",
    ],
)
def test_a_region_larger_than_a_country_is_no_town_of_its_name(pipeline, text: str) -> None:
    events = pipeline.extract(Article(id="t", text=text))
    assert events
    assert all(e.location not in ("Middle East", "Levant") for e in events)
    assert all(e.admin1 not in ("Maryland", "Maine") for e in events)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # a province's name alone is the province where the only town of that name lies elsewhere
        # (Samburu, a village of Kwale county; Jawf al Maqbabah in Abyan, also called Al Jawf)
        ("Bandits shot dead two herders in Samburu on Monday.", "Kenya", "Samburu"),
        ("Coalition air raids hit Al Jawf on Tuesday, wounding a farmer.", "Yemen", "Al Jawf"),
    ],
)
def test_a_provinces_name_alone_is_not_a_namesake_town_in_another_province(
    pipeline, text: str, country: str, admin1: str
) -> None:
    assert place_of(pipeline, text, country)[1] == admin1


def test_a_provinces_name_alone_is_still_its_town_where_the_town_lies_in_it(pipeline) -> None:
    # a guard: "Idlib" alone is the town Idlib, the province's seat, at the town's point
    article = Article(id="t", text="Regime forces shelled Idlib, killing a child.", country="Syria")
    [event, *_] = pipeline.extract(article)
    assert (event.location, event.geo_precision) == ("Idlib", 1)


def test_an_arabic_article_cut_off_its_name_is_no_place(pipeline) -> None:
    # NER takes "Ash" of "Ash Shairat" alone; respelt, it was Ashe County in the United States
    text = (
        "On Thursday night the United States launched 59 cruise missiles at the military airfield in Ash Shairat "
        "about 40 kilometers from the city of Homs."
    )
    assert place_of(pipeline, text, None)[0] == "Homs"

from __future__ import annotations

import dataclasses
import random

from conftest import make_document
from sitrep.ingest.dedup import (
    REWORDED_ORDER,
    changed_figures,
    choose_canonical,
    find_pairs,
    group_duplicates,
    same_numbers,
    same_order,
    shingles,
    spun,
    updates,
)
from sitrep.records import Segment

WIRE = (
    "Security forces opened fire on demonstrators in the capital on Saturday, killing at least "
    "nine people, according to a doctors' group that has tracked casualties since the coup. "
    "Thousands had marched toward the presidential palace demanding a return to civilian rule, "
    "chanting slogans and carrying flags. Witnesses said tear gas was fired near the main bridge "
    "and that soldiers chased protesters into side streets. The military council said in a "
    "statement that its forces had acted with restraint and that several officers were injured "
    "by stones. Internet access was cut across the city for the third time this month, the "
    "monitoring group NetBlocks reported. Opposition leaders called for a general strike on "
    "Monday and said more marches would follow until the generals stepped down."
)


def test_example_copy_wrapped_in_comments_is_one_group_and_nothing_else(texts):
    docs = [make_document(k, v) for k, v in texts.items()]
    groups = group_duplicates(docs)
    assert [g.members for g in groups] == [("000_27d5219b858d2ab3", "001_f069c0dac730660c")]
    pair = find_pairs(docs)[0]
    assert pair.containment > 0.95 and pair.jaccard < 0.5  # containment, not Jaccard, finds it


def test_wire_story_with_other_paragraphing_and_light_rewording_is_a_copy():
    sentences = WIRE.split(". ")
    reworded = ".\n\n".join(sentences).replace("Witnesses said", "Witnesses told reporters")
    reworded = reworded.replace("on Saturday", "on Saturday afternoon")
    docs = [make_document("wire", WIRE), make_document("reprint", reworded)]
    assert [g.members for g in group_duplicates(docs)] == [("reprint", "wire")]


def test_unrelated_articles_on_the_same_event_stay_apart():
    other = (
        "At least nine people were killed on Saturday when security forces fired on protesters "
        "in the capital, a doctors' group said. Crowds had gathered near the presidential "
        "palace to demand civilian rule, and the army cut the internet. The ruling generals "
        "blamed 'infiltrators' for the violence and promised an investigation. Diplomats from "
        "several Western countries condemned the use of live ammunition. A general strike was "
        "called for Monday by the opposition coalition, which said marches would continue."
    )
    docs = [make_document("wire", WIRE), make_document("own-report", other)]
    assert group_duplicates(docs) == []


def test_canonical_is_the_earliest_then_the_cleanest_copy():
    text = WIRE + "\n\n" + "Reply\n4 months ago\nGreat article!\n" * 20
    body_end = len(WIRE)
    clean = make_document("clean", WIRE, published="2023-05-02")
    wrapped = make_document(
        "wrapped",
        text,
        published="2023-05-02",
        segments=(Segment(0, body_end, "body"), Segment(body_end, len(text), "comments")),
    )
    canonical, reason = choose_canonical([wrapped, clean])
    assert canonical.id == "clean" and "cleanest" in reason
    earlier = dataclasses.replace(wrapped, published="2023-05-01")
    canonical, reason = choose_canonical([clean, earlier])
    assert canonical.id == "wrapped" and "earliest" in reason


def test_short_texts_are_never_called_copies():
    docs = [make_document("a", "Protests continue."), make_document("b", "Protests continue.")]
    assert group_duplicates(docs) == []


def test_shingles_ignore_case_punctuation_and_layout():
    assert shingles("Troops, arrived\n\nin ALMATY today") == shingles(
        "troops arrived in almaty today"
    )


def test_many_documents_group_only_true_copies():
    rng = random.Random(7)
    words = WIRE.split()
    docs = []
    for i in range(60):
        rng.shuffle(words)
        docs.append(make_document(f"d{i}", " ".join(words)))
    docs.append(make_document("copy", docs[5].text + " Share this article."))
    groups = group_duplicates(docs)
    assert [g.members for g in groups] == [("copy", "d5")]


ORIGINAL = (
    "LIMA: Protesters set fire to a regional court building on Thursday, a day after the "
    "president appeared on television seeking to calm clashes that have killed at least 27 "
    "people.\n\nHundreds of demonstrators demanding fresh elections overwhelmed riot police "
    "who had fired tear gas at them, chasing the retreating officers to the court in the "
    "city centre.\n\nThe crowd then set ablaze the court's archive and dozens of vehicles "
    "parked outside, a court official told reporters. Nearly 1,300 others had been treated "
    "in hospital, and 40 officers were hurt, the health ministry said on Thursday."
)
SPUN = (
    "Rioters lit the regional courthouse on fire on Thursday, one day after the president "
    "went on television to calm the clashes, which have caused the deaths of at least 27 "
    "people.\nThousands of demonstrators calling for new elections overpowered riot police "
    "who had shot tear gas at them, pursuing the retreating officers to the court in the "
    "city center.\nThe angry crowd then set ablaze the court's records office and many "
    "vehicles parked outside, a court official told reporters. Almost 1, 300 others had been "
    "treated in hospital, and 40 officers were injured, the health ministry said Thursday."
)
OWN_REPORT = (
    "At least 27 people have died in clashes in Peru, and protesters on Thursday burned a "
    "court building in the south, the health ministry said. The president appeared on "
    "television on Wednesday calling for calm, while opposition leaders demanded new "
    "elections. Police said 40 officers were hurt and 1,300 people treated in hospital since "
    "the protests began, as roads to the airport stayed blocked for a third day."
)


def test_a_reworded_copy_joins_its_original():
    pairs = find_pairs([make_document("orig", ORIGINAL), make_document("spun", SPUN)])
    assert [(p.a, p.b) for p in pairs] == [("orig", "spun")]


def test_another_outlets_report_of_the_same_happening_is_no_copy():
    docs = [make_document("orig", ORIGINAL), make_document("own", OWN_REPORT)]
    assert find_pairs(docs) == []


WIRE_STORY = (
    "Police arrested 1,311 people overnight as rioters torched cars, set fire to buildings "
    "and looted shops in a fourth night of unrest, the interior ministry said on Saturday.\n"
    "Some 45,000 officers, backed by armoured vehicles and elite units, were deployed across "
    "the country on Friday night, the interior minister said, up from 40,000 the night "
    "before, when 875 people were detained.\n"
    "In the port city, police fired tear gas at groups of youths who looted a gun shop and "
    "smashed windows near the harbour.\n"
    "The unrest began after an officer shot a 17-year-old driver at a traffic stop on "
    "Tuesday, a killing caught on video that revived anger over policing in poor suburbs.\n"
    "The president blamed social media for fuelling copycat violence and said platforms "
    "must remove the most sensitive content."
)
REWRITTEN = (
    "More than 1,300 people were arrested overnight as rioters burned cars and buildings "
    "and looted shops during a fourth consecutive night of violence, the interior ministry "
    "said on Saturday.\n"
    "About 45,000 police officers, supported by armoured vehicles and elite units, had been "
    "deployed nationwide on Friday night, the interior minister said, up from 40,000 a night "
    "earlier, when 875 people were detained.\n"
    "In the southern port city, police used tear gas against groups of young people who "
    "looted a gun shop and broke windows near the harbour.\n"
    "The violence erupted after an officer shot dead a 17-year-old driver at a traffic stop "
    "on Tuesday, a killing filmed on video that revived anger over policing in poor suburbs.\n"
    "The president blamed social media for fuelling copycat violence, saying platforms must "
    "take down the most sensitive content."
)
UPDATE = (
    "The officer who shot a 17-year-old driver was charged with voluntary homicide on "
    "Thursday and placed in custody, prosecutors said, as a fifth night passed calmly.\n"
    "His lawyer said the officer was devastated and had not meant to kill, and a fundraiser "
    "for his family had drawn 1,200 donors by Sunday, angering the victim's relatives.\n"
    "Some 45,000 officers, backed by armoured vehicles and elite units, were deployed across "
    "the country on Friday night, the interior minister said, up from 40,000 the night "
    "before, when 875 people were detained.\n"
    "The mayor of a southern suburb, whose house was rammed with a burning car, called for "
    "calm at a rally on Sunday attended by several hundred residents and local officials.\n"
    "The unrest began after an officer shot a 17-year-old driver at a traffic stop on "
    "Tuesday, a killing caught on video that revived anger over policing in poor suburbs.\n"
    "The president blamed social media for fuelling copycat violence and said platforms "
    "must remove the most sensitive content."
)


def test_a_story_rewritten_sentence_by_sentence_with_its_numbers_rounded_is_a_copy():
    """Every sentence reworded and '1,311' become 'more than 1,300': the numbers kept in
    order fall below REWORDED_NUMBERS, but the story's course, lead first, is the wire's."""
    assert same_numbers(WIRE_STORY, REWRITTEN) < 0.95
    docs = [make_document("wire", "Riots rage\n" + WIRE_STORY)]
    docs.append(make_document("rewrite", "Arrests soar\n" + REWRITTEN))
    assert [(p.a, p.b) for p in find_pairs(docs)] == [("rewrite", "wire")]


def test_an_outlets_update_that_opens_on_new_news_is_no_copy():
    """The same paragraphs under a new lead (the officer charged) are a new article."""
    docs = [make_document("wire", "Riots rage\n" + WIRE_STORY)]
    docs.append(make_document("update", "Officer charged\n" + UPDATE))
    assert find_pairs(docs) == []


ABRIDGED = (
    "Police detained 1,311 people overnight as rioters burned cars, torched buildings and "
    "looted stores during a fourth night of violence, the interior ministry said Saturday.\n"
    "Some 45,000 police, supported by armoured vehicles and elite units, had been sent "
    "across the country on Friday night, the minister said, up from 40,000 a night "
    "earlier, when 875 people were held.\n"
    "In the port city, officers used tear gas on groups of youths who looted a gun shop and "
    "broke windows close to the harbour."
)


def test_a_copy_abridged_by_its_outlet_keeping_the_wires_lead_and_numbers_is_a_copy():
    """Paragraphs cut (well under REWORDED_LENGTH of the wire), the rest lightly reworded:
    every number, the lead and each kept sentence in the wire's order."""
    wire = "Riots rage\n" + WIRE_STORY
    assert len(ABRIDGED) < 0.75 * len(wire)
    docs = [make_document("wire", wire), make_document("short", "Riots\n" + ABRIDGED)]
    assert [(p.a, p.b) for p in find_pairs(docs)] == [("short", "wire")]


FIRST_VERSION = (
    "Protesters blocked highways and shut three regional airports on Monday as demonstrations "
    "over the dismissal of the governor spread to the south, leaving at least nine people "
    "dead, officials said.\n"
    "Two of the dead were teenagers shot near the airport in the provincial capital, the health "
    "ministry said, after the army was sent in to reopen the runway.\n"
    "Demonstrators are demanding early elections, the release of the governor and the "
    "resignation of the interior minister, who ordered the deployment of troops.\n"
    "The interior minister has rejected the demands and says the soldiers acted within the law.\n"
    "The toll could rise to 14, the head of the national human rights office told a local radio "
    "station in an interview.\n"
    "In the port city, protesters set fire to the tax office and a police station overnight.\n"
    "A curfew announced on Sunday appears to have done little to calm the streets."
)
LATER_VERSION = (
    "Clashes between troops and protesters left four more people dead and 30 injured in the "
    "south on Tuesday, regional health officials said.\n"
    "Television footage showed soldiers firing tear gas at crowds that had occupied the runway "
    "of the provincial airport.\n"
    "Protesters have shut three regional airports as demonstrations over the dismissal of the "
    "governor spread to the south, leaving at least nine people dead, officials said.\n"
    "Two of the dead were teenagers shot near the airport in the provincial capital, the health "
    "ministry said on Monday.\n"
    "Demonstrators are demanding early elections, the release of the governor and the "
    "resignation of the interior minister, who ordered the deployment of troops.\n"
    "The interior minister has rejected the demands and says the soldiers acted within the law.\n"
    "The toll could rise to 14, the head of the national human rights office told a local radio "
    "station in an interview.\n"
    "Bridge blocked\n"
    "Truck drivers were stranded at the border after protesters blocked the main bridge with "
    "burning tyres and vowed to stay until the governor is freed."
)


def test_a_later_version_of_the_wire_story_keeping_its_opening_under_new_news_is_a_copy():
    """Two new paragraphs on top, then the first version's lead and the four sentences after
    it, in order and nearly word for word: another version of the same story, not a report
    that borrows background."""
    docs = [make_document("first", "Airports shut\n" + FIRST_VERSION)]
    docs.append(make_document("later", "Four more dead\n" + LATER_VERSION))
    assert [(p.a, p.b) for p in find_pairs(docs)] == [("first", "later")]
    assert updates(LATER_VERSION, FIRST_VERSION) and not updates(FIRST_VERSION, LATER_VERSION)


def shingle_containment(docs):
    a, b = (shingles(d.body_text()) for d in docs)
    return len(a & b) / min(len(a), len(b))


def test_the_same_page_cut_at_another_point_is_a_copy():
    """One site carries the lead and three paragraphs under a long standfirst of its own,
    the other the whole story: the opening is the same, the rest is not shared."""
    cut = "\n".join(FIRST_VERSION.split("\n")[:4])
    standfirst = (
        "Our correspondent reports from the region, where a week of unrest has closed schools, "
        "markets and government offices and left thousands of travellers stranded at "
        "airports and bus stations with no word on when services would resume.\n"
        "Readers in the south can send us their pictures and accounts of the protests through "
        "the form below; we will not publish your name without your permission.\n"
    )
    whole = FIRST_VERSION + (
        "\nAnalysts said the dismissal had revived old grievances in the south, which has long "
        "complained of neglect by the capital and of a share of mining revenue it calls unfair."
    )
    docs = [make_document("cut", standfirst + cut), make_document("whole", whole)]
    assert shingle_containment(docs) < 0.7
    assert [(p.a, p.b) for p in find_pairs(docs)] == [("cut", "whole")]


def test_a_partners_lightly_edited_copy_under_the_same_headline_is_a_copy():
    """A syndication partner's copy: two paragraphs reworded in house style, a sentence
    changed, captions added. Its 3-gram containment (0.66) falls under CONTAINMENT and its
    second sentence breaks the opening's course, but it keeps the headline word for word: one
    article. Under another headline the same text stays apart."""
    copy = (
        WIRE.replace(
            "Thousands had marched toward the presidential palace demanding a return to "
            "civilian rule, chanting slogans and carrying flags.",
            "Crowds of thousands, chanting and waving flags, had set off for the presidential "
            "palace to demand civilian rule.",
        )
        .replace(
            "Witnesses said tear gas was fired near the main bridge and that soldiers chased "
            "protesters into side streets.",
            "Teargas was fired close to the main bridge, witnesses said, and troops chased "
            "marchers down side streets.",
        )
        .replace(
            "Opposition leaders called for a general strike", "Opposition figures urged a strike"
        )
    )
    copy += "\nProtesters run from tear gas near the bridge. Credit: AP\nA woman holds a flag."
    title = "Troops fire on marchers in the capital as internet is cut again"
    original = make_document("a", WIRE, title=title)
    partner = make_document("b", copy, title=title.replace("internet", "Internet"))
    assert [(p.a, p.b) for p in find_pairs([original, partner])] == [("a", "b")]
    other = make_document("c", copy, title="Nine killed as soldiers fire on protest march")
    assert find_pairs([original, other]) == []


FLOOD_WIRE = [
    "Floodwaters swept through three villages in the northern highlands overnight, killing at "
    "least 23 people and leaving dozens missing, the regional disaster agency said on Tuesday.",
    "Rescue teams using rubber boats pulled 140 residents from rooftops after the river burst "
    "its banks shortly before midnight, agency spokesman Daniel Okoro told reporters.",
    "Unfortunately the water rose faster than any of our sirens could warn people, Okoro said, "
    "adding that the search would continue through the night.",
    "Heavy rains have battered the region since early September, and meteorologists expect "
    "another 200 millimetres of rainfall before the weekend.",
    "The highway linking the provincial capital to the border was cut in four places, stranding "
    "trucks carrying food and fuel.",
    "Aid groups said at least 6,000 people had sought shelter in schools and churches, many of "
    "them with nothing but the clothes they were wearing.",
    "The government has declared a state of emergency in two districts and sent army "
    "helicopters to drop water and medicine to cut-off hamlets.",
    "Villagers blamed illegal logging on the hillsides above the river for the speed of the "
    "flood, a charge the forestry ministry has rejected.",
    "Last year floods in the same valley killed 41 people and destroyed more than 900 homes.",
    "President Amara Velde is expected to visit the area on Thursday, her office said.",
]


def test_a_wire_copy_with_a_new_lead_and_other_headlines_inside_is_a_copy():
    """The outlet rewrote the first two sentences and its page left four other stories'
    headlines inside the text: names and numbers fall out of order and the wire's opening is
    gone, but the rest is the wire's, word for word and in its course, with every number
    (VERBATIM*)."""
    wire = "Floods kill 23 in highlands\n" + "\n".join(FLOOD_WIRE)
    headlines = [
        "Review: A Quiet Harbour is the Finest Debut Novel of the Year",
        "Champions League: City Stun Madrid With Late Winner in Extra Time",
        "Northport Council Votes to Close Two Libraries Despite Protests",
        "Weather: Snow Expected on High Ground by Friday Morning",
    ]
    lead = (
        "At least 23 people died and dozens are missing after floods hit three highland "
        "villages overnight, the regional disaster agency said."
    )
    second = (
        "Rescuers in rubber boats lifted 140 people off rooftops when the river burst its banks "
        "just before midnight, the agency's Daniel Okoro said."
    )
    copy = "\n".join([lead, second, *FLOOD_WIRE[2:4], *headlines, *FLOOD_WIRE[4:8]])
    assert same_order(wire, copy) < REWORDED_ORDER
    assert shingle_containment([make_document("w", wire), make_document("c", copy)]) < 0.7
    docs = [make_document("wire", wire), make_document("copy", copy)]
    assert [(p.a, p.b) for p in find_pairs(docs)] == [("copy", "wire")]


def test_two_pages_cut_at_other_points_of_one_wire_story_are_copies():
    """One page carries the wire's lead with a photo caption and stops early; the other starts
    a paragraph later, under a headline of its own, and runs on to the end: what they share
    is word for word and in order, but neither page's opening is most of the other."""
    caption = (
        "Residents of Kelari wade through a flooded street on Tuesday, carrying their belongings "
        "above the water. (Photo: Jonas Pell / Wire Pictures)"
    )
    early = "\n".join([*FLOOD_WIRE[:3], caption, *FLOOD_WIRE[3:5]])
    late = "\n".join(["23 dead in highland floods", *FLOOD_WIRE[1:]])
    docs = [make_document("early", early), make_document("late", late)]
    assert shingle_containment(docs) < 0.7
    assert [(p.a, p.b) for p in find_pairs(docs)] == [("early", "late")]


ALERT = [
    "The Secretary-General condemned in the strongest terms the bombing of a crowded market in "
    "the eastern city on Sunday.",
    "The blast tore through the market at midday, killing at least 12 people and wounding more "
    "than 30 others, according to the local authorities.",
    "The Secretary-General extends his deepest condolences to the families of the victims and "
    "wishes a swift recovery to the injured, his spokesperson said in a statement.",
    "The Security Council also condemned the heinous and cowardly attack in a press statement "
    "issued on Sunday evening.",
    "Council members underlined the need to hold the perpetrators, organizers, financiers and "
    "sponsors of this reprehensible act of terrorism accountable and to bring them to justice.",
    "They urged all States to cooperate actively with the Government and all other relevant "
    "authorities in this regard, in accordance with their obligations under international law.",
]


def test_an_alert_rewritten_with_a_newer_toll_is_another_version_not_a_copy():
    """Most sentences kept word for word, but the toll's sentence tells other counts from other
    sources: each version's count is a claim of its own (FIGURE_*). One number slipped in a
    sentence of several leaves a copy a copy."""
    newer = (
        "The blast tore through the market at midday, killing 19 people and wounding another "
        "64 others, police and hospital officials told reporters on Monday."
    )
    slipped = ALERT[1].replace("more than 30", "more than 13")
    alert = "Market bombing condemned\n" + "\n".join(ALERT)
    rewrite = "\n".join(["UN condemns market bombing", ALERT[0], newer, *ALERT[2:]])
    copy = "\n".join(["UN condemns market bombing", ALERT[0], slipped, *ALERT[2:]])
    docs = [make_document("alert", alert), make_document("rewrite", rewrite)]
    assert shingle_containment(docs) >= 0.7 and find_pairs(docs) == []
    docs = [make_document("alert", alert), make_document("copy", copy)]
    assert [(p.a, p.b) for p in find_pairs(docs)] == [("alert", "copy")]


def test_times_of_day_on_a_live_page_are_no_counts():
    assert not changed_figures(
        "Update, Tuesday in the capital, 6:24 p.m. and 11:24 a.m. in London",
        "Update, Tuesday in the capital, 9:08 p.m. and 2:08 p.m. in London",
    )


def test_a_pages_counters_are_no_counts():
    """A later scrape of the same page changes its counters, not the story's figures."""
    assert not changed_figures(
        "Updated 5 hours ago, 12 comments on this story so far",
        "Updated 2 hours ago, 31 comments on this story so far",
    )


AGENCY = (
    "Flood waters swept through the river town of Marenga on Thursday, killing at least 23 "
    "people and forcing some 4,000 residents from their homes, the regional governor said.\n"
    "Rescue teams using inflatable boats pulled dozens of stranded families from rooftops in "
    "the old quarter, where the water rose more than two metres in a few hours.\n"
    "The national weather office had issued a red alert on Wednesday after three days of "
    "torrential rain in the hills above the town.\n"
    '"We lost everything, the house, the shop, the car," said Amina Keller, a baker who '
    "waited on her roof for six hours.\n"
    "Engineers were inspecting a dam upstream that officials said had been weakened by the "
    "storm, and villages below it were told to move to higher ground.\n"
    "The prime minister cut short a visit abroad and was expected to tour the area on "
    "Friday, his office said.\n"
    "It is the deadliest flood in the region since 2011, when 41 people died after the same "
    "river burst its banks.\n"
    "Aid groups warned that clean water was running short in the three shelters set up in "
    "schools and a sports hall."
)
SPUN_MOVED = (
    "Floods Kill 23 In Marenga\n"
    "At least 23 people were killed when flood waters tore through the river town of Marenga "
    "on Thursday, according to the regional governor, who said some 4,000 residents had "
    "been driven from their homes.\n"
    "The prime minister has cut short a trip abroad and is due to visit the stricken area on "
    "Friday, according to his office.\n"
    "Officials said a dam upstream had been weakened by the storm and engineers were checking "
    "it, while villages downstream were ordered to move to higher ground.\n"
    "In the old quarter, rescue teams in inflatable boats pulled dozens of stranded families "
    "off rooftops, after the water rose more than two metres within hours.\n"
    "A red alert had been issued by the national weather office on Wednesday following three "
    "days of torrential rain in the hills above the town.\n"
    "Aid agencies cautioned that clean water was running low in the three shelters opened in "
    "schools and a sports hall.\n"
    "Local traders said the market, which supplies much of the valley, would stay shut for "
    "at least a week.\n"
    "The disaster is the deadliest flood to hit the region since 2011, when 41 people lost "
    "their lives after the same river broke its banks."
)
FOLLOW_UP = (
    "Marenga toll rises\n"
    "The death toll from the floods in Marenga rose to 31 on Saturday as soldiers recovered "
    "more bodies from the mud in the old quarter, the regional governor said.\n"
    "Rescue teams using inflatable boats pulled dozens of stranded families from rooftops in "
    "the old quarter, where the water rose more than two metres in a few hours.\n"
    "The prime minister toured the town on Friday and promised a reconstruction fund, "
    "telling residents that no family would be left behind.\n"
    "Engineers were inspecting a dam upstream that officials said had been weakened by the "
    "storm, and villages below it were told to move to higher ground.\n"
    "The national weather office had issued a red alert on Wednesday after three days of "
    "torrential rain in the hills above the town.\n"
    "It is the deadliest flood in the region since 2011, when 41 people died after the same "
    "river burst its banks.\n"
    "Aid groups warned that clean water was running short in the three shelters set up in "
    "schools and a sports hall.\n"
    "Opposition lawmakers demanded an inquiry into why the dam had not been repaired after "
    "an inspection two years ago found cracks in its walls."
)


def test_a_spun_copy_with_its_paragraphs_moved_is_a_copy():
    """Every sentence reworded, the paragraphs in another order, one dropped and one added:
    the names and numbers fall out of order, but nearly every sentence of each text has a
    reworded counterpart in the other and the numbers are the same."""
    wire = "Marenga floods\n" + AGENCY
    assert same_order(wire, SPUN_MOVED) < REWORDED_ORDER
    docs = [make_document("agency", wire), make_document("spun", SPUN_MOVED)]
    assert [(p.a, p.b) for p in find_pairs(docs)] == [("agency", "spun")]


def test_an_outlets_follow_up_carrying_paragraphs_word_for_word_is_no_copy():
    """The outlet's own next story: a new lead (a higher toll), new paragraphs, and the
    first story's paragraphs carried over word for word, not reworded."""
    wire = "Marenga floods\n" + AGENCY
    assert not spun(wire, FOLLOW_UP)
    docs = [make_document("agency", wire), make_document("follow", FOLLOW_UP)]
    assert find_pairs(docs) == []

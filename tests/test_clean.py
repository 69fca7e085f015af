"""The cleaner on the example corpus (gold boilerplate lines) and on small pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.ingest.clean import line_kinds, segment_text
from sitrep.records import Segment

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def _norm(line: str) -> str:
    return " ".join(line.split())


def _kind_map(text: str, segments: tuple[Segment, ...]) -> list[str]:
    kinds = [""] * len(text)
    for seg in segments:
        kinds[seg.start : seg.end] = [seg.kind] * (seg.end - seg.start)
    return kinds


def _score(text: str, boilerplate: list[str]) -> tuple[int, int, int, int]:
    """(gold boilerplate removed, gold boilerplate, body kept, body) over non-blank lines.

    A gold line may also be the glued front of a longer line (alt text before the
    first sentence): then that prefix must be removed and the rest kept.
    """
    gold = {_norm(b) for b in boilerplate}
    kinds = _kind_map(text, segment_text(text))
    removed = n_bp = kept = n_body = 0
    pos = 0
    for raw in text.splitlines(keepends=True):
        start, end = pos, pos + len(raw)
        pos = end
        line = _norm(raw)
        if not line:
            continue
        chars = [i for i in range(start, end) if not text[i].isspace()]
        if line in gold:
            n_bp += 1
            removed += all(kinds[i] != "body" for i in chars)
            continue
        prefix = next((g for g in gold if line.startswith(g)), None)
        if prefix:
            cut = start + text[start:end].index(prefix[-5:]) + 5
            n_bp += 1
            removed += all(kinds[i] != "body" for i in chars if i < cut)
            chars = [i for i in chars if i >= cut]
        n_body += 1
        kept += all(kinds[i] == "body" for i in chars)
    return removed, n_bp, kept, n_body


def test_examples_meet_targets_per_document_and_overall(texts: dict[str, str], gold: dict) -> None:
    totals = [0, 0, 0, 0]
    for doc in gold["documents"]:
        removed, n_bp, kept, n_body = _score(texts[doc["id"]], doc["boilerplate_lines"])
        assert removed >= 0.95 * n_bp, (doc["id"], removed, n_bp)
        assert kept >= 0.98 * n_body, (doc["id"], kept, n_body)
        totals = [a + b for a, b in zip(totals, (removed, n_bp, kept, n_body), strict=False)]
    assert totals[0] >= 0.95 * totals[1] and totals[2] >= 0.98 * totals[3]


def test_comment_thread_of_example_page_is_comments(texts: dict[str, str]) -> None:
    kinds = dict(line_kinds(texts["001_f069c0dac730660c"]))
    assert kinds["Inline Feedbacks"] == "comments"
    assert kinds["Biden is equally clueless."] == "comments"
    assert kinds["The scenes unfolding on the ground are nothing short of tragic."] == "body"


def test_page_with_comment_thread() -> None:
    rows = line_kinds((FIXTURES / "comments_page.txt").read_text(encoding="utf-8"))
    kinds = dict(rows)
    assert kinds["World / Africa"] == "boilerplate"
    assert kinds["Soldiers Seize State Broadcaster as Curfew Is Declared"] == "body"
    assert kinds["By Amina Diallo"] == "credit"  # a byline alone: no article text, a name
    assert kinds["Share this article"] == "boilerplate"
    first_comment = next(i for i, (line, _) in enumerate(rows) if line == "12 Comments")
    assert all(kind == "comments" for _, kind in rows[first_comment:])
    assert sum(kind == "body" for _, kind in rows) == 5


def test_page_with_bio_and_site_chrome() -> None:
    rows = line_kinds((FIXTURES / "bio_chrome_page.txt").read_text(encoding="utf-8"))
    body = [line for line, kind in rows if kind == "body"]
    assert body[0] == "Police Fire Tear Gas at Fuel Price Protesters"
    assert "Background" in body  # a subheading between paragraphs
    assert len(body) == 6
    removed = {line for line, kind in rows if kind == "boilerplate"}
    for line in (
        "Skip to content",
        "Home | News | Opinion | Video",
        "Written by",
        "Related Articles",
        "Subscribe to our newsletter",
        "Tags: protests, fuel prices, police",
    ):
        assert line in removed
    assert any(line.startswith("Maria Lopez is a senior correspondent") for line in removed)
    assert any(line.startswith("Photo: Protesters gather") for line in removed)


def test_clean_wire_story_is_all_body() -> None:
    text = (FIXTURES / "wire_story.txt").read_text(encoding="utf-8")
    credit = text.index("Reporting by John Otieno")  # the contributor line: a credit
    assert segment_text(text) == (Segment(0, credit, "body"), Segment(credit, len(text), "credit"))


def _assert_covers(text: str, segments: tuple[Segment, ...]) -> None:
    if not text:
        assert segments == ()
        return
    assert segments[0].start == 0 and segments[-1].end == len(text)
    for a, b in zip(segments, segments[1:], strict=False):
        assert a.end == b.start and a.kind != b.kind
    kinds = {"body", "boilerplate", "comments", "credit"}
    assert all(s.start < s.end and s.kind in kinds for s in segments)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_segments_cover_any_text(text: str) -> None:
    _assert_covers(text, segment_text(text))


LINES = st.sampled_from(
    [
        "",
        " ",
        "Share this article",
        "12 Comments",
        "3 months ago",
        "Reply",
        "By Jane Doe",
        "Russian Forces Enter the Capital",
        "Photo: Reuters",
        "Protesters gathered in the main square on Monday, and police said dozens were detained "
        "after clashes that lasted late into the night across the city centre.",
        "Jane Doe is a correspondent covering the region.",
        "keyword list glued hereAs the crowd grew, "
        "police moved in with batons and the crowd scattered into side streets near the square.",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINES, max_size=30), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_segments_cover_page_like_text(lines: list[str], sep: str) -> None:
    _assert_covers(sep.join(lines), segment_text(sep.join(lines)))


@pytest.mark.parametrize("text", ["\n\n\n", "a", "   \n  x  \n", "\u2028line\u2029"])
def test_segments_cover_edge_cases(text: str) -> None:
    _assert_covers(text, segment_text(text))


def _kinds(text: str) -> dict[str, str]:
    return {line.strip(): kind for line, kind in line_kinds(text)}


def test_a_hard_wrapped_page_keeps_its_body() -> None:
    """A text saved at a fixed width breaks sentences across lines; each broken line is
    judged with its paragraph, so none is lost as chrome."""
    text = (
        "Storm Leaves Thousands Homeless In Coastal Province\n"
        "10/02/2019 6:14:02 AM\n"
        "Floods that hit the coastal province on October 1 left more than\n"
        "3,000 families homeless and 14 dead, the disaster agency said,\n"
        "adding that 220 houses were destroyed and 1,200 damaged in the\n"
        "provincial capital and in the districts along the river.\n"
        "The agency said rescue teams were still searching for people who\n"
        "were reported missing after the river burst its banks overnight.\n"
    )
    kinds = [kind for _, kind in line_kinds(text)]
    assert kinds.count("body") >= 3  # the wrapped paragraphs, as pieces spanning lines
    assert _kinds(text).get("10/02/2019 6:14:02 AM", "boilerplate") == "boilerplate"
    body = "".join(text[s.start : s.end] for s in segment_text(text) if s.kind == "body")
    assert "3,000 families homeless and 14 dead" in body and "burst its banks" in body


def test_a_number_dense_lead_and_a_cut_last_line_are_body() -> None:
    text = (
        " date 2019-11-16 Police detained 231 people, 19 of them minors, after 3 "
        "rallies in 11 cities on November 15, the ministry said.\n\n"
        "The interior minister said officers had been ordered to show restraint, but "
        "witnesses described police beating protesters who had already been detained and "
        "dragging them into vans parked along the main avenue.\n\n"
        "Rights groups said the number of people held was far higher than the figure the "
        "ministry gave, and that lawyers had been denied access to the"
    )
    kinds = [kind for _, kind in line_kinds(text)]
    assert kinds == ["body", "body", "body"]


def test_credits_stamps_and_prompts_are_chrome() -> None:
    text = (
        "Tear gas drifts over a square in the capital, 3 March 2021. AGENCY/PHOTOG NAME\n"
        "Published: Wed 3 Mar 2021, 6:11 PM\n"
        "Police fired tear gas and rubber bullets at thousands of protesters who gathered in "
        "the capital's main square on Wednesday to demand the release of detained leaders.\n"
        "— Jane Roe (@janeroe) March 3, 2021\n"
        "Stay up to date with the latest news. Follow XY on WhatsApp Channels.\n"
    )
    kinds = _kinds(text)
    assert kinds["— Jane Roe (@janeroe) March 3, 2021"] == "boilerplate"
    assert kinds["Published: Wed 3 Mar 2021, 6:11 PM"] == "boilerplate"
    assert kinds["Stay up to date with the latest news. Follow XY on WhatsApp Channels."] == (
        "boilerplate"
    )
    assert (
        kinds["Tear gas drifts over a square in the capital, 3 March 2021. AGENCY/PHOTOG NAME"]
        == "boilerplate"
    )


def test_a_one_sentence_text_is_body() -> None:
    text = "Police fired tear gas on marchers in the capital, witnesses said.\n"
    assert [kind for _, kind in line_kinds(text)] == ["body"]


def test_teasers_restated_headlines_and_site_names_are_chrome() -> None:
    text = (
        "Quake.news\n"
        "Aftershocks Rattle Coastal Towns As Death Toll Climbs\n"
        "Rescuers pulled 12 survivors from collapsed buildings on Monday as aftershocks\n\n"
        "Aftershocks Rattle Coastal Towns As Death Toll Climbs\n\n"
        "Rescuers pulled 12 survivors from collapsed buildings on Monday as aftershocks shook "
        "the coast and the death toll rose to 310, the civil protection agency said.\n\n"
        "Read More\n"
        "Volcano erupts on remote island, flights grounded\n\n"
        "¶¶Òõ¾«Æ· correspondents counted the bodies at three hospitals and a school used as a "
        "morgue, and spoke to families waiting outside for news of the missing.\n"
    )
    rows = line_kinds(text)
    kinds = [k for _, k in rows]
    lines = [line for line, _ in rows]
    assert kinds[lines.index("Quake.news")] in ("boilerplate", "credit")  # the site's name
    assert kinds[3] == "boilerplate"  # the headline's repeat
    assert kinds[2] == "boilerplate" and kinds[4] == "body"  # a teaser: the lead's first words
    assert kinds[lines.index("Volcano erupts on remote island, flights grounded")] == "boilerplate"
    assert kinds[-1] == "body"  # prose behind a bad encoding is still prose


def test_comment_footers_start_the_thread_at_the_comment_above() -> None:
    # a news page saved as text (Timeline17's CNN pages): each comment's footer, then the
    # next comment run on after it; the first comment sits above the first footer
    article = [
        "Human Rights Watch estimated that more than 300 people have been killed since the "
        "protests began in Egypt, the group said on Friday.",
        "The army said it would oversee the transition to a civilian government in the "
        "coming months, and called on protesters to go home.",
    ]
    comments = [
        "Maybe we should clean our own house before we tell others how to clean theirs!",
        "January 31, 2011 at 6:25 pm | We have two unnecessary wars and 16,000 murders a year.",
        "January 31, 2011 at 6:40 pm | Report abuse | Reply",
    ]
    kinds = [k for _, k in line_kinds("\n".join(article + comments))]
    assert kinds[:4] == ["body", "body", "comments", "comments"]
    assert kinds[4] != "body"  # a bare footer: comments or page chrome
    # a time stamp with a bar before any article text is a page's head, not a comment
    head = "6:40 pm | Updated\n" + "\n".join(article)
    assert "comments" not in {k for _, k in line_kinds(head)}


@pytest.mark.parametrize("header", ["Readers' comments", "Reader comments", "Have your say"])
def test_a_readers_comments_header_starts_the_thread(header: str) -> None:
    text = (
        "Mogadishu blasts: health ministry says 121 dead, 333 wounded\n"
        "MOGADISHU, Oct 31 (AP) - Somalia's health minister said on Monday that 121 people "
        "died in Saturday's twin car bombings, while 333 others were wounded, making it the "
        "deadliest attack in the capital in five years.\n"
        "The World Health Organization said Mogadishu's hospitals were overwhelmed and that it "
        "had sent 10 tonnes of medical supplies. An official of the Somali Medical Association "
        "said blood banks were running low.\n"
        "The Aamin ambulance service put the number of wounded at more than 350.\n"
        "Separately, police said 9 people were killed in a mortar attack on the presidential "
        "palace on Monday.\n"
        f"{header}\n"
        "Farah_77: My cousin was at the junction, he says at least 200 people died there and "
        "the government is hiding it.\n"
    )
    segments = segment_text(text)
    comment = next(s for s in segments if s.kind == "comments")
    assert text[comment.start : comment.end].startswith(header)
    assert "200 people" in text[comment.start : comment.end]


def test_the_outlets_name_over_its_menu_is_a_credit_not_the_headline() -> None:
    body = (
        "Thousands feared dead after dams burst above the coastal city on Monday, officials "
        "said, as rescuers searched the mud for survivors and hospitals ran out of room."
    )
    page = f"Tideline News\nLive | Africa | Floods\nFloods: thousands feared dead\n{body}\n"
    kinds = dict(line_kinds(page))
    assert kinds["Tideline News"] == "credit"  # not body; read for the outlet's name
    assert kinds["Floods: thousands feared dead"] == "body"
    # an organisation's name over its statement's title, with no menu under it, stays
    statement = f"AFRICAN UNION\nPeace and Security Council\n{body}\n"
    assert dict(line_kinds(statement))["AFRICAN UNION"] != "credit"


def test_a_statements_signature_is_a_credit() -> None:
    text = (
        "GENEVA, 3 May 2024 - “The Red Cross is deeply worried by the fighting around the "
        "city and the hundreds of families now cut off from water and medicine.\n\n"
        "“Our teams are ready to deliver aid as soon as the roads are safe again.\n\n"
        "Statement by Mr. Pierre Dubois, Head of Delegation in Sudan\n"
    )
    kinds = dict(line_kinds(text))
    assert kinds["Statement by Mr. Pierre Dubois, Head of Delegation in Sudan"] == "credit"


def _kinds_of(text: str) -> dict[str, str]:
    return {line: kind for line, kind in line_kinds(text)}


ARTICLE = (
    "Flood waters rose above the river banks on Tuesday night and forced thousands of families "
    "from their homes in the lower districts, the disaster agency said in a statement, and "
    "more rain was expected in the hills above the city for the rest of the week.\n\n"
    "Rescue teams used boats to reach villages cut off by the water, and the army sent two "
    "helicopters to carry food and medicine to the worst-hit areas of the province, where "
    "many of the roads and two of the main bridges had been washed away in the night.\n\n"
)


def test_ad_slots_template_code_and_lone_dashes_are_chrome() -> None:
    first, second = ARTICLE.strip().split("\n\n")
    text = (
        "River flooding forces thousands from homes\n\n-\n\n"
        + first
        + "\n\nClose Ad\n\n{{#isPremium}} {{/isPremium}}\n\ntd_block_wrap\n\n"
        + second
        + "\n"
    )
    kinds = _kinds_of(text)
    for chrome in ("-", "Close Ad", "{{#isPremium}} {{/isPremium}}", "td_block_wrap"):
        assert kinds[chrome] == "boilerplate", chrome
    assert kinds["River flooding forces thousands from homes"] == "body"
    assert kinds[first] == kinds[second] == "body"


def test_stamps_labels_and_captions_are_chrome() -> None:
    text = (
        "Monday, March 3, 2031\n\n"
        "Relief Agency Appeals For Flood Aid\n\n"
        "Issue date: 4 March 2031\n\nLocation: Dhaka\n\n"
        "Press officer for the Relief Agency: Tom Reyes\n\n"
        "Villagers (C) carry sacks of rice through a flooded street in the north.\n\n"
        "Screen grab of a rescue boat near the main bridge\n\n"
        "This article is more than 3 years old\n\n" + ARTICLE + "9:15 a.m. ET, March 4, 2031\n"
    )
    kinds = _kinds_of(text)
    for chrome in (
        "Monday, March 3, 2031",  # the site's clock, above the headline
        "Issue date: 4 March 2031",
        "Location: Dhaka",
        "Villagers (C) carry sacks of rice through a flooded street in the north.",
        "Screen grab of a rescue boat near the main bridge",
        "This article is more than 3 years old",
        "9:15 a.m. ET, March 4, 2031",
    ):
        assert kinds[chrome] == "boilerplate", chrome
    assert kinds["Press officer for the Relief Agency: Tom Reyes"] != "body"
    assert all(kinds[para] == "body" for para in ARTICLE.strip().split("\n\n"))


def test_a_list_item_marker_is_no_caption() -> None:
    text = ARTICLE + (
        "The agency asked that (a) schools in the lower districts stay closed, (b) roads to the "
        "river be shut, and (c) families be moved to the shelters on higher ground.\n"
    )
    assert all(kind == "body" for _, kind in line_kinds(text))


def test_headlines_over_a_date_stamp_or_an_outlets_credit_are_kept() -> None:
    text = (
        "Second day of floods in the north\n\n"
        "Roads closed, two bridges washed away\n\n"
        "4 March 2031, 08:10 | Delta Radio\n\n"
        "Boats carry families to safety\n\n"
        "From Delta Radio's Ana Ruiz, Ben Okafor and Chen Li\n\n"
        "A family waits on a roof for a boat.\n\n"
        "A family waits on a roof for a boat. Photo: Delta Radio\n\n" + ARTICLE
    )
    kinds = _kinds_of(text)
    assert kinds["Second day of floods in the north"] == "body"
    assert kinds["Roads closed, two bridges washed away"] == "body"
    assert kinds["Boats carry families to safety"] == "body"
    assert kinds["4 March 2031, 08:10 | Delta Radio"] == "boilerplate"
    assert kinds["From Delta Radio's Ana Ruiz, Ben Okafor and Chen Li"] == "credit"


def test_a_related_run_of_headlines_and_cut_excerpts_is_chrome() -> None:
    text = ARTICLE + (
        "Related articles\n\n"
        "Dam inspectors warn of cracks\n\n"
        "By Staff Writer NORTH BAY, Mar 2: Engineers who inspected the dam found...\n\n"
        "School year extended after floods\n\n"
        "CITY, Mar 1: The education ministry said on Sunday that pupils in (flooded areas)…\n\n"
    )
    kinds = _kinds_of(text)
    teasers = [line for line in kinds if "Mar " in line or line[:3] in ("Dam", "Sch")]
    assert len(teasers) == 4 and all(kinds[t] == "boilerplate" for t in teasers)


def test_a_subheading_after_a_teaser_headline_is_kept() -> None:
    text = ARTICLE + (
        "Read More\n\nVolcano erupts on a remote island\n\nShelters overflow in the north\n\n"
        "More than 2,000 people spent the night in schools and churches, and the agency said "
        "it had run out of blankets in two of the districts, where the water had reached the "
        "first floor of most of the houses and cut the power to the pumping station.\n"
    )
    kinds = _kinds_of(text)
    assert kinds["Volcano erupts on a remote island"] == "boilerplate"
    assert kinds["Shelters overflow in the north"] == "body"


def test_a_headline_with_the_sites_name_or_a_breadcrumb_joined_is_chrome() -> None:
    text = (
        "Home World World: Dam breach floods three valleys\n\n"
        "World: Dam breach floods three valleys\n\n"
        "Delta Radio | River ‘could rise again’ tonight, agency warns\n\n"
        "River 'could rise again' tonight, agency warns\n\n" + ARTICLE
    )
    kinds = _kinds_of(text)
    assert kinds["Home World World: Dam breach floods three valleys"] == "boilerplate"
    assert kinds["Delta Radio | River ‘could rise again’ tonight, agency warns"] == "boilerplate"


def test_a_gallerys_titles_and_captions_over_their_source_are_chrome() -> None:
    first, second = ARTICLE.strip().split("\n\n")
    text = (
        first + "\n\nFloods in the north 2\n\nA boat on the market square, before dawn\n\n"
        "Source: Delta Radio / Reuters\n\n" + second + "\n"
    )
    kinds = _kinds_of(text)
    assert kinds["Floods in the north 2"] == "boilerplate"
    assert kinds["A boat on the market square, before dawn"] == "boilerplate"
    assert kinds[first] == kinds[second] == "body"


def test_a_run_of_other_stories_headlines_is_chrome_but_a_list_is_not() -> None:
    first, second = ARTICLE.strip().split("\n\n")
    headlines = [
        "Train derails near northern border crossing",
        "Parliament delays vote on new budget again",
        "Striking dock workers block the main port",
        "Heatwave warning issued for southern provinces",
    ]
    items = ["- Schools closed in four districts", "- Two bridges washed away", "- Power cut"]
    labelled = ["Group A: Chad, Mali", "Group B: Peru, Chile", "Group C: Laos", "Group D: Fiji"]
    text = "\n\n".join([first, *headlines, second, *items, *labelled, second]) + "\n"
    kinds = _kinds_of(text)
    assert all(kinds[h] == "boilerplate" for h in headlines)
    assert all(kinds[line] == "body" for line in (first, second, *items, *labelled))


_STORY = (
    "Riots spread to the capital as looting continues\n\n"
    "Looting spread to shopping malls in the capital on Tuesday as police struggled to contain "
    "riots that have left dozens dead, officials said.\n\n"
)


def test_a_byline_with_a_dash_and_an_email_is_a_credit() -> None:
    text = _STORY + "- By JANE ROE newsdesk@dailypaper.com\n\nThe army was deployed overnight.\n"
    assert _kinds(text)["- By JANE ROE newsdesk@dailypaper.com"] == "credit"


def test_a_caption_written_twice_over_its_photo_credit_is_boilerplate() -> None:
    caption = "Soldiers patrolled in armoured vehicles through the township on Monday."
    text = _STORY + f"{caption}\n{caption}\nImage: Jane Roe/ File photo\n\n" + _STORY
    assert _kinds(text)[caption] == "boilerplate"


def test_a_blurb_ending_with_its_video_credit_is_boilerplate() -> None:
    blurb = (
        "Protests last week morphed into scenes of chaos, with some citizens opening fire on "
        "crowds to protect their shops from looting. Video: Reuters"
    )
    text = (
        "Death toll rises to 45 as looting continues\n\n"
        "Unrest sparked by jailing of former president in two provinces\n\n"
        f"{blurb}\n\n\n"
        "The death toll in riots that have engulfed two provinces since the former president "
        "was jailed last week has risen to 45, officials said on Tuesday.\n\n"
        "Although the government has deployed 2,500 troops to help overstretched police quell "
        "violent protests and looting, residents were bracing for a fifth night of unrest.\n\n"
        "So far 26 people have been killed since Friday in the eastern province, when protests "
        "calling for his release erupted, according to the provincial premier.\n"
    )
    kinds = _kinds(text)
    assert kinds[blurb] == "boilerplate"
    assert kinds["Death toll rises to 45 as looting continues"] == "body"


@pytest.mark.parametrize(
    "credit",
    [
        " PHOTO | AFP",
        " Photographer: Ann Roe/Bloomberg via Getty Images",
        "Credit...Tom Doe/The Daily Ledger",
        " [KNA, Daily Ledger]",
        " AP Photo",
    ],
)
def test_a_caption_ending_with_its_credit_is_boilerplate_however_long(credit: str) -> None:
    caption = (
        "Fishermen haul their boats above the flood line in the harbour of the port town on "
        "Monday, May 5, 2031, as the river rose through the night. The province has lost "
        "most of its harvest to floods in three of the last five years, and a third of its "
        "people live on less than two dollars a day, according to the regional statistics "
        "office, which counted the losses of the last season." + credit
    )
    text = "Floods cut off the port town\n\n" + caption + "\n\n" + ARTICLE
    kinds = _kinds(text)
    assert kinds[caption] == "boilerplate"
    assert all(kinds[para] == "body" for para in ARTICLE.strip().split("\n\n"))


@pytest.mark.parametrize(
    "para",
    [
        "The mayor walked the flooded market on Tuesday and described what he saw in one "
        "line to the reporters who followed him there. Video: Total chaos.",
        "Ads placed by the governor's party ran on every radio station in the province for a "
        "week before the floods, asking voters to trust the new dams on the river.",
    ],
)
def test_a_paragraph_naming_an_image_or_ads_is_no_caption_or_ad_slot(para: str) -> None:
    text = ARTICLE + para + "\n\n" + ARTICLE.split("\n\n")[0] + "\n"
    assert _kinds(text)[para] == "body"


def test_a_sentence_ending_in_a_bracket_of_its_own_words_is_no_caption() -> None:
    para = (
        "The governor said the shelters on higher ground would stay open for another week, and "
        "that the army would go on carrying food to the villages cut off [by the water]."
    )
    text = ARTICLE + para + "\n"
    assert _kinds(text)[para] == "body"


@pytest.mark.parametrize(
    "note",
    [
        "Update: This post has been updated with the latest figures from the agency.",
        "Editor's note: An earlier version of this story gave the wrong name for the river.",
        "This article was corrected to give the right day of the evacuation.",
        "Advert",
    ],
)
def test_an_editors_note_and_an_ad_label_are_boilerplate(note: str) -> None:
    text = ARTICLE + note + "\n\n" + ARTICLE.split("\n\n")[0] + "\n"
    assert _kinds(text)[note] == "boilerplate"


def test_a_line_said_twice_in_a_row_is_furniture() -> None:
    caption = (
        "Chart shows the river's level at the port. The water rose for the third night in a "
        "row on Tuesday as rain fell on the hills above the city."
    )
    text = "Floods cut off the port town\n\n" + caption + "\n" + caption + "\n\n" + ARTICLE
    kinds = _kinds(text)
    assert kinds[caption] == "boilerplate"
    assert all(kinds[para] == "body" for para in ARTICLE.strip().split("\n\n"))


@pytest.mark.parametrize(
    "line",
    [
        "Ann Roe in Lagos and Tom Doe in Abuja contributed to this report.",
        "- JANE ROE Information for this article was contributed by Tom Doe and Ann Poe of The "
        "Daily Ledger.",
    ],
)
def test_a_contributors_sentence_is_a_credit(line: str) -> None:
    text = ARTICLE + line + "\n"
    assert _kinds(text)[line] == "credit"


def test_a_more_on_label_is_chrome() -> None:
    text = "Floods cut off the port town\n\nMore on:\n\nFloods\n\n" + ARTICLE
    assert _kinds(text)["More on:"] == "boilerplate"


@pytest.mark.parametrize(
    "notice",
    [
        "We use cookies and other tracking technologies to improve your browsing experience on "
        "our site, show personalised content and targeted ads, analyse site traffic, and "
        "understand where our audiences come from. To learn more or opt out, read our Cookie "
        "Policy. By choosing I Accept, you consent to our use of cookies and other tracking "
        "technologies, and you agree that we may share what we learn with our partners.",
        "Necessary cookies are absolutely essential for the website to function properly.",
    ],
)
def test_a_cookie_notice_is_chrome_however_long(notice: str) -> None:
    text = notice + "\n\n" + ARTICLE
    assert _kinds(text)[notice] == "boilerplate"


def test_a_sentence_on_cookies_in_the_text_is_body() -> None:
    para = (
        "The bakers' union said the flood had ruined the cookies and bread meant for the "
        "shelters, and asked the province to pay for the lost flour."
    )
    text = ARTICLE + para + "\n\n" + ARTICLE.split("\n\n")[0] + "\n"
    assert _kinds(text)[para] == "body"


def test_a_teasers_age_is_a_stamp_and_a_run_of_teasers_is_chrome() -> None:
    teasers = (
        "Port town braces for a second flood as the river keeps rising\n\n1 hour ago\n\n"
        "Province opens three more shelters on higher ground for the displaced\n\n32M ago\n\n"
        "Army helicopters carry food to villages cut off by the water\n\n"
        "2 days ago at 07:47 am\n\n"
        "Bakers' union asks the province to pay for flour lost in the flood\n\n"
        "16 hours ago on World Blog\n"
    )
    kinds = _kinds(ARTICLE + teasers)
    for line in teasers.split("\n\n"):
        assert kinds[line.strip()] == "boilerplate", line
    assert all(kinds[para] == "body" for para in ARTICLE.strip().split("\n\n"))


@pytest.mark.parametrize(
    "byline",
    [
        "Posted by Ann Roe on May 5, 2031, 6:21 AM EST",
        "Written by Tom Doe, MS, RD on May 4, 2031",
    ],
)
def test_a_posted_by_line_is_a_credit(byline: str) -> None:
    text = "Floods cut off the port town\n\n" + byline + "\n\n" + ARTICLE
    assert _kinds(text)[byline] == "credit"


@pytest.mark.parametrize("label", ["READ: ", "ALSO READ | ", "Related: ", "Read more - "])
def test_another_storys_headline_under_its_label_on_one_line_is_boilerplate(label: str) -> None:
    teaser = f"{label}Governor says curfew may be partially lifted next week"
    text = _STORY + teaser + "\n\n" + _STORY.split("\n\n", 1)[1]
    assert _kinds(text)[teaser] == "boilerplate"


def test_a_sites_name_over_its_storys_headline_is_a_credit() -> None:
    text = "The Daily Courier\n" + _STORY
    kinds = _kinds(text)
    assert kinds["The Daily Courier"] == "credit"
    assert kinds["Riots spread to the capital as looting continues"] == "body"


@pytest.mark.parametrize(
    "masthead", ["The Harbour Courier - World desk", "THE DAILY REVIEW – Analysis"]
)
def test_a_sites_name_and_its_section_joined_by_a_dash_are_not_body(masthead: str) -> None:
    text = masthead + "\n\n" + _STORY
    kinds = _kinds(text)
    assert kinds[masthead] != "body"
    assert kinds["Riots spread to the capital as looting continues"] == "body"


def test_a_name_and_a_byline_or_a_headline_joined_by_a_dash_are_no_masthead() -> None:
    from sitrep.ingest.clean.page import _name_and_section

    assert not _name_and_section("Weekly Exclusive – By Ann Roe")
    assert not _name_and_section("Floods in the port town - as it happened")
    assert not _name_and_section("Port Town Floods - 300 Dead")
    assert not _name_and_section("Port Town Floods - Army Opens Fire")


def test_a_sentence_introducing_the_quotation_below_is_body() -> None:
    title = (
        "Rights group: new authorities must end illegal administrative detentions and "
        "arbitrary arrests"
    )
    intro = (
        "Reacting to the arrests of President Jean Roe, Interior Minister John Doe and other "
        "political leaders, Jane Roe, the group's Deputy Regional Director for West and Central "
        "Africa, said:"
    )
    text = (
        f"{title}\n\n{title}\n\n{title}\n\n{title}\n\n{intro} \n\n"
        "The group is calling on the new authorities to release not only the president and "
        "his family, but also the minister of the interior and all others who have been "
        "arbitrarily arrested and detained since 26 July.\n\n"
        "“The authorities must urgently protect and respect human rights. No one should be "
        "arrested and detained solely for their political opinions,” the statement said, "
        "adding that detainees must see their lawyers.\n"
    )
    assert _kinds(text)[intro] == "body"


def test_the_headline_the_lead_tells_again_is_body() -> None:
    headline = "‘Looting Death Toll’ from Riots in Two Provinces Reaches 337"
    text = (
        f"{headline}\n\n"
        "The unrest, the worst in decades, erupted a week ago\n\n"
        "The “looting death toll” from social unrest in the country’s two eastern provinces "
        "reached 337 on Thursday, a news site reported.\n\n"
        "Health officials confirmed 79 deaths in one province and 258 in the other, the "
        "acting minister told reporters.\n"
    )
    assert _kinds(text)[headline] == "body"


def test_the_headline_under_the_pages_chrome_that_the_lead_tells_again_is_body() -> None:
    headline = "The port town's floods are a warning to the province"
    text = (
        "The Daily LedgerNews You Can Trust\n\n"
        f"{headline}\n\n"
        "Placeholder while article actions load\n\n"
        "You're reading an excerpt from the Morning Ledger newsletter. Sign up to get the rest, "
        "including news from around the province, the best of our reporting and the stories "
        "you missed this week, delivered to your inbox every morning.\n\n"
        "Every river town has its own floods, but the port town offers some of the worst: "
        "flood waters rose above the river banks on Tuesday night and forced thousands of "
        "families from the lower districts of the town, the province's disaster agency said.\n\n"
        + ARTICLE
    )
    kinds = _kinds(text)
    assert kinds[headline] == "body"
    assert kinds["Placeholder while article actions load"] != "body"


def test_skip_links_over_the_lead_stay_chrome() -> None:
    text = "Skip to main content\n\n" + _STORY
    assert _kinds(text)["Skip to main content"] != "body"


_REPORT = (
    "Flood waters forced thousands of families from their homes in the lower districts on "
    "Tuesday night, the disaster agency said in a statement.\n\n"
    "Rescue teams used boats to reach villages cut off by the water, and the army sent two "
    "helicopters with food and medicine to the worst-hit areas of the province.\n\n"
    "The provincial governor said the toll stood at 14 dead and that 220 houses had been "
    "destroyed along the river, with more rain expected in the hills.\n\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "March 04, 2031",
        "Wire Service 4 Mar, 2031",
        "March 4, 2031 10:15 am (EST)",
        "Update: 2031-03-04 10:15 GMT",
        "4 March 2031 Floods and Storms",
        "Harbourtown, March 4th 2031 - 10:15 UTC",
        "2 min read",
        "38 Posts",
    ],
)
def test_a_pages_date_stamp_is_chrome_wherever_it_stands(stamp: str) -> None:
    """A date with its year (a clock, a label or the section's name beside it), a reading
    time or a live page's count of posts, on a line of its own, is the page's stamp."""
    head, rest = _REPORT.split("\n\n", 1)
    for text in (
        f"Floods leave thousands homeless\n\n{stamp}\n\n{_REPORT}",
        f"{head}\n\n{stamp}\n\n{rest}",
    ):
        kinds = _kinds(text)
        assert kinds[stamp] == "boilerplate"
        assert kinds[head] == "body"


def test_a_communiques_place_and_date_and_a_live_pages_clock_stay_body() -> None:
    text = (
        "Harbourtown, 4 March 2031\n\n" + _REPORT + "10:15\n\n"
        "The governor said schools in the lower districts would stay closed until Friday, and "
        "that the army would open two more shelters in the hills above the city.\n"
    )
    kinds = _kinds(text)
    assert kinds["Harbourtown, 4 March 2031"] == "body"
    assert kinds["10:15"] == "body"


def test_a_wire_sign_off_keeps_the_last_sentence_a_sentence() -> None:
    last = "He said Friday would be a day of mourning. REUTERS"
    text = _REPORT + last + "\n\nJoin our Telegram channel for the latest news.\n"
    kinds = _kinds(text)
    assert kinds[last] == "body"
    assert kinds["Join our Telegram channel for the latest news."] == "boilerplate"


@pytest.mark.parametrize(
    "prompt",
    [
        "Join our new Telegram channel and get the news delivered to you.",
        "With «Daily News», follow the cup on WhatsApp",
        "You have reached your limit of free articles this month.",
        "WATCH THE CHANNEL FOR FREE",
        "We're sorry, this feature is currently unavailable. Please try again later.",
        "Our live coverage of the floods has moved here.",
        "No part of this publication may be reproduced without the permission of the agency.",
        "Disclaimer: no journalist of ours was involved in creating this content",
        "Posts represent the views of their authors and not those of the institute.",
        "Comment on this story Comment Gift Article Share",
        "01:12 - Source: Channel 9",
    ],
)
def test_prompts_notices_and_buttons_inside_the_text_are_chrome(prompt: str) -> None:
    head, rest = _REPORT.split("\n\n", 1)
    text = f"{head}\n\n{prompt}\n\n{rest}"
    kinds = _kinds(text)
    assert kinds[prompt] == "boilerplate"
    assert kinds[head] == "body"


def test_a_sentence_that_tells_of_a_telegram_channel_is_body() -> None:
    line = (
        '"We offer our deepest condolences to the families of those killed," the mission '
        "wrote on its Telegram channel."
    )
    text = _REPORT + line + "\n\n" + _REPORT
    assert _kinds(text)[line] == "body"


@pytest.mark.parametrize(
    "caption",
    [
        "Residents wade through flood water in the lower districts on March 4, 2031 [AFP]",
        "A rescue boat on the river (Navy Photo/Released)",
        "Photo CITY/Jane Roe A view of the flooded districts.",
        "media captionBoats reach villages cut off by the water",
        "The governor speaks to reporters in the capital, March 4. Office/Handout via REUTERS",
    ],
)
def test_a_caption_known_by_its_credit_is_chrome(caption: str) -> None:
    head, rest = _REPORT.split("\n\n", 1)
    text = f"Floods leave thousands homeless\n\n{caption}\n\n{head}\n\n{caption}\n\n{rest}"
    kinds = _kinds(text)
    assert kinds[caption] == "boilerplate"
    assert kinds[head] == "body"
    assert kinds["Floods leave thousands homeless"] == "body"


def test_a_photos_alt_text_over_its_credited_caption_is_chrome() -> None:
    alt = "Residents of the lower districts wait for boats"
    caption = "Residents of the lower districts wait for boats on March 4, 2031 [Getty]"
    text = f"Floods leave thousands homeless\n\n{alt}\n{caption}\n\n{_REPORT}"
    kinds = _kinds(text)
    assert kinds[alt] == "boilerplate"
    assert kinds[caption] == "boilerplate"


def test_a_paragraph_closing_on_its_agency_in_brackets_is_body() -> None:
    line = (
        "The statement said the minister takes note of the protests that erupted after the "
        "arrest on Tuesday. (PTI)"
    )
    text = _REPORT + line + "\n"
    assert _kinds(text)[line] == "body"


@pytest.mark.parametrize(
    "name",
    ["Reuters", "The Associated Press", "(AFP)", "Photography Jane Roe", "Photos by Jane Roe"],
)
def test_an_agencys_name_or_a_photographers_credit_alone_is_a_credit(name: str) -> None:
    text = f"Floods leave thousands homeless\n\n{name}\n\n{_REPORT}"
    assert _kinds(text)[name] == "credit"


@pytest.mark.parametrize(
    "name", ["Security Updates", "Human Rights Voices", "Republic Of Freedonia"]
)
def test_a_name_above_the_first_paragraph_is_a_credit(name: str) -> None:
    """A site's or a section's name over the text: no article text, read for its names."""
    text = f"{name}\n\n{_REPORT}"
    assert _kinds(text)[name] == "credit"


@pytest.mark.parametrize("heading", ["Summary", "SITUATION OVERVIEW", "HARBOURTOWN"])
def test_a_one_word_or_capitals_heading_above_the_first_paragraph_stays_body(heading: str) -> None:
    text = f"Floods leave thousands homeless\n\n{heading}\n\n{_REPORT}"
    assert _kinds(text)[heading] == "body"


def test_two_headlines_in_a_row_inside_the_text_are_other_stories() -> None:
    one = "Floods: Governor gathers district chiefs in the capital"
    two = "Opinion: This storm season must not be forgotten"
    head, rest = _REPORT.split("\n\n", 1)
    text = f"{head}\n\n{one}\n\n{two}\n\n{rest}"
    kinds = _kinds(text)
    assert kinds[one] == kinds[two] == "boilerplate"
    assert kinds[head] == "body"


def test_a_block_of_other_stories_inside_the_text_is_chrome_teaser_and_all() -> None:
    # links in a row, the first with its teaser (the page runs it into the next link's
    # title: one piece that is no sentence), between two paragraphs of the report
    teaser = (
        "A lost silent film was found in a barn last spring. Its restorers say the archive "
        "still holds dozens more"
    )
    links = [
        "Harbour tolls rise again as the port authority blames fuel costs",
        "Jane Roe: The river towns need a plan before the next rains come",
        "Kim Doe: Why the new bridge tender is a symptom of a broken system",
    ]
    head, rest = _REPORT.split("\n\n", 1)
    text = head + "\n" + teaser + "\n" + "\n".join(links) + "\n" + rest
    kinds = _kinds(text)
    block = [k for line, k in kinds.items() if line.startswith(("A lost", "Jane", "Kim"))]
    assert block == ["boilerplate"] * 3
    assert kinds[head] == "body"
    assert all(kinds[p.strip()] == "body" for p in rest.split("\n\n") if p.strip())


def test_a_subheading_inside_the_text_stays_body() -> None:
    sub = "Rescue teams reach the cut off villages"
    head, rest = _REPORT.split("\n\n", 1)
    text = f"{head}\n\n{sub}\n\n{rest}"
    assert _kinds(text)[sub] == "body"


@pytest.mark.parametrize("cut", ["Despite the flo", "Lt. Gen. Jane Roe, known as", "- 'T"])
def test_the_start_of_a_paragraph_the_saved_text_cuts_off_is_body(cut: str) -> None:
    assert _kinds(_REPORT + cut)[cut] == "body"


@pytest.mark.parametrize(
    "tail", ["with agency inputs", "Media contact: press@relief.example.org", "March 4 2031"]
)
def test_a_credit_an_address_or_a_stamp_closing_the_text_stays_chrome(tail: str) -> None:
    assert _kinds(_REPORT + tail)[tail] != "body"


def test_a_sentence_ending_on_learn_more_is_body() -> None:
    line = "The visit left the residents curious about the relief plan and eager to learn more."
    text = _REPORT + line + "\n\n" + _REPORT
    assert _kinds(text)[line] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Organisers urged supporters to join the movement's Telegram channel, which has grown "
        "to two million subscribers.",
        "Thousands of residents follow the rescue on Telegram and WhatsApp every night.",
        "The minister is currently unavailable for comment, his office said on Tuesday.",
    ],
)
def test_a_text_telling_of_channels_or_an_absent_minister_is_body(line: str) -> None:
    text = _REPORT + line + "\n\n" + _REPORT
    assert _kinds(text)[line] == "body"


def test_a_photo_caption_closing_on_where_and_when_it_was_taken_is_chrome() -> None:
    """A news photo's caption ends on its place and its full date (and its credit, if any);
    a report's sentence with a date in it stays body."""
    first, second = ARTICLE.strip().split("\n\n")
    captions = (
        "Rescuers carry a woman through the flooded market on March 3, 2031 in Sylhet, Bangladesh.",
        "Families wait for boats outside the school in Sylhet, Bangladesh, March 4, 2031. "
        "/Delta Photo",
        "A boy wades through water, in Sylhet, Bangladesh, on Mar. 4, 2031. (AP Photo)",
    )
    sentence = "The river rose two metres in Sylhet on March 3, and the army was called in."
    text = first + "\n\n" + "\n\n".join(captions) + "\n\n" + second + "\n\n" + sentence + "\n"
    kinds = _kinds_of(text)
    for caption in captions:
        assert kinds[caption] == "boilerplate", caption
    assert kinds[sentence] == "body"

"""Unit tests of English plans, intentions and unusual launch wording in newsroom prose (invented sentences)."""
from __future__ import annotations

import pytest

from extraction import extract_article
from extraction.projects import find_projects
from extraction.text import Sentence
from tests.helpers import article, projects


@pytest.mark.parametrize(("text", "expected"), [
    ("A memorandum on the creation of a joint industrial zone in Turkistan region is expected to be signed in April.",
     [("joint industrial zone", "announced")]),
    ("An agreement on the construction of a new bridge across the Amu Darya is to be signed next month.",
     [("bridge across the Amu Darya", "announced")]),
    ("The agreement on the creation of the joint investment fund will be signed during the visit.",
     [("joint investment fund", "announced")]),
])
def test_a_deal_on_a_facility_still_to_be_signed_intends_the_facility(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister said a new bridge across the Panj River would be built with Chinese assistance.",
     [("bridge across the Panj River", "announced")]),
    ("Officials said a 500 MW solar plant would be commissioned in Navoi region by 2026.",
     [("500 MW solar plant", "announced")]),
])
def test_a_facility_that_reported_speech_says_would_be_built_is_intended(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He said the Kazakh-Uzbek trade house was opened in Tashkent.", [("Kazakh-Uzbek trade house", "launched")]),
    ("The minister said that the Kazakh-Uzbek trade house will be opened in Tashkent next year.",
     [("Kazakh-Uzbek trade house", "announced")]),
    ("It is planned that the Kazakh-Uzbek trade house will be opened in Tashkent next year.",
     [("Kazakh-Uzbek trade house", "announced")]),
])
def test_the_speaker_and_verb_that_report_a_clause_are_no_part_of_its_subject(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("$50 million has been earmarked for a new hospital in Osh.", [("hospital", "announced")]),
    ("Uzbekistan has allocated land for a new Chinese industrial park in Tashkent region.",
     [("Chinese industrial park", "announced")]),
    ("The government has set aside 50 hectares for a new logistics centre in Termez.", [("logistics centre", "announced")]),
])
def test_money_or_land_set_aside_for_a_new_facility_intends_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "$5 million has been allocated for new equipment and the training of staff.",
    "The government has allocated land for farmers in Surkhandarya.",
])
def test_money_or_land_set_aside_for_no_facility_is_no_project(text):
    assert projects(text) == []


def test_a_headline_that_sizes_the_facility_names_the_one_the_body_sizes_alike():
    facts = extract_article(article("Masdar will build a 1 GW solar photovoltaic plant in Samarkand region, the company said.",
                                    title="Masdar to build 1 GW solar plant in Uzbekistan"))
    assert [(p["project_name"], p["status"]) for p in facts["projects"]] == [("1 GW solar photovoltaic plant", "announced")]


def test_a_headline_of_another_size_names_another_facility():
    facts = extract_article(article("Masdar will build a 500 MW wind farm in Navoi region.",
                                    title="ACWA Power to build 1.5 GW wind farm in Karakalpakstan"))
    assert len(facts["projects"]) == 2


def test_a_later_sentence_naming_the_one_facility_by_a_kind_of_the_same_meaning_re_mentions_it():
    facts = extract_article(article(
        "The energy ministers of Kazakhstan, Kyrgyzstan and Uzbekistan signed an agreement on the joint construction of "
        "the Kambarata HPP-1 on Thursday.\n\nThe 1,860 MW plant is to be built on the Naryn River."))
    assert [(p["project_name"], p["status"]) for p in facts["projects"]] == [("Kambarata HPP-1", "agreement_signed")]


@pytest.mark.parametrize(("text", "expected"), [
    ('Among the projects is the construction of a new border crossing point "Dostyk-2".',
     [('border crossing point "Dostyk-2"', "announced")]),
    ("The sides agreed to build a new border crossing point at Karasu.", [("border crossing point at Karasu", "announced")]),
    ("Kazakhstan will open a new customs point in Khorgos.", [("customs point", "announced")]),
    ("The sides agreed on a starting point for the talks.", []),
])
def test_a_border_or_customs_point_is_a_facility_a_bare_point_is_not(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kyrgyz side plans to attract Chinese investment for a new railway to Uzbekistan.",
     [("railway to Uzbekistan", "announced")]),
    ("Uzbekistan intends to raise funds for a new airport in Samarkand.", [("airport", "announced")]),
    ("The region attracted foreign investments in the textile industry.", []),
])
def test_money_sought_for_a_new_facility_intends_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kazakh-Uzbek trade house in Tashkent has started its work.", [("Kazakh-Uzbek trade house", "launched")]),
    ("The Kazakh-Uzbek trade house in Tashkent started work on Monday.", [("Kazakh-Uzbek trade house", "launched")]),
    ("The Uzbek-Kyrgyz investment company began its activities in Bishkek.",
     [("Uzbek-Kyrgyz investment company", "launched")]),
    ("The Uzbek-Kyrgyz Development Fund has commenced operations.", [("Uzbek-Kyrgyz Development Fund", "launched")]),
    ("The intergovernmental commission began its work in Tashkent.", []),
])
def test_a_facility_that_started_its_work_or_activities_is_launched(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("follow_up", [
    "The agreements for the project were signed by Masdar CEO and Uzbekistan's energy minister in Abu Dhabi.",
    "The project agreements were signed in Abu Dhabi on Tuesday.",
])
def test_a_follow_up_that_signs_the_agreements_of_the_project_concludes_it(follow_up):
    assert projects("Masdar will build a 1 GW solar photovoltaic plant in Samarkand region.", follow_up) == [
        ("1 GW solar photovoltaic plant", "agreement_signed")]


def test_project_agreements_still_to_be_signed_leave_the_project_intended():
    assert projects("Masdar will build a 1 GW solar photovoltaic plant in Samarkand region.",
                    "The project agreement will be signed in Abu Dhabi next month.") == [
        ("1 GW solar photovoltaic plant", "announced")]


def test_a_modifier_after_a_named_work_is_not_glued_to_the_name_before_it():
    found = projects("These include the construction of a copper processing plant in Almalyk, solar and wind power plants, "
                     "and a logistics centre in Termez.")
    assert ("copper processing plant", "announced") in found
    assert all("solar" not in name or "plant" in name.split("solar")[1] for name, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Turkish-built hospital in Bukhara has received its first patients.", [("hospital", "launched")]),
    ("A Korean-built hospital in Tashkent has started operations.", [("hospital", "launched")]),
])
def test_who_built_a_facility_is_no_part_of_its_name_so_the_attribute_adds_no_second_project(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The new hospital in Osh is expected to cost $50 million.", [("hospital", "announced")]),
    ("The Rogun HPP will generate 13 billion kWh of electricity a year.", [("Rogun HPP", "announced")]),
    ("The Uzbekistan-Kyrgyzstan-China railway will be 523 km long.", [("Uzbekistan-Kyrgyzstan-China railway", "announced")]),
    ("The company will generate 500 new jobs.", []),
    ("The visit is expected to cost $2 million.", []),
])
def test_what_a_facility_will_cost_generate_or_measure_says_it_is_to_come(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Uzbek, Kazakh leaders lay foundation of industrial cooperation centre",
     [("industrial cooperation centre", "construction_started")]),
    ("Tokayev lays foundation stone for new Kazakh school in Bishkek", [("Kazakh school", "construction_started")]),
    ("Presidents lay cornerstone of joint hospital in Osh", [("joint hospital", "construction_started")]),
])
def test_a_headline_that_lays_a_foundation_or_cornerstone_starts_construction(title, expected):
    assert [(p.name, p.status) for p in find_projects([Sentence(title, 0, "title", 0)])] == expected


def test_a_deal_that_lays_the_foundation_for_a_venture_is_a_metaphor_not_a_construction():
    assert projects("The agreement lays the foundation for a joint venture.") == []


def test_a_headline_that_agrees_on_a_sized_facility_intends_it():
    title = "Uzbekistan, Saudi Arabia agree on 1.5 GW wind project"
    assert [(p.name, p.status) for p in find_projects([Sentence(title, 0, "title", 0)])] == [
        ("1.5 GW wind project", "announced")]


@pytest.mark.parametrize(("title", "expected"), [
    ("Uzbekistan to get its first nuclear power plant by 2033", [("first nuclear power plant", "announced")]),
    ("Tajikistan will get its own cement plant in Khatlon", [("cement plant", "announced")]),
    ("Kyrgyzstan will receive its first tranche of the loan in May", []),
])
def test_a_country_to_get_its_first_or_own_facility_intends_it(title, expected):
    assert [(p.name, p.status) for p in find_projects([Sentence(title, 0, "title", 0)])] == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Astana, Tashkent eye joint tourism cluster on border", [("joint tourism cluster on border", "announced")]),
    ("Kazakhstan greenlights $1bn petrochemical complex in Atyrau", [("petrochemical complex", "announced")]),
    ("Investors keep an eye on a new industrial park in Jizzakh", []),
])
def test_a_headline_whose_sides_eye_or_greenlight_a_facility_intends_it(title, expected):
    assert [(p.name, p.status) for p in find_projects([Sentence(title, 0, "title", 0)])] == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("China's CNPC to expand Shymkent refinery", [("Shymkent refinery", "announced")]),
    ("Kyrgyzstan, China to modernize Bishkek CHP", [("Bishkek CHP", "announced")]),
])
def test_a_headline_infinitive_that_expands_or_modernises_a_facility_intends_the_work(title, expected):
    assert [(p.name, p.status) for p in find_projects([Sentence(title, 0, "title", 0)])] == expected


def test_an_early_start_of_construction_wished_for_has_not_happened():
    assert projects("The President stressed the importance of the early start of construction of the Kambarata HPP-1.") == [
        ("Kambarata HPP-1", "announced")]


def test_how_a_construction_was_launched_may_stand_between_the_verb_and_the_construction():
    assert projects("Mirziyoyev and Tokayev launched via video link the construction of the International Centre for "
                    'Industrial Cooperation "Central Asia".') == [
        ('International Centre for Industrial Cooperation "Central Asia"', "construction_started")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trains began running on the new Bakhty-Ayagoz railway line.", [("Bakhty-Ayagoz railway line", "launched")]),
    ("Traffic was opened on the new bridge across the Amu Darya.", [("bridge across the Amu Darya", "launched")]),
    ("Buses started running on the new route between Osh and Andijan.", []),
])
def test_trains_or_traffic_that_began_running_on_a_new_route_open_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tashkent and Dushanbe signed an agreement to jointly build and operate the Yavan HPP.",
     [("Yavan HPP", "agreement_signed")]),
    ("An agreement to jointly build the Yavan HPP was signed in Dushanbe.", [("Yavan HPP", "agreement_signed")]),
    ("The sides are drafting an agreement to jointly build the Yavan HPP.", [("Yavan HPP", "announced")]),
])
def test_a_signed_agreement_to_jointly_build_a_facility_concludes_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A framework agreement was signed on the financing of the Bishkek-Osh road.", [("Bishkek-Osh road", "agreement_signed")]),
    ("The sides signed an agreement on the financing of small businesses.", []),
])
def test_a_deal_signed_on_the_financing_of_a_facility_concludes_the_facility(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The 500 MW solar plant in Samarkand began commercial operations.", [("500 MW solar plant", "launched")]),
    ("The new logistics centre in Termez is now in operation.", [("logistics centre", "launched")]),
    ("The new logistics centre in Termez is expected to be in operation by 2026.", []),
])
def test_a_facility_in_operation_or_in_commercial_operations_is_launched(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Uzbek-Kazakh joint venture has been producing tractors since 2021.", [("Uzbek-Kazakh joint venture", "launched")]),
    ("The country has been producing cotton since 1950.", []),
])
def test_a_facility_that_has_been_producing_since_a_date_is_launched(text, expected):
    assert projects(text) == expected


def test_a_unit_synchronized_with_the_grid_is_launched():
    assert projects("The first unit of the Rogun HPP was synchronized with the grid.") == [
        ("first unit of the Rogun HPP", "launched")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kyrgyz side opened the Kyzyl-Bel border crossing after reconstruction.", [("Kyzyl-Bel border crossing", "launched")]),
    ("The Kyrgyz side opened the Kyzyl-Bel hotel after a long renovation.", [("Kyzyl-Bel hotel", "launched")]),
])
def test_a_work_after_which_a_facility_opened_is_no_part_of_its_name(text, expected):
    assert projects(text) == expected


def test_would_be_only_says_the_facility_is_to_come_and_is_no_part_of_its_name():
    assert projects("A Chinese company will build a would-be copper plant in Almalyk.") == [("copper plant", "announced")]

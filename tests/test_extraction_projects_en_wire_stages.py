"""Unit tests of English wire wording for a facility's stage: trade idioms of a start, deals named again, launch verbs with a plan."""
from __future__ import annotations

import pytest

from extraction import extract_article
from tests.helpers import article, projects


@pytest.mark.parametrize(("text", "expected"), [
    ("The new logistics centre in Termez kicked off operations this week.", [("logistics centre", "launched")]),
    ("The Kambarata-2 hydropower plant went online in 2024.", [("Kambarata-2 hydropower plant", "launched")]),
    ("The new Andijan terminal began handling cargo in April.", [("Andijan terminal", "launched")]),
    ("The Kambarata-2 hydropower plant will go online in 2026.", [("Kambarata-2 hydropower plant", "announced")]),
])
def test_a_facility_that_went_online_kicked_off_operations_or_began_handling_cargo_is_launched(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("previous", "text", "expected"), [
    ("A package of 25 documents was signed during the visit.",
     "They provide for the construction of a solar power plant in Bukhara and a wind farm in Navoi.",
     [("solar power plant", "agreement_signed"), ("wind farm", "agreement_signed")]),
    ("The business forum resulted in the signing of agreements worth $5 billion.",
     "The portfolio includes a petrochemical complex in Atyrau and a fertilizer plant in Zhambyl region.",
     [("petrochemical complex", "agreement_signed"), ("fertilizer plant", "agreement_signed")]),
])
def test_signed_deals_named_again_by_a_pronoun_or_as_the_portfolio_give_their_content_the_signed_stage(
        previous, text, expected):
    assert projects(previous, text) == expected


def test_deals_only_discussed_before_a_pronoun_leave_their_content_announced():
    assert projects("The sides discussed several draft agreements.",
                    "They provide for the construction of a solar power plant in Bukhara.") \
        == [("solar power plant", "announced")]


def test_a_company_that_unveiled_plans_for_a_plant_is_not_itself_launched():
    assert projects("The company unveiled plans for a $500 million petrochemical complex in Atyrau.") \
        == [("petrochemical complex", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Since its launch in 2020, the Navoi solar plant has generated 1 billion kWh.", [("Navoi solar plant", "launched")]),
    ("Since its opening in 2019, the Uzbek-Chinese textile factory in Khujand has exported goods worth $50 million.",
     [("Uzbek-Chinese textile factory", "launched")]),
])
def test_a_facility_whose_output_is_counted_since_its_launch_is_launched(text, expected):
    assert projects(text) == expected


def test_a_chinese_built_facility_that_has_been_operating_is_launched_not_completed():
    assert projects("The Chinese-built textile park in Khujand has been operating since 2020.") \
        == [("textile park", "launched")]


def test_a_chinese_built_facility_to_be_expanded_stays_completed():
    assert projects("The Chinese-built Dushanbe-2 thermal power plant will be expanded.") \
        == [("Dushanbe-2 thermal power plant", "completed")]


SIGNED = "Uzbekistan and China signed 25 agreements worth $5.6 billion on Wednesday."
DRAFTS = "The sides discussed 25 draft agreements."


@pytest.mark.parametrize(("text", "expected"), [
    ("Under one of them, China Energy will build a pumped storage hydropower station in Tashkent region.",
     [("pumped storage hydropower station", "agreement_signed")]),
    ("Under the agreement, China Energy will build a pumped storage hydropower station in Tashkent region.",
     [("pumped storage hydropower station", "agreement_signed")]),
    ("Another document envisages the creation of a joint industrial park in Jizzakh.",
     [("joint industrial park", "agreement_signed")]),
    ("One of the agreements provides for the construction of a copper smelter in Almalyk.",
     [("copper smelter", "agreement_signed")]),
])
def test_one_of_the_deals_signed_in_the_sentence_before_signs_what_it_provides_for(text, expected):
    assert projects(SIGNED, text) == expected
    assert projects(DRAFTS, text) == [(expected[0][0], "announced")]


def test_money_provided_for_a_construction_still_intends_it():
    assert projects("The government will provide $20 million for the construction of a school in Osh.") \
        == [("school", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ADB has also financed the construction of the Vahdat-Yovon railway, which was completed in 2016.",
     [("Vahdat-Yovon railway", "completed")]),
    ("The World Bank funded the construction of the Kairakkum reservoir dam, which was commissioned in 2020.",
     [("Kairakkum reservoir dam", "launched")]),
    ("The sides discussed the construction of the Kambarata-1 HPP, which will be completed in 2030.",
     [("Kambarata-1 HPP", "announced")]),
])
def test_a_relative_clause_after_a_financed_construction_states_its_stage(text, expected):
    assert projects(text) == expected


def test_a_verb_object_cut_before_the_next_cue_keeps_no_dangling_preposition():
    # a work after "for" says what the venture is for and stays whole in its name
    assert projects("The sides established a joint venture for the construction of the plant.") \
        == [("joint venture for the construction of the plant", "launched")]
    assert all(not name.endswith((" for the", " for", " of the")) for name, _ in projects(
        "The sides established a joint venture and agreed on the construction of a plant in Osh."))


def test_a_named_zone_a_factory_was_put_into_operation_in_is_its_place_not_a_project():
    assert projects("A joint Uzbek-Chinese glass factory worth $110 million was put into operation in the Angren "
                    "free economic zone.") == [("joint Uzbek-Chinese glass factory", "launched")]


def test_a_named_zone_that_receives_investment_is_still_a_project():
    assert projects("Chinese investors will invest $100 million in the Angren free economic zone.") \
        == [("Angren free economic zone", "announced")]


def test_the_builders_country_gives_a_bare_facility_no_place_of_its_own():
    assert projects("The enterprise was built by China's Shanghai Construction Group within 18 months.") == []


def test_the_plant_named_again_by_its_capacity_is_the_plant_just_named():
    assert projects("JBIC and the Turkmen government signed a loan agreement for a gas-fired power plant in Mary province.",
                    "The 1,574 MW plant will be built by Mitsubishi Heavy Industries.") \
        == [("gas-fired power plant in Mary province", "agreement_signed")]


def test_a_plant_introduced_with_its_capacity_is_a_project():
    assert projects("A 1,574 MW plant will be built in Mary by Mitsubishi Heavy Industries.") \
        == [("1,574 MW plant", "announced")]


def test_an_english_headline_words_the_one_plant_of_the_body_its_own_way():
    facts = extract_article(article(
        "JBIC and the Turkmen government have signed a loan agreement for a gas-fired combined cycle power plant in "
        "Mary province.", title="Japan to finance new thermal power plant in Turkmenistan"))
    assert [(p["project_name"], p["status"]) for p in facts["projects"]] \
        == [("gas-fired combined cycle power plant in Mary province", "agreement_signed")]


def test_an_english_headline_over_two_plants_of_the_body_stays_its_own():
    facts = extract_article(article(
        "China Energy signed an agreement on a gas-fired power plant in Mary province. Japan's JBIC will finance a "
        "solar plant in Balkan province.", title="Turkmenistan to get new thermal power plant"))
    assert len(facts["projects"]) == 3


def test_an_enumeration_after_among_them_keeps_the_phrase_out_of_the_first_name():
    assert projects("The portfolio of joint projects includes 50 projects worth $5 billion, among them a copper plant "
                    "in Almalyk, a textile cluster in Bukhara and a cement factory in Jizzakh.") \
        == [("copper plant", "announced"), ("textile cluster", "announced"), ("cement factory", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The agenda included the construction of a new hospital in Bishkek and a school in Osh.",
     [("hospital", "announced"), ("school", "announced")]),
    ("Topics of the talks included the construction of the Kambarata-1 HPP.", [("Kambarata-1 HPP", "announced")]),
    ("The visit included the opening of a new hospital in Bishkek.", [("hospital", "launched")]),
])
def test_a_construction_on_the_agenda_is_intended_while_an_opening_in_a_visit_took_place(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A feasibility study of the Trans-Caspian fibre-optic line has been completed.",
     [("Trans-Caspian fibre-optic line", "announced")]),
    ("The design of the new cement plant in Jizzakh has been completed.", [("cement plant", "announced")]),
    ("Design work on the Trans-Afghan railway has been completed.", [("Trans-Afghan railway", "announced")]),
    ("The construction of the Kambarata-1 HPP was completed in 2024.", [("Kambarata-1 HPP", "completed")]),
])
def test_a_completed_feasibility_study_or_design_leaves_its_facility_intended(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rosatom will build a small modular reactor in Jizzakh region.", [("small modular reactor", "announced")]),
    ("China will build a new parliament building in Bishkek.", [("parliament building", "announced")]),
    ("A new 12-storey residential building was commissioned in Dushanbe.",
     [("12-storey residential building", "launched")]),
    ("The sides agreed to focus on capacity building in the energy sector.", []),
    ("The company is building a new plant in Navoi.", [("plant", "construction_started")]),
])
def test_a_reactor_or_a_building_of_some_kind_is_a_facility_while_capacity_building_is_not(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("previous", "text", "expected"), [
    ("A new cement plant in Jizzakh has a capacity of 1 million tonnes.", "The enterprise was commissioned on Friday.",
     [("cement plant", "launched")]),
    ("The Jizzakh cement plant will employ 500 people.", "It was opened on Friday.", [("Jizzakh cement plant", "launched")]),
    ("The Jizzakh cement plant will employ 500 people.", "Its opening took place on Friday.",
     [("Jizzakh cement plant", "launched")]),
    ("The Jizzakh cement plant will employ 500 people.", "It will be opened next year.",
     [("Jizzakh cement plant", "announced")]),
    ("The Jizzakh cement plant and the Navoi glass factory will employ 500 people.", "It was opened on Friday.",
     [("Jizzakh cement plant", "announced"), ("Navoi glass factory", "announced")]),
])
def test_a_pronoun_or_a_generic_noun_after_one_project_takes_up_that_project(previous, text, expected):
    assert projects(previous, text) == expected


@pytest.mark.parametrize("text", [
    "The document was signed by the ministers of energy.",
    "An intergovernmental agreement on its construction was signed.",
])
def test_a_document_signed_after_a_planned_facility_signs_it(text):
    assert projects("Uzbekistan and China will build a copper plant in Almalyk.", text) \
        == [("copper plant", "agreement_signed")]


def test_a_company_that_built_a_plant_completed_it():
    assert projects("The Chinese company built a cement plant in Jizzakh.") == [("cement plant", "completed")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chinese-funded Vahdat-Yovon railway started trial operation.",
     [("Chinese-funded Vahdat-Yovon railway", "launched")]),
    ("The Kazakh-Chinese gas pipeline started test runs.", [("Kazakh-Chinese gas pipeline", "launched")]),
    ("Kyrgyz-Chinese joint venture produces first batch of cement in Batken", [("Kyrgyz-Chinese joint venture", "launched")]),
])
def test_a_trial_run_or_a_first_batch_launches_the_facility(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("China-Kyrgyzstan-Uzbekistan railway construction kicks off",
     [("China-Kyrgyzstan-Uzbekistan railway", "construction_started")]),
    ("Groundbreaking ceremony held for China-Kyrgyzstan-Uzbekistan railway",
     [("China-Kyrgyzstan-Uzbekistan railway", "construction_started")]),
    ("The railway construction will begin next year.", []),
])
def test_a_headline_construction_that_kicks_off_or_a_groundbreaking_held_starts_the_works(text, expected):
    assert projects(text) == expected


def test_the_package_taken_up_after_a_remark_on_the_signing_is_the_signed_one():
    assert projects("Uzbekistan and South Korea signed 20 agreements worth $5 billion during the visit.",
                    "Speaking at the ceremony, the minister said the agreements would boost cooperation.",
                    "The package includes the construction of a car parts plant in Andijan.") \
        == [("car parts plant", "agreement_signed")]


def test_the_package_taken_up_after_draft_agreements_stays_intended():
    assert projects("The sides discussed 20 draft agreements.",
                    "Speaking at the ceremony, the minister said the agreements would boost cooperation.",
                    "The package includes the construction of a car parts plant in Andijan.") \
        == [("car parts plant", "announced")]


SIGNED_20 = "Uzbekistan and South Korea signed 20 agreements worth $5 billion during the visit."
REMARK = "Speaking at the ceremony, the minister said the deals would boost industrial cooperation."


@pytest.mark.parametrize(("text", "expected"), [
    ("Among them is an agreement on the construction of a car parts plant in Andijan.",
     [("car parts plant", "agreement_signed")]),
    ("These include a car parts plant in Andijan and a textile complex in Fergana.",
     [("car parts plant", "agreement_signed"), ("textile complex", "agreement_signed")]),
    ("Another document envisages the creation of a joint industrial park in Jizzakh.",
     [("joint industrial park", "agreement_signed")]),
])
def test_a_pronoun_for_the_deals_after_a_remark_on_the_signing_takes_up_the_signed_ones(text, expected):
    assert projects(SIGNED_20, REMARK, text) == expected


def test_a_pronoun_after_a_sentence_of_planned_projects_takes_up_those_projects():
    assert projects(SIGNED_20, "Korean companies plan 30 projects worth $2 billion in the regions.",
                    "Among them are a car parts plant in Andijan and a textile complex in Fergana.") \
        == [("car parts plant", "announced"), ("textile complex", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The sides signed a protocol of intentions on the construction of a sugar factory in Kashkadarya.",
     [("sugar factory", "agreement_signed")]),
    ("A letter of intent was signed for the construction of a sugar factory in Kashkadarya.",
     [("sugar factory", "agreement_signed")]),
    ("The sides signed a protocol of the fifth meeting of the intergovernmental commission.", []),
])
def test_a_signed_protocol_or_letter_of_intent_on_a_facility_signs_it(text, expected):
    assert projects(text) == expected


BETWEEN = ("The visit of the Chinese Premier to Uzbekistan was held on May 1. They discussed trade, investment and "
           "transport. The leaders noted that trade grew by 20 percent last year. ")


@pytest.mark.parametrize(("title", "status"), [
    ("Uzbekistan and China sign 30 agreements worth $10 billion", "agreement_signed"),
    ("Uzbekistan and China to sign 30 agreements worth $10 billion", "announced"),
])
def test_the_agreements_taken_up_far_below_a_headline_are_signed_if_the_headline_signs_them(title, status):
    facts = extract_article(article(BETWEEN + "The agreements include the construction of a copper plant in Almalyk.",
                                    title=title))
    assert [(p["project_name"], p["status"]) for p in facts["projects"]] == [("copper plant", status)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A project to build a new hospital in Osh was launched.", [("hospital", "launched")]),
    ("A project to build a new hospital in Osh will be launched next year.", [("hospital", "announced")]),
    ("The presidents launched a project on the construction of a cement plant in Jizzakh.", [("cement plant", "launched")]),
    ("Uzbekistan and Saudi Arabia launched a project to build a 1.5 GW wind farm in Karakalpakstan.",
     [("1.5 GW wind farm", "launched")]),
])
def test_a_project_to_build_a_facility_that_was_launched_launches_it_in_either_voice(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("An agreement to build a cement plant in Jizzakh is expected to be signed in June.", [("cement plant", "announced")]),
    ("An agreement to build a cement plant in Jizzakh will be signed in June.", [("cement plant", "announced")]),
    ("An agreement to build a cement plant in Jizzakh was signed in June.", [("cement plant", "agreement_signed")]),
])
def test_an_agreement_on_a_facility_still_to_be_signed_leaves_it_intended(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyrgyzstan and Uzbekistan signed an agreement establishing a joint venture, Kambarata-1 HPP Company.",
     [("joint venture «Kambarata-1 HPP Company»", "agreement_signed")]),
    ("The sides set up a joint investment company, Uzbek-Azerbaijani Investment Company, with $500 million.",
     [("joint investment company «Uzbek-Azerbaijani Investment Company»", "launched")]),
])
def test_a_venture_and_its_registered_name_in_commas_are_one_project(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The sides established a joint venture to build a gas chemical complex in Kungrad.",
     [("joint venture", "launched"), ("gas chemical complex in Kungrad", "announced")]),
    ("Uzbekistan and China launched a joint venture to build a copper plant in Almalyk.",
     [("joint venture", "launched"), ("copper plant", "announced")]),
    ("The companies signed agreements to set up a joint venture and to build a refinery in Jizzakh.",
     [("joint venture", "agreement_signed"), ("refinery", "agreement_signed")]),
])
def test_what_a_venture_just_set_up_is_to_build_is_still_to_come(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Within the framework of the visit, the solemn ceremony of launching the cement plant in Jizzakh took place.",
     [("cement plant", "launched")]),
    ("The ceremony of opening the new hospital in Osh will take place next week.", [("hospital", "announced")]),
    ("The solemn ceremony of laying the foundation of the Uzbek-Kazakh hospital was held in Turkestan.",
     [("Uzbek-Kazakh hospital", "construction_started")]),
])
def test_a_ceremony_of_launching_or_laying_the_foundation_held_gives_the_facility_its_stage(text, expected):
    assert projects(text) == expected


def test_an_agreement_on_a_facility_whose_predicate_says_it_was_concluded_signs_it():
    assert projects("In the framework of the forum, an agreement on the realization of the project on construction of "
                    "a textile factory in Khujand was concluded.") == [("textile factory", "agreement_signed")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The President familiarized himself with the project of the new administrative center in Tashkent.",
     [("administrative center", "announced")]),
    ("The head of state was presented with the concept of the Tashkent City park.", [("Tashkent City park", "announced")]),
])
def test_a_facility_whose_project_or_concept_the_president_was_shown_is_intended(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kazakh-Chinese joint venture in Kostanay produces 5,000 tractors per year.",
     [("Kazakh-Chinese joint venture", "launched")]),
    ("The new Navoi solar plant generates 500 million kWh annually.", [("Navoi solar plant", "launched")]),
    ("The Jizzakh cement plant will produce 1.5 million tonnes of cement a year.", [("Jizzakh cement plant", "announced")]),
    ("Uzbekistan produces 5 million tonnes of cotton a year.", []),
])
def test_a_facility_that_produces_a_stated_quantity_now_is_launched(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Also, an agreement was reached on the construction of a multi-profile hospital in Bishkek.",
     [("multi-profile hospital", "agreement_signed")]),
    ("The sides reached an agreement on the construction of a cement plant in Jizzakh.",
     [("cement plant", "agreement_signed")]),
    ("The sides agreed on the construction of a cement plant in Jizzakh.", [("cement plant", "announced")]),
])
def test_an_agreement_reached_on_a_facility_concludes_it_in_either_voice(text, expected):
    assert projects(text) == expected

"""Unit tests of projects in reports of signed deals: how newsrooms word an agreement about a deliverable.

A deal is often reported without the "on the construction of" that the first
agreement cues expected: the parties come between the noun and its object
("an agreement was signed between A and B for a PVC complex"), the noun is an
abbreviation ("MoUs were signed"), or the work is on a facility that exists
("an agreement to expand the X complex"). The sentences are invented.
"""
from __future__ import annotations

import pytest

from tests.helpers import projects


@pytest.mark.parametrize(("text", "expected"), [
    ("Following the talks, an investment agreement was signed between Navoiyazot and a Chinese contractor "
     "for a PVC complex.", [("PVC complex", "agreement_signed")]),
    ("An agreement was signed with the Chinese company Huadian on a 500 MW wind power project in Navoi.",
     [("500 MW wind power project", "agreement_signed")]),
    ("During the forum, an agreement on a $50 million joint textile venture was signed between two companies.",
     [("joint textile venture", "agreement_signed")]),
    ("A power purchase agreement was signed for the 500 MW Zarafshan wind farm.",
     [("500 MW Zarafshan wind farm", "agreement_signed")]),
])
def test_the_parties_may_stand_between_a_signed_deal_and_its_deliverable(text, expected):
    assert projects(text) == expected


def test_a_memorandum_abbreviated_mou_is_an_agreement_and_each_deliverable_after_a_repeated_preposition_counts():
    assert projects("Also, MoUs were signed with Chinese companies on a data centre in Tashkent and on a "
                    "petrochemical complex in Bukhara.") == [("data centre", "agreement_signed"),
                                                             ("petrochemical complex", "agreement_signed")]
    assert projects("The two sides inked an MoU on the development of a 1 GW solar project in the Navoi region.") \
        == [("1 GW solar project", "agreement_signed")]


def test_a_deal_to_expand_an_existing_facility_makes_the_facility_a_project():
    assert projects("Uzbekneftegaz and Lukoil signed an agreement to expand the Kandym gas processing complex.") \
        == [("Kandym gas processing complex", "agreement_signed")]


def test_the_last_of_several_documents_separated_by_semicolons_counts_too():
    found = projects("The following documents were signed: an agreement on the construction of a 100 MW solar power "
                     "plant in Karakalpakstan; an investment agreement on a copper cathode plant in Almalyk; a memorandum "
                     "on a joint venture for the production of tractors.")
    assert [name for name, _ in found] == ["100 MW solar power plant", "copper cathode plant",
                                           "joint venture for the production of tractors"]
    assert {status for _, status in found} == {"agreement_signed"}


def test_an_agreement_on_a_matter_with_no_facility_is_no_project():
    assert projects("Kazakhstan and Kyrgyzstan signed an agreement on the joint use of the water of the Chu river.") == []
    assert projects("An agreement was signed with the ministry on the avoidance of double taxation.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # the purpose infinitive in a list of signed deals has no stage of its own
    (("Uzbekistan and China signed 15 agreements worth $5 billion.",
      "They include projects to build a polysilicon plant, a ferroalloy plant and a pumped storage power plant."),
     [("polysilicon plant", "agreement_signed"), ("ferroalloy plant", "agreement_signed"),
      ("pumped storage power plant", "agreement_signed")]),
    (("Agreements were also signed to set up a joint venture for the production of household appliances and to build "
      "a sugar refinery in Khorezm.",),
     [("joint venture for the production of household appliances", "agreement_signed"),
      ("sugar refinery", "agreement_signed")]),
    # coordinated with a verb of another stage, it keeps its own
    (("The company plans to build a cement plant and to open a logistics centre in Osh.",),
     [("cement plant", "announced"), ("logistics centre", "announced")]),
    (("The sides opened a textile factory in Bukhara and agreed to build a cement plant in Jizzakh.",),
     [("textile factory", "launched"), ("cement plant", "announced")]),
])
def test_a_bare_infinitive_takes_the_stage_of_what_governs_it(text, expected):
    assert projects(*text) == expected


def test_an_enumeration_word_that_ends_in_s_does_not_leave_the_s_on_the_first_item():
    assert projects("The project includes the construction of a 200-bed hospital in Osh.") \
        == [("200-bed hospital", "announced")]


def test_negotiations_on_a_construction_are_not_the_construction_under_way():
    assert projects("Negotiations are under way on the construction of a new oil refinery in Kyrgyzstan.") \
        == [("oil refinery in Kyrgyzstan", "announced")]
    assert projects("Переговоры ведутся о строительстве нового нефтеперерабатывающего завода в Оше.") \
        == [("нефтеперерабатывающий завод", "announced")]


def test_an_energised_power_line_is_put_into_service():
    assert projects("The new 500 kV power line linking the south and north of Kazakhstan was energised in December.") \
        == [("500 kV power line", "launched")]


def test_who_takes_part_or_pays_is_no_part_of_the_name():
    assert projects("The foundation stone was laid for a new cement plant in the Surkhandarya region with Chinese "
                    "participation.") == [("cement plant", "construction_started")]
    assert projects("Uzbekistan has begun construction of a 2.4 GW pumped storage power plant with Chinese financing.") \
        == [("2.4 GW pumped storage power plant", "construction_started")]


def test_each_signed_document_on_its_own_bullet_paragraph_names_its_deliverable():
    found = projects("Following the talks, the following documents were signed:",
                     "- an agreement on the construction of a 200 MW solar power plant in the Navoi region;",
                     "- an investment agreement on the creation of a cotton-textile cluster in Bukhara;",
                     "- a memorandum of understanding on the establishment of a joint venture for the production of buses;",
                     "- a contract for the supply of 50 locomotives.")
    assert found == [("200 MW solar power plant", "agreement_signed"), ("cotton-textile cluster", "agreement_signed"),
                     ("joint venture for the production of buses", "agreement_signed")]


def test_a_named_facility_on_the_agenda_is_intended():
    assert projects("The Kambarata HPP-1 was also on the agenda.") == [("Kambarata HPP-1", "announced")]
    assert projects("Both governments pledged to advance the Yavan HPP.") == [("Yavan HPP", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ACWA Power signed a deal for a green hydrogen project in Bukhara.", [("green hydrogen project", "agreement_signed")]),
    ("The companies signed an agreement to implement an energy storage project in Fergana.",
     [("energy storage project", "agreement_signed")]),
    ("An agreement was signed to implement a $200 million copper processing project in Almalyk.",
     [("copper processing project", "agreement_signed")]),
    ("The sides signed an agreement on a gold mining project in the Tamdy district.",
     [("gold mining project in the Tamdy district", "agreement_signed")]),
    ("A deal was signed to develop the Almalyk copper deposit.", [("Almalyk copper deposit", "agreement_signed")]),
])
def test_a_project_named_by_its_purpose_and_implemented_or_developed_under_a_deal_is_signed(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("texts", "expected"), [
    (("ACWA Power will build a 1 GW wind farm in Karakalpakstan.", "The corresponding agreement was signed in Riyadh."),
     [("1 GW wind farm", "agreement_signed")]),
    (("Uzbekistan and Kazakhstan agreed to build a logistics centre in Termez.",
      "An agreement to this effect was signed by the ministers of transport."),
     [("logistics centre", "agreement_signed")]),
    (("Узбекистан и Казахстан договорились построить логистический центр в Термезе.",
      "Соответствующее соглашение подписали министры транспорта."), [("логистический центр", "agreement_signed")]),
    # a signing still to come concludes nothing
    (("Uzbekistan and Kazakhstan agreed to build a logistics centre in Termez.",
      "The corresponding agreement will be signed in May."), [("logistics centre", "announced")]),
])
def test_an_agreement_the_next_sentence_signs_concludes_the_deal_on_the_projects_just_named(texts, expected):
    assert projects(*texts) == expected


@pytest.mark.parametrize("text", [
    "An agreement on a free trade zone was signed between the CIS countries.",  # a trade regime, not a place
    "Стороны договорились о создании зоны свободной торговли.",
    "MoUs were signed on cooperation in healthcare and on a joint working group.",
])
def test_a_trade_regime_or_a_working_body_agreed_on_is_no_project(text):
    assert projects(text) == []


def test_a_deal_in_the_present_tense_is_signed():
    assert projects("Uzbekistan inks a deal with a Chinese firm for a copper smelter.") \
        == [("copper smelter", "agreement_signed")]


def test_a_lender_between_a_signed_deal_and_its_works_does_not_hide_the_deliverables():
    assert projects("The government signed agreements with the Abu Dhabi Fund for Development worth $100 million "
                    "for the development of the Tashkent metro, the Samarkand ring road and the Andijan water "
                    "treatment plant.") == [("Tashkent metro", "agreement_signed"),
                                            ("Samarkand ring road", "agreement_signed"),
                                            ("Andijan water treatment plant", "agreement_signed")]


def test_a_signed_deal_concludes_the_works_however_many_nouns_stand_between():
    assert projects("Agreements were also signed on the financing of projects for the reconstruction of the "
                    "Dushanbe-Chanak highway and the modernization of the Nurek HPP.") \
        == [("Dushanbe-Chanak highway", "agreement_signed"), ("Nurek HPP", "agreement_signed")]


def test_a_purpose_infinitive_after_a_signed_deal_is_signed_not_intended():
    assert projects("Uzbekistan signed agreements with the Saudi Fund for Development worth $300 million for "
                    "investment projects to build the Namangan airport and a bypass road in Kokand.") \
        == [("Namangan airport", "agreement_signed"), ("bypass road", "agreement_signed")]


def test_a_signed_deal_to_invest_in_a_construction_signs_its_deliverables():
    assert projects("The Russian Direct Investment Fund signed an agreement to invest in the construction of a "
                    "nuclear power plant and a chemical complex.") \
        == [("nuclear power plant", "agreement_signed"), ("chemical complex", "agreement_signed")]


@pytest.mark.parametrize("text", [
    "Under the signed agreements, the Development Fund will invest $500 million in the Khorgos dry port.",
    "The sides signed an investment agreement under which the fund will invest in the Khorgos dry port.",
])
def test_a_future_that_states_the_terms_of_a_signed_deal_is_signed(text):
    assert projects(text) == [("Khorgos dry port", "agreement_signed")]


def test_a_future_without_a_signed_deal_stays_intended():
    assert projects("Under the draft agreement, the Development Fund will invest $500 million in the Khorgos "
                    "dry port.") == [("Khorgos dry port", "announced")]


def test_what_a_signed_deal_provides_for_is_its_deliverable():
    assert projects("The signed agreement envisages the development of a free economic zone and an industrial "
                    "park in Ferghana.") == [("free economic zone", "agreement_signed"),
                                             ("industrial park", "agreement_signed")]
    assert projects("The draft agreement envisages the development of an industrial park in Ferghana.") \
        == [("industrial park", "announced")]


def test_an_investor_names_the_facility_it_will_invest_in_with_or_without_an_article():
    assert projects("ACWA Power will invest $1 billion in Zarafshan wind farm, the ministry said.") \
        == [("Zarafshan wind farm", "announced")]
    assert projects("ACWA Power will invest $1 billion in Uzbekistan's economy.") == []


def test_a_deal_signed_in_the_sentence_before_and_named_again_concludes_what_it_covers():
    covers = ("The agreement covers the construction of the Tashkent International Airport and the creation of a "
              "tourism cluster in Khiva.")
    assert projects("Following the meeting, the parties signed a framework agreement worth $12 billion.", covers) \
        == [("Tashkent International Airport", "agreement_signed"), ("tourism cluster", "agreement_signed")]
    assert projects("The parties discussed a framework agreement worth $12 billion.", covers) \
        == [("Tashkent International Airport", "announced"), ("tourism cluster", "announced")]


def test_interest_in_financing_a_facility_intends_it():
    assert projects("The Qatari side expressed interest in financing a 1,000 MW combined cycle power plant in "
                    "Surkhandarya and a five-star hotel complex in Samarkand.") \
        == [("1,000 MW combined cycle power plant", "announced"), ("five-star hotel complex", "announced")]


def test_a_deal_on_establishing_a_fund_names_the_fund_without_the_gerund():
    assert projects("A number of documents were signed, including an agreement on establishing a Kyrgyz-Turkish "
                    "development fund.") == [("Kyrgyz-Turkish development fund", "agreement_signed")]


def test_the_facility_just_named_told_again_with_its_capacity_is_the_same_facility():
    assert projects("Sinopec and KazMunayGas signed a deal to construct a polyethylene plant in the Atyrau region.",
                    "According to the deal, the plant with a capacity of 1.25 million tonnes per year will be "
                    "built by 2028.") == [("polyethylene plant", "agreement_signed")]


def test_a_list_of_works_in_gerunds_names_each_facility_without_its_gerund():
    assert projects("Agreements worth $1 billion were signed with the Abu Dhabi Fund for Development to finance "
                    "projects such as reconstructing the Tashkent-Samarkand road, modernizing the Syrdarya power "
                    "plant and building a new solar plant.") == [("Tashkent-Samarkand road", "agreement_signed"),
                                                                 ("Syrdarya power plant", "agreement_signed"),
                                                                 ("solar plant", "agreement_signed")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The parties reached an agreement on the construction of a bridge across the Amu Darya.",
     [("bridge across the Amu Darya", "agreement_signed")]),
    ("Стороны достигли соглашения о строительстве моста через Амударью.", [("мост через Амударью", "agreement_signed")]),
])
def test_an_agreement_reached_on_a_deliverable_concludes_it_as_a_list_of_agreed_projects_is(text, expected):
    assert projects(text) == expected


def test_a_deal_on_the_construction_and_operation_of_a_facility_signs_it_and_does_not_launch_it():
    assert projects("An agreement on the joint construction and operation of the Yashil Energiya HPP was signed.") \
        == [("Yashil Energiya HPP", "agreement_signed")]


@pytest.mark.parametrize(("texts", "expected"), [
    (("The President launched a number of projects via videoconference.",
      "In Bukhara, a textile factory with 5,000 spindles.", "In Navoi, a 100 MW solar plant built by Masdar."),
     [("textile factory with 5,000 spindles", "launched"), ("100 MW solar plant", "launched")]),
    (("В Узбекистане запущен ряд проектов.", "В Самарканде — гостиничный комплекс на 200 номеров."),
     [("гостиничный комплекс на 200 номеров", "launched")]),
])
def test_verbless_sentences_led_by_a_place_go_on_with_the_enumeration_before_them(texts, expected):
    assert projects(*texts) == expected


def test_a_sentence_led_by_a_place_with_a_verb_of_its_own_is_no_item_of_the_enumeration():
    assert projects("The President launched a number of projects via videoconference.",
                    "In Bukhara, the guests discussed a textile factory.") == [("textile factory", "announced")]


def test_what_a_contract_includes_is_signed_for_a_contract_is_concluded_by_what_it_is():
    assert projects("The contract includes the construction of a 500 kV substation and a 200-km transmission "
                    "line.") == [("500 kV substation", "agreement_signed"), ("200-km transmission line", "agreement_signed")]
    assert projects("Контракт предусматривает строительство подстанции 500 кВ в Сырдарьинской области.") \
        == [("подстанция 500 кВ", "agreement_signed")]
    assert projects("Соглашение охватывает создание индустриального парка в Навои.") \
        == [("индустриальный парк", "announced")]


@pytest.mark.parametrize("text", [
    "The draft agreement includes a copper smelter.",
    "The company will sign a contract that includes a copper smelter.",
])
def test_what_an_unsigned_or_future_deal_includes_is_only_intended(text):
    assert projects(text) == [("copper smelter", "announced")]


def test_what_an_agreement_not_said_to_be_signed_includes_is_intended_not_lost():
    assert projects("The agreement includes the construction of a bridge in Termez.") == [("bridge", "announced")]


@pytest.mark.parametrize("text", [
    "Masdar signed agreements worth $1.2 billion with the Ministry of Energy, under which the company will develop "
    "a 500 MW solar plant in the Navoi region.",
    "The Saudi Fund signed loan agreements worth $150 million with Tajikistan to help build a 500 MW solar plant.",
])
def test_a_signed_deal_signs_what_it_goes_on_to_say_will_be_built_however_far_its_terms_stand(text):
    assert projects(text) == [("500 MW solar plant", "agreement_signed")]


def test_the_fund_that_signs_agreements_to_invest_is_the_investor_not_a_project():
    assert projects("The Abu Dhabi Fund for Development signed agreements with Uzbekistan to invest in projects "
                    "in the regions.") == []


def test_modifiers_of_a_plural_head_name_one_kind_of_facility_each_sharing_its_place_and_not_its_capacity():
    assert projects("Under the signed agreements, the investors will develop solar and wind power plants with a "
                    "total capacity of 1.5 GW in Karakalpakstan.") \
        == [("wind power plants", "agreement_signed")]
    assert projects("The company will build textile and leather factories in the Namangan region with a total "
                    "capacity of 20,000 tonnes.") \
        == [("textile factories", "announced"), ("leather factories", "announced")]


def test_what_a_signed_deal_covers_in_a_relative_clause_is_signed():
    assert projects("The company signed agreements with a total value of $2 billion, which cover two combined-cycle "
                    "plants and a desalination facility.") \
        == [("two combined-cycle plants", "agreement_signed"), ("desalination facility", "agreement_signed")]


def test_enterprises_launched_open_an_enumeration_that_place_led_sentences_go_on_with():
    assert projects("New enterprises were launched across the country on Friday.",
                    "In Fergana, a cable plant worth $10 million.") == [("cable plant", "launched")]


def test_what_signed_deals_covered_in_the_past_tense_is_signed():
    assert projects("The deals signed on Friday covered a cement plant in Jizzakh and a hotel in Samarkand.") \
        == [("cement plant", "agreement_signed"), ("hotel", "agreement_signed")]


@pytest.mark.parametrize("text", [
    "ACWA Power signed agreements worth $2.5 billion with the government and the Fund for Reconstruction and "
    "Development for the development of a wind farm, a solar power plant and a battery storage facility.",
    "The company also signed an agreement worth $300 million with the Asian Development Bank to invest in "
    "developing a wind farm, a solar power plant and a battery storage facility.",
])
def test_a_signed_deal_may_state_its_worth_before_its_partner(text):
    assert projects(text) == [("wind farm", "agreement_signed"), ("solar power plant", "agreement_signed"),
                              ("battery storage facility", "agreement_signed")]


def test_the_signer_of_a_deal_for_unnamed_projects_is_no_project():
    assert projects("The company signed agreements worth $1.1 billion with the fund to develop renewable "
                    "energy projects.") == []


def test_a_memorandum_of_cooperation_for_a_facility_signs_it():
    assert projects("The parties exchanged a memorandum of cooperation for the development of a training centre "
                    "in Osh.") == [("training centre", "agreement_signed")]


def test_what_signed_agreements_cover_is_signed_and_two_sizes_of_one_kind_are_two_projects():
    assert projects("The agreements signed with ACWA Power worth $2.2 billion cover a 1.5 GW wind project, a 1 GW "
                    "solar project and a 500 MWh storage facility.") == [
        ("1.5 GW wind project", "agreement_signed"), ("1 GW solar project", "agreement_signed"),
        ("500 MWh storage facility", "agreement_signed")]
    assert len(projects("Подписаны соглашения о строительстве ветряной электростанции мощностью 1000 МВт и "
                        "ветряной электростанции мощностью 5 ГВт.")) == 2


def test_coming_to_an_agreement_concludes_it_as_reaching_one_does_and_over_ends_a_head():
    assert projects("The sides came to an agreement to build a new bridge over the Panj river.") == [
        ("bridge over the Panj river", "agreement_signed")]


def test_a_signed_memorandum_of_intent_signs_its_deliverable_while_an_intention_stays_intended():
    assert projects("Также подписан меморандум о намерениях по созданию совместного предприятия по выпуску "
                    "тракторов.") == [("совместное предприятие по выпуску тракторов", "agreement_signed")]
    assert projects("Компания намерена создать совместное предприятие по выпуску тракторов.") == [
        ("совместное предприятие по выпуску тракторов", "announced")]

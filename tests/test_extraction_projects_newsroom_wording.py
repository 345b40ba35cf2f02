"""Unit tests of project cues in everyday newsroom wording: starts given, ceremonies, work under way, circumstances."""
from __future__ import annotations

import pytest

from extraction.projects import find_projects
from extraction.text import Sentence
from tests.helpers import projects, sentences


def test_a_start_given_to_the_activity_of_a_venture_launches_it_and_each_listed_item_counts():
    found = projects("Лидеры дали старт деятельности совместного предприятия «Агро-Нур» в Самарканде, "
                     "филиала банка «Восток» в Оше, а также началу строительства кирпичного завода в Джизаке.")
    assert found == [("совместное предприятие «Агро-Нур»", "launched"), ("филиал банка «Восток»", "launched"),
                     ("кирпичный завод", "construction_started")]


def test_a_construction_that_is_going_on_has_started():
    assert projects("Сейчас идет строительство моста через реку Вахш.") == [("мост через реку Вахш", "construction_started")]


def test_speaking_of_a_construction_is_not_its_progress():
    assert projects("Речь идет о строительстве кирпичного завода в Джизаке.") == [("кирпичный завод", "announced")]


def test_interest_in_creating_a_joint_production_announces_it():
    assert projects("Стороны выразили интерес к созданию совместного производства стекла.") == [
        ("совместное производство стекла", "announced")]


def test_an_inauguration_by_video_link_keeps_the_name_without_the_circumstance():
    assert projects("The presidents inaugurated the Nukus Textile Park via videoconference.") == [
        ("Nukus Textile Park", "launched")]


def test_an_opening_ceremony_names_the_facility_opened():
    assert projects("The ministers attended the opening ceremony of the Kyrgyz-Turkish clinic in Naryn.") == [
        ("Kyrgyz-Turkish clinic", "launched")]


def test_work_under_way_on_a_canal_means_construction_started():
    assert projects("Work is underway on the Kosh-Tepa canal.") == [("Kosh-Tepa canal", "construction_started")]


def test_a_foundation_stone_laid_in_the_passive_starts_construction():
    assert projects("The foundation stone of the Turkmen school was laid in Dushanbe.") == [
        ("Turkmen school", "construction_started")]


def test_an_offer_to_build_announces_the_facility():
    assert projects("The Kazakh side offered to build a grain terminal in the port of Aktau.") == [
        ("grain terminal", "announced")]


def test_a_cascade_of_plants_is_a_project():
    assert projects("The sides will jointly build the Kazarman cascade.") == [("Kazarman cascade", "announced")]


def test_a_project_called_by_its_code_name_is_a_project():
    assert projects("The ministers discussed the progress of the TUTAP-500 project.") == [
        ("TUTAP-500 project", "unknown")]


def test_a_project_called_by_a_nationality_only_is_not_one():
    assert projects("The ministers discussed the Kazakh project.") == []


def test_a_russian_project_with_a_latin_code_name_is_a_project_whose_discussion_says_no_stage():
    assert projects("Стороны обсудили проект TUTAP.") == [("проект TUTAP", "unknown")]


def test_items_after_including_take_the_stage_of_the_verb_before_them():
    assert projects("Ten projects are being implemented, including a glass plant in Navoi and a leather park in Osh.") == [
        ("glass plant", "launched"), ("leather park", "launched")]


def test_a_list_of_works_after_including_is_left_to_the_works_own_cue():
    assert projects("The sides reached agreements on several issues, including the creation of a Kyrgyz-Tajik fund.") == [
        ("Kyrgyz-Tajik fund", "announced")]


def test_a_newly_built_facility_is_completed():
    assert projects("The delegation visited the newly built Kyrgyz-Turkish Hospital in Naryn.") == [
        ("Kyrgyz-Turkish Hospital", "completed")]


def test_a_verb_witnessing_the_first_of_two_works_witnesses_the_second():
    assert projects("Главы государств приветствовали начало строительства Яванской ТЭС и открытие торгового дома в Оше.") == [
        ("Яванская ТЭС", "construction_started"), ("торговый дом", "launched")]


def test_a_venture_said_to_be_working_is_in_operation():
    assert projects('The joint venture "Tash Agro Tech" is working effectively.') == [
        ('joint venture "Tash Agro Tech"', "launched")]


def test_a_company_operating_in_a_region_is_no_project():
    assert projects("The Turkish company is operating in the region.") == []


def test_an_english_name_ending_in_its_head_does_not_swallow_the_next_topic():
    assert projects("The officials reviewed the Issyk-Kul water restoration project and digital initiatives.") == [
        ("Issyk-Kul water restoration project", "unknown")]


def test_a_place_after_a_coordinated_name_belongs_to_the_whole_name():
    assert projects("The sides agreed to open a center for trade and logistics in Osh.") == [
        ("center for trade and logistics", "announced")]


def test_the_partners_of_a_new_company_are_not_projects():
    assert projects("An agreement on the establishment of the Bishkek Green Finance company was signed with the "
                    "participation of the Almaty Investment Bank and the Kyrgyz Stock Exchange.") == [
        ("Bishkek Green Finance company", "agreement_signed")]


def test_products_listed_after_a_production_project_share_its_activity():
    names = {name for name, _ in projects(
        "Определены пять инвестиционных проектов по производству стеклопакетов, медицинских шприцев, "
        "по переработке шерсти.")}
    assert names == {"производство стеклопакетов", "производство медицинских шприцев", "переработка шерсти"}


def test_counted_facilities_before_a_colon_are_named_one_by_one_after_it():
    assert projects("Президенты запустили работу трех предприятий: кирпичного завода, швейной фабрики и птицефабрики.") == [
        ("кирпичный завод", "launched"), ("швейная фабрика", "launched"), ("птицефабрика", "launched")]


def test_a_list_word_before_a_work_leaves_the_work_to_its_own_cue():
    assert projects("Речь идет, в частности, о строительстве ГЭС «Нарын-5» и «Нарын-6».") == [
        ("ГЭС «Нарын-5»", "announced"), ("ГЭС «Нарын-6»", "announced")]


def test_the_successful_work_of_a_venture_means_it_operates():
    assert projects("Министры отметили успешную работу совместного предприятия «Тараз Текстиль».") == [
        ("совместное предприятие «Тараз Текстиль»", "launched")]


def test_an_opening_in_the_prepositional_case_is_an_opening():
    assert projects("Министры приняли участие в открытии Дома казахской культуры в Худжанде.") == [
        ("Дом казахской культуры", "launched")]


def test_a_construction_proceeding_on_schedule_has_started():
    assert projects("The construction of the Yavan solar plant is proceeding according to schedule.") == [
        ("Yavan solar plant", "construction_started")]


def test_a_countrys_section_of_a_pipeline_names_the_pipeline():
    assert projects("Kazakhstan has completed construction of its section of the Line D gas pipeline.") == [
        ("Line D gas pipeline", "completed")]


def test_a_bare_facility_built_beside_a_named_one_is_a_new_project():
    assert projects("«Инвесторы также построят подъездную дорогу длиной пять километров и подстанцию», — сообщил аким.") == [
        ("подъездная дорога длиной пять километров", "announced"), ("подстанция", "announced")]


def test_a_bare_facility_named_again_still_refers_back():
    assert projects("В Оше построят кирпичный завод.", "Инвесторы построят завод и склад.") == [
        ("кирпичный завод", "announced")]


def test_a_deal_for_a_plant_signed_with_a_government_makes_the_plant_a_signed_project():
    assert projects("The company signed a contract with Uzbekistan for a 300 MW wind farm in Navoi.") == [
        ("300 MW wind farm", "agreement_signed")]


def test_a_deal_for_the_supply_of_goods_is_no_project():
    assert projects("They signed an agreement for the supply of gas.") == []


def test_a_hub_that_became_operational_is_launched():
    assert projects("The Kazakh-Uzbek logistics hub became operational in March.") == [
        ("Kazakh-Uzbek logistics hub", "launched")]


def test_a_plant_being_built_has_started_construction():
    assert projects("A cement plant is being built in the Sughd region.") == [("cement plant", "construction_started")]


def test_production_started_at_a_factory_launches_the_factory():
    assert projects("The company started production at the new glass factory in Jizzakh.") == [
        ("glass factory", "launched")]


def test_a_loan_for_a_named_road_project_announces_the_road():
    assert projects("ADB provided a $100 million loan for the Dushanbe–Kulob road project.") == [
        ("Dushanbe–Kulob road", "announced")]


def test_a_credit_for_the_reconstruction_of_a_road_announces_the_road():
    assert projects("Банк выделит кредит на реконструкцию автодороги Душанбе — Куляб.") == [
        ("автодорога Душанбе — Куляб", "announced")]


def test_a_reconstructed_stadium_is_completed():
    assert projects("В Намангане реконструирован стадион «Навбахор».") == [("стадион «Навбахор»", "completed")]


def test_a_new_plant_that_began_to_function_is_launched():
    assert projects("Новый завод начал функционировать в Намангане.") == [("завод", "launched")]


def test_a_cue_word_with_a_capital_belongs_to_the_name_it_is_in():
    assert projects("The sides launched the construction of the Fergana Center for Industrial Cooperation on the border.") == [
        ("Fergana Center for Industrial Cooperation on the border", "construction_started")]


def test_a_capsule_laid_at_a_future_centre_starts_its_construction():
    assert projects("The ministers laid a capsule at the site of the future trade and logistics center in Osh.") == [
        ("trade and logistics center", "construction_started")]


def test_a_proper_name_after_an_english_head_is_part_of_the_name():
    assert projects("It is planned to build a new railway line Bukhara-Miskin.") == [
        ("railway line Bukhara-Miskin", "announced")]


def test_two_countries_jointly_building_a_plant_have_started_construction():
    assert projects("Tajikistan and Uzbekistan are jointly building the Zarafshan HPP.") == [
        ("Zarafshan HPP", "construction_started")]


def test_a_visit_to_a_construction_site_means_construction_started():
    assert projects("The leaders visited the construction site of the Samarkand Convention Center.") == [
        ("Samarkand Convention Center", "construction_started")]


def found_in(*parts_and_texts: tuple[str, str]) -> list[tuple[str, str]]:
    sentences = [Sentence(t, i, part, i) for i, (part, t) in enumerate(parts_and_texts)]
    return [(p.name, p.status) for p in find_projects(sentences)]


def test_a_title_that_only_sizes_up_the_body_facility_is_that_facility():
    assert found_in(("title", "Узбекистан запустит крупный логистический центр"),
                    ("body", "В Термезе завершается строительство Международного логистического центра «Сурхан».")) == [
        ("Международный логистический центр «Сурхан»", "construction_started")]


def test_a_later_remention_with_only_a_size_word_and_a_place_is_the_same_facility():
    assert found_in(("body", "Компания построит в Костанайской области комплекс с собственной подстанцией."),
                    ("body", "Аким осмотрел участок под строительство крупного комплекса в Карабалыкском районе.")) == [
        ("комплекс с собственной подстанцией", "announced")]


def test_two_unnamed_plants_of_one_sentence_stay_two():
    assert found_in(("body", "В Оше построят кирпичный завод и цементный завод.")) == [
        ("кирпичный завод", "announced"), ("цементный завод", "announced")]


def test_a_remention_with_a_modifier_of_its_own_is_another_facility():
    assert found_in(("body", "В Оше построят кирпичный завод."), ("body", "Также будет построен цементный завод в Джалал-Абаде.")) == [
        ("кирпичный завод", "announced"), ("цементный завод", "announced")]


def test_a_plural_head_with_two_coordinated_complements_is_one_line_each_sharing_the_route():
    assert projects("Стороны обсудили прокладывание линий электропередачи и волоконно-оптической связи "
                    "по маршруту Казахстан–Кыргызстан–Таджикистан.") == [
        ("линия электропередачи по маршруту Казахстан–Кыргызстан–Таджикистан", "announced"),
        ("линия волоконно-оптической связи по маршруту Казахстан–Кыргызстан–Таджикистан", "announced")]


def test_a_singular_head_with_two_coordinated_complements_stays_one_project():
    assert projects("Стороны договорились открыть центр торговли и логистики в Оше.") == [
        ("центр торговли и логистики", "announced")]


def test_money_going_to_a_project_for_many_systems_names_the_one_project():
    assert projects("Средства пойдут на проект по реконструкции оросительных систем и улучшению земель.") == [
        ("проект по реконструкции оросительных систем", "announced")]


def test_money_for_cooperation_is_no_project():
    assert projects("Средства будут направлены на развитие сотрудничества.") == []


def test_a_headline_infinitive_announces_the_facility():
    assert projects("Kazakhstan, China to build logistics hub in Khorgos") == [("logistics hub", "announced")]


def test_a_signed_agreement_to_build_stays_an_agreement_beside_the_headline_infinitive():
    assert projects("The sides signed an agreement to build a copper smelter in Navoi.") == [
        ("copper smelter", "agreement_signed")]


def test_a_headline_in_the_present_tense_launches_the_facility():
    assert projects("Tokayev unveils Kazakh-Uzbek industrial cooperation center") == [
        ("Kazakh-Uzbek industrial cooperation center", "launched")]


def test_a_headline_launching_construction_starts_it():
    assert projects("Turkmenistan launches construction of Serhetabat–Herat railway") == [
        ("Serhetabat–Herat railway", "construction_started")]


def test_a_venture_that_starts_producing_is_launched():
    assert projects("Uzbek-Tajik joint venture starts producing cars") == [("Uzbek-Tajik joint venture", "launched")]


def test_an_agreement_between_named_parties_on_a_construction_is_signed():
    assert projects("Подписано соглашение между министерством энергетики и компанией «Сан Пауэр» о строительстве "
                    "солнечной электростанции в Наманганской области.") == [("солнечная электростанция", "agreement_signed")]


def test_exchanged_agreements_are_concluded():
    assert projects("The parties exchanged memoranda on the creation of a joint leather cluster.") == [
        ("joint leather cluster", "agreement_signed")]


def test_a_construction_done_by_a_share_is_still_under_way():
    assert projects("Строительство Яванской ТЭС завершено на 80 процентов.") == [("Яванская ТЭС", "construction_started")]


def test_an_expected_completion_means_the_construction_is_under_way():
    assert projects("Завершение строительства моста через Вахш ожидается в 2026 году.") == [
        ("мост через Вахш", "construction_started")]


def test_a_construction_percent_complete_has_started():
    assert projects("The construction of the Kambarata HPP-1 is 30 percent complete.") == [
        ("Kambarata HPP-1", "construction_started")]


def test_an_adverb_before_the_cut_verb_is_no_part_of_the_name():
    assert projects("Работы по строительству автодороги Ош — Баткен уже начались.") == [
        ("автодорога Ош — Баткен", "construction_started")]


def test_projects_named_after_such_as_lose_the_list_word():
    assert projects("Обсуждены перспективы совместных проектов, таких как Верхне-Нарынский каскад и ГЭС «Казарман».") == [
        ("Верхне-Нарынский каскад", "announced"), ("ГЭС «Казарман»", "announced")]


def test_initiatives_like_named_facilities_list_them():
    assert projects("The leaders noted infrastructure initiatives like the Termez–Mazar railway and the Surkhan power line.") == [
        ("Termez–Mazar railway", "announced"), ("Surkhan power line", "announced")]


def test_a_venture_described_as_created_is_launched():
    assert projects("Совместное предприятие «Ош Текстиль», созданное в 2022 году, выпускает ткани.") == [
        ("Совместное предприятие «Ош Текстиль»", "launched")]


def test_a_multilateral_development_bank_that_finances_projects_is_no_project():
    assert projects("The Asian Development Bank has already financed 40 projects in Tajikistan.") == []
    assert projects("Евразийский банк развития уже профинансировал 12 проектов.") == []


def test_a_bilateral_fund_that_finances_projects_is_a_working_project():
    assert projects("Кыргызско-таджикский фонд развития уже профинансировал 12 проектов.") == [
        ("Кыргызско-таджикский фонд развития", "launched")]


def test_a_discussed_project_called_by_its_proper_name_has_no_stage_but_one_described_by_purpose_is_proposed():
    assert projects("The officials reviewed the Sarez Lake restoration project.") == [("Sarez Lake restoration project", "unknown")]
    assert projects("Стороны обсудили проект капельного орошения в Согдийской области.") == [
        ("проект капельного орошения", "announced")]


def test_the_section_a_road_is_rebuilt_on_is_no_part_of_its_name():
    assert projects("Средства пойдут на реконструкцию автомобильной дороги Ош – Баткен на участке до пункта пропуска «Кызыл-Бел».") == [
        ("автомобильная дорога Ош – Баткен", "announced")]


def test_an_agreement_signed_to_establish_a_venture_is_signed():
    assert projects("An agreement was signed to establish a Kazakh-Kyrgyz joint venture for the production of buses.") == [
        ("Kazakh-Kyrgyz joint venture for the production of buses", "agreement_signed")]


def test_a_foundation_laid_starts_construction():
    assert projects("В Ташкенте заложен фундамент Центра исламской цивилизации.") == [
        ("Центр исламской цивилизации", "construction_started")]


def test_an_understanding_reached_on_a_construction_is_no_signed_document():
    assert projects("Достигнута договоренность о строительстве нового пункта пропуска «Кызыл-Кия».") == [
        ("пункт пропуска «Кызыл-Кия»", "announced")]


def test_constructions_listed_after_signed_contracts_are_agreed():
    assert projects("Contracts worth $2 billion were signed, including for the construction of a copper plant in Navoi "
                    "and a solar park in Jizzakh.") == [("copper plant", "agreement_signed"), ("solar park", "agreement_signed")]


def test_a_project_two_countries_will_implement_is_announced():
    assert projects("Kyrgyzstan and Tajikistan will jointly implement the Kambarata HPP-1 project.") == [
        ("Kambarata HPP-1", "announced")]


def test_a_finite_cue_after_an_inserted_participle_clause_has_the_subject_before_it():
    assert projects("The Yavan HPP, designed by Chinese engineers, is due to be completed in 2027.") \
        == [("Yavan HPP", "announced")]
    assert projects("The $3 billion Kambarata-1 project, financed by the World Bank, is due to be completed in 2030.") \
        == [("Kambarata-1 project", "announced")]


def test_a_company_that_plans_a_facility_intends_it_whatever_it_is_building_already():
    assert projects("Rosatom, which is building a nuclear plant in Uzbekistan, also plans a wind farm in Kazakhstan.") \
        == [("nuclear plant in Uzbekistan", "construction_started"), ("wind farm in Kazakhstan", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The heads of state gave start to the activity of the joint venture Uz-Kaz Textile in Tashkent region.",
     [("joint venture Uz-Kaz Textile", "launched")]),
    ("Within the framework of the visit, the start of construction works of the logistics center in Termez was given.",
     [("logistics center", "construction_started")]),
    ("The presidents launched the activities of the head office of the International Industrial Cooperation Center.",
     [("head office of the International Industrial Cooperation Center", "launched")]),
    ("Also, the start was given to the construction of a textile factory in Andijan and the opening of a branch of "
     "Kapitalbank in Almaty.", [("textile factory", "construction_started"), ("branch of Kapitalbank", "launched")]),
    ("The foundation of the Uzbek-Tajik textile cluster was laid in Khujand.",
     [("Uzbek-Tajik textile cluster", "construction_started")]),
    ('The activities of the Uzbek-Turkmen joint venture "Dashoguz Textile" were started.',
     [('Uzbek-Turkmen joint venture "Dashoguz Textile"', "launched")]),
])
def test_english_translated_from_russian_gives_a_start_to_activities_and_works(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Первую продукцию выпустил новый завод по производству стекла в Навои.",
     [("завод по производству стекла", "launched")]),
    ("The new glass plant in Navoi produced its first products.", [("glass plant", "launched")]),
    ("Казахстанская компания приступила к реализации проекта по строительству логистического центра в Термезе.",
     [("логистический центр", "construction_started")]),
    ("Заложена капсула на месте строительства текстильного кластера в Андижане.",
     [("текстильный кластер", "construction_started")]),
])
def test_a_first_output_a_started_implementation_and_a_laid_capsule_give_the_stage(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In Samarkand, a 200 MW solar project was put into commercial operation.", "200 MW solar project"),
    ("In Navoi, a 100 MW solar plant is up and running.", "100 MW solar plant"),
    ("In Karshi, a gas chemical plant was brought online last week.", "gas chemical plant"),
    ("In Fergana, a new logistics centre opened its doors.", "logistics centre"),
    ("In Nukus, the wind project started generating electricity.", "wind project"),
    ("In Namangan, a joint textile factory is now fully operational.", "joint textile factory"),
    ("In Khujand, a new hotel welcomed its first guests.", "hotel"),
])
def test_a_facility_reported_at_work_in_the_idiom_of_its_trade_is_launched(text, expected):
    assert projects(text) == [(expected, "launched")]


def test_a_power_supply_that_only_continues_is_no_launch():
    assert projects("The Nurek HPP continued supplying electricity to the region.") == []


def test_a_builder_that_completed_a_facility_completed_it_but_finished_talks_are_no_project():
    assert projects("Nebras Power completed a 200 MW solar plant in Navoi.") == [("200 MW solar plant", "completed")]
    assert projects("The sides completed talks on a new railway.") == []


def test_the_course_of_construction_is_works_under_way():
    assert projects("The President familiarized himself with the course of construction of a new terminal at "
                    "Manas airport.") == [("terminal at Manas airport", "construction_started")]


def test_a_launch_someone_participated_in_took_place():
    assert projects("Within the framework of the visit, the President participated in the launch of a glass "
                    "factory in Tokmok.") == [("glass factory", "launched")]


def test_a_presented_investment_project_is_a_plan_even_when_the_presentation_was_held():
    assert projects("A presentation of the investment project on the construction of a mining and metallurgical "
                    "plant in Talas was held.") == [("mining and metallurgical plant", "announced")]


def test_money_set_aside_for_developing_a_facility_intends_it():
    assert projects("The fund has allocated $30 million for the development of a free economic zone in Termez.") \
        == [("free economic zone", "announced")]
    assert projects("The fund has allocated $30 million for the development of tourism.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The visit included the opening of a textile factory in Khujand.", "textile factory"),
    ("The day ended with the opening of a cultural center in Ashgabat.", "cultural center"),
    ("The heads of state cut the ribbon at the opening of the Friendship Park in Tashkent.", "Friendship Park"),
])
def test_an_opening_the_day_s_programme_included_took_place(text, expected):
    assert projects(text) == [(expected, "launched")]


def test_an_implementation_said_to_be_planned_is_intended_and_one_only_discussed_has_no_stage():
    assert projects("The implementation of the CASA-1000 project will begin next year.") \
        == [("CASA-1000 project", "announced")]
    assert projects("The sides discussed the implementation of the CASA-1000 project.") \
        == [("CASA-1000 project", "unknown")]


def test_a_route_to_named_places_stays_in_the_name_and_makes_the_facility_particular():
    assert projects("Talks focused on a planned railway linking Termez and Mazar-i-Sharif.") \
        == [("railway linking Termez and Mazar-i-Sharif", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The OPEC Fund approved $80 million for a road in Khatlon.", [("road", "announced")]),
    ("The Kuwait Fund will provide $50 million to a new hospital in Namangan.", [("hospital", "announced")]),
    ("The Islamic Development Bank will lend $200 million to Tajikistan for a highway in Sughd.",
     [("highway", "announced")]),
    ("The ADB approved a $200 million loan for a new hospital in Khujand.", [("hospital", "announced")]),
])
def test_a_lenders_stated_sum_for_a_facility_intends_it(text, expected):
    assert projects(text) == expected


def test_a_sum_provided_for_no_facility_names_no_project():
    assert projects("The bank will provide $50 million to the government for budget support.") == []


@pytest.mark.parametrize("text", [
    "The day saw the opening of a textile factory in Andijan.",
    "The visit coincided with the opening of a textile factory in Andijan.",
    "He congratulated the workers on the opening of a textile factory in Andijan.",
    "A concert was held to mark the opening of a textile factory in Andijan.",
])
def test_an_opening_the_day_saw_or_that_is_marked_took_place(text):
    assert projects(text) == [("textile factory", "launched")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kazakh-Uzbek Development Fund with capital of $500 million will open offices in both capitals.",
     [("Kazakh-Uzbek Development Fund", "announced")]),
    ("A joint investment company with $200 million in capital will support farmers in both countries.",
     [("joint investment company", "announced")]),
])
def test_a_fund_or_company_introduced_with_its_capital_is_a_project(text, expected):
    assert projects(text) == expected


def test_a_number_after_the_head_says_which_facility_it_is():
    assert projects("The leaders opened the Tashkent Metro Line 4.") == [("Tashkent Metro Line 4", "launched")]


def test_an_inverted_passive_puts_its_projects_after_the_verb():
    assert projects("Also commissioned were a solar plant in Samarkand and a pharmaceutical factory in Nukus.") \
        == [("solar plant", "launched"), ("pharmaceutical factory", "launched")]


def test_a_russian_company_introduced_with_its_capital_is_a_project():
    assert projects("Совместная инвестиционная компания с уставным капиталом 500 млн долларов займется развитием "
                    "туризма.") == [("Совместная инвестиционная компания", "announced")]


def test_what_a_signed_russian_agreement_says_will_be_built_is_signed():
    assert projects("Подписано соглашение, согласно которому компания построит ветровую электростанцию в Навоийской "
                    "области.") == [("ветровая электростанция", "agreement_signed")]


@pytest.mark.parametrize("text", [
    "The roadmap includes the implementation of the Yashil Energiya project.",
    "The action plan provides for the implementation of the Yashil Energiya project.",
])
def test_an_implementation_a_plan_includes_is_intended(text):
    assert projects(text) == [("Yashil Energiya project", "announced")]


def test_a_headline_deal_for_a_facility_of_stated_size_signs_it_without_an_article():
    assert projects("Masdar signs deal for 1.5 GW wind farm in Bukhara") == [("1.5 GW wind farm", "agreement_signed")]


@pytest.mark.parametrize("text", [
    "The Yavan hydropower plant is expected to be put into operation in 2027.",
    "The Yavan hydropower plant is scheduled to be commissioned in 2027.",
])
def test_a_launch_expected_or_scheduled_is_intended(text):
    assert projects(text) == [("Yavan hydropower plant", "announced")]


def test_a_new_predicate_after_the_agent_ends_the_object():
    names = [name for name, _ in projects("The project, which will be implemented by China's Sinohydro, includes a "
                                          "270 MW hydropower plant.")]
    assert names == ["270 MW hydropower plant"]


@pytest.mark.parametrize("text", [
    "The fund aims to develop a tourism cluster in Samarkand.",
    "The company seeks to develop a tourism cluster in Samarkand.",
    "The fund will commit $100 million with local partners to develop a tourism cluster in Samarkand.",
    "Uzbekistan received a $50 million grant from China to build a tourism cluster in Samarkand.",
])
def test_an_aim_a_sum_committed_or_a_grant_to_develop_a_facility_intends_it(text):
    assert projects(text) == [("tourism cluster", "announced")]


def test_the_words_up_to_the_verb_of_an_enumeration_still_introduce_it():
    assert projects("Among the projects planned under the deals are a copper smelter in Almalyk and a cement plant "
                    "in Jizzakh.") == [("copper smelter", "announced"), ("cement plant", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("An agreement on the Aktau seaport expansion was also signed.", [("Aktau seaport", "agreement_signed")]),
    ("The ministers discussed the Almaty heating network modernization project.", [("Almaty heating network", "announced")]),
])
def test_the_work_named_after_a_facility_names_the_facility(text, expected):
    assert projects(text) == expected


def test_work_started_on_a_facility_is_its_construction_not_its_operation():
    assert projects("Builders have started work on the Kambarata-1 dam.") == [("Kambarata-1 dam", "construction_started")]


def test_a_digit_group_comma_does_not_end_the_clause_that_states_progress():
    assert projects("Construction of a 1,000-bed hospital in Khujand is 70 percent complete.") \
        == [("1,000-bed hospital", "construction_started")]


def test_the_subject_of_a_passive_is_the_venture_for_a_production_not_the_production():
    assert projects("An Uzbek-Turkish joint venture for the production of household appliances opened in Samarkand.") \
        == [("Uzbek-Turkish joint venture for the production of household appliances", "launched")]


@pytest.mark.parametrize("text", [
    "Uzbekistan and Kazakhstan established the Central Asian Investment Fund last week.",
    "Uzbekistan and Kazakhstan established the Central Asian Investment Fund on Monday.",
])
def test_a_time_after_the_object_ends_its_name(text):
    assert projects(text) == [("Central Asian Investment Fund", "launched")]


def test_abroad_after_the_object_ends_its_name():
    # the bank that opens it names whose branch it is
    assert projects("The National Bank of Uzbekistan opened its first branch abroad.") == [
        ("first branch of National Bank of Uzbekistan", "launched")]


@pytest.mark.parametrize("text", [
    "China is ready to participate in the construction of the Kyrgyz section of the railway to Andijan.",
    "Китай выразил готовность участвовать в строительстве железной дороги Китай — Кыргызстан — Узбекистан.",
])
def test_readiness_to_take_part_in_a_construction_is_an_intention_not_the_works(text):
    assert [status for _, status in projects(text)] == ["announced"]


def test_a_builder_that_built_a_facility_completed_it():
    assert projects("Российская компания построила в Самарканде завод по производству лифтов.") \
        == [("завод по производству лифтов", "completed")]


def test_the_electrification_or_reconstruction_of_a_named_line_names_it():
    assert projects("Among the priorities are the reconstruction of the Tashkent-Osh highway and the electrification "
                    "of the Bukhara-Miskin line.") == [("Tashkent-Osh highway", "announced"),
                                                        ("Bukhara-Miskin line", "announced")]


def test_the_progress_of_construction_at_a_facility_is_works_under_way():
    assert projects("The delegation inspected the progress of construction at the Samarkand airport.") \
        == [("Samarkand airport", "construction_started")]


def test_a_passive_subject_coordinated_after_a_placed_facility_keeps_both():
    assert projects("A 50 MW solar plant in Namangan and a wind farm in Navoi are being built by Chinese companies.") \
        == [("50 MW solar plant", "construction_started"), ("wind farm", "construction_started")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Saudi Fund for Development will participate with $100 million in the Rogun Hydropower Project.",
     [("Rogun Hydropower Project", "announced")]),
    ("The OPEC Fund plans to join with $150 million in financing the Trans-Afghan railway.",
     [("Trans-Afghan railway", "announced")]),
    ("The fund expressed its readiness to finance with $100 million the Tashkent ring road.",
     [("Tashkent ring road", "announced")]),
])
def test_a_lenders_share_promised_in_a_facility_intends_it(text, expected):
    assert projects(text) == expected


def test_taking_part_in_a_meeting_is_no_share_in_a_project():
    assert projects("The fund will take part in the investment forum in Tashkent.") == []


def test_agreeing_to_implement_a_named_power_project_intends_it():
    assert projects("The sides also agreed to jointly implement the Central Asia-South Asia power project "
                    "CASA-1000.") == [("Central Asia-South Asia power project CASA-1000", "announced")]
    # what is implemented must be a facility, not a kind of projects or a document
    assert projects("The ministers agreed to implement joint projects in energy and transport.") == []
    assert projects("The sides agreed to implement the roadmap on industrial cooperation.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Свою работу начал узбекско-таджикский торговый дом в Душанбе.",
     [("узбекско-таджикский торговый дом", "launched")]),
    ("На церемонии был дан старт производству электромобилей BYD на заводе в Джизаке.",
     [("производство электромобилей BYD", "launched")]),
])
def test_work_begun_before_its_subject_or_a_start_given_to_production_launches_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In Osh, a greenhouse complex now employs 200 people.", [("greenhouse complex", "launched")]),
    ("In Kokand, a textile factory is already exporting yarn to Europe.", [("textile factory", "launched")]),
    ("Новый завод в Навои сегодня производит 100 тысяч тонн удобрений.", [("завод", "launched")]),
])
def test_a_facility_that_already_does_its_work_is_launched(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "Uzbekistan now exports gas to China.",
    "The fund currently provides loans to small businesses.",
    "The new plant will produce 100,000 tonnes of fertiliser a year.",
])
def test_a_country_an_organisation_or_a_future_output_is_no_working_facility(text):
    assert projects(text) == []


def test_a_company_that_will_finance_and_build_a_facility_intends_it():
    assert projects("The Chinese company will also finance and build a 220 kV transmission line in Surkhandarya.") == [
        ("220 kV transmission line", "announced")]


def test_a_stated_total_value_is_no_part_of_the_name():
    assert projects("The Saudi side will finance the construction of three desalination plants with a total value "
                    "of $500 million.") == [("three desalination plants", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("On the occasion of the opening of the Chirchik textile factory, the ambassador delivered a speech.",
     [("Chirchik textile factory", "launched")]),
    ("After the official opening of the Kazakh-Uzbek industrial park, the leaders toured the site.",
     [("Kazakh-Uzbek industrial park", "launched")]),
    ("The start of operations of the Surkhan-Puli-Khumri power line was celebrated in Termez.",
     [("Surkhan-Puli-Khumri power line", "launched")]),
])
def test_an_opening_that_something_followed_took_place(text, expected):
    assert projects(text) == expected


def test_an_opening_still_to_come_is_no_launch():
    assert projects("The opening of the Chirchik textile factory is scheduled for May.") == [
        ("Chirchik textile factory", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Construction of the Kambarata-1 HPP begins.", [("Kambarata-1 HPP", "construction_started")]),
    ("Construction of the Yavan HPP begins today in Dushanbe.", [("Yavan HPP", "construction_started")]),
    ("Construction of the Yavan HPP begins in March.", [("Yavan HPP", "announced")]),
    ("Construction of the Rogun HPP starts next year.", [("Rogun HPP", "announced")]),
])
def test_a_construction_that_begins_has_started_unless_a_time_to_come_follows(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The sides discussed creation of joint venture for production of agricultural machinery.",
     [("joint venture for production of agricultural machinery", "announced")]),
    ("China will provide $100 million for modernization of Tashkent heat supply system.",
     [("Tashkent heat supply system", "announced")]),
    ("The company launched production of electric buses at its plant in Samarkand.",
     [("production of electric buses", "launched")]),
])
def test_english_translated_without_articles_reads_as_with_them(text, expected):
    assert projects(text) == expected


def test_the_two_ends_of_a_route_are_one_item_and_its_umbrella_programme_is_no_part_of_its_name():
    assert projects("The two sides agreed to build a new railway between Termez and Mazar-i-Sharif under the "
                    "Trans-Afghan corridor programme.") == [("railway between Termez and Mazar-i-Sharif", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("CAP, a joint venture of the two companies, started operations in Tashkent on Monday.",
     [("joint venture «CAP»", "launched")]),
    ("Navoi Cement, the largest plant in the region, was launched in March.", [("plant «Navoi Cement»", "launched")]),
])
def test_a_proper_name_with_an_apposition_is_the_facility_the_apposition_says(text, expected):
    assert projects(text) == expected


def test_a_proper_name_with_an_apposition_that_names_no_facility_is_no_project():
    assert projects("Vostok, a town in the north, started operations on Monday.") == []


def test_a_hyphenated_adjective_in_ed_opens_no_new_predicate():
    assert set(projects("Kazakhstan plans to build coal-fired power plants in Ekibastuz and Semey.")) == {
        ("coal-fired power plants in Ekibastuz", "announced"), ("coal-fired power plants in Semey", "announced")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan plans to build three new coal-fired power plants in Ekibastuz, Kokshetau and Semey.",
     {"coal-fired power plants in Ekibastuz", "coal-fired power plants in Kokshetau", "coal-fired power plants in Semey"}),
    ("Будут построены две солнечные электростанции в Джизакской и Навоийской областях.",
     {"солнечные электростанции в Джизакской области", "солнечные электростанции в Навоийской области"}),
])
def test_a_counted_batch_over_named_places_is_one_project_per_place_without_the_count(text, expected):
    assert {name for name, _ in projects(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The sides also touched upon the Kambarata-1 HPP and the CASA-1000 power line.",
     [("Kambarata-1 HPP", "announced"), ("CASA-1000 power line", "announced")]),
    ("Particular attention was paid to the Trans-Afghan railway.", [("Trans-Afghan railway", "announced")]),
    ("Стороны затронули вопросы строительства Камбаратинской ГЭС-1.", [("Камбаратинская ГЭС-1", "announced")]),
    ("Особое внимание было уделено строительству Рогунской ГЭС.", [("Рогунская ГЭС", "announced")]),
])
def test_a_named_facility_the_talks_touched_upon_or_paid_attention_to_is_intended(text, expected):
    assert projects(text) == expected


def test_touching_upon_a_field_names_no_project():
    assert projects("The sides also touched upon cooperation in energy and transport.") == []


def test_a_hyphenated_head_is_one_word_so_a_business_centre_is_a_project():
    assert projects("Торжественно открыт бизнес-центр «Самарканд Плаза».") == [("бизнес-центр «Самарканд Плаза»", "launched")]


def test_an_office_of_a_development_bank_is_a_bank_office_though_the_bank_is_no_project():
    assert projects("Открыто новое представительство Азиатского банка развития в Оше.") == [
        ("представительство Азиатского банка развития", "launched")]
    assert projects("Стороны договорились о создании Исламского банка развития.") == []


def test_agreeing_on_an_opening_announces_it_and_the_verb_is_no_treaty():
    assert projects("Стороны договорились об открытии в Андижане филиала банка «Восток».") == [
        ("филиал банка «Восток»", "announced")]


def test_a_start_given_to_a_construction_project_starts_the_construction():
    assert projects("Министры дали старт реализации проекта по строительству Зеравшанской ГЭС-3.") == [
        ("Зеравшанская ГЭС-3", "construction_started")]


def test_each_work_listed_after_including_is_an_item_with_its_preposition_dropped():
    assert projects("Подписаны соглашения на 2 млрд долларов, в том числе о строительстве стекольного завода "
                    "и швейной фабрики.") == [("стекольный завод", "agreement_signed"), ("швейная фабрика", "agreement_signed")]


def test_joint_efforts_between_a_verb_and_its_object_are_a_circumstance():
    assert projects("Таджикистан и Узбекистан построят совместными усилиями Яванскую ГЭС.") == [("Яванская ГЭС", "announced")]


def test_the_subject_of_an_intention_to_build_is_the_builder_not_the_project():
    # the company is no project; the schools it intends, counted in a named town, are a batch of them
    assert projects("Турецкая компания намерена построить в Оше четыре новые школы.") == [("четыре новые школы", "announced")]
    assert projects("Кирпичный завод планируется построить в Джизаке.") == [("Кирпичный завод", "announced")]


def test_a_plant_named_by_its_activity_keeps_its_head_before_a_participle_clause():
    assert projects("Фабрика по переработке хлопка, построенная при участии турецких инвесторов, введена в строй.")[0][0] == (
        "Фабрика по переработке хлопка")


def test_inspecting_the_works_on_a_construction_site_says_it_is_under_way():
    assert projects("Министр осмотрел ход работ на строительстве Яванской ГЭС.") == [("Яванская ГЭС", "construction_started")]


def test_a_plural_head_over_coordinated_towns_is_one_project_per_town():
    assert {name for name, _ in projects("Стороны договорились открыть торговые дома в Бухаре, Оше и Худжанде.")} == {
        "торговые дома в Бухаре", "торговые дома в Оше", "торговые дома в Худжанде"}


def test_branches_of_one_quoted_bank_in_two_towns_are_two_projects():
    assert len(projects("Открыты филиалы банка «Восток» в Намангане и Джалал-Абаде.")) == 2


def test_congratulations_on_the_completion_of_a_construction_complete_it():
    assert projects("Министры поздравили строителей с завершением строительства Яванской ТЭС.") == [
        ("Яванская ТЭС", "completed")]


def test_an_adjective_before_the_construction_started_keeps_it_started():
    assert projects("Компании приступили к совместному строительству кирпичного завода.") == [
        ("кирпичный завод", "construction_started")]
    assert projects("Компании начали совместное строительство кирпичного завода.") == [
        ("кирпичный завод", "construction_started")]


def test_the_subject_of_two_coordinated_active_verbs_is_their_builder():
    assert projects("Фирма построила и ввела в эксплуатацию хлопкоочистительный завод.") == [
        ("хлопкоочистительный завод", "launched")]


def test_a_head_with_its_name_in_commas_before_an_auxiliary_is_the_named_facility():
    assert projects("A new Uzbek-Kyrgyz border checkpoint, Dustlik, has been put into operation.") == [
        ("Uzbek-Kyrgyz border checkpoint «Dustlik»", "launched")]


def test_opening_a_foreign_built_facility_launches_it():
    assert projects("Tajikistan opened a Chinese-built cement factory in Khatlon.") == [("cement factory", "launched")]


def test_help_from_abroad_is_no_part_of_a_name():
    assert projects("Kazakhstan will build three coal power plants with Russian help.") == [
        ("three coal power plants", "announced")]


@pytest.mark.parametrize("text", [
    "The Uzbek-Kazakh industrial cooperation centre is to open in 2026.",
    "The Uzbek-Kazakh industrial cooperation centre will open in 2026.",
])
def test_a_facility_that_is_to_open_is_intended(text):
    assert projects(text) == [("Uzbek-Kazakh industrial cooperation centre", "announced")]


def test_a_headline_facility_to_open_in_a_year_is_intended():
    found = find_projects(sentences("Uzbek-Kazakh industrial cooperation centre to open in 2026", part="title"))
    assert [(p.name, p.status) for p in found] == [("Uzbek-Kazakh industrial cooperation centre", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyrgyz and Uzbek leaders pressed a symbolic button to launch the Kambarata-1 HPP's first unit.",
     [("Kambarata-1 HPP's first unit", "launched")]),
    ("The presidents cut the ribbon to open the new Samarkand hospital.", [("Samarkand hospital", "launched")]),
    ("Президенты нажали символическую кнопку запуска первого агрегата Камбаратинской ГЭС-1.",
     [("первый агрегат Камбаратинской ГЭС-1", "launched")]),
])
def test_a_button_pressed_or_a_ribbon_cut_to_launch_a_facility_launches_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "С начала года в стране открыто более 200 новых предприятий малого бизнеса.",
    "Hundreds of new schools were opened across the country last year.",
    "Over 300 joint ventures were set up in Uzbekistan in 2024.",
])
def test_an_approximate_or_very_large_tally_of_facilities_is_no_project(text):
    assert projects(text) == []


def test_an_exact_small_count_in_a_place_is_still_a_batch_project():
    assert projects("В Ташкентской области построят три школы.") != []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan's Halyk Bank opened a branch in Tashkent.", [("Halyk Bank branch", "launched")]),
    ("Капиталбанк открыл представительство в Москве.", [("представительство Капиталбанка", "launched")]),
    ("Агробанк открыл дочернюю компанию в Бишкеке.", [("дочерняя компания Агробанка", "launched")]),
    ("The company opened a new office in Almaty.", [("office", "launched")]),
])
def test_a_bare_branch_or_office_is_named_by_the_bank_that_opens_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "status"), [
    ("The two countries set up a joint investment fund.", "launched"),
    ("The two countries have set up a joint investment fund.", "launched"),
    ("The countries will set up a joint investment fund.", "announced"),
    ("The bank will help set up a joint investment fund.", "announced"),
])
def test_set_up_after_its_subject_has_been_done_and_after_a_modal_is_intended(text, status):
    assert projects(text) == [("joint investment fund", status)]


@pytest.mark.parametrize(("text", "expected"), [
    ('The Chinese-Uzbek industrial park "Peng Sheng" has been operating in Syrdarya since 2009.',
     [('Chinese-Uzbek industrial park "Peng Sheng"', "launched")]),
    ("Индустриальный парк «Пэн Шэн» работает в Сырдарьинской области с 2009 года.",
     [("Индустриальный парк «Пэн Шэн»", "launched")]),
])
def test_a_facility_working_in_a_place_since_a_year_is_launched(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "The contract for building the Dushanbe-Chanak road was awarded to a Chinese company.",
    "The contract for building the Dushanbe-Chanak road was signed on Monday.",
])
def test_a_contract_for_a_facility_awarded_or_signed_after_it_signs_it(text):
    assert projects(text) == [("Dushanbe-Chanak road", "agreement_signed")]


def test_a_finished_stage_of_a_construction_says_the_construction_is_under_way():
    assert projects("Завершен второй этап строительства Бухарской кольцевой автодороги.") == [
        ("Бухарская кольцевая автодорога", "construction_started")]


def test_a_count_of_ventures_that_work_is_a_statistic_no_project():
    assert projects("В Ферганской области успешно работают 12 совместных предприятий.") == []
    assert projects("Успешно работает совместное предприятие «Агро-Нур».") == [("совместное предприятие «Агро-Нур»", "launched")]


def test_working_for_a_time_launches_but_a_number_of_working_firms_is_no_project():
    assert projects("Совместное предприятие «Кумуш-Текс» работает уже несколько лет.") == [
        ("Совместное предприятие «Кумуш-Текс»", "launched")]
    assert projects("Совместное предприятие «Кумуш-Текс» работает более 10 лет.") == [
        ("Совместное предприятие «Кумуш-Текс»", "launched")]
    assert projects("В Кыргызстане работают более 300 предприятий с узбекским капиталом.") == []


def test_a_construction_at_its_final_stage_is_under_way():
    assert projects("Строительство моста через реку Чаткал находится на завершающей стадии.") == [
        ("мост через реку Чаткал", "construction_started")]


def test_preparing_for_a_construction_only_intends_it():
    assert projects("Ведется подготовка к строительству Яванской ГЭС.") == [("Яванская ГЭС", "announced")]


def test_a_school_that_flung_open_its_doors_is_launched():
    assert projects("В Баткене распахнула свои двери новая школа, построенная за счет средств Казахстана.") == [
        ("школа", "launched")]


def test_an_adverb_before_a_time_phrase_is_cut_with_it_from_the_name():
    assert projects("Стороны договорились приступить к строительству автомобильной дороги уже в этом году.") == [
        ("автомобильная дорога", "announced")]


def test_a_hyphenated_place_adjective_read_as_a_noun_still_agrees_with_its_head_in_the_nominative():
    assert projects("Стороны обсудили строительство Суусамыр-Кокомеренского каскада ГЭС.") == [
        ("Суусамыр-Кокомеренский каскад ГЭС", "announced")]


def test_a_future_facility_is_named_without_its_future():
    assert projects("Министры заложили капсулу в основание будущего Университета Великого шелкового пути.") == [
        ("Университет Великого шелкового пути", "construction_started")]


def test_projects_given_a_start_together_are_launched_and_a_construction_among_them_started():
    found = find_projects([
        Sentence("Главы государств по видеосвязи дали старт ряду совместных проектов.", 0, "body", 0),
        Sentence("В их числе:", 1, "body", 1),
        Sentence("- строительство кирпичного завода в Джизакской области;", 2, "body", 2),
        Sentence("- запуск совместного предприятия «Мега Агро».", 3, "body", 2),
    ])
    assert [(p.name, p.status) for p in found] == [("кирпичный завод", "construction_started"),
                                                   ("совместное предприятие «Мега Агро»", "launched")]
    assert projects("Министры дали старт ряду проектов, в их числе строительство стекольного завода в Баткене "
                    "и открытие торгового центра в Оше.") == [("стекольный завод", "construction_started"),
                                                              ("торговый центр", "launched")]


def test_an_agreement_on_the_joint_construction_and_operation_of_a_facility_signs_it():
    assert projects("Стороны подписали соглашение о совместном строительстве и эксплуатации Яванской ГЭС.") == [
        ("Яванская ГЭС", "agreement_signed")]


def test_a_construction_project_at_the_stage_of_implementation_is_under_way():
    assert projects("Проект строительства Яванской ГЭС находится в стадии реализации.") == [
        ("Яванская ГЭС", "construction_started")]


def test_the_investor_who_plans_to_invest_in_developing_a_field_is_no_project_but_the_field_is():
    assert projects("Компания «Газ Инвест» планирует инвестировать 2 млрд долларов в разработку месторождения Шахпахты.") == [
        ("месторождение Шахпахты", "announced")]


def test_a_parenthesis_with_a_dash_after_the_subject_does_not_hide_it():
    assert projects("Новый торговый центр «Фергана» (стоимость проекта — 20 млн долларов) будет открыт в 2026 году.") == [
        ("торговый центр «Фергана»", "announced")]


def test_an_area_after_a_quoted_name_only_describes_it():
    assert projects("В Намангане будет создана промышленная зона «Наманган-Текс» площадью 150 гектаров.") == [
        ("промышленная зона «Наманган-Текс»", "announced")]


def test_a_construction_that_will_be_completed_is_under_way():
    assert projects("Строительство Яванской ГЭС завершится в 2028 году.") == [("Яванская ГЭС", "construction_started")]


def test_facilities_at_the_construction_stage_are_being_built():
    assert projects("В стадии строительства находятся кардиологический центр в Оше и лицей в Баткене.") == [
        ("кардиологический центр", "construction_started"), ("лицей", "construction_started")]
    assert projects("Каракечинская ТЭС находится на стадии строительства.") == [("Каракечинская ТЭС", "construction_started")]


def test_welcoming_the_completion_of_a_construction_completes_it():
    assert projects("Министры приветствовали завершение строительства автомобильной дороги Ош — Сарыташ.") == [
        ("автомобильная дорога Ош — Сарыташ", "completed")]


@pytest.mark.parametrize("text, expected", [
    ("Подписано соглашение о реализации проекта «Самарканд Сити».", [("проект «Самарканд Сити»", "agreement_signed")]),
    ("Дан старт проекту «Новый Андижан».", [("проект «Новый Андижан»", "launched")]),
    ("Началось строительство ЖК «Бахор Сити».", [("ЖК «Бахор Сити»", "construction_started")]),
])
def test_a_project_called_by_its_quoted_name_or_an_abbreviated_head_is_found(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Министры перерезали ленточку на открытии нового моста через Нарын.", [("мост через Нарын", "launched")]),
    ("Первый гидроагрегат Яванской ГЭС дал первый ток.", [("Первый гидроагрегат Яванской ГЭС", "launched")]),
    ("Новый завод по производству кирпича начал выпуск продукции.", [("завод по производству кирпича", "launched")]),
])
def test_a_ribbon_cut_a_first_current_or_first_output_launches_the_facility(text, expected):
    assert projects(text) == expected


def test_a_ranking_with_its_scope_before_the_name_is_no_head():
    assert projects("Заработала первая в регионе ветровая электростанция «Бекабад».") == [
        ("ветровая электростанция «Бекабад»", "launched")]
    assert projects("Построен крупнейший в Центральной Азии стекольный завод.") == [("стекольный завод", "completed")]


def test_a_participle_clause_between_a_construction_and_its_verb_only_describes_the_facility():
    assert projects("The construction of the school in Osh, financed by Uzbekistan, was completed in August.") == [
        ("school", "completed")]


def test_a_construction_that_is_complete_is_completed_and_one_partly_complete_is_under_way():
    assert projects("The reconstruction of the Tashkent-Samarkand railway is complete.") == [
        ("Tashkent-Samarkand railway", "completed")]
    assert projects("Construction of a 1,000-bed hospital in Khujand is 70 percent complete.") == [
        ("1,000-bed hospital", "construction_started")]


def test_the_means_a_facility_was_built_with_is_no_subject():
    found = projects("The new hospital built with Turkish funds was handed over to the Ministry of Health.")
    assert not any("funds" in name for name, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders also inaugurated a new border crossing, Dostuk, between the two countries.",
     [("border crossing «Dostuk»", "launched")]),
    ("The leaders opened a cement plant, Kyzylkum Cement, and a glass factory in Jizzakh.",
     [("cement plant «Kyzylkum Cement»", "launched"), ("glass factory", "launched")]),
    ("The presidents launched a new textile factory, Osh Tex, in Osh.", [("textile factory «Osh Tex»", "launched")]),
])
def test_a_proper_name_in_commas_after_an_objects_head_names_it(text, expected):
    assert projects(text) == expected


def test_towns_in_commas_after_a_place_stay_places():
    assert len(projects("The leaders opened solar plants in Navoi, Bukhara and Samarkand.")) == 3


@pytest.mark.parametrize(("text", "expected"), [
    ("Uzbekistan agreed to open in Tashkent a trade house of Kyrgyzstan.", [("trade house of Kyrgyzstan", "announced")]),
    ("The company will build in the Navoi region a new copper plant.", [("copper plant", "announced")]),
])
def test_an_english_town_before_the_object_is_its_place_not_its_end(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A joint industrial park is planned in Jizzakh.", [("joint industrial park", "announced")]),
    ("A logistics hub near Termez is also on the agenda.", [("logistics hub", "announced")]),
    ("A new cement plant in Kashkadarya is under consideration, and the ministers praised the textile cluster.",
     [("cement plant", "announced")]),
])
def test_a_facility_said_to_be_planned_or_under_consideration_is_intended(text, expected):
    assert projects(text) == expected


def test_what_follows_a_planned_state_after_a_comma_is_no_object_of_it():
    assert projects("The tourism zone is planned under the new programme, a textile cluster of the region.") == [
        ("tourism zone", "announced")]


def test_a_long_subject_whose_head_is_no_facility_is_not_planned_itself():
    assert projects("The next round of talks among experts on the 500 kV power line is planned for March.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan proposed a new logistics hub at Khorgos.", [("logistics hub", "announced")]),
    ("The sides eyed a joint cotton processing plant in Khorezm.", [("joint cotton processing plant", "announced")]),
    ("Kazakh companies showed interest in a copper smelter in Almalyk.", [("copper smelter", "announced")]),
    ("A joint agro-logistics centre could be built in Surkhandarya.", [("joint agro-logistics centre", "announced")]),
    ("Plans for a 500 MW solar plant in Bukhara were unveiled.", [("500 MW solar plant", "announced")]),
    ("The parties discussed the prospects of a joint textile cluster in Namangan.",
     [("joint textile cluster", "announced")]),
])
def test_a_facility_proposed_eyed_or_that_could_be_built_is_intended(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "Kazakhstan proposed a new format of cooperation.",
    "Investors showed interest in the Uzbek market.",
    "The parties discussed the prospects for cooperation in energy.",
    "The deal opens the way for new investment.",
])
def test_a_proposal_or_interest_without_a_facility_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan and Uzbekistan signed an agreement on the International Center for Industrial Cooperation.",
     [("International Center for Industrial Cooperation", "agreement_signed")]),
    ("The sides signed an agreement on the avoidance of double taxation.", []),
    ("They signed an agreement on the demarcation of the state border.", []),
])
def test_an_agreement_on_a_named_facility_signs_it_and_one_on_a_topic_signs_no_project(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Компания представила проект нового торгового центра в Алматы.", [("торговый центр", "announced")]),
    ("The Uzbek side presented a project for a mining and metallurgical complex in Almalyk.",
     [("mining and metallurgical complex", "announced")]),
    ("Новый мост через Амударью может быть построен уже в 2026 году.", [("мост через Амударью", "announced")]),
    ("Министр представил проект закона о туризме.", []),
])
def test_a_project_presented_or_a_facility_that_may_be_built_is_intended(text, expected):
    assert projects(text) == expected


def test_a_plant_named_in_a_project_is_the_plant_not_its_production():
    assert not any(name.startswith("производство") for name, _ in
                   projects("Стороны обсудили проект завода по производству удобрений в Навои."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Production at the new textile factory in Andijan has started.", [("textile factory", "launched")]),
    ("Operations started at the new logistics terminal in Navoi.", [("logistics terminal", "launched")]),
    ("The new cement plant in Jizzakh produced its first clinker.", [("cement plant", "launched")]),
    ("The new Hilton hotel in Samarkand welcomed its first guests.", [("Hilton hotel", "launched")]),
    ("The Kazakh-Uzbek joint venture started exporting tractors.", [("Kazakh-Uzbek joint venture", "launched")]),
])
def test_production_started_at_a_facility_or_its_first_output_or_guests_launch_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "Production at the plant in Navoi fell by 10 percent.",
    "The company produced its first profit in 2023.",
])
def test_output_that_only_changes_or_is_no_product_launches_nothing(text):
    assert projects(text) == []


def test_a_bare_facility_coordinated_with_a_placed_one_shares_its_place_and_counts():
    assert projects("The project includes a refinery and a polymer plant in Bukhara.") == [
        ("refinery", "announced"), ("polymer plant", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A Turkish firm won the tender to build a hospital in Osh.", [("hospital", "agreement_signed")]),
    ("China Energy was awarded a contract for a 500 MW solar plant in Samarkand.",
     [("500 MW solar plant", "agreement_signed")]),
    ("The company won a contract for the supply of buses.", []),
])
def test_a_tender_or_contract_won_for_a_facility_signs_it(text, expected):
    assert projects(text) == expected


def test_an_inspected_construction_is_under_way():
    assert projects("The presidents inspected the construction of the International Center for Industrial "
                    "Cooperation.") == [("International Center for Industrial Cooperation", "construction_started")]


def test_a_named_facility_the_sides_are_committed_to_is_intended():
    assert projects("The sides confirmed their commitment to the CKU railway.") == [("CKU railway", "announced")]


def test_a_name_ending_in_to_is_no_infinitive_marker():
    assert projects("The joint venture UzKazAvto was registered in Samarkand.") == [
        ("joint venture UzKazAvto", "launched")]


def test_a_relative_clause_states_its_antecedents_stage_whatever_intention_stands_before():
    assert projects("The Turkmen side is ready to supply gas through the TAPI pipeline, which is under construction.") == [
        ("TAPI pipeline", "construction_started")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders took part in the launch ceremony of the Kambarata-1 project via video link.",
     [("Kambarata-1 project", "launched")]),
    ("Президенты дали старт строительству завода «Кварц» в режиме видеоконференции.",
     [("завод «Кварц»", "construction_started")]),
])
def test_a_video_link_ends_the_object_of_a_ceremony(text, expected):
    assert projects(text) == expected


def test_work_begun_on_the_foundation_of_a_plant_starts_the_plant():
    assert projects("Work has begun on the foundation of a new cement plant in the Sughd region.") == [
        ("cement plant", "construction_started")]


def test_a_facility_that_will_appear_is_intended():
    assert projects("In 2025, a new logistics centre will appear in Termez.") == [("logistics centre", "announced")]


def headline_projects(title: str) -> list[tuple[str, str]]:
    """Return the (name, status) of the projects a headline alone names."""
    return [(p.name, p.status) for p in find_projects(sentences(title, part="title"))]


@pytest.mark.parametrize(("title", "expected"), [
    ("New Uzbek-Kazakh Industrial Park Planned", [("Uzbek-Kazakh Industrial Park", "announced")]),
    ("Chinese Firm Eyes Solar Plant in Kyrgyzstan", [("Solar Plant in Kyrgyzstan", "announced")]),
    ("Tashkent to host new Uzbek-Chinese technopark", [("Uzbek-Chinese technopark", "announced")]),
])
def test_a_headline_planning_eyeing_or_hosting_a_facility_intends_it(title, expected):
    assert headline_projects(title) == expected


@pytest.mark.parametrize("text", [
    "In the eyes of investors, the region is attractive.",
    "Tashkent will host the summit of the SCO.",
])
def test_eyes_as_a_noun_and_a_hosted_event_are_no_projects(text):
    assert projects(text) == []


def test_a_second_track_of_a_railway_is_a_counted_part_of_it():
    assert projects("Kazakhstan began construction of the second track of the Dostyk-Moyynty railway.") == [
        ("second track of the Dostyk-Moyynty railway", "construction_started")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers agreed on the route of the new railway between Kashgar and Andijan.",
     [("railway between Kashgar and Andijan", "announced")]),
    ("The sides discussed the highway linking Osh and Irkeshtam.", [("highway linking Osh and Irkeshtam", "announced")]),
    ("Key topics included the Trans-Afghan railway between Termez and Peshawar.",
     [("Trans-Afghan railway between Termez and Peshawar", "announced")]),
])
def test_a_route_named_by_its_two_ends_in_talk_of_an_undertaking_is_intended(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "Passengers use the railway between Tashkent and Samarkand every day.",
    "The road between Osh and Batken is in poor condition.",
])
def test_a_route_merely_used_or_described_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The fund will finance the Ferghana Valley Water Project and the Zarafshan Irrigation Project.",
     [("Ferghana Valley Water Project", "announced"), ("Zarafshan Irrigation Project", "announced")]),
    ("The ADB approved a loan for the CASA-1000 Project.", [("CASA-1000 Project", "announced")]),
    ("The Uzbek Project was discussed.", []),
])
def test_a_title_cased_project_is_named_as_a_lower_case_one(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Contracts worth $500 million were concluded, including for a textile complex in Bukhara.",
     [("textile complex", "agreement_signed")]),
    ("Agreements were signed in many areas, including for the supply of cotton.", []),
])
def test_deals_including_for_a_facility_list_it(text, expected):
    assert projects(text) == expected


def test_an_english_passive_takes_its_subject_and_leaves_the_next_clause_its_own():
    found = find_projects(sentences("According to the Uzbek side, a joint logistics centre in Termez could be built by "
                                    "2027, and a Turkmen trade house will open in Tashkent next year."))
    assert [(p.name, p.status, p.city) for p in found] == [
        ("joint logistics centre", "announced", "Termez"), ("Turkmen trade house", "announced", "Tashkent")]


def test_a_relative_clause_with_several_builders_says_the_work_is_under_way():
    assert projects("The leaders discussed the implementation of the Kambarata HPP-1 project, which Kyrgyzstan, "
                    "Kazakhstan and Uzbekistan are building jointly.") == [("Kambarata HPP-1", "construction_started")]


@pytest.mark.parametrize(("text", "expected"), [
    ("It is the first project of the Azerbaijan-Uzbekistan Investment Company, established in 2022 with a charter "
     "capital of $500 million.", [("Azerbaijan-Uzbekistan Investment Company", "launched")]),
    ("Minister Ivanov, appointed in 2022, visited the region.", []),
])
def test_a_company_set_up_at_a_past_date_in_a_participle_after_it_is_launched(text, expected):
    assert projects(text) == expected


def test_a_price_spelled_in_words_before_a_facility_is_no_part_of_its_name():
    assert projects("The Saudi developer plans a 2 billion dollar tourist complex in Samarkand.") == [
        ("tourist complex", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The roadmap covers 25 projects, such as a textile cluster in Namangan and a copper plant in Almalyk.",
     [("textile cluster", "announced"), ("copper plant", "announced")]),
    ("The focus is on a new logistics hub in Termez.", [("logistics hub", "announced")]),
    ("The talks centred on the Trans-Afghan railway.", [("Trans-Afghan railway", "announced")]),
    ("The focus is on energy and transport.", []),
])
def test_projects_such_as_and_a_facility_the_talks_focus_on_are_intended(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkmenistan finished building its section of the TAPI gas pipeline.", [("TAPI gas pipeline", "completed")]),
    ("Kyrgyzstan is building its section of the CKU railway.", [("CKU railway", "construction_started")]),
    ("The company is building its own cement plant in Navoi.", [("cement plant", "construction_started")]),
])
def test_a_country_building_its_own_part_of_a_facility_works_on_that_facility(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The new passenger terminal at Samarkand airport received its first flight.",
     [("passenger terminal", "launched")]),
    ("The new terminal of Samarkand airport, built by a Turkish company, received its first flight.",
     [("terminal of Samarkand airport", "launched")]),
    ("The dry port in Khorgos handled its first container train.", [("dry port", "launched")]),
    ("A new cement plant in the Navoi industrial zone was opened.", [("cement plant", "launched")]),
])
def test_a_facility_at_another_is_the_first_and_its_first_flight_or_train_launches_it(text, expected):
    assert projects(text) == expected


def test_only_a_bare_head_borrows_the_place_of_the_item_after_it():
    found = find_projects(sentences("Among the projects are a glass factory and the second stage of a cement plant in Navoi."))
    assert [(p.name, p.city) for p in found] == [("glass factory", None), ("second stage of a cement plant", "Navoi")]

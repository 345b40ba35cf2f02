"""Unit tests of Russian newsroom prose for projects: interviews, launches worded many ways, hard negatives."""
from __future__ import annotations

import pytest

from tests.helpers import article_projects, projects


@pytest.mark.parametrize("answer", [
    "— Прежде всего, атомная станция.",
    "— Мы говорили о торговом доме в Алматы и о логистическом центре.",
    "— А что с атомной станцией?",
])
def test_an_interviewers_question_about_projects_opens_no_list_of_them(answer):
    assert projects("— Какие совместные проекты вы считаете главными?", answer) == []


@pytest.mark.parametrize("text", [
    "Запущен в работу новый пункт пропуска «Достук».",
    "Стороны ввели в эксплуатацию новый пункт пропуска «Достук».",
])
def test_a_checkpoint_after_the_manner_of_its_launch_is_launched(text):
    assert projects(text) == [("пункт пропуска «Достук»", "launched")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Совместное предприятие «УзАвто-Казахстан» приступило к выпуску автомобилей в Костанае.",
     [("Совместное предприятие «УзАвто-Казахстан»", "launched")]),
    ("Текстильная фабрика «Осиё» начала производство пряжи.", [("Текстильная фабрика «Осиё»", "launched")]),
    ("Новый завод по выпуску стекла приступил к серийному производству.", [("завод по выпуску стекла", "launched")]),
    ("Новый завод приступит к выпуску продукции в 2026 году.", []),
    ("Узбекистан приступил к выпуску электромобилей.", []),
])
def test_a_facility_that_began_its_output_is_launched_whatever_it_makes(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "Построенный при поддержке Китая завод по выпуску стекла начал работу.",
    "Созданный при участии Казахстана завод по выпуску стекла открыт в Оше.",
])
def test_a_participle_clause_opening_the_subject_is_no_part_of_the_facility(text):
    assert projects(text) == [("завод по выпуску стекла", "launched")]


@pytest.mark.parametrize("text", [
    "Построенный китайской компанией завод по выпуску стекла приступил к работе.",
    "Построенный в 2020 году завод по выпуску стекла начал работу.",
    "Завод по выпуску стекла, построенный китайской компанией, начал работу.",
])
def test_who_built_a_facility_is_an_attribute_and_the_main_verb_tells_its_stage(text):
    assert [status for _, status in projects(text)] == ["launched"]


def test_a_newly_built_facility_that_began_work_stays_completed_as_in_english():
    assert projects("Недавно построенный завод по выпуску стекла начал работу.") == [
        ("завод по выпуску стекла", "completed")]


@pytest.mark.parametrize("text", [
    "Стороны договорились о создании общего рынка электроэнергии.",
    "Обсуждено создание регионального рынка электроэнергии Центральной Азии.",
    "Будет создан единый рынок труда.",
    "The sides agreed to create a common electricity market.",
])
def test_a_common_market_of_a_commodity_or_labour_is_an_arrangement_not_a_project(text):
    assert projects(text) == []


def test_a_market_place_is_still_a_project():
    assert projects("В Бишкеке открыт новый оптовый рынок «Дордой-2».") == [("оптовый рынок «Дордой-2»", "launched")]


@pytest.mark.parametrize("text", [
    "Президенты посетили запущенный в этом году завод по производству стекла.",
    "Глава государства ознакомился с работой запущенного в этом году завода по производству стекла.",
])
def test_this_years_date_between_a_participle_and_its_facility_is_no_place(text):
    assert projects(text) == [("завод по производству стекла", "launched")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент побывал на открытом недавно заводе по производству стекла.", [("завод по производству стекла", "launched")]),
    ("Запущен впервые в регионе завод по производству стекла.", [("завод по производству стекла", "launched")]),
    ("Отмечено, что запущенный ранее Казахстанско-кыргызский фонд развития уже профинансировал 40 проектов.",
     [("Казахстанско-кыргызский фонд развития", "launched")]),
])
def test_an_adverb_of_time_after_the_launch_verb_is_no_part_of_the_name(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("В эксплуатацию введены подстанция «Навои» и линия электропередачи Навои – Бухара.",
     [("подстанция «Навои»", "launched"), ("линия электропередачи Навои – Бухара", "launched")]),
    ("В Бухаре в эксплуатацию сдан новый мост через канал.", [("мост через канал", "launched")]),
    ("В строй введена Сырдарьинская ТЭС-2.", [("Сырдарьинская ТЭС-2", "launched")]),
    ("В эксплуатацию будет введен новый завод по выпуску стекла.", [("завод по выпуску стекла", "announced")]),
])
def test_into_service_fronted_before_its_verb_still_launches_what_follows(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "status"), [
    ("Осуществлен запуск нового цементного завода «Бекабад Цемент».", "launched"),
    ("Был произведен пуск нового цементного завода «Бекабад Цемент».", "launched"),
    ("Будет осуществлен запуск нового цементного завода «Бекабад Цемент».", "announced"),
    ("Проведено совещание по вопросам запуска нового цементного завода «Бекабад Цемент».", "announced"),
])
def test_a_launch_said_to_be_carried_out_took_place(text, status):
    assert projects(text) == [("цементный завод «Бекабад Цемент»", status)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Открылось движение по новому мосту через Сырдарью.", [("мост через Сырдарью", "launched")]),
    ("Открыто движение по автодороге Душанбе – Чанак.", [("автодорога Душанбе – Чанак", "launched")]),
    ("Запущено движение поездов по новой железной дороге Бахты – Аягоз.",
     [("железная дорога Бахты – Аягоз", "launched")]),
    ("Открыто движение по маршруту Ташкент – Бишкек.", []),
])
def test_traffic_opened_over_a_route_opens_the_route(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Свою деятельность начал узбекско-турецкий медицинский центр «Ташкент-Анкара».",
     [("узбекско-турецкий медицинский центр «Ташкент-Анкара»", "launched")]),
    ("Началась эксплуатация нового контейнерного терминала в порту Актау.", [("контейнерный терминал", "launched")]),
    ("Стартовала работа Торгового дома Кыргызстана в Ташкенте.", [("Торговый дом Кыргызстана", "launched")]),
    ("Началась работа межправительственной комиссии.", []),
    ("Началась работа по созданию индустриального парка.", [("индустриальный парк", "announced")]),
])
def test_operation_or_activity_that_began_before_its_facility_launches_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Первый гидроагрегат Рогунской ГЭС поставлен под нагрузку.", [("Первый гидроагрегат Рогунской ГЭС", "launched")]),
    ("Завод «Шуртан ГХК» выведен на проектную мощность.", [("Завод «Шуртан ГХК»", "launched")]),
    ("Новая подстанция «Сырдарья-500» подключена к энергосистеме.", [("подстанция «Сырдарья-500»", "launched")]),
    ("На полную мощность вышел горно-обогатительный комбинат «Бозшаколь».",
     [("горно-обогатительный комбинат «Бозшаколь»", "launched")]),
])
def test_a_plant_on_load_on_the_grid_or_at_full_capacity_is_in_service(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Президенты посетили новый автомобильный завод компании «Astana Motors», который начал работу в этом месяце.",
     [("автомобильный завод компании «Astana Motors»", "launched")]),
    ("Президенты посетили офис банка «Тенге», который открылся в этом месяце.", [("офис банка «Тенге»", "launched")]),
])
def test_the_antecedent_of_which_is_the_facility_before_its_owner_in_the_genitive(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("intro", "status"), [
    ("Главы государств приняли участие в церемонии открытия сразу трех объектов:", "launched"),
    ("Состоялось открытие трех объектов:", "launched"),
    ("Стороны обсудили строительство трех объектов:", "announced"),
])
def test_a_list_after_an_opening_that_took_place_is_launched(intro, status):
    assert projects(f"{intro} завода «Азия Кабель» и логистического терминала «Ангрен».") == [
        ("завод «Азия Кабель»", status), ("логистический терминал «Ангрен»", status)]


@pytest.mark.parametrize("text", [
    "Главы государств примут участие в церемонии открытия завода «Азия Кабель».",
    "Президент примет участие в запуске завода «Азия Кабель».",
    "Главы государств примут участие в церемонии открытия двух объектов: завода «Азия Кабель» и терминала «Ангрен».",
])
def test_an_opening_the_leaders_will_attend_is_still_to_come(text):
    assert {status for _, status in projects(text)} == {"announced"}


def test_lines_of_direct_speech_after_a_sentence_on_projects_are_no_bullets():
    assert article_projects("Стороны обсудили ход реализации совместных проектов.\n\n"
                            "— Совместное предприятие в Андижане показывает хорошие результаты, – отметил министр.\n\n"
                            "— Торговый дом в Алматы – это площадка для наших экспортеров, – добавил он.") == []


def test_dashed_bullets_after_a_list_introduction_are_still_items():
    assert article_projects("В числе согласованных проектов:\n\n— завод по производству стекла в Навои;\n\n"
                            "— логистический центр в Термезе.") == [
        ("завод по производству стекла", "announced"), ("логистический центр", "announced")]


@pytest.mark.parametrize("teaser", [
    "Читайте также: В Навои открылся новый завод по производству стекла.",
    "По теме: В Навои открылся новый завод по производству стекла.",
])
def test_a_link_to_another_story_reports_no_project_of_this_one(teaser):
    assert article_projects(f"Президенты обсудили сотрудничество в энергетике.\n\n{teaser}") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Стороны договорились о совместной реализации проекта «Один пояс – один путь».", []),
    ("Стороны договорились о создании платформы «Центральная Азия + Япония».", []),
    ("The sides agreed to implement projects under the Belt and Road Initiative, including a logistics hub in Khorgos.",
     [("logistics hub", "announced")]),
])
def test_the_belt_and_road_and_a_central_asia_plus_platform_are_no_projects(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Лидеры отметили запуск завода «Узкабель» в Чирчике.", [("завод «Узкабель»", "launched")]),
    ("Главы государств стали свидетелями запуска первой очереди индустриального парка «Чирчик».",
     [("первая очередь индустриального парка «Чирчик»", "launched")]),
    ("Лидеры отметили важность запуска завода «Узкабель» в Чирчике.", [("завод «Узкабель»", "announced")]),
])
def test_a_launch_the_leaders_noted_or_witnessed_took_place(text, expected):
    assert projects(text) == expected


def test_a_start_given_in_a_gerund_clause_launches_the_facility():
    assert projects("Президенты нажали на символическую кнопку, дав старт работе нового завода по производству "
                    "удобрений.") == [("завод по производству удобрений", "launched")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Президенты поздравили коллективы с открытием завода «Узкабель» и фабрики «Шелк».",
     [("завод «Узкабель»", "launched"), ("фабрика «Шелк»", "launched")]),
    ("Визит совпал с открытием завода «Узкабель».", [("завод «Узкабель»", "launched")]),
    ("Стороны не спешат с открытием завода «Узкабель».", [("завод «Узкабель»", "announced")]),
])
def test_an_opening_congratulated_on_or_coinciding_with_a_visit_took_place(text, expected):
    assert projects(text) == expected


def test_a_plural_kind_the_dash_then_names_one_by_one_gives_the_named_projects():
    assert projects("Главы государств поздравили коллективы с открытием новых предприятий – завода «Узкабель» и "
                    "фабрики «Шелк».") == [("завод «Узкабель»", "launched"), ("фабрика «Шелк»", "launched")]


@pytest.mark.parametrize(("text", "expected"), [
    ("На месторождении «Мустакиллик» началась промышленная добыча газа.", [("месторождение «Мустакиллик»", "launched")]),
    ("На новом руднике «Кызылалмасай» началась добыча золота.", [("рудник «Кызылалмасай»", "launched")]),
])
def test_extraction_begun_at_a_field_or_mine_puts_it_into_service(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "Первая продукция: завод «Шиша» в Навои начал работу.",
    "Итоги года: в Навои завод «Шиша» начал работу.",
])
def test_a_label_before_a_colon_is_no_part_of_the_subject(text):
    assert projects(text) == [("завод «Шиша»", "launched")]


@pytest.mark.parametrize("text", [
    "Стороны договорились о создании Международного пресс-центра к саммиту.",
    "Планируется открытие Регионального центра ООН по превентивной дипломатии в Ашхабаде.",
    "Стороны обсудили создание информационного центра ОДКБ.",
    "Стороны обсудили создание Регионального антитеррористического центра.",
])
def test_a_press_centre_or_a_centre_of_an_international_organisation_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize("text", [
    "С 1 мая возобновлена работа пункта пропуска «Кызыл-Бель» на кыргызско-таджикской границе.",
    "Открыты пункты пропуска «Кызыл-Бель» и «Гулистан» после двухлетнего перерыва.",
    "После урегулирования пограничного спора вновь открыт пункт пропуска «Кайрагач».",
    "The Kairagach checkpoint was reopened after two years.",
])
def test_a_border_crossing_reopened_is_the_border_regime_not_a_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Президенты вновь встретились и открыли новый пункт пропуска «Айдарбек».", [("пункт пропуска «Айдарбек»", "launched")]),
    ("Завод «Навои Цемент» возобновил работу после двухлетнего перерыва.", [("Завод «Навои Цемент»", "launched")]),
])
def test_a_new_crossing_or_a_plant_back_at_work_is_still_a_project(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Открыт стадион «Пахтакор» после реконструкции.", [("стадион «Пахтакор»", "launched")]),
    ("В Оше открыта больница «Шифо» после капитального ремонта.", [("больница «Шифо»", "launched")]),
    ("Заработал завод «Навои Цемент» после двухлетнего перерыва.", [("завод «Навои Цемент»", "launched")]),
])
def test_a_repair_or_break_after_the_name_is_no_part_of_it(text, expected):
    assert projects(text) == expected


def test_an_oil_depot_is_a_facility():
    assert projects("В Термезе начала работу нефтебаза «Сурхан».") == [("нефтебаза «Сурхан»", "launched")]


@pytest.mark.parametrize("text", [
    "Стороны договорились создать совместный проектный офис по реализации договоренностей.",
    "Создан штаб и проектный офис по подготовке к саммиту.",
])
def test_a_project_office_coordinates_work_and_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Обсуждены вопросы модернизации топливно-энергетического комплекса.", []),
    ("Планируется модернизация энергетического комплекса страны.", []),
    ("Стороны договорились о модернизации военно-промышленного комплекса.", []),
    ("Будет построен агропромышленный комплекс «Сурхан» в Термезе.", [("агропромышленный комплекс «Сурхан»", "announced")]),
])
def test_a_countrys_fuel_and_energy_or_defence_complex_is_a_sector_not_a_project(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "status"), [
    ("Идет подготовка к торжественному открытию новой больницы «Шифо» в Оше.", "announced"),
    ("Состоялось торжественное открытие новой больницы «Шифо» в Оше.", "launched"),
])
def test_preparations_for_a_solemn_opening_are_for_an_opening_still_to_come(text, status):
    assert projects(text) == [("больница «Шифо»", status)]


@pytest.mark.parametrize(("text", "status"), [
    ("Стороны обсудили торжественное открытие новой больницы «Шифо» в Оше.", "announced"),
    ("Торжественное открытие больницы «Шифо» прошло в Оше.", "launched"),
    ("Открытие больницы «Шифо» пройдет в Оше.", "announced"),
])
def test_a_solemn_opening_is_held_only_when_the_sentence_says_it_took_place(text, status):
    assert projects(text) == [("больница «Шифо»", status)]


@pytest.mark.parametrize(("text", "status"), [
    ("Лидеры подчеркнули необходимость строительства завода «Узкабель».", "announced"),
    ("Стороны обсудили ход строительства завода «Узкабель».", "construction_started"),
])
def test_the_need_for_a_construction_is_no_course_of_it(text, status):
    assert projects(text) == [("завод «Узкабель»", status)]


def test_an_unrealised_project_is_not_being_realised():
    assert projects("Стороны обсудили нереализованные проекты по строительству завода «Узкабель».") == [
        ("завод «Узкабель»", "announced")]

"""Unit tests of Russian openings and launches: lists after a count, towns in order, describing participles."""
from __future__ import annotations

from extraction.projects import find_projects
from tests.helpers import projects, sentences


def placed(*texts: str) -> list[tuple[str, str, str | None]]:
    """Return (name, status, city) of the projects found in consecutive sentences."""
    return [(p.name, p.status, p.city) for p in find_projects(sentences(*texts))]


def test_two_quoted_hotels_after_two_towns_take_one_town_each():
    assert placed("В Самарканде и Бухаре открыты гостиницы «Регистан» и «Ситора».") == [
        ("гостиница «Регистан»", "launched", "Samarkand"), ("гостиница «Ситора»", "launched", "Bukhara")]


def test_towns_that_outnumber_the_names_give_no_town_to_any_name():
    found = placed("В Самарканде, Бухаре и Хиве открыты гостиницы «Регистан» и «Ситора».")
    assert [name for name, _, _ in found] == ["гостиница «Регистан»", "гостиница «Ситора»"]
    assert found[0][2] == found[1][2]


def test_a_count_followed_by_a_dash_is_split_into_the_named_projects():
    assert projects("В Ташкентской области запущены сразу два предприятия — завод «Текстиль Плюс» и фабрика «Шелк Роуд».") == [
        ("завод «Текстиль Плюс»", "launched"), ("фабрика «Шелк Роуд»", "launched")]


def test_schools_opened_after_they_were_built_are_launched_not_completed():
    assert projects("Открыты две новые школы, построенные при поддержке Казахстана.") == [("две новые школы", "launched")]


def test_a_participle_clause_after_a_topic_still_states_that_a_centre_was_built():
    assert projects("Обсуждено развитие медицинского центра, построенного китайскими специалистами в Душанбе.") == [
        ("медицинский центр", "completed")]


def test_fields_listed_after_joint_ventures_are_areas_not_projects():
    assert projects("Стороны обсудили создание совместных предприятий в сферах текстильной промышленности, "
                    "переработки сельхозпродукции и производства стройматериалов.") == []


def test_a_plant_in_a_region_keeps_its_region():
    assert projects("В Ташкентской области построят завод по переработке сельхозпродукции.") == [
        ("завод по переработке сельхозпродукции", "announced")]


def test_a_yearly_tally_of_launched_factories_is_a_statistic():
    assert projects("В прошлом году в стране запущено 120 новых текстильных фабрик.") == []


def test_a_small_described_batch_is_still_a_project():
    assert projects("Запущены 3 новых завода по производству стройматериалов.") == [
        ("3 новых завода по производству стройматериалов", "launched")]


def test_joint_use_of_a_reservoir_is_no_joint_venture():
    assert projects("Стороны также обсудили совместное использование водных ресурсов Токтогульского водохранилища.") == []


def test_a_joint_venture_with_adjectives_before_its_noun_is_still_a_venture():
    assert projects("Создано совместное узбекско-китайское предприятие «Агро Инвест».") == [
        ("совместное узбекско-китайское предприятие «Агро Инвест»", "launched")]


def test_several_large_productions_expected_in_an_interview_are_no_particular_project():
    assert projects("Мы ожидаем запуска нескольких крупных производств.") == []


def test_several_productions_of_a_named_kind_are_still_a_batch():
    assert projects("Планируется запуск нескольких текстильных фабрик.") == [("несколько текстильных фабрик", "announced")]


def test_a_wind_farm_named_by_an_unknown_place_adjective_keeps_its_adjective_in_the_nominative():
    # pymorphy does not know "ВЭС": its gender is the spelled-out "электростанция"'s
    assert projects("Начато строительство Ерейментауской ВЭС.") == [("Ерейментауская ВЭС", "construction_started")]


def test_an_unknown_place_adjective_is_put_in_the_nominative_with_its_head():
    assert projects("Завершено строительство Ерейментауского ветропарка.") == [("Ерейментауский ветропарк", "completed")]


def test_a_builder_in_the_instrumental_is_still_no_part_of_the_name():
    assert projects("Будет построен турецкой компанией завод «Бахт» в Навои.") == [("завод «Бахт»", "announced")]


def test_a_resort_that_took_its_first_tourists_is_launched():
    assert projects("Новый горнолыжный курорт «Шымбулак» принял первых туристов.") == [
        ("горнолыжный курорт «Шымбулак»", "launched")]


def test_output_that_began_at_a_named_plant_launches_the_plant():
    assert projects("На заводе «Таджик Тэкс» начался выпуск продукции.") == [("завод «Таджик Тэкс»", "launched")]


def test_a_plant_that_began_generating_power_is_launched():
    assert projects("ГЭС «Себзор» начала выработку электроэнергии.") == [("ГЭС «Себзор»", "launched")]


def test_something_else_that_began_in_a_field_is_no_project():
    assert projects("На полях Сырдарьинской области начался сбор урожая хлопка.") == []


def test_construction_that_will_start_next_year_is_only_announced():
    assert projects("В следующем году стартует строительство моста через Амударью.") == [
        ("мост через Амударью", "announced")]


def test_construction_that_started_is_under_way():
    assert projects("Стартовало строительство моста через Амударью.") == [("мост через Амударью", "construction_started")]


def test_plural_centres_on_the_border_are_a_kind_not_particular_projects():
    assert projects("Лидеры поручили правительствам проработать вопрос создания торгово-логистических центров "
                    "на границе.") == []


def test_one_centre_on_the_border_is_still_a_project():
    assert projects("Будет построен торгово-логистический центр на границе.") == [
        ("торгово-логистический центр на границе", "announced")]


def test_branches_in_a_whole_country_are_a_kind_not_particular_projects():
    assert projects("Ректоры обсудили открытие новых филиалов российских вузов в Узбекистане.") == []


def test_branches_in_two_named_towns_are_still_one_each():
    assert len(projects("Банк откроет филиалы в Оше и Джалал-Абаде.")) == 2


def test_a_counted_batch_outnumbering_the_named_ones_of_its_kind_stays_a_project():
    assert projects("Начато строительство пяти школ с обучением на русском языке.",
                    "Кроме того, в Душанбе завершено строительство школы «Дружба».") == [
        ("пять школ с обучением на русском языке", "construction_started"), ("школа «Дружба»", "completed")]


def test_a_counted_batch_named_one_by_one_is_dropped_for_its_members():
    assert projects("Начато строительство двух школ с обучением на русском языке.",
                    "В Душанбе также завершено строительство школы «Дружба».",
                    "В Худжанде завершено строительство школы «Мир».") == [
        ("школа «Дружба»", "completed"), ("школа «Мир»", "completed")]


def test_a_route_after_a_comma_stays_in_the_name_of_the_line():
    assert projects("Открыт новый участок железной дороги, от Бухары до Мискина длиной 355 км.") == [
        ("участок железной дороги, от Бухары до Мискина длиной 355 км", "launched")]


def test_a_partner_after_a_comma_is_no_route():
    assert projects("Открыт новый завод «Ангрен Керамика», с Ташкентским хокимиятом подписан договор по аренде.") == [
        ("завод «Ангрен Керамика»", "launched")]


def test_sports_infrastructure_with_no_place_is_a_sector_not_a_project():
    assert projects("Планируется проведение совместных спортивных мероприятий и создание спортивной инфраструктуры.") == []


def test_infrastructure_with_a_named_place_is_still_a_project():
    assert projects("Будет создана транспортная инфраструктура в Навои.") == [("транспортная инфраструктура", "announced")]


def test_a_complex_in_every_district_is_a_policy_not_a_project():
    assert projects("Министр рассказал о планах по строительству физкультурно-оздоровительного комплекса "
                    "в каждом районе.") == []


def test_a_chain_of_sports_schools_in_the_regions_is_no_particular_project():
    assert projects("Министерство спорта поможет создать сеть детско-юношеских спортивных школ в регионах.") == []


def test_a_chain_placed_in_a_city_is_still_a_project():
    assert projects("Будет создана сеть электрозарядных станций в Ташкенте.") == [
        ("сеть электрозарядных станций", "announced")]


def test_a_network_of_its_own_keeps_its_head():
    assert projects("Будет построена волоконно-оптическая сеть в Нарынской области.") == [
        ("волоконно-оптическая сеть", "announced")]


def test_a_company_ready_to_build_is_the_builder_not_the_project():
    assert projects("Компания готова построить гольф-клуб и конноспортивный клуб.") == []


def test_a_plant_fronted_before_an_impersonal_plan_is_still_the_project():
    assert projects("Завод «Ангрен» планируется построить в 2026 году.") == [("Завод «Ангрен»", "announced")]


def test_a_unit_launched_at_a_plant_named_before_the_verb_is_named_by_the_plant():
    assert projects("На Рогунской ГЭС запустили третий агрегат.") == [("третий агрегат Рогунской ГЭС", "launched")]


def test_a_stage_launched_at_a_plant_takes_the_plant_in_the_genitive():
    assert projects("На Навоийском заводе запущена вторая очередь.") == [("вторая очередь Навоийского завода", "launched")]


def test_a_stage_launched_at_a_meeting_is_no_project():
    assert projects("На встрече запустили третий этап.") == []


def test_works_named_in_a_criminal_case_are_no_project_news():
    assert projects("Возбуждено уголовное дело по факту хищения средств при строительстве школы в Оше.") == []
    assert projects("Суд вынес приговор бывшим руководителям энергокомпании по делу о модернизации ТЭЦ Бишкека.") == []


def test_works_beside_an_investigators_body_are_still_projects():
    assert projects("Следственный комитет обсудил с коллегами строительство учебного центра в Ташкенте.") == [
        ("учебный центр", "announced")]


def test_a_bare_adjective_between_commas_takes_the_head_after_it_not_the_one_before():
    found = projects("Начато строительство Рогунской ГЭС, солнечных и ветровых станций в Хатлонской области.")
    assert ("Рогунская ГЭС", "construction_started") in found
    assert not any(name.startswith("Рогунская ГЭС и") for name, _ in found)


def test_a_genitive_noun_after_and_still_continues_the_name():
    assert projects("Обсуждено создание центра торговли и логистики в Термезе.") == [
        ("центр торговли и логистики", "announced")]


def test_a_company_that_built_a_list_of_facilities_is_their_builder_not_a_project():
    assert projects("Компания построила сразу три объекта: школу, больницу и детский сад в Нукусе.") == [
        ("школа", "completed"), ("больница", "completed"), ("детский сад", "completed")]


def test_a_plant_fronted_before_an_impersonal_plural_past_is_the_project():
    assert projects("ТЭЦ в Бишкеке построили в 2020 году.") == [("ТЭЦ", "completed")]


def test_a_company_named_after_the_verb_in_the_nominative_is_the_builder():
    assert projects("Завод построила китайская компания.") == []


def test_a_company_founded_in_the_accusative_is_still_a_project():
    assert projects("Фонд создал совместную компанию «Агро Инвест».") == [("совместная компания «Агро Инвест»", "launched")]

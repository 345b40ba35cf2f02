"""Unit tests of the project grammar and lexicon (own sentences, Russian and English)."""
from __future__ import annotations

from extraction import extract_article
from extraction.projects import find_projects
from extraction.text import Sentence


def sents(*texts: str) -> list[Sentence]:
    return [Sentence(t, i, "body", 0) for i, t in enumerate(texts)]


def projects(*texts: str):
    return [(p.as_written, p.status) for p in find_projects(sents(*texts))]


def places(*texts: str):
    return [(p.city, p.country_code) for p in find_projects(sents(*texts))]


# --- cues and status ---------------------------------------------------------

def test_ru_launch_cue_after_leading_place():
    assert projects("В Карши введен в эксплуатацию совместный стекольный завод «Карши-Шиша».") == [
        ("совместный стекольный завод «Карши-Шиша»", "launched")]


def test_ru_leading_place_phrase_is_skipped_before_the_head():
    got = projects("Министры договорились построить на реке Нарын гидроэлектростанции «Верхняя» и «Нижняя».")
    assert got == [("гидроэлектростанции «Верхняя»", "announced"), ("гидроэлектростанции «Нижняя»", "announced")]


def test_ru_nominal_construction_needs_a_status_word():
    assert projects("Стороны обсудили строительство мостов и дорог.") == []
    # a named facility that is discussed is intended
    assert projects("Стороны обсудили строительство моста через Амударью.") == [("моста через Амударью", "announced")]
    assert projects("Строительство моста «Дружба» через Амударью идет по графику.") == [
        ("моста «Дружба» через Амударью", "construction_started")]
    assert projects("Лидеры поддержали строительство Рогунской ГЭС.") == [("Рогунской ГЭС", "announced")]


def test_en_nominal_construction_and_launch_take_status_from_context():
    assert projects("Ministers welcomed the launch of the Osh Regional Hospital.")[0][1] == "launched"
    assert projects("The bank will fund the construction of a new school in Termez.") == [("school", "announced")]
    assert projects("They talked about the construction of a bridge.") == []


def test_planned_launch_is_announced_but_only_in_its_own_clause():
    assert projects("Планируется, что завод «Алтын-Мис» будет запущен в 2027 году.")[0][1] == "announced"
    got = projects('The parties agreed to build a cargo terminal in Termez, and launched the "Silk Way" trade platform.')
    assert got == [("cargo terminal", "announced"), ('"Silk Way" trade platform', "launched")]


def test_en_will_help_build_and_planned_link_are_announced():
    assert projects("Turkey will help build a grain elevator in the Sughd region.") == [("grain elevator", "announced")]
    assert projects("They discussed a planned power link across the mountains.") == [("power link across the mountains", "announced")]


def test_en_relative_clause_subject_is_followed_back_to_its_antecedent():
    got = projects("Attention was paid to the Kyrgyz-Turkish Development Fund, set up in 2023, which began operations in May.")
    assert got == [("Kyrgyz-Turkish Development Fund", "launched")]


# --- clean spans --------------------------------------------------------------

def test_ru_name_stops_at_second_predicate_price_and_participle():
    assert projects("Стороны договорились совместно построить две ГЭС и довести торговлю до $1 млрд.") == []
    assert projects("В Оше запущен терминал «Ош-Карго» мощностью 100 тысяч тонн, построенный казахской компанией.") == [
        ("терминал «Ош-Карго»", "launched")]
    got = projects("В Навои запущен завод «Навои-Текс», а в Бухаре дан старт строительству отеля «Бухара Плаза».")
    assert got == [("завод «Навои-Текс»", "launched"), ("отеля «Бухара Плаза»", "construction_started")]


def test_en_name_stops_at_cost_capital_and_participle():
    assert projects("The leaders opened the Friendship Clinic in Khiva, built by local firms at a cost of $9 million.") == [
        ("Friendship Clinic", "launched")]
    assert projects("The sides agreed to set up a joint venture with a capital of $20 million.") == [
        ("joint venture", "announced")]
    assert projects("ACWA Power will develop a 1.5 GW wind farm in Karakalpakstan with an investment of $1.8 "
                    "billion.") == [("1.5 GW wind farm", "announced")]


def test_counted_projects_are_not_one_project():
    assert projects("The sides will build three hospitals.") == []
    assert projects("Начали строить две гостиницы.") == []


def test_described_batch_is_one_project_unless_its_items_are_named():
    assert projects("Россия выделит грант на строительство еще четырех школ с углубленным изучением математики в Хатлонской области.") == [
        ("четырех школ с углубленным изучением математики", "announced")]
    assert projects("The company signed a contract to build two Panamax-class bulk carriers at the Aktau yard.")[0][1] == "agreement_signed"
    got = projects("Решено построить две малые ГЭС.", "Договорились построить ГЭС «Верхняя» и ГЭС «Нижняя».")
    assert [n for n, _ in got] == ["ГЭС «Верхняя»", "ГЭС «Нижняя»"]


# --- coordinated lists -------------------------------------------------------

def test_ru_coordinated_quoted_names_keep_head_and_get_respective_places():
    found = find_projects(sents("Решено построить гостиничные комплексы «Нарын» и «Термез»: первый появится в Ташкенте, второй — в Бишкеке."))
    assert [(p.as_written, p.city, p.country_code) for p in found] == [
        ("гостиничные комплексы «Нарын»", "Tashkent", "UZ"), ("гостиничные комплексы «Термез»", "Bishkek", "KG")]


def test_en_coordinated_quoted_names_share_a_head_after_them():
    assert projects('The sides agreed to build the "Amir" and "Timur" hotels.') == [
        ('"Amir" hotels', "announced"), ('"Timur" hotels', "announced")]


# --- never projects ------------------------------------------------------------

def test_documents_bodies_and_forums_are_not_projects():
    assert projects("Стороны договорились создать рабочую группу и совместный форум.") == []
    assert projects("The ministers agreed to establish a joint commission and a roadmap.") == []


# --- place ---------------------------------------------------------------------

def test_places_from_city_region_and_border_phrases():
    assert places("В Джизакской области запущена солнечная электростанция «Джизак-Кун».") == [("Jizzakh", "UZ")]
    assert places("The leaders agreed to build a grain terminal in the Khatlon region.") == [("Khatlon", "TJ")]
    assert places("Дан старт строительству логистического хаба «Южный» на границе двух стран.") == [("border", None)]
    assert places("A new bridge was opened in Termez.") == [("Termez", "UZ")] or places(
        "A new bridge was opened in Termez.")[0][0] is None  # Termez may be missing from the city gazetteer


# --- duplicates, meeting and amount links ---------------------------------------

def test_lead_and_body_wordings_of_one_project_are_merged():
    found = find_projects([Sentence("Начата прокладка оптической линии по дну Каспия.", 0, "lead", 0),
                           Sentence("Дан старт строительству Транскаспийской оптической линии связи по дну Каспийского моря.", 1, "body", 1)])
    assert len(found) == 1 and found[0].as_written.startswith("Транскаспийской")


def test_background_sentence_is_not_linked_to_the_meeting():
    assert find_projects(sents("Ранее в Оше был открыт завод «Ош-Агро»."))[0].at_meeting is False
    assert find_projects(sents("В Оше открыт завод «Ош-Агро»."))[0].at_meeting is True


def test_project_cost_links_to_nearest_project_before_it():
    article = {"language": "ru", "published_at": None, "title": "", "lead": "",
               "body": "В Самарканде введен в эксплуатацию завод «Самарканд-Авто», а в Бухаре дан старт строительству "
                       "отеля «Бухара Сити» стоимостью 45 млн долларов."}
    facts = extract_article(article)
    by_name = {p["project_name_as_written"]: p["amount_key"] for p in facts["projects"]}
    costs = [a["amount_key"] for a in facts["amounts"] if a["amount_kind"] == "project_cost"]
    assert by_name["завод «Самарканд-Авто»"] is None
    if costs:
        assert by_name["отеля «Бухара Сити»"] == costs[0]


def test_project_cost_in_the_next_sentence_links_to_the_project():
    article = {"language": "en", "published_at": None, "title": "", "lead": "",
               "body": "The presidents opened the Tashkent Heart Clinic. The project is estimated at $51 million."}
    facts = extract_article(article)
    costs = [a["amount_key"] for a in facts["amounts"] if a["amount_kind"] == "project_cost"]
    if costs:
        assert facts["projects"][0]["amount_key"] == costs[0]


def test_confidence_reflects_evidence():
    strong = find_projects(sents("В Оше открыт завод «Ош-Агро»."))[0].confidence
    weak = find_projects(sents("A new bridge was opened."))[0].confidence
    assert strong > weak


# --- round 2: cues without the old verbs ----------------------------------------

def test_ru_enumerations_of_projects():
    assert projects("В числе проектов — стекольный завод в Навои, логистический центр «Чирчик» и СЭС мощностью 200 МВт.") == [
        ("стекольный завод", "announced"), ("логистический центр «Чирчик»", "announced"), ("СЭС мощностью 200 МВт", "announced")]
    assert projects("Портфель включает строительство кирпичного завода, агрокомплекса и мясокомбината.") == [
        ("кирпичного завода", "announced"), ("агрокомплекса", "announced"), ("мясокомбината", "announced")]
    assert projects("Среди реализованных проектов — оптовый рынок «Дехкан» в Оше.") == [("оптовый рынок «Дехкан»", "launched")]


def test_en_enumerations_of_projects_with_their_own_remarks():
    assert projects("The projects include a zinc smelter, a 300 MW wind farm and a dry port in Termez.") == [
        ("zinc smelter", "announced"), ("300 MW wind farm", "announced"), ("dry port", "announced")]
    got = projects("Among the key projects are a glass factory in Navoi ($80 million, contract signed) and a bus depot "
                   "in Osh, construction of which began in May.")
    assert got == [("glass factory", "agreement_signed"), ("bus depot", "construction_started")]


def test_anaphoric_enumeration_takes_status_of_previous_sentence():
    got = projects("Стороны подписали соглашения по 12 проектам.", "Среди них — кирпичный завод в Бухаре и тепличный комплекс.")
    assert got == [("кирпичный завод", "agreement_signed"), ("тепличный комплекс", "agreement_signed")]
    got = projects("The sides signed deals on ten projects.", "Among them are an agreement to set up a joint venture for "
                   "assembling buses and a cement plant in Osh.")
    assert [s for _, s in got] == ["agreement_signed", "agreement_signed"]


def test_bulleted_list_with_status_remarks():
    found = find_projects([Sentence("Ключевые проекты, о которых шла речь:", 0, "body", 0),
                           Sentence("- Завод по выпуску лифтов в Ташкенте.", 1, "body", 1),
                           Sentence("Строительство начато в мае.", 2, "body", 1),
                           Sentence("- Тепличный комплекс «Сурхан».", 3, "body", 2),
                           Sentence("Запущен в апреле.", 4, "body", 2),
                           Sentence("- Торговый дом в Баку — планируется.", 5, "body", 3)])
    assert [(p.as_written, p.status) for p in found] == [("Завод по выпуску лифтов", "construction_started"),
                                                   ("Тепличный комплекс «Сурхан»", "launched"),
                                                   ("Торговый дом", "announced")]


def test_agreement_nouns_name_the_deliverable():
    assert projects("Подписан контракт на строительство ТЭЦ в Бишкеке.") == [("ТЭЦ", "agreement_signed")]
    assert projects("Соглашение о строительстве НПЗ в Карши было подписано в ходе визита.") == [("НПЗ", "agreement_signed")]
    assert projects("The two firms signed a contract for the construction of a 1,200 MW thermal power plant.") == [
        ("1,200 MW thermal power plant", "agreement_signed")]
    # an agreement that is only discussed, or about a body, is no project
    assert projects("Эксперты изучили проект соглашения о строительстве моста.") == []
    assert projects("Стороны подписали соглашение о создании рабочей группы.") == []


def test_ru_new_verbs_and_subjects():
    assert projects("В регионе реализуется проект по созданию хлопково-текстильного кластера.") == [
        ("хлопково-текстильного кластера", "launched")]
    assert projects("В области реализуются проекты по строительству завода по выпуску стекла.") == [
        ("завода по выпуску стекла", "construction_started")]
    assert projects("Создано совместное предприятие «ТермезАвто».") == [("совместное предприятие «ТермезАвто»", "launched")]
    assert projects("Завод «Ангрен-Стекло» мощностью 40 тысяч тонн начнет работу в 2027 году.") == [
        ("Завод «Ангрен-Стекло»", "announced")]
    assert projects("Запущена первая очередь Бухарского нефтеперерабатывающего завода.") == [
        ("первая очередь Бухарского нефтеперерабатывающего завода", "launched")]
    assert projects("Завершено строительство детского сада на 240 мест.") == [("детского сада", "completed")]


def test_en_new_verbs_and_subjects():
    assert projects("The leaders unveiled a new business centre.") == [("business centre", "launched")]
    assert projects("The ministers laid the foundation stone of a new oil refinery.") == [("oil refinery", "construction_started")]
    assert projects("A ground-breaking ceremony for the Osh data centre was held on Friday.") == [
        ("Osh data centre", "construction_started")]
    assert projects("A 200 MW solar power plant is expected to be commissioned next year.") == [
        ("200 MW solar power plant", "announced")]
    assert projects("A joint venture making electric buses was set up last week.") == [
        ("joint venture making electric buses", "launched")]
    assert projects("The ministers welcomed the decision of a Korean group to build a tyre factory.") == [
        ("tyre factory", "announced")]


def test_relative_clause_antecedent_in_both_languages():
    assert projects("Министры одобрили увеличение капитала Тюркского инвестиционного фонда, который начал работу в 2023 году.") == [
        ("Тюркского инвестиционного фонда", "launched")]
    assert projects("The leaders praised the work of the Uzbek trading house in Baku, which opened in March.") == [
        ("Uzbek trading house", "launched")]


def test_shared_head_of_coordinated_modifiers():
    assert [n for n, _ in projects("They discussed the construction of the Zomin and Pskem hydropower plants.")] == [
        "Zomin hydropower plant", "Pskem hydropower plant"]
    assert [n for n, _ in projects("Решено построить Зominскую и Пскемскую ГЭС.".replace("Зomin", "Зомин"))] == [
        "Зоминскую ГЭС", "Пскемскую ГЭС"]


def test_financed_or_discussed_named_facility_is_announced():
    assert projects("Банк выделит кредит на строительство автодороги Самарканд — Бухара.") == [
        ("автодороги Самарканд — Бухара", "announced")]
    assert projects("Kazakhstan will allocate funds for the modernisation of the Dostyk border checkpoint.") == [
        ("Dostyk border checkpoint", "announced")]


def test_round2_never_projects():
    assert projects("Bank of China will open a credit line for small businesses.") == []
    assert projects("Банк открыл кредитную линию для фермеров.") == []
    assert projects("The Middle Corridor was launched as a route between China and Europe.") == []
    assert projects("В числе проектов — соглашения и дорожная карта.") == []
    assert projects("The projects include the digital economy and logistics.") == []
    assert projects("Стороны открыли рынок для узбекской продукции.") == []
    assert projects("Создана межправительственная комиссия.") == []
    assert projects("Отдельно обсуждены вопросы водопользования и поставки топлива.") == []


# --- meeting keys -----------------------------------------------------------------

class _Meeting:
    def __init__(self, evidence: str, is_planned: bool = False):
        self.evidence, self.is_planned = evidence, is_planned


def test_project_meeting_key_follows_its_sentence_or_paragraph():
    from extraction.projects import meeting_keys
    sentences = [Sentence("Президенты провели переговоры в Ташкенте.", 0, "body", 0),
                 Sentence("В Навои открыт завод «Навои-Шиша».", 1, "body", 0),
                 Sentence("Затем состоялся бизнес-форум в Самарканде.", 2, "body", 1),
                 Sentence("На форуме дан старт строительству отеля «Регистан».", 3, "body", 1),
                 Sentence("Ранее в Оше был открыт рынок «Ош-Базар».", 4, "body", 2),
                 Sentence("The two ministers also opened a trade house.", 5, "body", 3)]
    found = find_projects(sentences)
    meetings = [_Meeting(sentences[0].text), _Meeting(sentences[2].text), _Meeting("Визит в 2026 году.", True)]
    keys = dict(zip((p.as_written for p in found), meeting_keys(found, meetings, sentences), strict=True))
    assert keys == {"завод «Навои-Шиша»": 0, "отеля «Регистан»": 1, "рынок «Ош-Базар»": None, "trade house": 0}
    assert meeting_keys(found, [], sentences) == [None, None, None, None]

"""Unit tests of projects over two places, follow-up status, merging and relative clauses (own sentences)."""
from __future__ import annotations

from extraction.projects import find_projects
from extraction.text import Sentence


def found(*texts: str, parts: tuple[str, ...] = ()):
    sents = [Sentence(t, i, parts[i] if i < len(parts) else "body", 0) for i, t in enumerate(texts)]
    return [(p.as_written, p.status, p.city) for p in find_projects(sents)]


def statuses(*texts: str):
    return [status for _, status, _ in found(*texts)]


# --- a plural head over two places is one project per place ---------------------

def test_plural_head_over_two_regions_is_two_projects_ru():
    got = found("Правительства договорились о создании технопарков в Самаркандской и Бухарской областях.")
    assert [n for n, _, _ in got] == ["технопарков в Самаркандской области", "технопарков в Бухарской области"]
    assert got[0][2] and got[1][2] and got[0][2] != got[1][2]


def test_plural_head_over_two_regions_is_two_projects_en():
    got = found("The ministers agreed to build logistics hubs in Khatlon and Sughd regions.")
    assert [(n, c) for n, _, c in got] == [("logistics hubs in Khatlon region", "Khatlon"),
                                          ("logistics hubs in Sughd region", "Sughd")]


def test_plural_head_over_three_places_is_one_project_per_place():
    got = found("The company signed agreements worth $1.1 billion with the fund to build solar power plants "
                "in the Samarkand, Bukhara and Jizzakh regions.")
    assert [c for _, _, c in got] == ["Samarkand", "Bukhara", "Jizzakh"]
    got = found("Стороны договорились о строительстве солнечных электростанций в Самаркандской, Бухарской и "
                "Навоийской областях.")
    assert len(got) == 3 and len({c for _, _, c in got}) == 3


def test_plural_head_keeps_its_places_when_they_were_taken_as_its_city():
    # "in Karakalpakstan and Navoi" reads at first as the place of one project
    got = found("The sides agreed to build wind farms in Karakalpakstan and Navoi.")
    assert sorted((n, c) for n, _, c in got) == [("wind farms in Karakalpakstan", "Karakalpakstan"),
                                                ("wind farms in Navoi", "Navoi")]


def test_singular_head_over_two_regions_stays_one():
    assert len(found("Стороны договорились о создании агрокластера в Ферганской и Наманганской областях.")) == 1
    assert len(found("The sides agreed to set up an agro-cluster in Fergana and Namangan regions.")) == 1


def test_plural_head_over_unknown_words_is_not_split():
    # the coordinated words are no places: the name is kept whole
    assert len(found("The sides agreed to build industrial parks in Textile and Leather clusters.")) <= 1


# --- a follow-up sentence moves the projects just named on ----------------------

def test_both_sites_began_updates_previous_projects():
    assert statuses("Министры обсудили строительство Нурекской и Рогунской ГЭС.",
                    "Работы на обоих объектах уже начались.") == ["construction_started"] * 2
    assert statuses("The ministers discussed the construction of the Nurek and Rogun dams.",
                    "Works on both sites began in spring.") == ["construction_started"] * 2


def test_both_sites_in_the_future_stay_announced():
    assert statuses("Министры обсудили строительство Нурекской и Рогунской ГЭС.",
                    "Работы на обоих объектах начнутся в 2028 году.") == ["announced"] * 2
    assert statuses("The ministers discussed the construction of the Nurek and Rogun dams.",
                    "Works on both sites will begin in 2028.") == ["announced"] * 2


def test_a_stage_word_after_a_modal_or_future_in_a_follow_up_stays_a_plan():
    assert statuses("The ministers discussed the construction of the Nurek and Rogun dams.",
                    "Works on both sites should be completed in 2028.") == ["announced"] * 2
    assert statuses("Министры обсудили строительство Нурекской и Рогунской ГЭС.",
                    "Работы на обоих объектах должны быть завершены в 2028 году.") == ["announced"] * 2
    assert statuses("A new cement plant will be built in Jizzakh, the ministry said.",
                    "The enterprise should be commissioned in 2027.") == ["announced"]


def test_bare_head_in_next_sentence_signs_the_agreement():
    assert statuses("Стороны договорились о строительстве цементного завода в Джизаке.",
                    "Соглашение о строительстве завода подписано.") == ["agreement_signed"]
    assert statuses("The sides agreed to build a cement plant in Jizzakh.",
                    "An agreement to build the plant was signed on Monday.") == ["agreement_signed"]


def test_unrelated_following_sentence_changes_nothing():
    assert statuses("Стороны договорились о строительстве цементного завода в Джизаке.",
                    "Работы в поле начались в марте.") == ["announced"]
    assert statuses("The sides agreed to build a cement plant in Jizzakh.",
                    "Spring sowing began in March.") == ["announced"]


# --- ongoing works from a present-tense relative clause -------------------------

def test_present_relative_clause_means_construction_started():
    assert statuses("Президенты обсудили строительство шести больниц для сельских районов, которое финансирует "
                    "турецкая сторона.") == ["construction_started"]
    assert statuses("The presidents discussed the construction of six rural hospitals for mountain districts, "
                    "which Turkey is financing.") == ["construction_started"]


def test_future_relative_clause_is_no_progress():
    assert "construction_started" not in statuses(
        "Президенты обсудили строительство шести больниц для сельских районов, которое будет финансировать "
        "турецкая сторона.")
    assert "construction_started" not in statuses(
        "The presidents discussed the construction of six rural hospitals for mountain districts, "
        "which Turkey will finance.")


# --- one facility worded twice in one article -----------------------------------

def test_title_and_body_wordings_merge():
    got = found("Дан старт строительству приграничного логистического центра",
                "Президенты дали старт строительству приграничного транспортно-логистического центра «Акжол».",
                parts=("title", "body"))
    assert [n for n, _, _ in got] == ["приграничного транспортно-логистического центра «Акжол»"]
    got = found("Construction of border trade centre launched",
                "The presidents launched construction of the border trade and logistics centre Akzhol.",
                parts=("title", "body"))
    assert len(got) == 1


def test_different_places_and_numbers_do_not_merge():
    assert len(found("Стороны договорились построить Нижне-Нарынскую ГЭС-1 и Нижне-Нарынскую ГЭС-2.")) == 2
    assert len(found("The sides agreed to build hospitals in Khatlon and Sughd regions.")) == 2


# --- completion, agreements and establishment -----------------------------------

def test_completed_handed_over():
    assert statuses("Новая поликлиника в Оше сдана.") == ["completed"]
    assert statuses("The new clinic in Osh was handed over to the city.") == ["completed"]
    assert statuses("Поликлиника в Оше сдана в эксплуатацию.") == ["launched"]


def test_agreement_on_establishing_a_venture():
    assert found("The companies signed an agreement on establishing a joint venture for copper smelting.") == [
        ("joint venture for copper smelting", "agreement_signed", None)]
    # an agreement only talked about is no signed one
    assert statuses("Стороны обсудили проект соглашения о создании совместного предприятия «Текс».") != ["agreement_signed"]


def test_counted_batch_over_two_places_keeps_both():
    got = found("Стороны подписали соглашение о строительстве двух ветропарков в Навоийской и Бухарской областях.")
    assert len(got) == 2 and got[0][2] != got[1][2]
    got = found("The sides signed an agreement to build two wind parks in Navoi and Bukhara regions.")
    assert len(got) == 2


def test_name_in_commas_after_the_head_en():
    assert found("A joint venture, Silk Lift, was established last month.") == [
        ("joint venture «Silk Lift»", "launched", None)]
    # an ordinary clause between commas is no name
    assert found("A joint venture, as reported, was established last month.") == []


def test_a_place_after_a_cut_description_still_places_the_facility():
    assert found("The visit ended with the opening of a school built with Turkish support in Osh.") \
        == [("school", "launched", "Osh")]


def test_a_counted_batch_placed_before_its_cue_is_particular():
    got = found("В Ташкентской области началось строительство трех школ и двух больниц за счет гранта Китая.")
    assert [(n, s) for n, s, _ in got] == [("трех школ", "construction_started"), ("двух больниц", "construction_started")]
    # a count of projects, or a batch with no place, says how many, not which
    assert found("Ten projects are being implemented, including a glass plant in Navoi.")[0][0] == "glass plant"
    assert found("Началось строительство трех школ.") == []


def test_a_prepositional_phrase_before_a_russian_passive_is_no_subject():
    assert found("На предприятии налажен контроль качества сельскохозяйственной техники.") == []
    # the subject after the place is the production ("выпуск" names one, as "производство" does)
    assert found("На предприятии налажен выпуск сельскохозяйственной техники.") == [
        ("выпуск сельскохозяйственной техники", "launched", None)]
    assert found("В Ташкентской области новый завод был открыт.") == [("завод", "launched", "Tashkent")]


def test_a_participle_describing_an_opened_facility_does_not_stage_it_and_the_opening_places_it():
    assert found("Открытие школы, построенной за счет гранта Китая, состоялось в Оше.") == [
        ("школы", "launched", "Osh")]
    assert found("The opening of a hospital, built with Turkish support, took place in Osh.") == [
        ("hospital", "launched", "Osh")]
    # the participle alone still stages the facility it describes
    assert found("В Оше открыта школа, построенная за счет гранта Китая.")[0][1] == "launched"


def test_a_placed_batch_named_one_by_one_with_a_synonymous_head_is_not_kept_as_well():
    got = found("Лидеры договорились совместно построить две ГЭС на Зеравшане.",
                "Президенты договорились построить на реке Зеравшан гидроэлектростанции «Яван» и «Фандарья».")
    assert [n for n, _, _ in got] == ["гидроэлектростанции «Яван»", "гидроэлектростанции «Фандарья»"]

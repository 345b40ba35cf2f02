"""Unit tests of project cues across their natural variants: voices, tenses, participles, verbal nouns, both languages.

Each status is stated by many wordings of one newsroom construction; a rule
that knows one wording must know its siblings. The sentences are invented.
"""
from __future__ import annotations

import pytest

from extraction.projects import find_projects
from extraction.text import Sentence
from tests.helpers import projects

ANNOUNCED = [
    ("Узбекистан и Китай планируют построить цементный завод в Джизакской области.", "цементный завод"),
    ("Uzbekistan and China plan to build a cement plant in Jizzakh region.", "cement plant"),
    ("В Навоийской области планируется строительство солнечной электростанции мощностью 100 МВт.",
     "солнечная электростанция мощностью 100 МВт"),
    ("The sides agreed to build a 100 MW solar plant in Navoi region.", "100 MW solar plant"),
    ("Предусматривается строительство автомобильной дороги Бишкек — Нарын.", "автомобильная дорога Бишкек — Нарын"),
    ("Стороны договорились построить железную дорогу Китай — Кыргызстан — Узбекистан.",
     "железная дорога Китай — Кыргызстан — Узбекистан"),
    ("Российская компания намерена открыть в Ташкенте филиал банка «Восток».", "филиал банка «Восток»"),
    ("Russia is going to open a branch of Sberbank in Dushanbe.", "branch of Sberbank"),
    ("В Самарканде будет построена больница на 300 коек.", "больница"),
    ("A new hospital will be built in Samarkand.", "hospital"),
    ("Китайская компания построит в Хатлоне ветровую электростанцию.", "ветровая электростанция"),
    ("The company will build a wind farm in Khatlon.", "wind farm"),
    ("Планируется создание совместного предприятия по производству автобусов.",
     "совместное предприятие по производству автобусов"),
    ("Стороны договорились о создании индустриального парка «Ала-Тоо».", "индустриальный парк «Ала-Тоо»"),
    ("Предполагается возведение Камбаратинской ГЭС-1.", "Камбаратинская ГЭС-1"),
    ("Казахстан построит газопровод «Бейнеу — Шымкент-2».", "газопровод «Бейнеу — Шымкент-2»"),
    ("Kazakhstan intends to construct the Beineu-Shymkent gas pipeline.", "Beineu-Shymkent gas pipeline"),
    ("The construction of a logistics hub in Termez is planned.", "logistics hub"),
    ("Стороны договорились о разработке медного месторождения «Алмалык».", "медное месторождение «Алмалык»"),
    ("The sides agreed to develop the Almalyk copper deposit.", "Almalyk copper deposit"),
    ("В Бухаре откроется торговый дом Таджикистана.", "торговый дом Таджикистана"),
    ("A Tajik trading house will open in Bukhara.", "Tajik trading house"),
    ("Стороны договорились открыть в Ташкенте филиал МГУ.", "филиал МГУ"),
    ("The sides agreed to open a branch of Moscow State University in Tashkent.", "branch of Moscow State University"),
    ("Компания построит центр обработки данных в Астане.", "центр обработки данных"),
    ("The company will build a data center in Astana.", "data center"),
    ("В Нарыне будет создана свободная экономическая зона.", "свободная экономическая зона"),
    ("A special economic zone will be established in Naryn.", "special economic zone"),
    ("Стороны договорились о строительстве ЛЭП из Казахстана в Узбекистан.", "ЛЭП из Казахстана в Узбекистан"),
    ("The sides agreed to construct a power transmission line from Kazakhstan to Uzbekistan.",
     "power transmission line from Kazakhstan to Uzbekistan"),
    ("Строительство школы в Оше будет завершено в 2026 году.", "школа"),
    ('Компания намерена создать в Андижане совместное предприятие по выпуску электромобилей.', 'совместное предприятие по выпуску электромобилей'),
    ('Предлагается построить мост через Пяндж.', 'мост через Пяндж'),
    ('The agreement envisages the construction of a cement plant in Sughd.', 'cement plant'),
    ('A cement plant is planned to be built in Sughd.', 'cement plant'),
    ('A cement plant will be constructed in Sughd.', 'cement plant'),
    ('Kazakhstan is preparing to build a nuclear power plant in Almaty region.', 'nuclear power plant'),
    ('Достигнута договоренность о строительстве цементного завода в Согдийской области.', 'цементный завод'),
    ('В ходе визита планируется подписание соглашения о строительстве цементного завода в Согде.', 'цементный завод'),
    ('Tajikistan, China to build cement plant in Sughd.', 'cement plant'),
    ('Узбекистан и Китай построят цементный завод в Джизаке.', 'цементный завод'),
    ('В Джизаке появится цементный завод.', 'цементный завод'),
    ('The sides agreed to build the "Silk Road" logistics centre in Termez.', '"Silk Road" logistics centre'),
    ('Стороны договорились построить логистический центр "Шелковый путь" в Термезе.', 'логистический центр "Шелковый путь"'),
    ('Masdar will build a 500 MW wind farm in Karakalpakstan.', '500 MW wind farm'),
    ('Компания Masdar построит ветровую электростанцию мощностью 500 МВт в Каракалпакстане.', 'ветровая электростанция мощностью 500 МВт'),
    ('The sides discussed the construction of the Rogun HPP.', 'Rogun HPP'),
    ('Стороны обсудили строительство Рогунской ГЭС.', 'Рогунская ГЭС'),
    ('The railway China-Kyrgyzstan-Uzbekistan will be built by 2030.', 'railway China-Kyrgyzstan-Uzbekistan'),
    ('Железная дорога Китай — Кыргызстан — Узбекистан будет построена к 2030 году.', 'Железная дорога Китай — Кыргызстан — Узбекистан'),
]

SIGNED = [
    ("Стороны подписали соглашение о строительстве цементного завода в Джизакской области.", "цементный завод"),
    ("The sides signed an agreement on the construction of a cement plant in Jizzakh region.", "cement plant"),
    ("Подписано соглашение о строительстве Рогунской ГЭС.", "Рогунская ГЭС"),
    ("An agreement on the construction of the Rogun HPP was signed.", "Rogun HPP"),
    ("Было заключено соглашение о строительстве Рогунской ГЭС.", "Рогунская ГЭС"),
    ("Было подписано соглашение о создании совместного предприятия «Узкор».", "совместное предприятие «Узкор»"),
    ("The parties sealed an agreement to set up a joint venture in Tashkent.", "joint venture"),
    ("Компании заключили контракт на строительство моста через Амударью.", "мост через Амударью"),
    ("A contract to build the bridge across the Amu Darya was signed.", "bridge across the Amu Darya"),
    ("Состоялось подписание соглашения о строительстве логистического центра в Термезе.", "логистический центр"),
    ("The signing of an agreement on the construction of a logistics centre in Termez took place.", "logistics centre"),
    ("The companies inked a deal to build a solar power plant in Navoi.", "solar power plant"),
    ("The sides clinched a deal on building a cement plant in Jizzakh region.", "cement plant"),
    ("An agreement was signed to build a cement plant in Sughd.", "cement plant"),
    ("The agreement on building a 200 MW solar power plant in Bukhara region was signed on Monday.",
     "200 MW solar power plant"),
    ("Uzbekistan and Russia signed a contract for the construction of a nuclear power plant in Jizzakh region.",
     "nuclear power plant"),
    ("Узбекистан и Россия подписали контракт на сооружение атомной электростанции в Джизакской области.",
     "атомная электростанция"),
    ("Стороны подписали меморандум о создании совместного предприятия по выпуску автобусов.",
     "совместное предприятие по выпуску автобусов"),
    ('A contract for the construction of the Yavan HPP was signed.', 'Yavan HPP'),
    ('Подписан контракт на строительство Яванской ГЭС.', 'Яванская ГЭС'),
    ('Контракт на строительство Яванской ГЭС подписан в Душанбе.', 'Яванская ГЭС'),
    ('Соглашение о строительстве Яванской ГЭС было подписано в Душанбе.', 'Яванская ГЭС'),
    ('The sides signed a memorandum on establishing a joint venture in Tashkent.', 'joint venture'),
    ('Документ о создании совместного предприятия «Узкор» подписан в Ташкенте.', 'совместное предприятие «Узкор»'),
    ('Kazakhstan and China signed an agreement for the construction of the Khorgos dry port.', 'Khorgos dry port'),
    ('An investment agreement to build a copper smelter in Almalyk was signed.', 'copper smelter'),
    ('Стороны подписали инвестиционное соглашение о строительстве медеплавильного завода в Алмалыке.', 'медеплавильный завод'),
    ('Казахстан и Китай подписали соглашение о совместном строительстве сухого порта «Хоргос».', 'сухой порт «Хоргос»'),
]

STARTED = [
    ("В Ташкентской области началось строительство газоперерабатывающего завода.", "газоперерабатывающий завод"),
    ("Construction began on a cement plant in Jizzakh region.", "cement plant"),
    ("Начато строительство железной дороги Мазари-Шариф — Кабул.", "железная дорога Мазари-Шариф — Кабул"),
    ("The company started construction of a 100 MW solar plant in Navoi region.", "100 MW solar plant"),
    ("Президенты заложили капсулу в основание нового терминала аэропорта Самарканда.", "терминал аэропорта Самарканда"),
    ("Президенты заложили первый камень в основание медицинского центра в Оше.", "медицинский центр"),
    ("The presidents laid the foundation stone for a new oil refinery in Atyrau region.", "oil refinery"),
    ("The foundation stone of a new university campus was laid in Tashkent.", "university campus"),
    ("Состоялась церемония закладки фундамента логистического центра в Термезе.", "логистический центр"),
    ("A groundbreaking ceremony was held for the Termez logistics hub.", "Termez logistics hub"),
    ("The leaders broke ground on the Kambarata HPP-1.", "Kambarata HPP-1"),
    ("Дан старт строительству Камбаратинской ГЭС-1.", "Камбаратинская ГЭС-1"),
    ("The presidents gave the start to the construction of the Yavan HPP.", "Yavan HPP"),
    ("Ведется строительство моста через реку Пяндж.", "мост через реку Пяндж"),
    ("Construction of the Kazakhstan-China gas pipeline is under way.", "Kazakhstan-China gas pipeline"),
    ("В Бухарской области строится солнечная электростанция мощностью 200 МВт.",
     "солнечная электростанция мощностью 200 МВт"),
    ("A wind farm is being built in Khatlon.", "wind farm"),
    ("В Сугдской области стартовало строительство ветровой электростанции.", "ветровая электростанция"),
    ("Строительство Яванской ГЭС стартовало в марте.", "Яванская ГЭС"),
    ("Construction of the Yavan HPP started in March.", "Yavan HPP"),
    ("The construction of the Yavan HPP has started.", "Yavan HPP"),
    ("Work has started on the construction of the Bishkek-Naryn highway.", "Bishkek-Naryn highway"),
    ("Компания приступила к строительству нефтепровода в Мангистау.", "нефтепровод"),
    ("Строительство ЛЭП «Датка — Кемин» началось в мае.", "ЛЭП «Датка — Кемин»"),
    ("Началась прокладка газопровода «Туркменистан — Китай».", "газопровод «Туркменистан — Китай»"),
    ("Завершение строительства моста через Пяндж ожидается в 2026 году.", "мост через Пяндж"),
    ('Стартовали работы по строительству автодороги Ош — Иркештам.', 'автодорога Ош — Иркештам'),
    ('Начались работы по возведению Камбаратинской ГЭС-1.', 'Камбаратинская ГЭС-1'),
    ('Заложен фундамент нового корпуса Ташкентского университета.', 'корпус Ташкентского университета'),
    ('Construction works began on the Osh-Irkeshtam road.', 'Osh-Irkeshtam road'),
    ('The company commenced construction of a cement plant in Sughd.', 'cement plant'),
    ('Construction of the Kambarata HPP-1 kicked off in March.', 'Kambarata HPP-1'),
    ('The sides kicked off construction of the Osh-Irkeshtam road.', 'Osh-Irkeshtam road'),
    ('Construction of a glass factory has commenced in Navoi region.', 'glass factory'),
    ('Kazakhstan launches construction of Khorgos dry port.', 'Khorgos dry port'),
    ('Construction of the Silk Road logistics centre has begun in Termez.', 'Silk Road logistics centre'),
    ('Началось строительство логистического центра Шелковый Путь в Термезе.', 'логистический центр Шелковый Путь'),
    ('Строящаяся Рогунская ГЭС даст первый ток в 2026 году.', 'Рогунская ГЭС'),
    ('The Rogun HPP, which is under construction, will produce power in 2026.', 'Rogun HPP'),
    ('The presidents attended the groundbreaking of the UzKor plant.', 'UzKor plant'),
    ('Президенты приняли участие в закладке первого камня завода «Узкор».', 'завод «Узкор»'),
]

LAUNCHED = [
    ("В Джизакской области запущен цементный завод.", "цементный завод"),
    ("A cement plant was commissioned in Jizzakh region.", "cement plant"),
    ("Введена в эксплуатацию солнечная электростанция мощностью 100 МВт в Навоийской области.",
     "солнечная электростанция мощностью 100 МВт"),
    ("The presidents inaugurated a 100 MW solar plant in Navoi region.", "100 MW solar plant"),
    ("A 500 MW wind farm was put into service in Karakalpakstan.", "500 MW wind farm"),
    ("Президенты открыли филиал Национального университета в Оше.", "филиал Национального университета"),
    ("The Samarkand branch of the National University was opened.", "Samarkand branch of the National University"),
    ("Лидеры дали старт работе текстильной фабрики «Нур».", "текстильная фабрика «Нур»"),
    ("The Nur textile factory was put into operation.", "Nur textile factory"),
    ("Состоялся запуск ветровой электростанции в Хатлоне.", "ветровая электростанция"),
    ("The launch of the Kemin substation was marked by a ceremony.", "Kemin substation"),
    ("Состоялось открытие торгового дома Узбекистана в Баку.", "торговый дом Узбекистана"),
    ("Открытие торгового дома Казахстана в Ташкенте состоялось в пятницу.", "торговый дом Казахстана"),
    ("The opening of a data centre in Astana took place.", "data centre"),
    ("The inauguration of the Nukus textile park took place on Friday.", "Nukus textile park"),
    ("Состоялся ввод в эксплуатацию Рогунской ГЭС.", "Рогунская ГЭС"),
    ("Пуск Рогунской ГЭС состоялся в ноябре.", "Рогунская ГЭС"),
    ("Рогунская ГЭС введена в эксплуатацию.", "Рогунская ГЭС"),
    ("The Rogun HPP has been commissioned.", "Rogun HPP"),
    ("Рогунская ГЭС была официально запущена в пятницу.", "Рогунская ГЭС"),
    ("The Rogun HPP was officially launched on Friday.", "Rogun HPP"),
    ("Рогунская ГЭС вступила в строй в ноябре.", "Рогунская ГЭС"),
    ("The Rogun HPP went into operation in November.", "Rogun HPP"),
    ("Рогунская ГЭС заработала в ноябре.", "Рогунская ГЭС"),
    ("The Rogun HPP started operating in November.", "Rogun HPP"),
    ("Казахстан и Узбекистан ввели в строй новую ЛЭП «Шымкент — Ташкент».", "ЛЭП «Шымкент — Ташкент»"),
    ("Новая подстанция «Кемин» введена в строй.", "подстанция «Кемин»"),
    ("The leaders launched the Kemin substation via video link.", "Kemin substation"),
    ("Был открыт центр обработки данных в Астане.", "центр обработки данных"),
    ("В Оше торжественно открыли новую школу.", "школа"),
    ("В Ташкенте начал работу торгово-логистический центр «Тянь-Шань».", "торгово-логистический центр «Тянь-Шань»"),
    ("В Термезе начала функционировать свободная экономическая зона «Термез».", "свободная экономическая зона «Термез»"),
    ("A free economic zone was established in Termez.", "free economic zone"),
    ("The Kazakh-Uzbek industrial cooperation centre was launched on the border.",
     "Kazakh-Uzbek industrial cooperation centre"),
    ("The Kyrgyz-Chinese joint venture Golden Dragon began operating in Chui region.",
     "Kyrgyz-Chinese joint venture Golden Dragon"),
    ("В Кашкадарье запущен рудник «Кызылалма».", "рудник «Кызылалма»"),
    ("The Kyzylalma mine was commissioned in Kashkadarya.", "Kyzylalma mine"),
    ("В Андижанской области создан текстильный кластер.", "текстильный кластер"),
    ("A textile cluster was created in Andijan region.", "textile cluster"),
    ("В Хоргосе открыт ТЛЦ «Восток».", "ТЛЦ «Восток»"),
    ("Президенты посетили введенную в эксплуатацию солнечную электростанцию в Навоийской области.",
     "солнечная электростанция"),
    ("Лидеры ознакомились с работой запущенного в мае текстильного комбината «Нур».", "текстильный комбинат «Нур»"),
    ("The leaders visited the recently commissioned Nur textile mill.", "Nur textile mill"),
    ('В Ташкенте открылся торговый дом Кыргызстана.', 'торговый дом Кыргызстана'),
    ('Состоялась торжественная церемония открытия завода «Артель» в Джизаке.', 'завод «Артель»'),
    ('The plant "Artel" opened its doors in Jizzakh.', 'plant "Artel"'),
    ('The Artel plant was inaugurated in Jizzakh.', 'Artel plant'),
    ('An inauguration ceremony of the Artel plant was held in Jizzakh.', 'Artel plant'),
    ('The new bridge was unveiled in Termez.', 'bridge'),
    ('В Ташкенте сдан в эксплуатацию новый корпус больницы.', 'корпус больницы'),
    ('Новый мост через Пяндж сдан в эксплуатацию.', 'мост через Пяндж'),
    ('Uzbekistan opens cement plant in Jizzakh.', 'cement plant'),
    ('In Navoi region, a 100 MW solar power plant was commissioned.', '100 MW solar power plant'),
    ('В Навоийской области введена в строй солнечная электростанция мощностью 100 мегаватт.', 'солнечная электростанция мощностью 100 мегаватт'),
    ('The joint venture "UzKor" has been established in Tashkent.', 'joint venture "UzKor"'),
    ('В Ташкенте учреждено совместное предприятие «УзКор».', 'совместное предприятие «УзКор»'),
    ('The Uzbek-Korean joint venture was registered in Tashkent.', 'Uzbek-Korean joint venture'),
    ('Зарегистрировано узбекско-корейское совместное предприятие.', 'узбекско-корейское совместное предприятие'),
    ('The Kyrgyz-Russian Development Fund has financed 40 projects.', 'Kyrgyz-Russian Development Fund'),
    ('Президенты приняли участие в церемонии запуска завода «Узкор».', 'завод «Узкор»'),
    ('The presidents took part in the launch ceremony of the UzKor plant.', 'UzKor plant'),
    ('The Galkynysh gas field was put into operation.', 'Galkynysh gas field'),
    ('Месторождение «Галкыныш» введено в эксплуатацию.', 'Месторождение «Галкыныш»'),
    ('The Navoi thermal power station was commissioned.', 'Navoi thermal power station'),
    ('Навоийская ТЭС введена в эксплуатацию.', 'Навоийская ТЭС'),
    ('The Nur solar park was inaugurated in Bukhara region.', 'Nur solar park'),
    ('A car assembly plant was opened in Andijan.', 'car assembly plant'),
    ('В Андижане открыт автосборочный завод.', 'автосборочный завод'),
    ('The Uzbek-Chinese agro-cluster was launched in Fergana region.', 'Uzbek-Chinese agro-cluster'),
    ('В Ферганской области запущен узбекско-китайский агрокластер.', 'узбекско-китайский агрокластер'),
    ('A representative office of the Kazakh Export agency was opened in Tashkent.', 'representative office of the Kazakh Export agency'),
    ('В Ташкенте открыто представительство агентства «Казах Экспорт».', 'представительство агентства «Казах Экспорт»'),
    ('A medical center was opened in Osh with Turkish support.', 'medical center'),
]

COMPLETED = [
    ("Завершено строительство моста через реку Пяндж.", "мост через реку Пяндж"),
    ("Construction of the Pyanj bridge has been completed.", "Pyanj bridge"),
    ("Компания завершила строительство газопровода «Бейнеу — Шымкент».", "газопровод «Бейнеу — Шымкент»"),
    ("The company completed the construction of a cement plant in Jizzakh region.", "cement plant"),
    ("Строительство школы в Оше завершено.", "школа"),
    ("В Хатлоне построена новая больница.", "больница"),
    ("A new school was built in Osh.", "school"),
    ("The Beineu-Shymkent gas pipeline was completed last year.", "Beineu-Shymkent gas pipeline"),
    ("Строительство Рогунской ГЭС полностью завершено.", "Рогунская ГЭС"),
    ("The Rogun HPP has been fully completed.", "Rogun HPP"),
    ("The construction of the Rogun HPP was completed in 2025.", "Rogun HPP"),
    ("Возведение Ташкентского металлургического завода завершено.", "Ташкентский металлургический завод"),
    ("Работы по строительству автодороги Душанбе — Чанак завершены.", "автодорога Душанбе — Чанак"),
    ("The newly built Osh hospital received its first patients.", "Osh hospital"),
    ('Работы по строительству моста через Пяндж завершились.', 'мост через Пяндж'),
    ('Строительство Ташкентского металлургического завода завершилось в марте.', 'Ташкентский металлургический завод'),
    ('The company finished building the Osh-Irkeshtam road.', 'Osh-Irkeshtam road'),
    ('Construction of the Osh-Irkeshtam road was finished in May.', 'Osh-Irkeshtam road'),
    ('A grain terminal was built in the port of Aktau.', 'grain terminal'),
    ('В порту Актау построен зерновой терминал.', 'зерновой терминал'),
    ('The Almaty-Tashkent highway was reconstructed.', 'Almaty-Tashkent highway'),
    ('Автодорога Алматы — Ташкент реконструирована.', 'Автодорога Алматы — Ташкент'),
    ('The Zhana-Ozen gas processing plant was modernized.', 'Zhana-Ozen gas processing plant'),
]


@pytest.mark.parametrize("text, name", ANNOUNCED)
def test_a_plan_or_intention_to_build_announces_the_facility(text, name):
    assert projects(text) == [(name, "announced")]


@pytest.mark.parametrize("text, name", SIGNED)
def test_an_agreement_concluded_on_a_facility_signs_it_in_every_voice(text, name):
    assert projects(text) == [(name, "agreement_signed")]


@pytest.mark.parametrize("text, name", STARTED)
def test_ground_broken_or_works_under_way_start_construction_in_every_voice(text, name):
    assert projects(text) == [(name, "construction_started")]


@pytest.mark.parametrize("text, name", LAUNCHED)
def test_a_facility_opened_or_put_into_operation_is_launched_in_every_voice(text, name):
    assert projects(text) == [(name, "launched")]


@pytest.mark.parametrize("text, name", COMPLETED)
def test_a_finished_construction_completes_the_facility_in_every_voice(text, name):
    assert projects(text) == [(name, "completed")]


def test_coordinated_facilities_opened_in_the_passive_are_two_projects():
    assert projects("Открыты цементный завод в Джизаке и стекольный завод в Навои.") == [
        ("цементный завод", "launched"), ("стекольный завод", "launched")]


@pytest.mark.parametrize("text", [
    "Стороны обсудили строительство атомных электростанций.",
    "The sides discussed building nuclear power plants.",
    "Стороны подписали соглашение о сотрудничестве в энергетике.",
    "The sides signed an agreement on cooperation in the energy sector.",
    "Стороны договорились о расширении сотрудничества в строительстве.",
    "The ministers discussed the construction of new roads.",
])
def test_a_kind_of_facility_or_a_document_without_a_facility_is_no_project(text):
    assert projects(text) == []


BRANCH_OFFICES = [
    ("В рамках визита было открыто отделение Национального банка Узбекистана в Бишкеке.",
     "отделение Национального банка Узбекистана"),
    ("В Бишкеке открыто отделение Национального банка Узбекистана.", "отделение Национального банка Узбекистана"),
    ("В рамках визита состоялось открытие представительства компании «Узавто» в Бишкеке.",
     "представительство компании «Узавто»"),
    ("During the visit, a branch of the National Bank of Uzbekistan was opened in Bishkek.",
     "branch of the National Bank of Uzbekistan"),
    ("A representative office of the National Bank of Uzbekistan was opened in Bishkek.",
     "representative office of the National Bank of Uzbekistan"),
    ("The opening of a representative office of Uzavto took place in Bishkek.", "representative office of Uzavto"),
]


@pytest.mark.parametrize("text, name", BRANCH_OFFICES)
def test_a_branch_or_office_opened_after_an_adverbial_is_launched_with_its_parent_in_the_name(text, name):
    assert projects(text) == [(name, "launched")]


FACILITY_PARTS = [
    ("Китай и Казахстан ввели в эксплуатацию пятую нитку газопровода.", "пятая нитка газопровода", "launched"),
    ("The fifth string of the Central Asia–China gas pipeline was put into operation.",
     "fifth string of the Central Asia–China gas pipeline", "launched"),
    ("Запущена первая очередь цементного завода в Джизаке.", "первая очередь цементного завода", "launched"),
    ("The first phase of the cement plant in Jizzakh was launched.", "first phase of the cement plant", "launched"),
    ("Введен в эксплуатацию второй энергоблок Рогунской ГЭС.", "второй энергоблок Рогунской ГЭС", "launched"),
    ("The second unit of the Rogun HPP was commissioned.", "second unit of the Rogun HPP", "launched"),
    ("Президенты запустили третий агрегат Рогунской ГЭС.", "третий агрегат Рогунской ГЭС", "launched"),
    ("Началось строительство второй очереди логистического центра в Термезе.",
     "вторая очередь логистического центра", "construction_started"),
    ("Construction of the second stage of the Termez logistics centre has begun.",
     "second stage of the Termez logistics centre", "construction_started"),
    ("Phase 2 of the Navoi solar park was inaugurated.", "Phase 2 of the Navoi solar park", "launched"),
    ("Стороны договорились построить вторую линию стекольного завода в Навои.", "вторая линия стекольного завода",
     "announced"),
]


@pytest.mark.parametrize("text, name, status", FACILITY_PARTS)
def test_an_ordinal_part_of_a_facility_is_named_with_its_facility(text, name, status):
    assert projects(text) == [(name, status)]


def test_a_part_and_its_facility_in_one_article_are_one_project():
    assert len(projects("Стороны обсудили работу Рогунской ГЭС.",
                        "Введен в эксплуатацию второй энергоблок Рогунской ГЭС.")) == 1


INVESTED = [
    ("A Chinese company will invest in a copper smelting plant in Almalyk.", "copper smelting plant"),
    ("A Chinese company will invest $500 million in a copper smelting plant in Almalyk.", "copper smelting plant"),
    ("The Chinese company is investing in a copper smelter in Almalyk.", "copper smelter"),
    ("Turkish investors will put $200 million into a textile factory in Namangan.", "textile factory"),
    ("The company plans to invest $100 million in a cement plant in Sughd.", "cement plant"),
    ("The fund will invest $50 million in the construction of a solar plant in Bukhara.", "solar plant"),
    ("The group is set to inject $800 million into a corn processing plant in Zhambyl.", "corn processing plant"),
    ("The investors will pour $300 million into the Angren cement plant.", "Angren cement plant"),
    ("Китайская компания инвестирует в медеплавильный завод в Алмалыке.", "медеплавильный завод"),
    ("Китайская компания инвестирует $500 млн в медеплавильный завод в Алмалыке.", "медеплавильный завод"),
    ("Турецкая компания инвестирует $200 млн в строительство текстильной фабрики в Намангане.", "текстильная фабрика"),
    ("Китайская компания вложит средства в создание медеплавильного завода в Алмалыке.", "медеплавильный завод"),
    ("ADB will fund the construction of the Bishkek-Naryn road.", "Bishkek-Naryn road"),
    ("The bank agreed to finance the construction of the Bishkek-Naryn road.", "Bishkek-Naryn road"),
    ("Банк готов профинансировать строительство автодороги Бишкек — Нарын.", "автодорога Бишкек — Нарын"),
    ("Банк профинансирует строительство автодороги Бишкек — Нарын.", "автодорога Бишкек — Нарын"),
]


@pytest.mark.parametrize("text, name", INVESTED)
def test_money_to_be_invested_in_a_facility_announces_it(text, name):
    assert projects(text) == [(name, "announced")]


@pytest.mark.parametrize("text", [
    "The sides will invest in the economy of Uzbekistan.",
    "Компания инвестирует в экономику Узбекистана.",
])
def test_an_investment_in_no_facility_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The parties welcomed progress on CASA-1000 and the Trans-Afghan railway.", [("Trans-Afghan railway", "unknown")]),
    ("The sides discussed TAPI and the Trans-Afghan railway.", [("Trans-Afghan railway", "announced")]),
    ("The sides noted progress on the Rogun HPP.", [("Rogun HPP", "unknown")]),
    ("Стороны отметили прогресс в реализации проекта Трансафганской железной дороги.",
     [("Трансафганская железная дорога", "unknown")]),
    ("The parties welcomed progress in the construction of the Trans-Afghan railway.",
     [("Trans-Afghan railway", "construction_started")]),
    ("The presidents discussed the Yavan and Fandarya hydropower plants.",
     [("Yavan hydropower plant", "announced"), ("Fandarya hydropower plant", "announced")]),
    ("The Yavan and Fandarya refineries were modernised.", [("Yavan refinery", "completed"), ("Fandarya refinery", "completed")]),
])
def test_progress_on_a_named_project_says_no_stage_and_a_code_name_keeps_its_own_head(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text, name", [
    ("Мирзиёев и Рахмон обсудили строительство двух ГЭС на реке Зарафшан.", "две ГЭС на реке Зарафшан"),
    ("Стороны обсудили строительство пяти школ с обучением на русском языке.", "пять школ с обучением на русском языке"),
    ("Стороны обсудили строительство двух солнечных электростанций на реке Вахш.",
     "две солнечные электростанции на реке Вахш"),
    ("Стороны обсудили строительство трех новых энергоблоков Сырдарьинской ТЭС.", "три новых энергоблока Сырдарьинской ТЭС"),
])
def test_a_counted_russian_batch_is_named_in_the_nominative(text, name):
    assert projects(text) == [(name, "announced")]


NEWSROOM = [
    # the project around the work
    ("The sides discussed the project to build a cement plant in Jizzakh.", "cement plant", "announced"),
    ("Стороны обсудили проект по строительству цементного завода в Джизаке.", "цементный завод", "announced"),
    ("Стороны обсудили проект строительства цементного завода в Джизаке.", "цементный завод", "announced"),
    ("В рамках проекта «Зеленая энергия» будет построена солнечная электростанция в Навои.",
     "солнечная электростанция", "announced"),
    ("Under the Green Energy project, a solar plant will be built in Navoi.", "solar plant", "announced"),
    # a relative clause on the works
    ("Президенты посетили цементный завод, строительство которого началось в 2023 году.", "цементный завод",
     "construction_started"),
    ("Президенты осмотрели Рогунскую ГЭС, строительство которой ведется с 2016 года.", "Рогунская ГЭС",
     "construction_started"),
    ("The presidents visited the cement plant, whose construction began in 2023.", "cement plant", "construction_started"),
    ("The presidents visited the cement plant, construction of which started in 2023.", "cement plant",
     "construction_started"),
    # an apposition or relative clause on the price before the predicate
    ("The cement plant, worth $100 million, was commissioned in Jizzakh.", "cement plant", "launched"),
    ("Цементный завод, стоимость которого составляет 100 млн долларов, введен в эксплуатацию.", "Цементный завод",
     "launched"),
    # a venture that starts its work, or will
    ("Совместное предприятие «УзКор» начало работу в Ташкенте.", "Совместное предприятие «УзКор»", "launched"),
    ("Совместное предприятие «УзКор» приступило к работе.", "Совместное предприятие «УзКор»", "launched"),
    ("The joint venture UzKor has started operations.", "joint venture UzKor", "launched"),
    ("Завод «Ангрен» начнет работу в 2026 году.", "Завод «Ангрен»", "announced"),
    ("The Angren plant will become operational in 2026.", "Angren plant", "announced"),
    ("Запуск завода «Ангрен» намечен на 2026 год.", "завод «Ангрен»", "announced"),
    ("The launch of the Angren plant is scheduled for 2026.", "Angren plant", "announced"),
    ("Ввод Рогунской ГЭС в эксплуатацию запланирован на 2027 год.", "Рогунская ГЭС", "announced"),
    ("Состоялся ввод Рогунской ГЭС в эксплуатацию.", "Рогунская ГЭС", "launched"),
    # handed over
    ("Новый мост через Пяндж сдан.", "мост через Пяндж", "completed"),
    ("The new bridge across the Pyanj was handed over.", "bridge across the Pyanj", "completed"),
    ("The Pyanj bridge was handed over for operation.", "Pyanj bridge", "completed"),
    # ground broken, first stone
    ("The first stone was laid for a new hospital in Osh.", "hospital", "construction_started"),
    ("Ground was broken for a new hospital in Osh.", "hospital", "construction_started"),
    ("Ground was broken on the Osh cement plant on Monday.", "Osh cement plant", "construction_started"),
    ("В Оше заложен первый камень новой больницы.", "больница", "construction_started"),
    # a share of the work done
    ("The Osh cement plant is 80% complete.", "Osh cement plant", "construction_started"),
    ("The Rogun HPP is 80 percent complete.", "Rogun HPP", "construction_started"),
    ("Рогунская ГЭС готова на 80 процентов.", "Рогунская ГЭС", "construction_started"),
    ("Строительство Рогунской ГЭС выполнено на 80%.", "Рогунская ГЭС", "construction_started"),
    ("Готовность Рогунской ГЭС составляет 80 процентов.", "Рогунская ГЭС", "construction_started"),
    # headlines
    ("Uzbekistan, China open $50m textile plant.", "textile plant", "launched"),
    ("Uzbekistan and China inaugurate textile plant in Namangan.", "textile plant", "launched"),
    ("Uzbekistan opens $50m textile plant.", "textile plant", "launched"),
    ("China to open $50m textile plant in Namangan.", "textile plant", "announced"),
    ("Turkmenistan completes TAPI section.", "TAPI section", "completed"),
    ("Узбекистан и Китай запускают текстильную фабрику в Намангане.", "текстильная фабрика", "launched"),
    ("В Намангане открывается текстильная фабрика.", "текстильная фабрика", "launched"),
    ("В Навои вводится в эксплуатацию солнечная электростанция.", "солнечная электростанция", "launched"),
]


@pytest.mark.parametrize("text, name, status", NEWSROOM)
def test_newsroom_constructions_around_a_project_give_its_stage(text, name, status):
    assert projects(text) == [(name, status)]


@pytest.mark.parametrize("text", [
    "Uzbekistan, Turkey open new chapter in relations.",
    "The sides will open a new chapter in relations.",
    "Узбекистан открывает новые возможности для инвесторов.",
])
def test_a_headline_verb_without_a_facility_is_no_project(text):
    assert projects(text) == []


ATTRIBUTES_AND_DEALS = [
    # a participle before the noun, with its agent or date between them
    ("Президенты посетили построенный китайской компанией цементный завод в Джизаке.", "цементный завод", "completed"),
    ("Президенты посетили построенную Россией школу в Оше.", "школа", "completed"),
    ("Президенты посетили построенный в 2020 году цементный завод «Ангрен».", "цементный завод «Ангрен»", "completed"),
    ("Президенты посетили запущенный в 2020 году цементный завод «Ангрен».", "цементный завод «Ангрен»", "launched"),
    ("The presidents visited the Chinese-built cement plant in Jizzakh.", "cement plant", "completed"),
    # a participle in commas after the noun
    ("The Angren cement plant, launched in 2020, produces 1 million tonnes a year.", "Angren cement plant", "launched"),
    ("Цементный завод «Ангрен», запущенный в 2020 году, выпускает 1 млн тонн в год.", "Цементный завод «Ангрен»",
     "launched"),
    # working for some time
    ("Завод «Ангрен» работает с 2020 года.", "Завод «Ангрен»", "launched"),
    ("The Angren plant has been operating since 2020.", "Angren plant", "launched"),
    # a roadmap or a priced deal on the works
    ("Стороны подписали дорожную карту по строительству завода «Ангрен».", "завод «Ангрен»", "agreement_signed"),
    ("The sides signed a roadmap for the construction of the Angren cement plant.", "Angren cement plant",
     "agreement_signed"),
    ("The companies signed a deal worth $1 billion to build a copper smelter in Almalyk.", "copper smelter",
     "agreement_signed"),
    ("A contract worth $200 million for the construction of the Angren plant was signed.", "Angren plant",
     "agreement_signed"),
    ("Подписано соглашение, предусматривающее строительство завода «Ангрен».", "завод «Ангрен»", "agreement_signed"),
    ("The sides signed an agreement providing for the construction of the Angren cement plant.", "Angren cement plant",
     "agreement_signed"),
    # a date set for the end of the works or the start of operation
    ("The Angren plant is slated for completion in 2026.", "Angren plant", "construction_started"),
    ("Завершение строительства завода «Ангрен» ожидается в 2026 году.", "завод «Ангрен»", "construction_started"),
    ("The Angren plant is scheduled for commissioning in 2026.", "Angren plant", "announced"),
    ("Завод «Ангрен» планируется построить к 2026 году.", "Завод «Ангрен»", "announced"),
    ("Construction of the Angren plant is due to start in 2026.", "Angren plant", "announced"),
    ("Строительство завода «Ангрен» планируется начать в 2026 году.", "завод «Ангрен»", "announced"),
]


@pytest.mark.parametrize("text, name, status", ATTRIBUTES_AND_DEALS)
def test_participles_roadmaps_priced_deals_and_set_dates_give_the_stage(text, name, status):
    assert projects(text) == [(name, status)]


def test_the_builder_named_after_a_participle_is_no_project():
    assert projects("В Оше запущен терминал «Ош-Карго» мощностью 100 тысяч тонн, построенный казахской компанией.") == [
        ("терминал «Ош-Карго»", "launched")]


MORE_STAGES = [
    # a plan to put into operation, the object before or after the verb
    ("Рогунскую ГЭС введут в эксплуатацию в 2027 году.", "Рогунская ГЭС", "announced"),
    ("Рогунскую ГЭС планируется ввести в эксплуатацию в 2027 году.", "Рогунская ГЭС", "announced"),
    ("Стороны договорились ввести в эксплуатацию Рогунскую ГЭС в 2027 году.", "Рогунская ГЭС", "announced"),
    ("The Rogun HPP is planned to be put into operation in 2027.", "Rogun HPP", "announced"),
    # an obligation is a plan
    ("Цементный завод «Ангрен» должен быть построен к 2026 году.", "Цементный завод «Ангрен»", "announced"),
    ("The Angren plant should be built by 2026.", "Angren plant", "announced"),
    ("The Angren plant must be completed by 2026.", "Angren plant", "announced"),
    ("The Angren plant will be handed over in 2026.", "Angren plant", "announced"),
    ("Рогунская ГЭС будет сдана в эксплуатацию в 2027 году.", "Рогунская ГЭС", "announced"),
    # a ceremony to launch or to lay the first stone
    ("A ceremony to launch the Rogun HPP was held in Nurek.", "Rogun HPP", "launched"),
    ("A ceremony to commission the Rogun HPP took place on Friday.", "Rogun HPP", "launched"),
    ("Состоялась церемония ввода в эксплуатацию Рогунской ГЭС.", "Рогунская ГЭС", "launched"),
    ("A ceremony to lay the foundation stone of the Angren plant was held.", "Angren plant", "construction_started"),
    # resumed works
    ("Construction of the Angren plant has resumed.", "Angren plant", "construction_started"),
    ("The company resumed construction of the Angren plant.", "Angren plant", "construction_started"),
    ("Возобновлено строительство завода «Ангрен».", "завод «Ангрен»", "construction_started"),
    ("Компания возобновила строительство завода «Ангрен».", "завод «Ангрен»", "construction_started"),
    # a builder at work in the present
    ("Китайская компания строит цементный завод в Джизаке.", "цементный завод", "construction_started"),
    ("Китайские компании строят в Узбекистане цементный завод «Ангрен».", "цементный завод «Ангрен»",
     "construction_started"),
    ("A Chinese company is building a cement plant in Jizzakh.", "cement plant", "construction_started"),
    ("Kazakhstan started building a cement plant in Shymkent.", "cement plant", "construction_started"),
]


@pytest.mark.parametrize("text, name, status", MORE_STAGES)
def test_plans_obligations_ceremonies_and_resumed_works_give_the_stage(text, name, status):
    assert projects(text) == [(name, status)]


@pytest.mark.parametrize("text, expected", [
    ("A cement plant and a glass factory were opened in Jizzakh.",
     [("cement plant", "launched"), ("glass factory", "launched")]),
    ("The Angren cement plant and the Navoi glass factory have been commissioned.",
     [("Angren cement plant", "launched"), ("Navoi glass factory", "launched")]),
    ("The Angren cement plant was opened and the Navoi glass factory was launched.",
     [("Angren cement plant", "launched"), ("Navoi glass factory", "launched")]),
    ("Был открыт цементный завод «Ангрен», а также запущена стекольная фабрика «Навои».",
     [("цементный завод «Ангрен»", "launched"), ("стекольная фабрика «Навои»", "launched")]),
    ("Production was launched at the Angren plant.", [("Angren plant", "launched")]),
    ("The Angren plant started production of cement.", [("Angren plant", "launched")]),
    ("Representatives of the company and the Angren plant were present.", []),
])
def test_coordinated_subjects_and_clauses_each_keep_their_facility(text, expected):
    assert projects(text) == expected


FIRST_USERS_AND_HEADS = [
    ("Новая больница в Оше приняла первых пациентов.", "больница"),
    ("The new hospital in Osh received its first patients.", "hospital"),
    ("Логистический центр «Термез» начал принимать грузы.", "Логистический центр «Термез»"),
    ('Logistics centre "Termez" started receiving cargo.', 'Logistics centre "Termez"'),
    ("Международный аэропорт «Термез» принял первый рейс.", "Международный аэропорт «Термез»"),
    ("Завод «Ангрен» начал действовать.", "Завод «Ангрен»"),
    ("The Angren plant has begun functioning.", "Angren plant"),
    ("В Ташкенте открыт торговый молл «Самарканд Дарвоза».", "торговый молл «Самарканд Дарвоза»"),
    ("A shopping mall was opened in Tashkent.", "shopping mall"),
    ("Введена в эксплуатацию ВОЛС Ташкент — Бишкек.", "ВОЛС Ташкент — Бишкек"),
    ("В Алматы запущена третья линия метро.", "третья линия метро"),
    ("The third line of the Almaty metro was launched.", "third line of the Almaty metro"),
]


@pytest.mark.parametrize("text, name", FIRST_USERS_AND_HEADS)
def test_a_facility_taking_its_first_users_or_starting_to_act_is_launched(text, name):
    assert projects(text) == [(name, "launched")]


@pytest.mark.parametrize("text", ["Делегация приняла участие в форуме.", "Президент принял гостей из Китая."])
def test_receiving_guests_is_no_facility(text):
    assert projects(text) == []


def parts(*pairs: tuple[str, str]) -> list[tuple[str, str]]:
    return [(p.name, p.status) for p in find_projects([Sentence(t, i, part, 0) for i, (part, t) in enumerate(pairs)])]


def test_a_headline_synonym_of_the_body_head_is_the_same_facility():
    assert parts(("title", "Kazakh, Kyrgyz PMs open Karkyra checkpoint via video link"),
                 ("body", "The prime ministers commissioned the newly built Karkyra border crossing.")) == [
        ("Karkyra border crossing", "launched")]


def test_a_headline_facility_of_another_kind_stays_its_own_project():
    assert parts(("title", "Kazakhstan, China open Khorgos dry port"),
                 ("body", "The Khorgos logistics centre was also launched.")) == [
        ("Khorgos dry port", "launched"), ("Khorgos logistics centre", "launched")]


@pytest.mark.parametrize("text, name", [
    ("The prime ministers commissioned the newly built Karkyra border crossing.", "Karkyra border crossing"),
    ("Президенты открыли недавно построенный цементный завод «Ангрен».", "цементный завод «Ангрен»"),
])
def test_a_facility_put_into_operation_right_after_it_was_built_is_launched(text, name):
    assert projects(text) == [(name, "launched")]


@pytest.mark.parametrize("text", [
    "По словам президентов, документы открывают дорогу к совместному использованию водных ресурсов.",
    "Узбекистан открыл свой рынок для казахстанских товаров.",
    "Соглашение открыло новую страницу в отношениях.",
])
def test_opening_a_way_a_market_or_a_page_is_no_facility(text):
    assert projects(text) == []


def test_a_plant_named_with_a_shared_plural_head_is_one_project_with_its_singular_mention():
    assert projects("The presidents discussed the Yavan and Fandarya hydropower plants.",
                    "The Yavan hydropower plant was put into operation.") == [
        ("Yavan hydropower plant", "launched"), ("Fandarya hydropower plant", "announced")]


def test_a_later_sentence_moves_a_named_project_on_but_never_back():
    assert projects("Стороны обсудили строительство Рогунской ГЭС.", "Рогунская ГЭС введена в эксплуатацию в ноябре.") == [
        ("Рогунская ГЭС", "launched")]
    assert projects("The Rogun HPP was commissioned in November.", "The sides discussed the Rogun HPP.") == [
        ("Rogun HPP", "launched")]


@pytest.mark.parametrize("text, name, status", [
    ("The Angren solar plant went live on Monday.", "Angren solar plant", "launched"),
    ("The Angren solar plant came online in May.", "Angren solar plant", "launched"),
    ("Завод «Ангрен» вышел на проектную мощность.", "Завод «Ангрен»", "launched"),
    ("The Angren plant reached its full design capacity.", "Angren plant", "launched"),
    ("Работы на объекте «Ангрен» завершены.", "объект «Ангрен»", "completed"),
    ("Work on the Angren plant has been completed.", "Angren plant", "completed"),
    ("Работы на объекте «Ангрен» ведутся по графику.", "объект «Ангрен»", "construction_started"),
    ("В Ташкенте состоялась презентация проекта строительства завода «Ангрен».", "завод «Ангрен»", "announced"),
    ("Состоялось обсуждение строительства завода «Ангрен».", "завод «Ангрен»", "announced"),
])
def test_going_live_full_capacity_works_on_site_and_presented_plans_give_the_stage(text, name, status):
    assert projects(text) == [(name, status)]

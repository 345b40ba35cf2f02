"""Variant matrix of amount kinds: each kind's head noun and cue in their ru/en variants (own sentences).

Newsrooms name one measure many ways (кредит / заём / кредитная линия / financing from a bank;
товарооборот / взаимная торговля / bilateral trade; "довести до" / "target of" / "should reach"), in
many number formats ("$1,3 млрд", "1.3 billion dollars", "US$1.3bn", "22,8 млрд тенге (около $51 млн)").
Every variant must give its kind, and the restatement in a second currency shares it.
"""
from __future__ import annotations

import pytest

from extraction.money import find_amounts
from extraction.text import Sentence
from tests.helpers import kinds

LOANS = [
    ('ru', 'Азиатский банк развития выделил Узбекистану кредит в размере $300 млн на модернизацию сетей.'),
    ('ru', 'Банк предоставит Таджикистану заём на 150 млн долларов.'),
    ('ru', 'Кыргызстан получит займ в 50 млн евро от ЕБРР.'),
    ('ru', 'Эксимбанк открыл кредитную линию на $1,3 млрд.'),
    ('ru', 'Всемирный банк одобрил финансирование в размере 200 млн долларов для программы.'),
    ('ru', 'ЕАБР выдаст льготный кредит на сумму 1,3 миллиарда долларов.'),
    ('ru', 'Кредит в 22,8 млрд тенге (около $51 млн) пойдёт на закупку техники.'),
    ('ru', 'Сумма займа составит 300 млн евро.'),
    ('ru', 'Правительство привлекло заемные средства на 100 млн долларов.'),
    ('ru', 'Исламский банк развития профинансирует проект кредитом в $120 млн.'),
    ('ru', 'Кредитная линия объемом $500 млн открыта для малого бизнеса.'),
    ('en', 'The Asian Development Bank approved a $300 million loan to Uzbekistan.'),
    ('en', 'The bank extended a credit line of US$1.3bn to the government.'),
    ('en', 'The EBRD will provide a facility of €50 million to the company.'),
    ('en', 'The World Bank approved 200 million dollars in financing for the programme.'),
    ('en', 'A loan of 1.3 billion dollars was signed with the Eximbank.'),
    ('en', 'Kazakhstan borrowed $500 million from the Islamic Development Bank.'),
    ('en', 'The EBRD is lending €40 million to the utility.'),
    ('en', 'The bank provided financing of $120 million for the railway.'),
    ('en', 'The ADB loan, worth $250 million, will fund new schools.'),
    ('en', 'The sides signed a $400 million loan agreement.'),
    ('en', 'The credit facility of $75 million was approved by the board.'),
    ('en', 'The lender will extend a 22.8 billion tenge ($51 million) loan to farmers.'),
    ('ru', 'Средства в размере $200 млн будут предоставлены на льготных условиях сроком на 20 лет.'),
    ('ru', 'ЕБРР выделяет 40 млн евро на модернизацию водоснабжения.'),
    ('ru', 'Банк развития профинансирует строительство на $300 млн.'),
    ('ru', 'АБР одобрил кредитование проекта на $150 млн.'),
    ('ru', 'Кредитные средства в размере $80 млн направят на закупку техники.'),
    ('ru', 'Соглашение о займе на 100 млн долларов подписано с ИБР.'),
    ('en', 'The bank will lend $300 million for the construction of a highway.'),
    ('en', 'A $200 million concessional loan will be repaid over 20 years.'),
    ('en', 'Uzbekistan secured $500 million in loans from the World Bank.'),
    ('en', 'The ADB approved $150 million in financing for the project.'),
    ('en', 'The EBRD is providing a $40 million senior loan.'),
    ('en', 'The IsDB signed a $100 million loan deal with Tajikistan.'),
    ('en', 'The sides signed a financing agreement for a $75 million loan.'),
    ('en', 'Eximbank will provide a credit of $1.3 billion.'),
    ('ru', 'Всемирный банк выделит Таджикистану $100 млн на развитие энергетики.'),
    ('ru', 'Эксимбанк Китая профинансирует строительство дороги на сумму $300 млн.'),
    ('ru', 'ЕБРР предоставляет кредит в размере 50 млн евро казахстанской компании.'),
    ('ru', 'Кредитор предоставит 2 млрд тенге ($4 млн) фермерам на льготных условиях.'),
    ('ru', 'Фонд развития выдал займы на 3 млрд сумов.'),
    ('en', 'The World Bank will allocate $100 million to Tajikistan for energy development.'),
    ('en', "China's Eximbank will finance the road construction with $300 million."),
    ('en', 'The EBRD is providing a loan of €50 million to a Kazakh company.'),
    ('en', 'Farmers will receive 2 billion tenge ($4 million) in soft loans.'),
    ('en', 'The development fund issued loans worth 3 billion soums.'),
    ('ru', 'Стороны подписали кредитное соглашение на сумму $200 млн.'),
    ('en', 'The parties signed a credit agreement for $200 million.'),
    ('ru', 'Китай предоставит Кыргызстану льготный кредит на $100 млн.'),
    ('en', 'China will provide Kyrgyzstan with a $100 million preferential loan.'),
]

GRANTS = [
    ('ru', 'Япония выделила грант в размере $5 млн на закупку оборудования.'),
    ('ru', 'ЕС предоставит безвозмездную помощь на 10 млн евро.'),
    ('ru', 'США оказали техническое содействие на сумму $3 млн.'),
    ('ru', 'Сумма гранта составляет 1,3 миллиона долларов.'),
    ('ru', 'Китай передаст Кыргызстану безвозмездно 200 млн юаней.'),
    ('ru', 'Грантовые средства в объеме $2 млн направят на школы.'),
    ('ru', 'Корея выделит гуманитарную помощь на $1 млн.'),
    ('en', 'Japan provided a $5 million grant for equipment.'),
    ('en', 'The EU will allocate €10 million in aid to the region.'),
    ('en', 'The United States provided assistance worth $3 million.'),
    ('en', 'Korea announced a grant of 1.3 million dollars for the hospital.'),
    ('en', 'China will provide 200 million yuan in free aid to Kyrgyzstan.'),
    ('en', 'USAID awarded US$2m in grants to local farmers.'),
    ('en', 'The grant, totalling $4 million, will support schools.'),
    ('en', 'Japan extended grant aid of 500 million yen ($3.4 million).'),
    ('ru', 'Япония безвозмездно выделит $5 млн на оборудование.'),
    ('ru', 'Германия передала на безвозмездной основе 3 млн евро.'),
    ('ru', 'ПРООН предоставила грантовую поддержку в размере $400 тыс.'),
    ('ru', 'Выделена гуманитарная помощь на сумму 1 млн долларов.'),
    ('ru', 'Китай предоставил безвозмездную финансовую помощь в размере 100 млн юаней.'),
    ('en', 'Japan will donate $5 million worth of equipment.'),
    ('en', 'Germany gave €3 million in non-repayable assistance.'),
    ('en', 'UNDP provided grant support of $400,000.'),
    ('en', 'China provided 100 million yuan in grant assistance.'),
    ('en', 'The EU announced €20 million in humanitarian assistance.'),
    ('en', 'A grant worth $2 million will finance schools.'),
    ('ru', 'Правительство Японии выделило грант в 300 млн иен (около $2 млн).'),
    ('ru', 'Безвозмездная помощь Китая составила 50 млн юаней.'),
    ('ru', 'Корейское агентство KOICA передаст оборудование на $1,5 млн.'),
    ('en', 'The Japanese government allocated a grant of 300 million yen (about $2 million).'),
    ('en', 'Chinese grant aid amounted to 50 million yuan.'),
    ('en', 'KOICA will donate equipment worth $1.5 million.'),
    ('en', 'The $2 million grant funds will be spent on schools.'),
    ('ru', 'Южная Корея выделит безвозмездно $10 млн.'),
    ('en', 'South Korea will allocate $10 million free of charge.'),
    ('ru', 'Сумма безвозмездной помощи составит 50 млн юаней.'),
]

TRADE = [
    ('ru', 'Товарооборот между странами в 2024 году составил $1,3 млрд.'),
    ('ru', 'Объем взаимной торговли достиг 4,5 млрд долларов.'),
    ('ru', 'Торговый оборот вырос до 300 млн евро.'),
    ('ru', 'Объём торговли превысил 2 миллиарда долларов.'),
    ('ru', 'Взаимная торговля составила 1,3 миллиарда долларов.'),
    ('ru', 'Товарооборот в прошлом году составил 22,8 млрд тенге (около $51 млн).'),
    ('ru', 'Экспорт узбекской продукции в Китай составил $2 млрд.'),
    ('ru', 'Внешнеторговый оборот за январь-май достиг $900 млн.'),
    ('ru', 'Двусторонний товарооборот увеличился на 20% и составил 3 млрд долларов.'),
    ('en', 'Trade turnover between the countries amounted to $1.3 billion in 2024.'),
    ('en', 'Bilateral trade reached 4.5 billion dollars last year.'),
    ('en', 'The trade volume exceeded US$2bn.'),
    ('en', 'Mutual trade totalled €300 million.'),
    ('en', 'Trade between the two countries stood at $1.3 billion.'),
    ('en', 'Exports to China rose to $2 billion.'),
    ('en', 'Bilateral trade grew by 20% to $3 billion.'),
    ('en', 'Last year, trade turnover was 22.8 billion tenge ($51 million).'),
    ('en', 'The volume of trade between Kazakhstan and Uzbekistan was $4 billion.'),
    ('ru', 'По итогам прошлого года товарооборот составил $1,3 млрд, увеличившись на 15%.'),
    ('ru', 'Объем товарооборота за 9 месяцев — $870 млн.'),
    ('ru', 'Товарооборот между странами достиг рекордных $2,1 млрд.'),
    ('ru', 'В 2024 году стороны наторговали на $4 млрд.'),
    ('ru', 'Взаимный товарооборот превысил отметку в 1 млрд долларов.'),
    ('en', 'Last year, trade between the two countries hit a record $2.1 billion.'),
    ('en', 'Trade turnover for nine months came to $870 million.'),
    ('en', 'Two-way trade was worth $4 billion in 2024.'),
    ('en', "Kazakhstan's exports to Russia were valued at $9 billion."),
    ('en', 'Imports from China totaled $3 billion.'),
    ('ru', 'Товарооборот Узбекистана и Казахстана за январь–июнь составил 2,1 млрд долларов.'),
    ('ru', 'Объем экспорта в Россию достиг 500 млн евро, импорта — $1 млрд.'),
    ('ru', 'Торговля между странами в прошлом году достигла 30 трлн сумов ($2,4 млрд).'),
    ('en', 'Trade between Uzbekistan and Kazakhstan for January–June was $2.1 billion.'),
    ('en', 'Trade last year reached 30 trillion soums ($2.4 billion).'),
    ('en', 'Bilateral trade turnover amounted to 1.3 billion US dollars.'),
    ('en', 'Trade between the countries rose 15% year-on-year to $900 million.'),
    ('ru', 'Товарооборот вырос на 15% и достиг 900 млн долларов.'),
    ('ru', 'Товарооборот за 10 месяцев — $1,1 млрд.'),
    ('en', 'Bilateral trade in January-October: $1.1 billion.'),
    ('ru', 'Узбекистан поставил в Казахстан продукции на $1,5 млрд.'),
    ('en', 'Uzbekistan shipped $1.5 billion worth of goods to Kazakhstan.'),
    ('ru', 'Объем поставок узбекской продукции составил $600 млн.'),
]

TRADE_GOALS = [
    ('ru', 'Стороны договорились довести товарооборот до $5 млрд.'),
    ('ru', 'Президенты поставили задачу довести объём взаимной торговли до 10 млрд долларов к 2030 году.'),
    ('ru', 'Планируется увеличить товарооборот до 2 миллиардов долларов.'),
    ('ru', 'Цель — нарастить торговый оборот до $3 млрд.'),
    ('ru', 'Товарооборот планируется довести до $5 млрд в ближайшие годы.'),
    ('ru', 'Стороны намерены достичь товарооборота в $10 млрд.'),
    ('ru', 'Поставлена цель по товарообороту в 5 млрд долларов.'),
    ('ru', 'Объём торговли должен достичь $3 млрд к 2027 году.'),
    ('en', 'The leaders agreed to bring trade turnover to $5 billion.'),
    ('en', 'The sides aim to increase bilateral trade to 10 billion dollars by 2030.'),
    ('en', 'The countries set a target of $3 billion in mutual trade.'),
    ('en', 'They want trade to reach US$2bn within three years.'),
    ('en', 'A trade target of $10 billion was announced.'),
    ('en', 'The goal is to boost trade turnover to $5 billion.'),
    ('en', 'The presidents instructed their governments to raise trade to $3 billion.'),
    ('en', 'Both countries seek to double trade to $4 billion by 2030.'),
    ('en', 'Trade is targeted to reach $6 billion by 2030.'),
    ('en', 'The two leaders set the goal of reaching $5 billion in trade.'),
    ('en', 'The parties plan to lift mutual trade to 2 billion dollars.'),
    ('en', 'The aim is $10 billion in annual trade by 2030.'),
    ('ru', 'К 2030 году товарооборот должен вырасти до $10 млрд.'),
    ('ru', 'Лидеры поставили цель увеличить товарооборот до 5 миллиардов долларов.'),
    ('ru', 'Стороны рассчитывают нарастить взаимную торговлю до 3 млрд долларов.'),
    ('ru', 'Ставится задача выйти на товарооборот в $2 млрд.'),
    ('ru', 'Товарооборот предполагается увеличить до $4 млрд к 2028 году.'),
    ('ru', 'Президенты договорились об увеличении товарооборота до $5 млрд.'),
    ('ru', 'Целевой показатель товарооборота — $7 млрд.'),
    ('ru', 'Товарооборот, по планам сторон, достигнет $3 млрд к 2026 году.'),
    ('ru', 'Стороны подтвердили намерение довести товарооборот до $5 млрд.'),
    ('ru', 'Поставлена задача в ближайшие три года увеличить взаимную торговлю до 2 млрд долларов.'),
    ('ru', 'Наращивание товарооборота до $10 млрд остается приоритетом.'),
    ('ru', 'Планируется, что объем торговли достигнет $1 млрд.'),
    ('en', 'The sides reaffirmed their intention to increase trade to $5 billion.'),
    ('en', 'The leaders set a goal to bring bilateral trade to $10 billion.'),
    ('en', 'Increasing trade to $10 billion remains a priority.'),
    ('en', 'Trade is planned to reach $1 billion.'),
    ('en', 'The parties agreed on a $5 billion trade target.'),
    ('en', 'The countries are working towards $3 billion in trade by 2030.'),
]

PACKAGES = [
    ('ru', 'Подписан пакет соглашений на сумму $1,3 млрд.'),
    ('ru', 'Стороны подписали соглашения на сумму 5 млрд долларов.'),
    ('ru', 'Портфель совместных проектов оценивается в $10 млрд.'),
    ('ru', 'По итогам форума заключены сделки на 300 млн евро.'),
    ('ru', 'Подписаны документы на общую сумму 1,3 миллиарда долларов.'),
    ('ru', 'Достигнуты договорённости на $7 млрд.'),
    ('ru', 'Подписано 25 соглашений стоимостью более 2 млрд долларов.'),
    ('ru', 'Сформирован портфель из 40 проектов на $4 млрд.'),
    ('ru', 'Заключены контракты на общую сумму 22,8 млрд тенге (около $51 млн).'),
    ('en', 'The sides signed agreements worth $15 billion.'),
    ('en', 'Deals worth US$1.3bn were signed at the forum.'),
    ('en', 'Agreements totalling 5 billion dollars were concluded.'),
    ('en', 'A package of agreements valued at €300 million was signed.'),
    ('en', 'The portfolio of joint projects is estimated at $10 billion.'),
    ('en', 'Contracts worth a total of $2 billion were inked.'),
    ('en', 'The two sides sealed deals totaling $4 billion.'),
    ('en', 'Some 25 documents with a total value of $2 billion were signed.'),
    ('en', 'The signed agreements amount to $5 billion.'),
    ('ru', 'В ходе визита подписаны соглашения на общую сумму более $5 млрд.'),
    ('ru', 'Общая стоимость подписанных документов превышает $10 млрд.'),
    ('ru', 'По итогам бизнес-форума стороны заключили соглашения на $3,5 млрд.'),
    ('ru', 'Пакет инвестиционных соглашений составил $1,3 млрд.'),
    ('ru', 'Подписано соглашений на 2 млрд долларов.'),
    ('ru', 'Сумма подписанных контрактов превысила 500 млн евро.'),
    ('ru', 'Общий портфель соглашений оценивается в $12 млрд.'),
    ('en', 'The total value of the signed documents exceeds $10 billion.'),
    ('en', 'The business forum produced agreements worth more than $3.5 billion.'),
    ('en', 'A portfolio of projects worth $12 billion was agreed.'),
    ('en', 'Agreements amounting to $2 billion were reached.'),
    ('en', 'The signed contracts are worth a combined $500 million.'),
    ('en', 'Over 30 deals totalling $6bn were inked during the visit.'),
    ('en', 'The package of deals, valued at US$1.3bn, covers energy and mining.'),
    ('ru', 'Узбекистан и Китай подписали 30 документов на $5 млрд'),
    ('ru', 'Будут подписаны соглашения на сумму около 2 млрд долларов.'),
    ('ru', 'Ожидается подписание контрактов на 500 млн евро.'),
    ('ru', 'Подписание соглашений на сумму $3 млрд состоялось в Ташкенте.'),
    ('ru', 'Итогом визита стали договоренности на общую сумму 1,5 миллиарда долларов.'),
    ('ru', 'На форуме заключено экспортных контрактов и инвестиционных соглашений на 14 трлн сумов (более $1,1 млрд).'),
    ('ru', 'Сформирован пакет из 50 инвестиционных проектов стоимостью свыше $8 млрд.'),
    ('ru', 'Стороны согласовали портфель проектов на $2,4 млрд.'),
    ('en', 'Uzbekistan and China sign 30 documents worth $5 billion'),
    ('en', 'Agreements worth about 2 billion dollars will be signed.'),
    ('en', 'The signing of contracts worth €500 million is expected.'),
    ('en', 'The visit resulted in agreements totalling 1.5 billion dollars.'),
    ('en', 'Export contracts and investment agreements worth 14 trillion soums (over $1.1 billion) were concluded.'),
    ('en', 'A package of 50 investment projects worth over $8 billion has been formed.'),
    ('en', 'The sides approved a $2.4 billion portfolio of projects.'),
    ('en', 'Deals worth a total of $3bn were struck at the forum.'),
    ('en', 'The leaders witnessed the signing of agreements valued at $4.2 billion.'),
    ('ru', 'Казахстан и Китай договорились о проектах на $10 млрд'),
    ('ru', 'Реализуется 50 проектов стоимостью $7 млрд.'),
    ('en', 'Uzbekistan, China ink $5bn deals'),
    ('en', 'Kazakhstan secures $2bn in investment deals'),
    ('en', 'Companies signed export contracts worth $300 million.'),
    ('ru', 'Сумма инвестиций по подписанным соглашениям составила $5 млрд.'),
    ('en', 'Investment under the signed agreements totals $5 billion.'),
    ('en', 'Investment commitments of $5 billion were announced.'),
    ('ru', 'Объявлены инвестиционные обязательства на $5 млрд.'),
    ('en', 'The two sides signed investment agreements worth $3 billion.'),
    ('ru', 'Подписаны инвестиционные соглашения на 3 млрд долларов.'),
    ('ru', 'Стороны подписали 12 межправительственных и межведомственных документов, а также коммерческие соглашения на $1,7 млрд.'),
    ('en', 'Twelve intergovernmental documents and commercial agreements worth $1.7 billion were signed.'),
]

INVESTMENT_MADE = [
    ('ru', 'В экономику Узбекистана вложено $1,3 млрд китайских инвестиций.'),
    ('ru', 'Объём инвестиций составил 5 млрд долларов.'),
    ('ru', 'За пять лет привлечено $2 млрд иностранных инвестиций.'),
    ('ru', 'Освоено 300 млн евро инвестиций.'),
    ('ru', 'Накопленные инвестиции Китая в Казахстан превышают $25 млрд.'),
    ('ru', 'Объем прямых иностранных инвестиций достиг 1,3 миллиарда долларов.'),
    ('ru', 'Турецкие компании инвестировали в экономику страны $1 млрд.'),
    ('ru', 'Китайские инвесторы вложили в экономику республики 2 млрд долларов.'),
    ('en', "Chinese companies have invested $1.3 billion in Uzbekistan's economy."),
    ('en', 'Accumulated investment reached 5 billion dollars.'),
    ('en', 'Foreign direct investment totalled US$2bn last year.'),
    ('en', 'The country attracted €300 million of investment.'),
    ('en', 'Investment from Turkey amounted to $1 billion.'),
    ('en', 'Turkish firms poured $700 million into the economy.'),
    ('en', 'Kazakhstan attracted $25 billion in Chinese investments over a decade.'),
    ('ru', 'Объем китайских инвестиций в экономику Кыргызстана составил $1,3 млрд.'),
    ('ru', 'Всего в страну привлечено более 5 млрд долларов инвестиций.'),
    ('ru', 'Инвестиции Турции в Узбекистан превысили $1,5 млрд.'),
    ('ru', 'Объем освоенных инвестиций составил 300 млн евро.'),
    ('ru', 'За годы независимости в Таджикистан вложено свыше $3 млрд.'),
    ('ru', 'Российские компании инвестировали $2 млрд.'),
    ('en', "Chinese investment in Kyrgyzstan's economy amounted to $1.3 billion."),
    ('en', 'More than $5 billion of investment has been attracted.'),
    ('en', 'Turkish investment in Uzbekistan exceeded $1.5 billion.'),
    ('en', 'Russian companies invested $2 billion.'),
    ('en', 'Total investment stood at €300 million.'),
    ('en', 'Over $3 billion has been invested in Tajikistan since independence.'),
    ('ru', 'Объем накопленных китайских инвестиций в Казахстан составил $25 млрд.'),
    ('ru', 'В прошлом году в экономику привлечено 3 трлн сумов инвестиций.'),
    ('ru', 'Инвестиции в основной капитал составили 10 трлн тенге.'),
    ('ru', 'Российские инвесторы вложили в экономику страны более $10 млрд.'),
    ('en', 'The stock of Chinese investment in Kazakhstan stands at $25 billion.'),
    ('en', 'Investments in fixed capital amounted to 10 trillion tenge.'),
    ('en', "Russian investors have put more than $10 billion into the country's economy."),
    ('en', 'Chinese investment inflows reached $2 billion.'),
    ('en', 'Over the past five years, China has invested more than $10 billion in the country.'),
    ('ru', 'За последние пять лет Китай инвестировал в страну более $10 млрд.'),
]

PROJECT_COSTS = [
    ('ru', 'Стоимость проекта составляет $1,3 млрд.'),
    ('ru', 'Строительство завода оценивается в 300 млн евро.'),
    ('ru', 'Возведение ГЭС обойдётся в 2 млрд долларов.'),
    ('ru', 'Проект стоимостью 1,3 миллиарда долларов реализует китайская компания.'),
    ('ru', 'Стоимость строительства электростанции оценивается в $500 млн.'),
    ('ru', 'Завод стоимостью $120 млн будет построен в Навои.'),
    ('ru', 'Общая стоимость проекта — 22,8 млрд тенге (около $51 млн).'),
    ('ru', 'Реализация проекта обойдется в 150 млн долларов.'),
    ('en', 'The project cost is $1.3 billion.'),
    ('en', 'The plant is valued at €300 million.'),
    ('en', 'The construction of the dam is estimated at 2 billion dollars.'),
    ('en', 'The project, worth US$1.3bn, will be implemented by a Chinese firm.'),
    ('en', 'A $120 million factory will be built in Navoi.'),
    ('en', 'The power plant will cost $500 million.'),
    ('en', 'The project is estimated to cost 22.8 billion tenge ($51 million).'),
    ('en', 'The cost of the railway is put at $3 billion.'),
    ('ru', 'Проект оценивается в $1,3 млрд.'),
    ('ru', 'Стоимость строительства составит 300 млн евро.'),
    ('ru', 'Стоимость завода — $120 млн.'),
    ('ru', 'Реализация проекта потребует 2 млрд долларов.'),
    ('ru', 'Завод обойдется инвестору в 50 млн долларов.'),
    ('ru', 'Строительство ГЭС оценивается в 1,3 миллиарда долларов.'),
    ('ru', 'Возведение комплекса стоимостью 22,8 млрд тенге (около $51 млн) завершится в 2026 году.'),
    ('en', 'The project is valued at $1.3 billion.'),
    ('en', 'Construction will cost €300 million.'),
    ('en', "The plant's price tag is $120 million."),
    ('en', 'The dam is estimated at 2 billion dollars.'),
    ('en', 'The $1.3 billion project will be completed in 2027.'),
    ('en', 'The complex, costing 22.8 billion tenge ($51 million), will open in 2026.'),
    ('en', 'The railway is expected to cost US$3bn.'),
    ('ru', 'Стоимость строительства моста составляет 3 млрд рублей.'),
    ('ru', 'Проект оценивается в 500 млрд сумов ($40 млн).'),
    ('ru', 'Строительство первой очереди обойдется в 200 млн долларов.'),
    ('ru', 'Общая стоимость нового терминала — $80 млн.'),
    ('en', 'The bridge will cost 3 billion roubles.'),
    ('en', 'The project is estimated at 500 billion soums ($40 million).'),
    ('en', 'The first phase will cost $200 million.'),
    ('en', 'The new terminal is worth $80 million.'),
    ('en', 'The plant, valued at $120 million, will produce cement.'),
    ('en', 'The firm will implement a $300 million investment project in Jizzakh.'),
    ('ru', 'Проект по строительству железной дороги оценивается в $4,7 млрд.'),
    ('en', 'The railway project is estimated at $4.7 billion.'),
    ('ru', 'Стоимость первого этапа составит 1,3 миллиарда долларов.'),
    ('en', 'The first stage will cost 1.3 billion dollars.'),
    ('ru', 'Мощность станции составит 500 МВт, стоимость — $600 млн.'),
    ('en', 'The station will have a capacity of 500 MW and cost $600 million.'),
]

FUNDS = [
    ('ru', 'Стороны создали инвестиционный фонд с капиталом $1 млрд.'),
    ('ru', 'Уставный капитал совместного предприятия составит 300 млн евро.'),
    ('ru', 'Капитал фонда составит 500 млн долларов.'),
    ('ru', 'Будет учрежден фонд объемом $2 млрд.'),
    ('ru', 'Фонд с капиталом 1,3 миллиарда долларов начнёт работу в следующем году.'),
    ('en', 'The sides set up an investment fund with capital of $1 billion.'),
    ('en', "The joint venture's authorised capital will be €300 million."),
    ('en', 'A $500 million fund will invest in green projects.'),
    ('en', 'The fund, capitalised at US$2bn, will start next year.'),
    ('en', 'The registered capital of the company is 1.3 billion dollars.'),
    ('en', "The fund's capital amounts to $400 million."),
    ('ru', 'Капитализация фонда составит $1 млрд.'),
    ('ru', 'Стороны договорились создать совместный инвестиционный фонд на $500 млн.'),
    ('ru', 'Уставный фонд компании — 300 млн евро.'),
    ('ru', 'Фонд объемом 1,3 миллиарда долларов будет инвестировать в проекты.'),
    ('en', 'The two sides agreed to create a joint investment fund of $500 million.'),
    ('en', "The company's charter capital is €300 million."),
    ('en', 'The $1.3 billion fund will invest in infrastructure.'),
    ('en', 'The fund has assets of $2 billion.'),
    ('ru', 'Уставный капитал банка составит 1 млрд сомов.'),
    ('ru', 'Совместный фонд получит капитал в $500 млн.'),
    ('en', "The bank's authorized capital will be 1 billion soms."),
    ('en', 'The joint fund will receive capital of $500 million.'),
    ('en', 'The two countries launched a $1 billion investment fund.'),
    ('en', 'The sides agreed on a $2 billion equity fund.'),
    ('ru', 'Капитал совместной инвестиционной компании составит $100 млн.'),
    ('en', 'The joint investment company will have capital of $100 million.'),
]

OTHER = [
    ('ru', 'ВВП страны превысил $90 млрд.'),
    ('ru', 'Бюджет программы составляет 5 млн долларов.'),
    ('ru', 'Денежные переводы мигрантов составили $3 млрд.'),
    ('ru', 'Средняя зарплата достигла 500 долларов.'),
    ('en', "The country's GDP exceeded $90 billion."),
    ('en', 'Remittances from migrants reached $3 billion.'),
    ('en', "The company's revenue amounted to $1.3 billion."),
    ('ru', 'Бюджет страны на следующий год составит 100 трлн сумов.'),
    ('en', 'The state budget for next year will amount to 100 trillion soums.'),
    ('ru', 'Доходы от туризма составили $500 млн.'),
    ('en', 'Tourism revenues reached $500 million.'),
    ('en', 'Migrant workers sent home $2 billion in remittances.'),
]

@pytest.mark.parametrize(("language", "text"), LOANS)
def test_money_a_lender_extends_is_a_loan(language, text):
    found = kinds(text, language)
    assert found and set(found) == {'loan'}


@pytest.mark.parametrize(("language", "text"), GRANTS)
def test_aid_given_free_is_a_grant(language, text):
    found = kinds(text, language)
    assert found and set(found) == {'grant'}


@pytest.mark.parametrize(("language", "text"), TRADE)
def test_trade_already_done_is_turnover(language, text):
    found = kinds(text, language)
    assert found and set(found) == {'trade_turnover'}


@pytest.mark.parametrize(("language", "text"), TRADE_GOALS)
def test_a_trade_figure_to_be_reached_is_a_target(language, text):
    found = kinds(text, language)
    assert found and set(found) == {'trade_target'}


@pytest.mark.parametrize(("language", "text"), PACKAGES)
def test_a_total_of_deals_signed_is_a_package(language, text):
    found = kinds(text, language)
    assert found and set(found) == {'investment_package'}


@pytest.mark.parametrize(("language", "text"), INVESTMENT_MADE)
def test_investment_made_is_investment_volume(language, text):
    found = kinds(text, language)
    assert found and set(found) == {'investment_volume'}


@pytest.mark.parametrize(("language", "text"), PROJECT_COSTS)
def test_what_one_project_costs_is_its_cost(language, text):
    found = kinds(text, language)
    assert found and set(found) == {'project_cost'}


@pytest.mark.parametrize(("language", "text"), FUNDS)
def test_a_funds_capital_is_a_fund(language, text):
    found = kinds(text, language)
    assert found and set(found) == {'fund'}


@pytest.mark.parametrize(("language", "text"), OTHER)
def test_an_economys_or_companys_own_figures_are_other(language, text):
    found = kinds(text, language)
    assert found and set(found) == {'other'}


# Several amounts in one sentence or across two: each takes its own phrase's kind, a restatement its amount's.
SEVERAL = [
 ("ru", ["Товарооборот в 2024 году составил $4 млрд, а к 2030 году его планируется довести до $10 млрд."], ["trade_turnover", "trade_target"]),
 ("en", ["Trade reached $4 billion in 2024, and the sides plan to bring it to $10 billion by 2030."], ["trade_turnover", "trade_target"]),
 ("ru", ["Подписаны соглашения на $5 млрд, в том числе кредит АБР на $300 млн."], ["investment_package", "loan"]),
 ("en", ["Agreements worth $5 billion were signed, including a $300 million ADB loan."], ["investment_package", "loan"]),
 ("ru", ["Стоимость проекта — $200 млн, из них $150 млн составит кредит Эксимбанка."], ["project_cost", "loan"]),
 ("en", ["The project costs $200 million, of which $150 million is an Eximbank loan."], ["project_cost", "loan"]),
 ("ru", ["Товарооборот вырос до $2 млрд.", "Стороны намерены довести его до $5 млрд."], ["trade_turnover", "trade_target"]),
 ("en", ["Trade rose to $2 billion.", "The sides intend to raise it to $5 billion."], ["trade_turnover", "trade_target"]),
 ("ru", ["Япония выделит грант в 500 млн иен (около $3,4 млн) и кредит в $100 млн."], ["grant", "grant", "loan"]),
 ("en", ["Japan will provide a grant of 500 million yen (about $3.4 million) and a $100 million loan."], ["grant", "grant", "loan"]),
 ("ru", ["Объем инвестиций составил 14 трлн сумов ($1,1 млрд), товарооборот — $900 млн."], ["investment_volume", "investment_volume", "trade_turnover"]),
 ("en", ["Investment totalled 14 trillion soums ($1.1 billion), and trade $900 million."], ["investment_volume", "investment_volume", "trade_turnover"]),
 ("ru", ["Экспорт составил $1,2 млрд, импорт — $800 млн."], ["trade_turnover", "trade_turnover"]),
 ("en", ["Exports amounted to $1.2 billion and imports to $800 million."], ["trade_turnover", "trade_turnover"]),
 ("ru", ["Создан совместный фонд с капиталом $500 млн, который профинансирует проекты на $2 млрд."], ["fund", "investment_package"]),
 ("en", ["A joint fund with capital of $500 million was set up; it will finance projects worth $2 billion."], ["fund", "investment_package"]),
]


@pytest.mark.parametrize(("language", "sentences", "expected"), SEVERAL)
def test_several_amounts_each_take_their_own_phrases_kind(language, sentences, expected):
    found = find_amounts([Sentence(t, i, "body", i) for i, t in enumerate(sentences)], language, 2025)
    assert [a.kind for a in found] == expected

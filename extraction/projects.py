"""Extract concrete projects (plants, centres, hotels, funds) and their status.

A project is recognised by a launch/construction/agreement cue followed (or,
for passive verbs, preceded) by a noun phrase whose head names a physical or
organisational deliverable; documents, councils and generic "projects" are
rejected. Coordinated lists become separate projects. The phrase is cut at
clause boundaries, verbs and prices so the name reads as the source names it.
Enumerations ("В числе проектов — …", "The projects include …", bulleted
lines after "…проекты:") name projects without a verb: each item takes the
status its own remark states, else the one of the list's introduction.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from ingestion.schemas import PROJECT_STATUSES

from . import lexicon
from .dates import years_before
from .entities import EN_ORGANISATION_WORDS, country_of_city, find_cities, find_countries, find_persons
from .prefilter import LiteralIndex
from .resolve import crosslang_key, same_crosslang
from .text import Sentence

_QUOTE = re.compile(r'[«"“„][^»"”“]{1,80}[»"”]')
# A ranking that opens a phrase in commas after an item (", the largest …", ", the country's largest …", ", Tajikistan's
# biggest …", ", крупнейшую в регионе …")
_RANKING_ASIDE = re.compile(r"((?:the\s+(?:[\w-]+['’]s\s+)?|[A-Z][\w-]*['’]s\s+)(\w{3,}est|most)|крупнейш\w*"
                            r"|самы\w*\s+(крупн|больш|мощн)\w*)(?!\w)")

_SEPARATORS = re.compile(r",?\s+а также\s+|,?\s+as well as\s+|,?\s+along\s?with\s+|,\s+and\s+|\s+and\s+|,\s+|;\s+|\s+и\s+")
# Words before the deliverable that name the work on it or the project around
# it ("проект по строительству завода", "the construction of the plant"): the
# deliverable is the project. A counted part of it ("the first stage of the
# plant") stays in the name; see _facility_part.
_WORKS_EN = ("passing|construction|creation|launch|opening|laying|building|establishment|development|implementation|"
             "modernisation|modernization|reconstruction|expansion|commissioning")
# The works with how they are done ("the joint construction of", "the further development of").
_WORKS_EN_DONE = rf"((joint|further|planned|proposed|future|phased)\s+)?({_WORKS_EN})"
# Stems of the English gerunds that name works on a facility ("building a plant", "expanding the X line").
_WORKS_GERUND_STEMS = (r"build|rebuild|construct|creat|establish|develop|expand|upgrad|improv|moderni[sz]|reconstruct|"
                       r"rehabilitat|renovat|refurbish|repair|widen|extend|electrif|equipp|complet|implement|launch|connect|"
                       r"open|operat|advanc|promot|financ|fund|lay|install|erect|deploy")
_NOMINALISATION = re.compile(
    r"^(the\s+)?"
    # "finished building its section of the X pipeline": the gerund of the works before an owner's part
    r"((build|construct|complet|finish)ing\s+(?=(its|their)\s))?"
    # "an investment agreement on the creation of …", "a memorandum of understanding on …": the document before the work
    # the parties may stand between the document and its object ("an agreement between X and Y on the construction of")
    r"(([\w-]+\s+){0,2}?(agreement|contract|memorandum(\s+of\s+understanding)?|deal|mou|accord)s?\s+"
    r"((between|with)\s+[^,;]{1,60}?\s+)?(on|for|about)\s+"
    rf"(the\s+)?(?=({_WORKS_EN_DONE})\s+of\s))?"
    # "the commencement of construction on (for) a logistics center": the start of the works before them
    r"((commencement|beginning|start)\s+of\s+(the\s+)?)?"
    rf"(({_WORKS_EN_DONE}|operation)\s+of\s+(the\s+)?|(construction|building|works?)\s+(on|for)\s+(the\s+|an?\s+)?)?"
    # "work has begun on the foundation of a new plant": the ground a facility stands on is the facility's
    # ("the ADB-financed 73-km section of the X road": its length and its lender go with the part; a named part,
    # "the Afghan section of the TAPI pipeline", stays a project)
    r"(((its|their|the|an?)\s+)?(own\s+)?((\S*\d\S*|[\w-]+-(financed|funded|built|backed|supported))\s+){0,2}?"
    r"(section|part|segment|share|foundations?|groundwork|(construction\s+)?site)\s+of\s+"
    r"(the\s+|an?\s+)?)?"
    r"((agreement|contract|memorandum|deal)s?\s+((between|with)\s+[^,;]{1,60}?\s+)?(on|to|for)\s+(the\s+)?((set(ting)?\s+up|build(ing)?|creat(e|ing)|establish(ing)?|"
    r"construct(ing)?|open(ing)?)\s+)?(a\s+|an\s+|the\s+)?)?"
    r"((foundation|first)\s+stone\s+(of|for)\s+(the\s+)?|ground-?breaking\s+(ceremony\s+)?(of|for|on|at)\s+(the\s+)?)?"
    # "completed projects for constructing three photovoltaic stations": the projects are the works on the stations
    rf"(projects?\s+(for|on|of)\s+(({_WORKS_GERUND_STEMS})ing|setting\s+up)\s+((the|a|an)\s+)?)?"
    # a gerund of the works in a list of them ("projects such as expanding the X plant, building a new Y"), with the
    # preposition an item may repeat ("agreed on new projects, in particular, on setting up a factory")
    # ("Establishing 58 inclusive schools": a bullet item's count stays with the name)
    rf"(((on|in|about)\s+)?(({_WORKS_GERUND_STEMS})ing|setting\s+up)\s+((the|a|an)\s+|(?=\d)))?"
    r"|"
    r"^"
    # an item of "соглашения, в том числе о строительстве X": the preposition of the work it hangs on
    r"((о|об)\s+(?=(строительств|создани|прокладк|достройк|открыти|запуск|реализаци|возведени|сооружени|модернизаци|реконструкци|"
    r"расширени|учреждени|организаци|финансировани)\w*\s))?"
    # "финансирование проекта «X»", "финансировании строительства X": the money goes to the work named after it
    # ("о финансировании и достройки тоннеля": the two works joined)
    r"(финансировани\w*\s+(и\s+)?(?=(проект|строительств|создани|реконструкци|модернизаци|достройк)\w*\s))?"
    # the noun "проект", not the adjective of a "проектный офис"; the parties may stand before the object
    r"(((совместн|инвестиционн|крупн|нов|масштабн|приоритетн|флагманск)\w*\s+)?(проект(а|у|ом|е|ы|ов|ам|ами|ах)?(?!\w)|"
    r"(соглашени|контракт|договор|меморандум)\w*)\s+((между|с|со)\s+[^,;]{1,60}?\s+(?=(о|об|на|по|для)\s))?((о|об|на|по|для)\s+)?)?"
    r"((строительств|создани|прокладк|прокладывани|достройк|достраивани|открыти|запуск|реализаци|возведени|сооружени|"
    r"модернизаци|реконструкци|расширени|учреждени|организаци|(разработк|освоени)\w*(?=\s+(\w+\s+){0,4}?месторожд))\w*\s+)?", re.IGNORECASE)
_EN_BREAK = {"of", "for", "on", "in", "at", "along", "near", "with", "between", "to", "by", "from", "that",
             "which", "following", "worth", "under", "across", "over", "through", "into", "is", "are", "was", "were",
             # the circumstances of the event, never part of the name ("inaugurated the X centre via video link")
             "via", "during", "within", "after", "before", "since", "amid", "today", "yesterday", "jointly",
             # where, said again ("accelerate the construction of the centre there")
             "there", "here",
             # what it can do ("a children's hospital capable of 5,000 operations a year")
             "capable"}
# English words that end the subject search going backwards: the noun phrase
# of a passive or relative clause starts right after them.
_EN_SUBJECT_BREAK = _EN_BREAK | {"and", "paid", "said", "noted", "welcomed", "discussed", "about", "as", "also",
                                 "has", "have", "had", "be", "been", "being", "while", "once", "when", "after",
                                 "before", "until", "if", "since", "because", "unless", "so"}
_EN_PARTICIPLE = re.compile(r"^(\w+ed|built|rebuilt|set up|made|run|held|located|based|owned|funded|backed|worth)(?!\w)")
_RELATIVE = re.compile(r"^(which|that|who|котор\w+)$", re.IGNORECASE)
_RU_PREPOSITIONS = {"в", "во", "на", "у", "около", "близ", "вблизи", "возле", "под", "при", "между"}
_INDEFINITE = re.compile(r"^\s*(a|an)\s", re.IGNORECASE)
_WORD = re.compile(r"[\w«»\"“”„'-]+")
# A Russian full participle ("построенные", "возведенную", "реализуемых"): after a comma it describes a noun, it is no predicate.
_ATTRIBUTIVE_RU = re.compile(r"(?:нн|ем|им)(ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)$")
# A count of projects the words after a dash or colon then name one by one ("сразу два предприятия — завод «X» и …").
_COUNTED_THEN_NAMED = re.compile(r"^\s*(?:(?:сразу|еще|ещё|целых)\s+)?([^\s—–:,]+(?:\s+[^\s—–:,]+){1,3}?)\s*[—–:]\s+(?=\S)")
# What may stand between a verb cue and a nominal one that names its work ("реализуется проект по строительству").
_PREAMBLE = re.compile(r"^\s*((a|an|the|joint|new|pilot|investment)\s+)*((проект|projects?)\w*\s*)?((по|of|for|on|to)\s*)?(the\s+)?$")
_NAME_DASH = re.compile(r"((?<!\w)[A-ZА-ЯЁ][\w-]*)\s[—–]\s(?=[A-ZА-ЯЁ])")
# What may stand between one nominal cue's object and the next cue it shares its verb with.
# (an abbreviation in brackets may close the first: "… по маршруту ТАП (ТАП), а также ввода …")
_COORDINATOR = re.compile(r"(\s*\([^()]{1,20}\))?\s*(,|,?\s*(и|а также|and|as well as))?\s*(the\s+)?")
# A Russian "проект" called by a Latin code name ("проект CASA-1000", "проекта TAPI").
_CODE_NAMED = re.compile(r"(?<!\w)проект\w*\s+[A-Z][A-Z\d]+(?:-[A-Z\d]+)*(?![\w-])")
# A route or river after a name ("по маршруту X", "on the Zarafshan River"): shared by the items of a list, it says
# nothing of which one a name is.
_PLACE_TAIL = re.compile(r"\s(?:(?:по маршруту|вдоль|между|along|between)\s|на (?:реке|озере)\s|on the [A-Z][\w-]*\s+(?:[Rr]iver|[Ll]ake)\b).*$")
# Two works joined under one "по" ("по выпуску и реализации автомобилей"): the conjunction joins no items,
# and a cue on the second work continues the first.
_VERBAL_NOUN = r"[а-яё]+(?:у|ю|е|и)"
# ("по переработке фруктов и производству консервов": the second work may follow the first one's object)
_ACTIVITY_PAIR = re.compile(rf"((?<!\w)по\s+{_VERBAL_NOUN}\s)(и)(?=\s{_VERBAL_NOUN}\s)"
                            rf"|((?<!\w)по\s+{_VERBAL_NOUN}(?:\s+[а-яё]+){{1,2}}\s)(и)"
                            r"(?=\s(?:производств|переработк|выпуск|сборк|изготовлени|хранени|упаковк|фасовк)\w*\s)")
# "a complex of ammonia and urea production plants": the conjunction joins the products of the one complex
_COMPLEX_OF_PAIR = re.compile(r"((?<!\w)(?:complex|cluster|chain|network|system)\s+of\s+[a-z][\w-]*\s)(and)(?=\s[a-z][\w-]*\s+"
                              r"(?:[a-z][\w-]*\s+)?(?:plants|factories|facilities|enterprises|units|workshops)(?!\w))",
                              re.IGNORECASE)
# "3-й и 4-й этапы комплекса": the conjunction joins the numbers of the parts of one facility
_NUMBERED_PAIR = re.compile(r"(?<=\d-[а-я])\s+и\s+(?=\d+-[а-я]{1,3}\s)|(?<=\d-[а-я]{2})\s+и\s+(?=\d+-[а-я]{1,3}\s)")
_ACTIVITY_PAIR_BEFORE = re.compile(rf"(?<!\w)по\s+{_VERBAL_NOUN}\s+и\s+$")
# The two ends of a route or line: the conjunction between them joins no items.
_BETWEEN_PAIR = re.compile(r"((?<!\w)(?:between|между)\s+[^,;]{1,80}?\s)(and|и)(?=\s)", re.IGNORECASE)
# A company's legal form after a comma ("Beijing Triumph Engineering Co., Ltd."): part of its name, no second item
_COMPANY_SUFFIX = re.compile(r",(?=\s+(?:" + lexicon.legal_forms() + r")(?!\w))")
# "между Туркменистаном, Афганистаном и Пакистаном": the ends of one route, listed
_BETWEEN_LIST = re.compile(r"(?<!\w)(?:between|между)\s+[A-ZА-ЯЁ][\w-]*(?:,\s+[A-ZА-ЯЁ][\w-]*)+,?\s+(?:and|и)\s+(?=[A-ZА-ЯЁ])")
_PLACE_LIST = re.compile(r"(?<!\w)(?:в|во|на)\s+[А-ЯЁ][а-яё-]+(?:ой|ом)(?:,\s+[А-ЯЁ][а-яё-]+(?:ой|ом))*(?:,?\s+и\s+)"
                         r"[А-ЯЁ][а-яё-]+(?:ой|ом)\s+(?:областях|районах|регионах|вилоятах|провинциях|городах)(?!\w)"
                         # "в городах Кокшетау, Семей и Усть-Каменогорск": the names after the kind of place
                         r"|(?<!\w)(?:в|во)\s+(?:городах|областях|районах|регионах)\s+[А-ЯЁ][\w-]+(?:,\s+[А-ЯЁ][\w-]+)*,?\s+и\s+"
                         r"[А-ЯЁ][\w-]+")
# A facility named by no kind at all
_BARE_OBJECT = re.compile(r"(объект\w*|facility|facilities|object|site)", re.IGNORECASE)
# Words pointing back at something named before: "this enterprise", "данный объект", "такой комплекс", "the mentioned HPP",
# "аналогичные зоны" (more like the one named)
_DEMONSTRATIVE = re.compile(r"(?:this|these|that|those|such|similar|(?:above-?|afore)?mentioned|said|этот|эта|это|эти|этого|этой|этих|этому"
                            r"|этим|эту|данн\w*|так(?:ой|ая|ое|ие|ого|ую|их|им|ом)|(?:выше)?(?:указанн|упомянут)\w*|аналогичн\w*|подобн\w*)\s",
                            re.IGNORECASE)
# The English verbs that bring a facility about, each taking its own object in a coordinated list
_EN_MAKING_VERB = r"(?:build|construct|create|establish|set up|open|launch|develop|moderni[sz]e|expand|start|commission|inaugurate)"
# with the other works of a build-and-operate deal ("develop, build and operate a 500 MW wind farm")
_LEADING_VERB_EN = re.compile(rf"^(?:{_EN_MAKING_VERB}|operate|finance|design|own|run|maintain)\s+"
                              r"(?=(?:a|an|the|two|three|four|five|new|joint|\d+)\s)")
_BARE_VERB_EN = re.compile(_EN_MAKING_VERB)
_COUNT_LEAD = re.compile(r"(several|two|three|four|five|six|many|multiple|some|a number of|a few|несколько|нескольких|ряд|ряда|"
                         r"два|две|двух|три|трех|трёх|четыре|четырех|пять|пяти|много|многих)\s+", re.IGNORECASE)
_SUBORDINATE = re.compile(r"(when|where|while|if|because|although|unless|once|когда|где|если|пока|хотя)\s", re.IGNORECASE)
_PAREN = re.compile(r"\([^()]*\)")
# "производство цемента на заводе «X»": output made at a named facility; the facility is the project
_PRODUCTION_AT = re.compile(r"^(?:производств|выпуск|сборк|переработк)\w*\s+(?:[^,;«»]*?\s)?на\s+(?=[А-Яа-яЁё])", re.IGNORECASE)
# A headline's price before the head ("open $50m textile plant") is an amount, not part of the name.
_LEADING_PRICE = re.compile(r"^(?:[$€£]\s?\d[\d.,]*\s*(?:-?\s*(?:m|mn|mln|bn|bln|million|billion)\b)?(?:-dollar|-plus|\+)?"
                            r"|\d[\d.,]*[\s-]+(?:million|billion)[\s-]+(?:(?:US|U\.S\.)\s+)?(?:dollars?|euros?|yuan|usd|eur))\s+", re.IGNORECASE)
# A coordinated item repeating the cue's preposition ("on a data centre and on a complex").
# A place that ends an English item, and one coordinated after it ("in Nukus and the Nukus district")
_EN_PLACE_END = re.compile(r"\s(in|at|near)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)*"
                           r"(?:\s+(?:city|district|region|province))?$")
_OF_PLACE_END = re.compile(r"\s(?:in|at|near|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:province|region|district)\s+of\s+[A-Z][\w'-]*$")
# A place named with its kind that ends an English item, known or not ("in the Javansky district")
_KIND_PLACE_END = re.compile(r"\s(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'-]+\s+(?:district|region|province|city|village|town)$")
_EN_PLACE_AFTER_AND = re.compile(r"^(?:the\s+)?[A-Z][\w-]*(?:\s+(?:city|district|region|province)s?)?(?!\w)")
_REPEATED_PREPOSITION = re.compile(r"^(?:on|for|of|about)\s+(?=(?:a|an|the)\s)|^(?:in|into)\s+(?=the\s+(?:joint\s+)?"
                                   rf"(?:{_WORKS_EN})\s+of\s)", re.IGNORECASE)
# A word in capitals that is an abbreviation ("MoU", "EPC"), not a name.
_ABBREVIATION = re.compile(r"[A-Z][a-z]?[A-Z]")
# words that put a signing still to come ("the agreement will be signed", "планируется подписать")
_TO_COME = re.compile(r"(?<!\w)(will|to be|would|shall|plans?|planned|expected|expects|expecting|intends?|intending|"
                      r"будет|будут|планиру\w*|намерен\w*|предстоит)(?!\w)")
# The words before a signing that put it still to come ("is expected to be signed", "will be inked").
_AHEAD_EN = "|".join(lexicon.load_yaml("projects")["ahead_participles_en"])
_AHEAD_RU = "|".join(lexicon.load_yaml("projects")["ahead_impersonal_ru"])
_AHEAD = re.compile(rf"(?<!\w)(to|will|would|shall|should|must|be|going|{_AHEAD_EN})\s+"
                    r"((?:soon|also|jointly|shortly)\s+)?(be\s+)?$")
# An infinitive before an "announced" work cue ("signed to set up a JV and to build a refinery", "agreed to finance
# the plant"): it states a purpose, not a stage, so the works take the stage of what governs them. Wider than
# projects.yaml's headline infinitive cue: verbs of paying (allocate, provide, finance, fund) and "develop" state a
# purpose too, but alone in a headline they do not put a facility to come.
_BARE_INFINITIVE = re.compile(r"to\s+((help|jointly)\s+(to\s+)?)?((rehabilitate|reconstruct|renovate|moderni[sz]e|upgrade|repair)\s+and\s+)?"
                              r"(build|construct|open|launch|set up|establish|create|develop|expand|reconstruct|rehabilitate|"
                              r"renovate|moderni[sz]e|upgrade|allocate|provide|finance|fund)(?!\w)")
# A concluded deal whose terms the clause goes on to state ("under the signed agreements, the fund will invest …",
# "an agreement under which X will build …").
_DEAL_TERMS = re.compile(r"(?<!\w)(under (the|this|these|those) (\w+ ){0,2}(agreements?|deals?|contracts?|memorand\w+)"
                         r"|under (one|some|each|two|three) of (them|these|those|the (\w+ ){0,2}(agreements|deals|contracts|memoranda|documents))"
                         r"|(agreements?|deals?|contracts?|memorand\w+)(?!\w)[^;]{0,120}?,? under which"
                         r"|(соглашени|договор(?!енност)|контракт|меморандум)\w*[^;]{0,120}?,? (согласно|по|в соответствии с) котор\w+"
                         r"|(согласно|в соответствии с) (подписанн\w+ )?(соглашени|договор(?!енност)|контракт|меморандум)\w*)(?!\w)")
# The named places a route participle leads to ("… linking Termez and Mazar-i-Sharif"), which say which facility it is.
_NAMED_ROUTE = re.compile(r"\s+(?:the\s+)?[A-Z]")
# A contrast or a semicolon: the clause after it has its own verb and deal (money.py has a wider _CLAUSE_BREAK for amounts).
_CONTRAST = re.compile(r";|\s(but|while|whereas)\s")
# A sentence that opens on deals named before, by their noun ("The agreement covers …", "These documents provide for …",
# "Under the agreements, …", "The package includes …").
_DEAL_BACK = re.compile(r"^\W*((in particular|also|in addition|besides),?\s+)?(under\s+)?(the|this|these|that|those|such|"
                        r"another|one of the|each of the) (\w+ )?(agreements?|deals?|contracts?|memorand\w+|documents?|mous?"
                        r"|package|portfolio)(?!\w)"
                        # "Среди крупнейших: соглашения … о строительстве X", "В их числе — контракт на …"
                        r"|^\W*((в частности|кроме того|также|среди (них|крупнейших|основных|ключевых|наиболее \w+)|"
                        r"в (их|том) числе)\W*)?((эти|это|данн\w+|указанн\w+)\s+)?"
                        r"(соглашени|договор(?!енност|[иья])|контракт|меморандум|документ)\w*(?!\w)")
# The verbs by which things named before are taken up by a pronoun ("They include …", "These provide for …").
_TAKE_UP = r"(includ|provid|envisag|cover|concern|involv|stipulat|foresee|call for)\w*"
# The deals of the sentence before named by a pronoun or a collective noun ("They provide for …", "The package
# envisages …"): what they provide for is concluded with them.
_DEAL_PRONOUN = re.compile(r"^\W*((in particular|among other things|also|notably),?\s+)?(they|these|those|it|one of them|"
                           rf"the (deals?\W? |investment )?(package|portfolio))\s+(also\s+)?{_TAKE_UP}"
                           r"|^\W*((в частности|кроме того),?\s+)?(они|оно|он|она|одно из них|один из них)\s+(также\s+)?"
                           r"(предусматрива|предполага|включа|охватыва)\w*", re.IGNORECASE)
# A relative clause after a work's object that says the work is done or in service.
_RELATIVE_FINISHED = re.compile(r"^[^,.;]{0,120}?,\s*(?:which|that)\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?"
                                r"(completed|finished|commissioned|opened|launched|inaugurated|put into (?:operation|service))(?!\w)")
# A lender's money for a project: a loan, a grant, financing.
_FINANCING = re.compile(r"(?<!\w)((co-?)?financ|fund(s|ed|ing)?(?!\w)|loan|credit|grant|(со|про)?финансир)")
# The verb by which a deal states its content ("the agreement includes …", "envisages the development of …").
# A document's subject just before a cue: "a memorandum of understanding on …", "an agreement between X and Y for …".
_DEAL_ON = re.compile(r"(?<!\w)(agreement|memorandum|mou|deal|contract|accord|protocol)s?(\s+of\s+understanding)?"
                      r"(\s+(between|with)\s+[^,;]{1,60}?)?\s+(on|for|about)\s+$")
_DEAL_CONTENT = re.compile(r"(?<!\w)(includ|cover|involv|concern|envisag|provid|stipulat|foresee|foresaw|call|"
                           r"предусматрива|предполага|включа|охватыва)")
# Work on a deal's text, which is still to be concluded ("к разработке соглашения", "работе над соглашением", "drafting an agreement").
_DRAFTING = re.compile(r"(?<!\w)(разработк\w*|подготовк\w*|доработк\w*|согласовани\w*|работ\w* над|drafting|draft|preparing|preparation of|"
                       r"negotiat\w*|working on|work on)\s+((\w+)\s+){0,2}$")
# A contract, which is concluded by being one.
_CONTRACT = re.compile(r"(?<!\w)(contracts?|контракт\w*)(?!\w)")
# A word that the deal was signed ("under the agreement" alone may speak of a draft).
_SIGNING = re.compile(r"(?<!\w)(signed|signing|inked|sealed|concluded|clinched|struck|подписан\w*|подписал\w*|заключен\w*|"
                      r"заключил\w*)(?!\w)")
# A future auxiliary right before a progress word ("будет начато", "will begin") makes it a plan.
_FUTURE = re.compile(rf"(?<!\w)(будет|будут|должн(?:ы|а|о|ен)|will|should|(?:is|are) (?:(?:going|{_AHEAD_EN}) )?to"
                     rf"|{_AHEAD_RU})\s+(\w+\s+)?$")
# A place that leads a verbless sentence ("In Bukhara, a textile factory."), as "В Бухаре —" would.
_PLACE_LEAD = re.compile(r"^\s*(?:[Ii]n|[Aa]t|[Вв]о?)\s+[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?(?:\s+(?:region|city|district|"
                         r"области|район\w*))?\s*(?:,|—|–|-)\s*")
# A bullet or number that opens a list item ("- завод …", "2) a plant …").
# An enumerated item that is the construction of a facility ("строительство завода", "construction of a plant").
_CONSTRUCTION_OF_EN = r"(?:construction|building)\s+(?:of|on)"
_CONSTRUCTION_ITEM = re.compile(rf"((commencement|beginning|start) of (the )?)?(строительств|возведени|сооружени|прокладк|{_CONSTRUCTION_OF_EN})",
                                re.IGNORECASE)
# An attributive participle cue opening an apposition ("X, a planned rail line,"), which adds no project
_APPOSITIVE_CUE = re.compile(r"[^\s,],\s+(?:a|an)\s+\w?$")
_CONSTRUCTION_BEFORE = re.compile(rf"(?<!\w){_CONSTRUCTION_OF_EN}\s+$")
# An English cue that starts something ("was launched", "kicked off", "has begun")
_START_CUE_EN = re.compile(r"launch|start|beg[au]n|kick|commenc|initiat")
_BULLET = re.compile(r"^\s*(?:[-–—•·*▪●►]|\d{1,2}[.)](?!\d))\s*")
# The attribution that closes a line of direct speech ("— …, – отметил министр."): a dash line with it is a quotation.
# A closing quote and its speaker ('… the X tunnel," he said, "…', '…», — сказал он'): the quoted words end there.
_QUOTE_THEN_SPEAKER = re.compile(r"[,.!?]?[\"”»]\s*,?\s*(?:[—–-]\s*)?(?:he|she|they|он|она|они)\s+(?:said|added|noted|stressed|"
                                 r"continued|explained|сказал\w*|отметил\w*|добавил\w*|подчеркнул\w*|заявил\w*)(?!\w)",
                                 re.IGNORECASE)
_SPEECH_TAG = re.compile(r"[,!?…]\s*[—–-]\s+[^—–.]{0,40}?(?<!\w)(сказал|отметил|подчеркнул|добавил|заявил|сообщил|рассказал|"
                         r"пояснил|уточнил|заключил|указал|считает|говорит|отмечает|подчеркивает|said|noted|added|stressed)",
                         re.IGNORECASE)


@dataclass
class Project:
    """One project mention resolved to a name and status."""

    name: str
    status: str
    city: str | None
    country_code: str | None
    sentence: Sentence
    key: tuple
    head: str = ""
    start: int = 0
    end: int = 0
    at_meeting: bool = True
    confidence: float = 0.7
    places: list[str] = field(default_factory=list)
    as_written: str = ""  # the name in the case the sentence used; `name` is nominative


def _gerund(word: str) -> bool:
    """Tell whether a lowercase English word is an -ing form ("producing"), not a noun that ends so ("ring", "spring")."""
    return word.endswith("ing") and re.search(r"[aeiouy]", word[:-3]) is not None


def _doing(word: str) -> bool:
    """Tell whether a lowercase English word is a gerund of something other than works on a facility ("shortening").

    Such a gerund before an object opens a participle clause about what a project does, not another project.
    """
    return _gerund(word) and word not in _lex()["ing_prepositions"] and not re.fullmatch(rf"(?:{_WORKS_GERUND_STEMS})ing", word)


@functools.cache
def _lex() -> dict:
    lex = lexicon.load_yaml("projects")
    places = []
    for row in lex["places"]:
        forms = [lexicon.norm(f) for f in row.get("forms_ru", [])] + [lexicon.norm(f) for f in row.get("forms_en", [])]
        pattern = re.compile(lexicon.at_word_start([re.escape(f) for f in forms]))
        places.append((row["name"], row.get("country"), pattern))
    cues = [(c["status"], c.get("mode", "verb"), lexicon.compiled(c["pattern"])) for c in lex["cues"]]
    qualifiers = "|".join(lex["measure_qualifiers_ru"])
    return {
        "cues": cues,
        # the cues a sentence may hold, found at once; a cue's rank is its place in the lexicon
        "cue_index": LiteralIndex(((rank, status, mode, pattern.regex), pattern)
                                  for rank, (status, mode, pattern) in enumerate(cues)),
        "announce": lexicon.compiled(lex["announce_context"]),
        "progress": lexicon.compiled(lex["progress_context"]),
        "witnessed": lexicon.compiled(lex["witnessed_context"]),
        "plan_nouns": lexicon.compiled(lex["plan_nouns"]),
        "signed": lexicon.compiled(lex["signed_context"]),
        "concluded": lexicon.compiled(lex["concluded_context"]),
        "completion": lexicon.compiled(lex["completion_context"]),
        "implemented": lexicon.compiled(lex["implemented_context"]),
        "anaphora": lexicon.compiled(lex["anaphora"]),
        "projects_word": lexicon.compiled(lex["projects_word"]),
        "agreement_item": lexicon.compiled(lex["agreement_item"]),
        "agreement_words": lexicon.compiled(lex["agreement_words"]),
        "never": lexicon.compiled(lex["never_projects"]),
        "outposts": lexicon.compiled(lex["outposts"]),
        "route_participles": set(lex["route_participles_en"]),
        "predicate_starts": set(lex["predicate_starts_en"]),
        "background": lexicon.compiled(lex["background_context"]),
        "stops": lexicon.compiled(lex["clause_stops"]),
        "circumstance": lexicon.compiled(lex["leading_circumstance"]),
        "activity": lexicon.compiled(lex["production_activity"]),
        "firm_heads": set(lex["firm_heads"]),
        "any_facility": set(lex["any_facility_heads"]),
        # the kinds a counted list's bare Latin names cannot take: an agent, a firm, any facility or a project
        "unnamed_kinds": (set(lex["agent_heads"]) | set(lex["firm_heads"]) | set(lex["any_facility_heads"])
                          | {"project"}),
        "study_words": lexicon.compiled(lex["study_words"]),
        "determiners": re.compile(r"^(?:" + "|".join(lex["determiners"] + lex["praise_en"]) + r")\s+", re.IGNORECASE),
        "owner_praised": re.compile(r"^([A-Z][\w-]+)['’]s\s+(?:(?:" + "|".join(lex["praise_en"]) + r")\s+)?(?=[A-Z])"),
        "ing_prepositions": set(lex["ing_prepositions_en"]),
        "line_of_business": lexicon.compiled(lexicon.at_word_start(lex["line_of_business"]) + r"(?!\w)"),
        "total_capacity": re.compile(lex["total_capacity"], re.IGNORECASE),
        "bodies_for_works": re.compile(lex["bodies_for_works"], re.IGNORECASE),
        "cuts": lexicon.compiled((r"\s+(?:" + "|".join(lex["name_cuts"]) + r")(?!\w)").replace("{qualifiers}", qualifiers)),
        "capacity_cuts": lexicon.compiled(lex["capacity_cuts"].replace("{qualifiers}", qualifiers)),
        "border": lexicon.compiled(lex["border"]),
        "heads_ru": set(lex["heads_ru"]),
        "abbreviation_genders": dict(lex["abbreviation_genders_ru"]),
        "compound_ru": tuple(lex["compound_heads_ru"]),
        "qualified": set(lex["qualified_heads"]),
        "complements": dict(lex.get("head_complements") or {}),
        "complement_before": set(lex["complement_before"]),
        "topics": lexicon.compiled(lex["project_topics"]),
        "agentive": lexicon.compiled(lex["agentive_cues"]),
        "not_compound": set(lex["not_compound_heads_ru"]),
        "agent_heads": set(lex["agent_heads"]),
        "pointing": set(lex["pointing_words"]),
        "attitudes": set(lex["attitudes_en"]),
        "units": lexicon.compiled(r"^\d[\d.,]*\s*(?:-\s*)?(?:" + "|".join(lexicon.size_units()) + r")(?!\w)"),
        "unit_word": lexicon.compiled(r"(?:" + "|".join(lexicon.size_units()) + r")"),
        "sizes": lexicon.compiled(r"\d[\d.,]*\s*(?:-\s*)?(?:" + "|".join(lexicon.size_units()) + r")(?!\w)", re.IGNORECASE),
        # a length before a plural kind ("370 км газопроводов", "160 km of roads"): how much of it, not which (a
        # capacity, "500 MW of solar power plants", still tells one programme of plants)
        "length_of": re.compile(r"\d[\d.,]*\s*(?:-\s*)?(?:" + "|".join(lex["length_units"]) + r")(?!\w)"),
        "bracketed_size": re.compile(r"\s*\(\s*(?:about|around|over|up to|около|порядка|до|более|свыше)?\s*\d[\d.,]*\s*(?:-\s*)?(?:"
                                     + "|".join(lexicon.size_units()) + r")\.?\s*\)", re.IGNORECASE),
        "heads_en": set(lex["heads_en"]),
        "named_heads_en": set(lex["named_heads_en"]) | {"project"},
        "mention_heads_en": (set(lex["heads_en"]) | {"project"}) - set(lex["not_facilities_en"]),
        "not_proper_en": set(lex["generic_modifiers_en"]) | set(lex["not_projects_en"]),
        "named_need_kind_en": set(lex["named_heads_need_kind_en"]),
        "compound_gerunds_en": set(lex["compound_gerunds_en"]),
        "named_context": lexicon.compiled(lex["named_context_en"]),
        "not_kinds_en": set(lex["generic_modifiers_en"]) | set(lex["evaluative_words_en"]) | set(lex["size_and_novelty_words"]),
        "parts_ru": set(lex["facility_parts_ru"]),
        "heads_and_parts_ru": set(lex["heads_ru"]) | set(lex["facility_parts_ru"]),
        "part_qualifiers_ru": set(lex["part_qualifiers_ru"]),
        "making_heads": set(lex["making_heads"]),
        "abbreviation_words": {k: set(v) for k, v in lex["abbreviation_words"].items()},
        "parts": set(lex["facility_parts_ru"]) | set(lex["facility_parts_en"]),
        "ranking_ru": set(lex["ranking_words_ru"]),
        "head_synonyms": [set(group) for group in lex["head_synonyms"]],
        "part_en": lexicon.compiled(
            r"^(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|final|\d+(?:st|nd|rd|th))\s+(?:"
            + "|".join(lex["facility_parts_en"]) + r")s?|(?:" + "|".join(lex["facility_parts_en"])
            + r")\s+(?:\d+|[ivx]+|[a-z]))\s+of\s+(?=\w)"),
        "not_ru": tuple(lex["not_projects_ru"]),
        "no_name_lead": lexicon.compiled(r"^\s*(?:" + "|".join(lex["no_name_leads"]) + ")"),
        "placeless_kinds": set(lex["placeless_kinds_ru"]),
        "offence": lexicon.compiled(lex["offence_context"]),
        "chain_heads": set(lex["chain_heads_ru"]),
        "not_en": set(lex["not_projects_en"]),
        "generic_modifiers_en": set(lex["generic_modifiers_en"]),
        "generic_modifiers": {lexicon.lemma(w) for w in lex["size_and_novelty_words"]},
        "count_en": set(lex["count_words_en"]),
        "bare_objects_en": set(lex["bare_objects_en"]),
        "count_ru": set(lex["count_words_ru"]),
        "places": places,
        "ordinals": [re.compile(rf"(?<!\w)(?:{ru}\w*|{en})(?!\w)")
                     for ru, en in zip(lex["ordinals_ru"], lex["ordinals_en"], strict=True)],
        "ordinal_places": [re.compile(rf"(?<!\w)(?:{ru}\w*|(?:the )?{en})(?!\w)[^,;.]*?\s((?:в|во|in)\s[^,;.]+)")
                           for ru, en in zip(lex["ordinals_ru"], lex["ordinals_en"], strict=True)],
        "relative_progress": lexicon.compiled(lex["relative_progress"]),
        "status_anaphora": lexicon.compiled(lex["status_anaphora"]),
        "agreement_anaphora": lexicon.compiled(lex["agreement_anaphora"]),
        "plural_places_ru": dict(lex["plural_places_ru"]),
        "plural_places_en": dict(lex["plural_places_en"]),
    }


_NEGATED = re.compile(r"(?<!\w)(не|not|never)\s+((yet|ещё|еще|уже|пока|fully|полностью)\s+)?((been|be|being)\s+)?$")
# A participle after "when" or "once" sets a condition still to come: "When put into operation, the plant will employ
# 300 people", "Once completed, the HPP will have a capacity of 1,860 MW".
_CONDITION = re.compile(r"(?<!\w)(when|once|until|unless|if)\s+(fully\s+)?$")


def _undetermined(phrase: str) -> str:
    """Drop the article, possessive or list opener before a phrase's noun.

    Heads, kinds and names are all read after these words, which say nothing of the deliverable.
    """
    return _lex()["determiners"].sub("", phrase)


def _cue_hits(low: str) -> list[tuple[int, int, str, str]]:
    """Return non-overlapping cue hits (start, end, status, mode), earlier lexicon entries winning."""
    hits = []
    for rank, status, mode, regex in _lex()["cue_index"].candidates(low):
        for m in regex.finditer(low):
            if m.end() > m.start():
                hits.append((m.start(), m.end(), status, mode, rank))
    hits.sort(key=lambda h: (h[4], h[0]))
    kept: list[tuple] = []
    for h in hits:
        if all(h[1] <= k[0] or h[0] >= k[1] for k in kept):
            kept.append(h)
    # a negated cue ("на реке ещё не построены ГЭС", "the line was never launched") still holds its words
    # against weaker readings, but reports nothing
    kept = [h for h in kept if not _NEGATED.search(low, max(0, h[0] - 30), h[0])]
    return [(s, e, "announced" if st != "announced" and _CONDITION.search(low, max(0, s - 20), s) else st, mo)
            for s, e, st, mo, _ in sorted(kept)]


def _mask_quotes(text: str) -> str:
    """Replace quoted names by placeholders of equal length so separators inside them are ignored."""
    return _QUOTE.sub(lambda m: m.group(0)[0] + "x" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def _is_ru(text: str) -> bool:
    return bool(re.search("[а-яё]", lexicon.norm(text)[:40]))


def _noun_lemmas(word: str) -> set[str]:
    """Return the lemmas of all noun readings of a Russian word (pymorphy's first guess is often wrong for loans)."""
    return {lexicon.norm(p.normal_form) for p in lexicon.parses(lexicon.norm(word)) if "NOUN" in p.tag}


def _ru_head(lemma: str) -> bool:
    """Tell whether a Russian noun lemma is a project head, also as the end of a compound ("мясокомбинат")."""
    lex = _lex()
    return (lemma in lex["heads_ru"] or lemma.split("-")[-1] in lex["heads_ru"]
            or lemma not in lex["not_compound"]
            and any(lemma.endswith(h) and len(lemma) > len(h) + 2 for h in lex["compound_ru"]))


def _agrees_with_next(word: str, following: str | None) -> bool:
    """Tell whether a word can be an adjective agreeing with the noun after it ("Рогунская ГЭС").

    pymorphy guesses an unknown place adjective to be a noun first ("рогунская"
    as a place name in the genitive); the noun after it decides.
    """
    if following is None:
        return False
    adjectives = [p for p in lexicon.parses(lexicon.norm(word)) if "ADJF" in p.tag or "PRTF" in p.tag]
    if not adjectives:
        return False
    nouns = [p for p in lexicon.parses(lexicon.norm(following)) if "NOUN" in p.tag]
    return any(a.tag.case == n.tag.case and a.tag.number == n.tag.number
               and (n.tag.number == "plur" or n.tag.gender is None or a.tag.gender in (None, n.tag.gender))
               for a in adjectives for n in nouns)


def _shared_activity(following: list[str]) -> bool:
    """Tell whether the noun after "совместное" is no facility ("совместное использование"), so the adjective names no venture."""
    for word in following:
        parsed = lexicon.parse(lexicon.norm(word))
        if "NOUN" in parsed.tag:
            return not _ru_head(lexicon.norm(parsed.normal_form))
        if "ADJF" not in parsed.tag:
            return False
    return False


def _first_noun_ru(text: str) -> str | None:
    heads = _lex()["heads_ru"]
    words = re.findall(r"[а-яА-ЯёЁ]+(?:-[а-яА-ЯёЁ0-9]+)*", _QUOTE.sub(" ", text))[:8]
    partner = False  # inside "совместный с Китаем завод": the partner after the adjective is no head
    for k, word in enumerate(words):
        low = lexicon.norm(word)
        if low in ("с", "со") and k and {"ADJF", "PRTF"} & set(str(lexicon.parse(lexicon.norm(words[k - 1])).tag).replace(" ", ",").split(",")):
            partner = True
            continue
        if partner and any(p.tag.case == "ablt" for p in lexicon.parses(low)[:2]):
            continue
        partner = False
        if low == "совместное" and _shared_activity(words[k + 1:]):
            continue  # "совместное использование водных ресурсов": a joint activity, not a joint venture
        if _lex()["unit_word"].fullmatch(low):
            continue  # "500 МВт солнечных электростанций": the plants are measured, not the megawatts
        if low in heads:
            return low  # a hyphenated head is one word: "бизнес-центр", "дата-центр"
        if low.split("-")[0] in heads and word.split("-")[0].isupper():
            return low.split("-")[0]  # an abbreviation pymorphy does not know: "НПЗ", "ГЭС-1"
        parsed = lexicon.parse(low)
        if word[0].isupper() and "NOUN" in parsed.tag and (
                _agrees_with_next(word, words[k + 1] if k + 1 < len(words) else None)
                or k + 1 < len(words) and _PLACE_ADJECTIVE.search(word)):
            continue  # "Рогунская ГЭС", "Ерейментауской ВЭС": a capitalised adjective pymorphy took for a noun
        nouns = _noun_lemmas(word)
        known = [n for n in nouns if _ru_head(n)]
        if known and "PREP" not in parsed.tag and "CONJ" not in parsed.tag:
            return known[0]
        if "NOUN" in parsed.tag or ("LATN" not in parsed.tag and "ADJF" not in parsed.tag and "PRTF" not in parsed.tag
                                    and "Abbr" in parsed.tag):
            return lexicon.norm(parsed.normal_form)
    return None


def _starts_with_count(item: str) -> bool:
    """Tell whether a phrase counts projects ("две ГЭС", "three plants") instead of naming one."""
    words = re.findall(r"[\w-]+", lexicon.norm(_undetermined(item.strip())))
    # "сразу три медицинских объекта" (three at once): the word says how, the number still counts
    while words and words[0] in ("еще", "ещe", "сразу", "more", "another", "additional", "further", "other"):
        words = words[1:]
    approximate = re.match(r"(at least|up to|more than|no fewer than|about|around|nearly|almost|не менее|более|свыше|около|порядка) ",
                           " ".join(words) + " ")
    if approximate and len(words) > len(approximate.group(1).split()):
        words = words[len(approximate.group(1).split()):]  # "at least two or three plants" counts them as "two" does
    if not words:
        return False
    first = words[0]
    if _lex()["units"].match(lexicon.norm(_undetermined(item.strip()))):
        return False  # "500 MW wind farm" measures one project
    if first.isdigit() or first in _lex()["count_en"] or first in _lex()["count_ru"]:
        return True
    return bool(re.search("[а-я]", first)) and "NUMR" in lexicon.parse(first).tag


# A copula or a verb of saying inside a phrase: the phrase is a clause ("the Saudi Fund for Development said in a
# statement"), not a name.
_NO_NAME = re.compile(r"\s(это|является|являются|this is|it is|is not|are not|said|says|told|stated|сообщил\w*|заявил\w*|"
                      r"сказал\w*)\s", re.IGNORECASE)


# A district or village by its proper name ("Дангаринского района", "близ поселка Актогай"), unlike a new "жилой район".
_DISTRICT_NAMED = re.compile(r"[А-ЯЁ][\w-]*\s+(район|поселок|посёлок|село)\w*|(район|поселк|посёлк|поселок|посёлок|сел)\w*\s+[А-ЯЁ]")


# A phrase opened by "with": the partner a work is done with, never the deliverable.
_WITH_PARTNER = re.compile(r"^\W*(?:совместно\s+)?(?:с|со|with|together with|jointly with)\s", re.IGNORECASE)
# … or standing right after it, the partner's country before its name ("jointly with China's Lianyungang company")
_WITH_PARTNER_BEFORE = re.compile(r"(?<!\w)(?:together|jointly|in partnership|in cooperation)\s+with\s+(?:[A-Z][\w-]*['’]s\s+)?$"
                                  r"|(?<!\w)(?:совместно|вместе)\s+с(?:о)?\s+$", re.IGNORECASE)


# A leader's title before a name: a phrase opening on it is a clause about the person, no facility
_TITLE_LEAD = re.compile(r"^\W*(?:the\s+)?(?:president|prime minister|premier|minister|chairman|governor|mayor|ambassador|"
                         r"президент|премьер-министр|министр|председатель|хоким|аким)\s+", re.IGNORECASE)


def _names_project(item: str) -> bool:
    """Tell whether a candidate phrase, stripped of the work done on it, names a project (counted or not)."""
    if _NO_NAME.search(item):
        return False  # "для ACWA Power это не первый проект": what the subject is, said of it, names nothing new
    lead = _TITLE_LEAD.match(item)
    if lead and any(p.start == lead.end() for p in find_persons(lexicon.norm(item))):
        return False  # "…, President Emomali Rahmon toured the school": the person and what he did
    work_stripped = _strip_work(_undetermined(item))
    if _WITH_PARTNER.match(item) or _WITH_PARTNER.match(work_stripped):
        # "реализован совместно с Инвестиционным фондом": the partner it was done with ("проекта с Немецким банком
        # развития": the partner of a project)
        return False
    if _lex()["no_name_lead"].match(lexicon.norm(item)):
        return False  # "No station …", "которого", "для ТЭС", "по линии образования", "других ТЭС" (projects.yaml's no_name_leads)
    first = re.match(r"\s*([а-яё]+)", lexicon.norm(work_stripped))
    nouns = [p for p in lexicon.parses(first.group(1)) if "NOUN" in p.tag] if first else []
    if nouns and all(p.tag.case == "ablt" and "Fixd" not in p.tag for p in nouns) \
            and nouns[0].normal_form in _lex()["agent_heads"]:
        return False  # "… с Немецким банком развития и компанией «Памир Энерджи»": a firm in the instrumental is a partner
    head = _head(work_stripped, allow_count=True)
    if head in ("район", "поселок", "посёлок", "село") and _DISTRICT_NAMED.search(item):
        return False  # "Дангаринский район", "близ поселка Актогай": a district or village named is where a project stands
    return bool(head)


def _without_ranking(item: str) -> str:
    """Drop a ranking with its scope before a Russian name ("первая в регионе солнечная станция" -> "солнечная станция", "второй по величине в стране ветропарк" -> "ветропарк").

    The scope's noun ("в регионе") would otherwise be read as the head.
    """
    m = re.match(r"^\s*([а-яё]+)\s+(?:по\s+(?:величине|мощности|масштабам|размеру|объему|площади)\s+)?(в|во|на|среди)\s+",
                 item, re.IGNORECASE)
    if not m:
        return item
    ranking = [p for p in lexicon.parses(lexicon.norm(m.group(1))) if "ADJF" in p.tag and p.normal_form in _lex()["ranking_ru"]]
    if not ranking:
        return item
    # the scope may join two places ("крупнейший в стране и регионе торговый центр")
    words = [w for w in re.finditer(r"[а-яёА-ЯЁ-]+", item[m.end():]) if w.group(0).lower() != "и"]
    for w in words[1:4]:
        parses = lexicon.parses(lexicon.norm(w.group(0)))
        if w.group(0)[:1].isupper() and parses and "NOUN" in parses[0].tag:
            continue  # "крупнейшей в Центральной Азии ветряной электростанции": the scope's place name goes on
        if any(("ADJF" in p.tag or "NOUN" in p.tag) and p.tag.case == r.tag.case and p.tag.number == r.tag.number
               and (p.tag.number == "plur" or r.tag.gender in (None, p.tag.gender)) for p in parses for r in ranking) \
                and not any(p.tag.case == "loct" for p in parses[:1]):
            return item[m.end() + w.start():]
    return item


def _strip_work(item: str) -> str:
    """Strip the work done on a deliverable ("строительство", "проект по …") from the start of a phrase.

    A project named by its purpose keeps its "проект" ("проект капельного
    орошения"): without it no head noun is left.
    """
    one = _ONE_OF.match(item.strip())
    item = _one_of(item.strip()[one.end():]) if one else _without_ranking(item)
    stripped = _NOMINALISATION.sub("", item)
    trailing = _TRAILING_WORK.search(stripped)
    if trailing and not _is_ru(stripped) and _head(stripped[:trailing.start()], allow_count=True) \
            and not _AFTER_WORK.search(stripped[:trailing.start()]):  # "opened the X hotel after renovation": a time
        stripped = stripped[:trailing.start()]  # "the Aktau seaport expansion": the work on the port names the port
    single = re.match(r"^\s*(?:[\w-]+\s+){0,2}?(проект|project)\s", item, re.IGNORECASE)
    if stripped != item and single and _lex()["topics"].search(lexicon.norm(item)) \
            and _head(stripped, allow_count=True) and _plural_head(stripped, _head(stripped, allow_count=True)):
        return item[single.start(1):]  # "проект по модернизации ирригационных систем": one project for many systems
    if stripped != item and not _head(stripped, allow_count=True):
        m = re.search(r"(?<!\w)(проект\w*|projects?)\s", item, re.IGNORECASE)
        if m and (_lex()["topics"].search(lexicon.norm(item[m.start():])) or _CODE_NAMED.search(item)
                  or _QUOTE.match(item[m.end():].lstrip())) \
                and _head(item[m.start():], allow_count=True):
            return item[m.start():]
    return stripped


def _en_base(word: str) -> str:
    """Drop a unit number from an English head ("hpp-1" -> "hpp"), as the Russian "ГЭС-1" is read."""
    return re.sub(r"-\d+$", "", word)


def _facility_part(item: str) -> str | None:
    """Return the facility after an ordinal part of it ("пятую нитку газопровода" -> "газопровода"), else None.

    A stage, unit or string of a facility is reported as the facility's own
    news; the facility, not the part, says what kind of project it is.
    """
    lex = _lex()
    if not _is_ru(item):
        m = lex["part_en"].match(lexicon.norm(item))
        return item[m.end():] if m else None
    # "3-й и 4-й этапы комплекса": numbered parts, one or several, as an ordinal word ("пятую нитку") is one
    numbered = re.match(r"^\s*\d+-?[а-я]{1,3}(?:\s*(?:,|и)\s*\d+-?[а-я]{1,3})*\s+(?=\w)", item)
    at = numbered.end() if numbered else 0
    words = list(re.finditer(r"[\w-]+", item[at:]))
    if not numbered:
        if not words or not any("Anum" in p.tag or lexicon.norm(p.normal_form) in lex["part_qualifiers_ru"]
                                for p in lexicon.parses(lexicon.norm(words[0].group(0)))[:2]):
            return None  # "пятую нитку", "нового этапа": a counted or a new part of a facility
        words = words[1:]
    if len(words) < 2:
        return None
    part = any(lexicon.norm(p.normal_form) in lex["parts_ru"]
               for p in lexicon.parses(lexicon.norm(words[0].group(0))) if "NOUN" in p.tag)
    return item[at + words[1].start():] if part else None


def _nominative_agent(item: str) -> bool:
    """Tell whether a Russian phrase is an organisation in the nominative ("китайская компания"), a verb's subject."""
    if not _is_ru(item):
        return False
    head = _head(_undetermined(item.strip()))
    if head not in _lex()["agent_heads"]:
        return False
    word = next((w for w in re.findall(r"[а-яА-ЯёЁ-]+", item) if lexicon.norm(lexicon.parse(lexicon.norm(w)).normal_form) == head), None)
    return word is not None and all("nomn" in p.tag for p in lexicon.parses(lexicon.norm(word)) if "NOUN" in p.tag)


def _part_of_leading_facility(obj: str, lead: str) -> list[str]:
    """Name an ordinal part by the facility a leading "на X" puts it at ("третий агрегат Рогунской ГЭС"), else []."""
    part = re.fullmatch(r"\s*([а-яё]+\s+[а-яё]+)(?:\s*№\s*\d+)?\s*", obj)
    where = re.search(r"(?:^|\s)[Нн]а\s+([А-ЯЁ][^,;:]*?)\s*$", lead)
    if not part or not where:
        return []
    words = part.group(1).split()
    if not any("Anum" in p.tag for p in lexicon.parses(words[0])[:2]) \
            or not any(lexicon.norm(p.normal_form) in _lex()["parts_ru"] for p in lexicon.parses(words[1]) if "NOUN" in p.tag):
        return []
    facility = []
    for word in where.group(1).split():
        readings = [p for p in lexicon.parses(lexicon.norm(word)) if "loct" in p.tag or "ablt" in p.tag]
        form = readings[0].inflect({"gent"}) if readings and "Fixd" not in readings[0].tag else None
        facility.append(_case_like(form.word, word) if form else word)
    item = f"{part.group(1)} {' '.join(facility)}"
    return [item] if _head(item, allow_count=True) else []


def _head(item: str, allow_count: bool = False) -> str | None:
    """Return the head word of a candidate phrase if it names a project, else None.

    A counted phrase ("две ГЭС", "five schools") is refused unless allowed:
    it usually sums up projects named one by one elsewhere. An ordinal part
    ("вторая очередь завода") has the head of its facility.
    """
    lex = _lex()
    if _ALL_OF_THEM.match(item):
        return None
    never = lex["never"].search(lexicon.norm(item))
    if never and not _outpost_of(lexicon.norm(item), never):
        return None
    if not allow_count and _starts_with_count(item):
        return None
    # "нового этапа газопровода": the word for new is a determiner elsewhere, here it makes the part a deliverable
    facility = _facility_part(_undetermined(item.strip())) or _facility_part(item.strip())
    if facility:
        inner = _head(_strip_work(_undetermined(facility.strip())), allow_count=True)
        if inner:
            return inner
    low = lexicon.norm(item)
    if _is_ru(item):
        noun = _first_noun_ru(item)
        if noun is None:
            return None
        if _ru_head(noun):
            return noun if _qualified(item, noun) and not _national_agent(item, noun) else None
        if noun == "проект" and (_QUOTE.search(item) or lex["topics"].search(low) or _CODE_NAMED.search(item)):
            # "проект CASA-1000": a Latin code name makes it concrete, as a quoted name does
            return noun
        return None
    words = re.findall(r"[\w'-]+", _QUOTE.sub(" q ", low))
    chunk = []
    for w in words:
        if w == "of" and chunk and _lex()["unit_word"].fullmatch(chunk[-1]):
            continue  # "500 MW of solar power plants": the plants are measured, not the megawatts
        if w in ("there", "here") and not chunk:
            continue  # "will build there a greenery complex": where, before the object
        if w in _EN_BREAK:
            break
        if (_gerund(w) or _EN_PARTICIPLE.match(w) and w not in lex["heads_en"]) \
                and any(c in lex["heads_en"] for c in chunk):
            break  # "a joint venture producing buses", "the road section rebuilt with…": the clause describes the head
        chunk.append(w)
    if not chunk:
        return None
    # a proper name after its head ("the railway line Darbaza-Maktaaral") names which one, as one before it would
    written = re.findall(r"[\w'-]+", _QUOTE.sub(" q ", item))[:len(chunk)]
    while len(chunk) > 1 and len(written) == len(chunk) and written[-1][:1].isupper() \
            and _en_base(chunk[-1]) not in lex["heads_en"] \
            and any(_en_base(c) in lex["heads_en"] or c == "project" for c in chunk[:-1]):
        chunk, written = chunk[:-1], written[:-1]
    while len(chunk) > 1 and re.fullmatch(r"\d{1,2}|[ivx]{1,4}", chunk[-1]):
        chunk = chunk[:-1]  # "Metro Line 4", "Phase II": the number after the head says which one
        if len(chunk) > 1 and chunk[-1] in ("no", "number", "nr"):
            chunk = chunk[:-1]  # "school No. 1"
    if chunk[-1] in ("project", "projects") and len(chunk) > 1:
        if lex["topics"].search(" ".join(chunk)) and not any(w in lex["not_en"] for w in chunk[:-1]):
            return chunk[-1]  # "a drip irrigation project"
        if _en_base(chunk[-2]) in lex["heads_en"]:
            chunk = chunk[:-1]  # "the Kambarata HPP-1 project" names the plant
        elif _proper_project_en(item):
            return chunk[-1]  # "the CASA-1000 project": a proper name makes the undertaking concrete
    if any(w in lex["not_en"] for w in chunk):
        return None
    for w in reversed(chunk):
        if w != "q":
            w = _en_base(w)
            if w not in lex["heads_en"] and "-" in w and w.split("-")[-1] in lex["heads_en"]:
                w = w.split("-")[-1]  # "an agro-cluster", "the agro-park": the compound ends in its head
            return w if w in lex["heads_en"] and _qualified(item, w) and not _national_agent(item, w) else None
    return None


_AGENT_COMPANY = frozenset({"компания", "company", "companies", "firm", "firms"})
_UNNAMED_OWNER = re.compile(r"(local|foreign|private|иностранн\w*|местн\w*|частн\w*)")


def _national_agent(item: str, head: str) -> bool:
    """Tell whether a company is named only by one country or as local or foreign ("the Chinese company", "узбекской компанией").

    Such a phrase points back at the investor or builder of a project; a joint
    ("Uzbek-Chinese"), investment or named company is itself a deliverable.
    """
    if head not in _AGENT_COMPANY or _QUOTE.search(item):
        return False
    words = re.findall(r"[\w-]+", lexicon.norm(_undetermined(item.strip())))
    pointing = next((i for i, w in enumerate(words) if w not in _lex()["pointing"]), len(words))
    if pointing:
        words = words[pointing:]  # "Ранее эта российская компания": the company the article has spoken of
        if not words:
            return False
    at = next((i for i, w in enumerate(words) if head in _noun_lemmas(w) or w == head), None)
    if at == 0 and len(words) == 1 and (item.strip()[:1].isupper() or pointing):
        return True  # "Компания инвестирует в Туркестан", "эта компания": the company the article is about, not a new one
    if at is None or at == 0 or at != len(words) - 1:
        return False
    return all(_owner_word(w) for w in words[:at])


def _owner_word(word: str) -> bool:
    """Tell whether a word before "company" says only whose it is ("Chinese", "local", "Dutch-registered")."""
    base, _, tail = word.partition("-")
    if tail:
        return tail in ("registered", "owned", "based", "backed", "funded", "controlled") and len(find_countries(base)) == 1
    return bool(_UNNAMED_OWNER.fullmatch(word) or len(find_countries(word)) == 1)


def _outpost_of(low: str, institution: re.Match) -> bool:
    """Tell whether a phrase names an office of an institution that is no project itself.

    A lender is an institution, but its new office or branch is a bank office
    ("представительство Евразийского банка развития", "the Asian Development Bank office").
    """
    outposts = _lex()["outposts"]
    return bool(outposts.search(low[:institution.start()]) or outposts.match(low[institution.end():].lstrip(" ’'s")))


def _proper_project_en(item: str) -> bool:
    """Tell whether an English phrase is a project called by its proper name ("the CASA-1000 project").

    A nationality alone ("the Uzbek project") or a generic capitalised word says
    which country, not which undertaking.
    """
    # a price before the name ("the $3 billion Kambarata-1 project") says how big, not which
    # a title-cased name capitalises its kind word too ("the Ferghana Valley Water Project")
    m = re.match(r"^\s*(?:the\s+)?(?:[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|mln|m)?[\s-]+)?(.+?)\s+projects?\s*$",
                 _QUOTE.sub(" Q ", item), re.IGNORECASE)
    if not m:
        return False
    words = re.findall(r"[\w'’-]+", m.group(1))
    if not 1 <= len(words) <= 4:
        return False
    if re.match(r"^[A-Z][A-Z\d]*-?\d", words[0]):
        return True  # a numbered code name before its kind words ("the CASA-1000 power transmission project")
    if not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    generic = _lex()["not_en"] | _lex()["generic_modifiers_en"]
    # "the Trans-Afghan project": a route across a country is named by it
    return any(w == "Q" or re.search(r"\d", w) or w.lower().startswith("trans-")
               or not find_countries(lexicon.norm(w)) and lexicon.norm(w) not in generic for w in words)


def _qualified(item: str, head: str) -> bool:
    """Tell whether a generic head ("рынок", "market") carries the modifier or name that makes it a project."""
    if head not in _lex()["qualified"]:
        return True
    complement = _lex()["complements"].get(head)
    if complement:
        low = lexicon.norm(item)
        stem = head[:-1] if _is_ru(item) else head  # "система" is "системы", "систему" in other cases
        return bool(re.search(rf"(?<!\w){stem}\w*\s+(?:\w+\s+)?(?:{complement})", low)
                    or re.search(rf"(?<!\w){stem}\w*\s+[«\"“„]", low)  # "рынок «Ош-Базар»": its name says which
                    or head in _lex()["complement_before"]
                    and re.search(rf"(?:{complement})\w*\s+(?:[\w-]+\s+)?{stem}", low))
    if _QUOTE.search(item):
        return True
    words = re.findall(r"[\w-]+", lexicon.norm(_undetermined(item.strip())))
    # a nationality says whose the generic thing is, not which ("the Uzbek section", "узбекский участок")
    qualifiers = [w for w in words if not find_countries(w)]
    if _is_ru(item):
        # the head is qualified by an adjective before it or a genitive noun after it
        at = next((i for i, w in enumerate(qualifiers) if head in _noun_lemmas(w)), None)
        return at is not None and (at > 0 or len(qualifiers) > at + 1
                                   and qualifiers[at + 1] not in _RU_PREPOSITIONS | {"для", "и"})
    if head not in qualifiers:
        return False
    at = qualifiers.index(head)
    # … but one with a complement after it is a part of a named whole ("the Afghan section of the TAPI pipeline")
    return at > 0 or len(qualifiers) > at + 1 and qualifiers[at + 1] == "of"


def _is_verb_start(piece: str) -> bool:
    """Tell whether a coordinated piece starts a new predicate ("и довести…", "and will…") rather than an item."""
    words = re.findall(r"[\w-]+", lexicon.norm(piece))
    if not words:
        return False
    if len(words) > 2 and words[0].endswith("ly") and (_doing(words[1]) or words[1] in _lex()["predicate_starts"]):
        # "…, specifically targeting the X section", "…jobs and significantly strengthen the industrial base": an
        # adverb before the participle or the verb
        words = words[1:]
    first = words[0]
    if re.search("[а-я]", first):
        if re.match(r"\s*[А-ЯЁ]", piece):
            return False  # a proper name ("Рогунскую ГЭС") that pymorphy guesses to be a verb
        tag = lexicon.parse(first).tag
        return any(t in tag for t in ("INFN", "VERB", "PRTS", "GRND"))
    # a hyphenated "-ed" word is a compound adjective ("coal-fired", "state-owned"), no predicate; a gerund of no works
    # before its object or a preposition opens a participle clause ("…, shortening the road between A and B",
    # "…, participating in the ceremony by video")
    return first in _lex()["predicate_starts"] or (
        first.endswith("ed") and len(first) > 4 and first not in _lex()["heads_en"] and "-" not in first) or (
        _doing(first) and len(words) > 1
        and words[1] in ("the", "a", "an", "its", "their", "in", "on", "at", "with", "by", "from", "via", "through")) or (
        # "…and expressing confidence in its success": a speaker's attitude, another predicate
        _doing(first) and len(words) > 1 and words[1] in _lex()["attitudes"])


def _is_participle_clause(rest: str) -> bool:
    """Tell whether the text after a comma opens a participle clause (", построенный…", ", built by…")."""
    words = re.findall(r"[\w-]+", lexicon.norm(rest))
    if not words:
        return False
    if re.search("[а-я]", words[0]):
        tag = lexicon.parse(words[0]).tag
        if len(words) > 1 and words[1] in ("для", "к") and "ADJF" in tag and "NOUN" not in tag:
            return True  # ", необходимых для возведения теплиц": an adjective with its complement describes too
        return any("PRTF" in p.tag or "PRTS" in p.tag for p in lexicon.parses(words[0])[:2])
    return bool(_EN_PARTICIPLE.match(lexicon.norm(rest).lstrip()))


# Another name given in brackets ("the Dushanbe-Bokhtar (also known as Dushanbe-Kurgonteppa) road"), or an
# abbreviation spelt out after it ("the GTL (gas-to-liquids) plant"): an aside
_ALIAS_ASIDE = re.compile(r"\s*\((?:also known as|also called|known as|formerly|a\.k\.a\.|или|ранее|бывш\w*|"
                          r"известн\w* как)\s[^()]{1,60}\)|(?-i:(?<=[A-Z]{2})\s*\([a-z][a-z -]{2,40}\))", re.IGNORECASE)


# A news agency or speaker and its verb after a comma ("…, Trend reports", ", Kazinform informs")
_ATTRIBUTION = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:" + lexicon.attribution_verbs() + r")(?!\w)")
# A day after a comma: "Dec. 23", "23 декабря" (or its month alone, the sentence cut at "Dec.")
_DATE_PIECE = re.compile(r"^(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{1,2}|\s*$)|\d{1,2}\s+"
                         r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*)(?!\w)",
                         re.IGNORECASE)


_DASH_BEFORE_TOWNS = re.compile(r"\s[—–](?=\s+(?:в|во)\s+[А-ЯЁ])")


def _cut_clause(obj: str) -> str:
    """Cut a cue's object at the first clause boundary."""
    # a dash between capitalised names links the stops of a route ("Китай — Кыргызстан — Узбекистан"), and a code
    # in brackets belongs to the name ("the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline")
    masked = _NAME_DASH.sub(lambda m: m.group(1) + " ~ ", _mask_quotes(obj))
    masked = _BRACKETED_CODE.sub(lambda m: " " * len(m.group(0)), masked)
    masked = _ALIAS_ASIDE.sub(lambda m: " " * len(m.group(0)), masked)
    # "трех школ – в Бишкеке, Баткене и Караколе": a dash before the towns gives the places of what precedes it
    masked = _DASH_BEFORE_TOWNS.sub("  ", masked)
    end = len(obj)
    stop = _lex()["stops"].search(lexicon.norm(masked))
    if stop:
        end = stop.start()
    for m in re.finditer(r",\s*", masked[:end]):
        if _is_participle_clause(masked[m.end():]):
            end = m.start()
            break
    for m in re.finditer(r"[а-яА-ЯёЁ]+(?:-[а-яА-ЯёЁ]+)*", masked[:end]):
        if "-" in m.group(0) or m.group(0)[0].isupper():
            continue  # a compound adjective ("туркмено-казахстанского") or a proper name ("Рогунскую") is no predicate
        tag = lexicon.parse(lexicon.norm(m.group(0))).tag
        if "VERB" in tag or "PRTS" in tag:
            # "строительство АЭС идет по графику": the predicate (with its adverbs: "полностью завершено") ends the name
            end = len(_strip_adverbs(masked[:m.start()]).rstrip())
            break
    return obj[:end]


# A route from one named end to another ("с подстанции Датка до подстанции Кемин", "от Бухары до Мискина").
_ROUTE_ENDS = re.compile(r"^(?:с|со|от)\s+(?:[а-яё-]+\s+){0,2}?[А-ЯЁ«\"][^,;]*?\s(?:до|по)\s+(?:[а-яё-]+\s+){0,2}?[А-ЯЁ«\"]")


def _where(phrase: str) -> bool:
    """Tell whether a Russian phrase ends in a place of its own ("… в Шымкенте", "… в Карагандинской области")."""
    return bool(re.search(r"\s(в|во)\s+[А-ЯЁ][\w-]*(\s+(области|районе|регионе|вилояте|крае))?$", phrase.strip()))


# An English phrase that ends in its own town or region ("… infusion solutions in Shymkent")
_EN_OWN_PLACE = re.compile(r"\s(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:region|city|district|province))?\s*$")
_ADJECTIVE_COMMA = re.compile(r"(?<![\w-])(an?|the)\s+([a-z][\w-]*),(?=\s+[a-z\d])(?!\s+(and|or|as well as)\s)")


_QUOTED_COUNT = re.compile(r"[«\"“]([a-zа-яё\d][a-zа-яё\d\s-]{0,40})[»\"”]")


# A trade named in capitals, which a company's name coordinates ("Mining and Metallurgical", "Oil and Gas")
_TRADE_IN_NAME = re.compile(r"\s(?:Mining|Processing|Engineering|Trading|Manufacturing|Refining|Smelting|Oil)$")


# The tail of an open list ("…, галерей и так далее", "…, and so on").
_OPEN_LIST_END = re.compile(r",?\s+(?:и\s+так\s+далее|и\s+т\.\s?[дп]\.|etc\.|and\s+so\s+on)(?=\W*$)", re.IGNORECASE)


# "a project between" a ministry, a government, a bank or a company: the project's parties, never a route's ends
_PARTIES_BETWEEN = re.compile(r"(?:(?<=project)|(?<=проект)|(?<=проекта)|(?<=проекту)|(?<=проекте)|(?<=проектом))\s+(?:between|между)\s+(?=(?:the\s+)?[^,;]{0,40}?(?<!\w)(?:ministry|ministries|government|bank|"
                              r"company|agency|corporation|министерств|правительств|банк|компани|агентств|корпораци))",
                              re.IGNORECASE)


def _items(obj: str, in_list: bool = False) -> list[str]:
    """Split a coordinated object into separate phrases, sharing the head with bare quoted names.

    In an enumeration a participle piece (", estimated at $95 million,") is
    skipped; after a verb's object it starts a second predicate and ends the list.
    """
    # "прокладку тоннелей, мостовых сооружений, галерей и так далее": an open list gives kinds of works by example;
    # only its named items are particular
    open_end = _OPEN_LIST_END.search(obj)
    if open_end:
        return [item for item in _items(obj[:open_end.start()], in_list)
                if _QUOTE.search(item) or any(w[:1].isupper() for w in re.findall(r"[\w-]+", item)[1:])]
    # "the implementation of the project between the Ministry of X, the German Development Bank, and the Y company":
    # the parties of the deal are no items
    parties = _PARTIES_BETWEEN.search(_mask_quotes(obj))
    if parties:
        # "an agreement between Masdar and the Ministry on the construction of X": the object resumes after them
        resumed = re.search(r"\s(?:on|about|regarding|for|о|об|по)\s", obj[parties.end():])
        obj = obj[:parties.start()] + (obj[parties.end() + resumed.start():] if resumed else "")
    # "plans to build “at least two or three” plants": quotes around a count quote the speaker; they name nothing
    obj = _QUOTED_COUNT.sub(lambda m: " " + m.group(1) + " " if _starts_with_count(m.group(1) + " x") else m.group(0), obj)
    # "between Termez and Mazar-i-Sharif" names the two ends of one route, not two items
    masked = _BETWEEN_LIST.sub(lambda m: re.sub(r",|(?<=\s)(?:and|и)(?=\s)", lambda c: "~" * len(c.group(0)), m.group(0)),
                               _mask_quotes(obj))
    masked = _BETWEEN_PAIR.sub(lambda m: m.group(1) + "~" * len(m.group(2)), masked)
    masked = _COMPANY_SUFFIX.sub("~", masked)
    masked = _COMPLEX_OF_PAIR.sub(lambda m: m.group(1) + "~" * len(m.group(2)), masked)
    masked = _NUMBERED_PAIR.sub(lambda m: m.group(0).replace("и", "~"), masked)
    masked = _ACTIVITY_PAIR.sub(lambda m: (m.group(1) or m.group(3)) + "~", masked)
    # "в Сурхандарьинской, Самаркандской и Джизакской областях" lists the places of one item
    masked = _PLACE_LIST.sub(lambda m: re.sub(r",|(?<=\s)и(?=\s)", "~", m.group(0)), masked)
    # "an ambitious, multi-billion dollar gas pipeline": a comma after an article and one adjective joins adjectives
    masked = _ADJECTIVE_COMMA.sub(lambda m: m.group(0) if _en_base(m.group(2)) in _lex()["heads_en"]
                                  else m.group(0)[:-1] + "~", masked)
    scope = len(obj) - len(_without_ranking(obj))  # "крупнейший в стране и регионе": the "и" joins places, not items
    masked = re.sub(r"(?<=\s)и(?=\s)", "~", masked[:scope]) + masked[scope:]
    pieces, last = [], 0
    seps = [""]  # the separator before each piece
    for m in _SEPARATORS.finditer(masked):
        pieces.append(obj[last:m.start()])
        seps.append(m.group(0))
        last = m.end()
    pieces.append(obj[last:])
    out: list[str] = []
    route_kind = ""  # the kind a list of routes shares, once its first route is split off
    aside = False  # inside a ranking set in commas after an item
    for k, piece in enumerate(p.strip(" ,") for p in pieces):
        if out and seps[k].strip() == "," and (k + 1 == len(pieces) or seps[k + 1].lstrip().startswith(",")) \
                and _names_itself(out[-1], piece):
            out[-1] = f"{out[-1]} «{piece}»"  # "a new border crossing, Dostuk, between …": the name in commas
            continue
        # "the X wind farm, the largest renewable project in Central Asia and Uzbekistan's first wind project": a
        # ranking in commas describes the item before it, and so does what a bare "and" joins to that ranking
        aside = bool(out) and (seps[k].strip() == "," and bool(_RANKING_ASIDE.match(piece))
                               or aside and "," not in seps[k])
        if aside:
            continue
        if out:
            # "on a data centre and on a petrochemical complex": the repeated preposition was the cue's own
            piece = _REPEATED_PREPOSITION.sub("", piece)
            # "to create a trade zone, construct a logistics center and build two HPPs": each verb takes its object
            piece = _LEADING_VERB_EN.sub("", piece)
        if not piece:
            continue
        if out and seps[k].strip() == "," and _SETTLEMENT.match(" " + piece):
            break  # "завод … в Казахстане, в городе Костанай": the town it stands in, no second item
        if out and seps[k].strip() == "," and _ATTRIBUTION.match(piece):
            break  # "… in the Chui region, Trend reports, citing …": who tells it, no second item
        if out and seps[k].strip() == "," and _DATE_PIECE.match(piece):
            break  # "… in the capital city of Tashkent, Dec. 23" (a photo caption): the day, no second item
        place = _EN_PLACE_AFTER_AND.match(piece) if out and seps[k].strip() in ("and", ", and") else None
        end = _EN_PLACE_END.search(out[-1]) if place else None
        if end and (end.group(1) == "near" or _place(place.group(0))[0] not in (None, "border")):
            # "greenhouses in Nukus and the Nukus district", "a complex near the Karasu and Ak-Tilek road checkpoints"
            out[-1] = f"{out[-1]} and {piece if end.group(1) == 'near' else place.group(0)}"
            break
        if out and seps[k].strip() == "and" and piece[:1].isupper() and _head(out[-1]) is None \
                and re.search(r"\s(with|of|by|between)\s+[A-Z][\w-]*$", out[-1]):
            # "partnerships with Tohoku and Hirosaki Universities": the names go on the other topic's partner
            out[-1] = f"{out[-1]} and {piece}"
            continue
        if out and seps[k].strip() == "and" and piece[:1].isupper() and _TRADE_IN_NAME.search(out[-1]):
            # "Almalyk Mining and Metallurgical Complex": a trade in capitals is part of one company's name
            out[-1] = f"{out[-1]} and {piece}"
            continue
        if out and seps[k].strip() == "," and _ROUTE_ENDS.match(piece):
            out[-1] = f"{out[-1]}, {piece}"  # "линия электропередачи, с подстанции Датка до Кемина": the route is its name
            continue
        if _is_verb_start(piece):
            if in_list:
                continue
            break  # a second predicate: the list of objects is over
        if out and seps[k].strip() == "," and re.match(r"[а-яё]", piece) and _is_participle_clause(piece):
            if in_list:
                continue  # "…, а также завод серной кислоты, открывшийся в Карманинском районе": it describes the item
            break
        if piece[0] in '«"“„' and out:
            prefix = out[-1][: out[-1].find(_QUOTE.search(out[-1]).group(0))] if _QUOTE.search(out[-1]) else out[-1] + " "
            out.append(prefix + piece)
        elif out and seps[k].strip() == "," and _REGION_OF_PLACE.fullmatch(piece.strip()) \
                and re.search(_TRAILING_PLACE, out[-1]):
            continue  # "in the village of Buston, Muminobod district": the district the place lies in, no item of its own
        elif out and (activity := _lex()["activity"].match(lexicon.norm(_undetermined(out[0].strip())))) \
                and _is_ru(piece) and _where(out[-1]) and _where(piece) \
                and "gent" in lexicon.parse(lexicon.norm(piece.split()[0])).tag:
            # "производству техники в Караганде, растворов в Шымкенте и автомобилей в Костанае": each product
            # with its own place is a production of its own (a list's items take the activity later)
            out.append(piece if in_list else _undetermined(out[0].strip())[:activity.end()] + piece)
        elif out and (activity := _lex()["activity"].match(lexicon.norm(_undetermined(out[0].strip())))) \
                and not _is_ru(piece) and _EN_OWN_PLACE.search(out[-1]) and _EN_OWN_PLACE.search(piece) \
                and _head(piece) is None:
            # "production of home appliances in Karaganda, infusion solutions in Shymkent and cars in Kostanay":
            # the same, in English
            out.append(piece if in_list else _undetermined(out[0].strip())[:activity.end()] + piece)
        elif (out and _head(_strip_work(piece)) is None and not _is_excluded(piece)
              and not _starts_with_count(piece)):
            if re.match(r"^(в|во|на|а|но|с|для|in|at|but|with|for|worth)\s", piece, re.IGNORECASE):
                break  # a place, a price or a new clause, not a continuation of the name
            if seps[k].strip() == "," and _REGION_OF_PLACE.fullmatch(piece.strip()) and re.search(_TRAILING_PLACE, out[-1]):
                break  # "in the city of Nurafshon, Tashkent region": the region the place lies in, not a second place
            within = seps[k].strip() == "," and _only_country(piece)
            trailing = re.search(_TRAILING_PLACE, out[-1]) if within else None
            if within and (trailing and (_place(trailing.group(0))[0] or not _only_country(trailing.group(1)))
                           or _OF_PLACE_END.search(out[-1]) or _KIND_PLACE_END.search(out[-1])):
                # "in Ayni district of Sughd, Tajikistan", "in Jalalabad, Kyrgyzstan" (a town the city list lacks): the
                # country the place lies in, not a second item
                continue
            where = re.search(r"\s(в|во|на)\s+[А-ЯЁ][\w-]*(?:\s+и\s+[А-ЯЁ][\w-]*)*$", out[-1])
            if where and piece[:1].isupper() and len(piece.split()) == 1 \
                    and _place(f"{where.group(1)} {piece}")[0] not in (None, "border"):
                out[-1] = f"{out[-1]} и {piece}"  # "центров в Оше и Джалал-Абаде": the place is coordinated, not the item
                continue
            shared = _shared_plural_head(out[-1], piece)
            route = _ROUTE_AFTER_KIND.search(out[-1]) if _ROUTE_PAIR.fullmatch(piece.strip()) else None
            kind = _undetermined(out[-1][:route.start()].strip()) if route else ""
            if route and (route_kind or _head(kind) and _plural_head(kind, _head(kind))):
                # "автомобильных дорог Талдыкорган – Усть-Каменогорск, Калбатау – Майкапшагай и Ушарал – Достык":
                # one road per route, each of the kind in the singular
                if not route_kind:
                    out[-1] = _singular_ru(out[-1]) if _is_ru(kind) else _singular_en(out[-1])
                    route_kind = out[-1][:len(out[-1]) - len(route.group(0))]
                out.append(route_kind + " " + piece.strip())
                continue
            if shared:
                out[-1:] = shared
            elif _continues_name(piece, out[-1]) and not (
                    in_list and _lex()["activity"].match(lexicon.norm(_undetermined(out[-1].strip())))):
                # the name's own language joins it ("автомобилей марок Changan, Chery и Haval")
                out[-1] = out[-1] + " и " + piece if _is_ru(out[-1]) else out[-1] + " and " + piece
            else:
                out.append(piece)  # another topic of the list ("вопросы водопользования"), dropped later
        elif out and piece[:1].isupper() and (shared := _shared_plural_head(out[-1], piece)):
            out[-1:] = shared  # "филиалы МГУ и Российского университета транспорта": a branch of the second, not it
        else:
            out.append(piece)
    # "the «A» and «B» hotels": bare quoted names before the item that carries the head share it
    for i in range(len(out) - 2, -1, -1):
        this, following = _undetermined(out[i].strip()), _undetermined(out[i + 1].strip())
        if (count := _COUNT_LEAD.match(this)) and len(this.split()) > 1 \
                and not _head(this[count.end():]):
            # "several cement and brick factories", "нескольких цементных и кирпичных заводов": the count is of the
            # whole list, each modifier names a kind
            this = out[i] = this[count.end():]
        bare, nxt = _QUOTE.fullmatch(this), _QUOTE.match(following)
        lead = _WORK_LEAD_RU.match(this) if _is_ru(this) else None
        if bare and nxt and following[nxt.end():].strip():
            out[i] = this + following[nxt.end():]
        elif lead and this[lead.end():][:1].islower() and _bare_modifier(this[lead.end():]) \
                and not _head(this[lead.end():], allow_count=True) and not _WORK_LEAD_RU.match(following) \
                and (_lex()["activity"].match(lexicon.norm(this)) or _singular_modifier(this) and any(
                    "NOUN" in p.tag and p.tag.number == "sing" for p in _first_word_parses(following.split(None, 1)[-1]))):
            # "производство комплексных и фосфорных удобрений", "возведение жилой и коммерческой инфраструктуры":
            # the work's object is one head with two modifiers (a production makes both kinds; "мостов" after
            # singular adjectives can only be two bridges)
            out[i:i + 2] = [out[i] + " и " + out[i + 1]]
        elif _bare_modifier(this) and not _head(this, allow_count=True) and not _has_own_name(this, out[i + 1]):
            # "the Yavan and Fandarya hydropower plants", "Яванской и Фандарьинской ГЭС": the modifier shares the head
            rest = re.match(r"^\s*[\w-]+\s+(.+)$", following)
            shared = rest.group(1) if rest else ""
            head = _head(shared) or _head(this + " " + shared)  # "the Rogun and Kambarata projects": named ones
            if head and not _is_ru(this) and not _plural_head(shared, head):
                # "the Water and Energy Consortium": a head left in the singular names one body of two modifiers
                out[i:i + 2] = [out[i] + " and " + out[i + 1]]
            elif head and _is_ru(this) and this.strip()[:1].islower() and _only_singular(shared):
                # "технологический и инженерный центр": a head in the singular is one facility of both modifiers
                out[i:i + 2] = [out[i] + " и " + out[i + 1]]
            elif head and _is_ru(this) and (_ordinals(this) or _singular_modifier(this)):
                # "первый и второй этапы магистрали", "автомобильного и железнодорожного мостов": a modifier in the
                # singular names one facility of the plural head, which keeps its case
                out[i], out[i + 1] = _singular_ru(this + " " + shared), _singular_ru(out[i + 1])
            elif head:
                out[i] = _singular_en(this + " " + shared)
                out[i + 1] = _singular_en(out[i + 1])  # each modifier names one plant
        elif not _is_ru(this) and not _head(_bare_work(this), allow_count=True) and not _is_excluded(this) \
                and len(_LABEL.sub(" ", _bare_work(this)).split()) <= 3 \
                and this.split()[-1].islower() and not re.match(r"^\s*(a|an|the|its|their)\s", out[i + 1]) \
                and _head(following) and len(re.split(r"\s(?:in|at|on|near|worth|with|for|of|to)\s", following)[0].split()) <= 4 \
                and (i + 2 == len(out) or _INDEFINITE.match(out[i])
                     or not any(_head(_strip_work(_undetermined(x.strip()))) for x in out[i + 2:])):
            # "an ammonia and urea plant, as well as a polymer plant": one article before both modifiers makes one
            head = _head(following)
            if _plural_head(following, head) and len(following.split()) > 1:
                # "solar and wind power plants": a plural head names one kind of facility per modifier
                words = following.split()
                # what follows the head ("… with a total capacity of 1.5 GW") stays with the last conjunct
                at = next((k for k in range(1, len(words)) if _head(words[k])), len(words) - 1) + 1
                tail = " ".join(words[1:at])
                place = re.match(rf"(?:in|at|near)\s+{_PLACE_NAME}(?:\s+(?:region|district|city|province))?", " ".join(words[at:]))
                if place and _place(place.group(0)) != (None, None):
                    tail += " " + place.group(0)  # "… factories in the Namangan region": the place is every conjunct's
                out[i:i + 1] = [m.strip(" ,") + " " + tail for m in re.split(r",|\sand\s", this) if m.strip(" ,")]
            else:
                # "the trade and logistics center": two modifiers of one head make one project
                out[i:i + 2] = [out[i] + " and " + out[i + 1]]
        elif _INDEFINITE.match(out[i]) and _INDEFINITE.match(out[i + 1]) and len(this.split()) <= 3 \
                and not _head(this) and not _is_excluded(this) and _head(following):
            # "an onion dehydration and a vegetable processing plant": the first item waits for the shared head
            out[i] = out[i] + " " + _head(following)
    return out


def _singular_en(phrase: str) -> str:
    """Put the plural English head of a phrase in the singular ("Yavan hydropower plants on the X River" -> "… plant …")."""
    if _is_ru(phrase):
        return phrase
    heads = _lex()["heads_en"] | {"project", "projects"}
    for m in re.finditer(r"(?<![\w-])([\w-]+?)(ies|s)(?![\w-])", phrase):
        single = m.group(1) + ("y" if m.group(2) == "ies" else "")
        if lexicon.norm(single) in heads and lexicon.norm(m.group(0)) in heads:
            return phrase[:m.start()] + single + phrase[m.end():]
    return phrase


def _singular_modifier(phrase: str) -> bool:
    """Tell whether a Russian modifier is an adjective in the singular only ("автомобильного", not "стекольных")."""
    words = re.findall(r"[а-яёА-ЯЁ-]+", phrase)
    adjectives = [p for p in lexicon.parses(lexicon.norm(words[-1])) if "ADJF" in p.tag] if words else []
    return bool(adjectives) and all(p.tag.number == "sing" for p in adjectives)


def _first_word_parses(phrase: str) -> list:
    """Return pymorphy's readings of a Russian phrase's first word, most likely first (none if it opens otherwise)."""
    first = re.match(r"\s*([а-яё-]+)", lexicon.norm(phrase))
    return lexicon.parses(first.group(1)) if first else []


def _only_singular(phrase: str) -> bool:
    """Tell whether a Russian phrase opens with a noun that can only be singular ("центр", not "ГЭС" or "станции")."""
    nouns = [p for p in _first_word_parses(phrase) if "NOUN" in p.tag]
    return bool(nouns) and all(p.tag.number == "sing" and "Fixd" not in p.tag for p in nouns)


def _singular_ru(phrase: str) -> str:
    """Put the first plural Russian head noun of a phrase, and the adjectives before it, in the singular of their case.

    "тепловых электростанций" -> "тепловой электростанции"; a phrase with no plural-only head stays.
    """
    words = list(re.finditer(r"[а-яёА-ЯЁ-]+", phrase))
    for k, m in enumerate(words):
        nouns = [p for p in lexicon.parses(lexicon.norm(m.group(0)))
                 if "NOUN" in p.tag and lexicon.norm(p.normal_form) in _lex()["heads_and_parts_ru"]]
        if not nouns:
            continue
        plural = next((p for p in nouns if p.tag.number == "plur"), None)
        single = plural.inflect({"sing", plural.tag.case}) \
            if plural and plural.tag.case and len({p.tag.number for p in nouns}) == 1 else None
        if not single:
            return phrase
        swaps = [(m, single.word)]
        for before in reversed(words[:k]):
            adjective = next((p for p in lexicon.parses(lexicon.norm(before.group(0)))
                              if {"ADJF", "plur"} <= set(str(p.tag).replace(" ", ",").split(","))
                              and p.tag.case == plural.tag.case), None)
            # a noun of common gender ("ms-f") names no one gender for the adjective to take
            form = adjective.inflect({"sing", single.tag.gender, plural.tag.case}) \
                if adjective and single.tag.gender in ("masc", "femn", "neut") else None
            if not form:
                break
            swaps.append((before, form.word))
        for span, word in swaps:  # from the last word back, so earlier offsets hold
            phrase = phrase[:span.start()] + word + phrase[span.end():]
        return phrase
    return phrase


# A route by its two ends, written with a dash ("Калбатау – Майкапшагай"), with a length in brackets; a bare hyphen
# joins the parts of one name ("Myrza-Ake", "Усть-Каменогорск"), so only a spaced dash or a long one parts two places.
_DASH = r"(?:\s+[–—-]\s+|\s*[–—]\s*)"
_ROUTE_PAIR = re.compile(rf"[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?{_DASH}[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?"
                         rf"(?:{_DASH}[A-ZА-ЯЁ][\w-]*)*(?:\s*\([^()]*\))?")
# … ending a name after its kind ("автомобильных дорог Талдыкорган – Усть-Каменогорск")
_ROUTE_AFTER_KIND = re.compile(r"\s" + _ROUTE_PAIR.pattern + r"$")


def _shared_plural_head(previous: str, piece: str) -> list[str] | None:
    """Split "линий электропередачи и волоконно-оптической связи по маршруту X" into one line per complement.

    A plural head with a genitive complement, coordinated with a second
    genitive, names one facility per complement; a place or route phrase after
    the last complement belongs to both. A singular head ("центр торговли и
    логистики") stays one project.
    """
    if not _is_ru(previous):
        return None
    words = list(re.finditer(r"[а-яА-ЯёЁ-]+", previous))
    at = next((k for k, w in enumerate(words) if _ru_head(lexicon.lemma(lexicon.norm(w.group(0))))), None)
    if at is None or at + 1 >= len(words) or not _plural_head(words[at].group(0), lexicon.lemma(lexicon.norm(words[at].group(0)))):
        return None
    after = previous[words[at].end():].strip()
    first = lexicon.parse(lexicon.norm(piece.split()[0])) if piece.split() else None
    if not after or re.search(r"[^\w\s.-]|(?<!\w)(по|в|во|на|для|с)\s", after) or first is None \
            or "gent" not in first.tag or not {"ADJF", "NOUN"} & set(str(first.tag).replace(" ", ",").split(",")):
        return None
    route = re.search(r"\s(по|в|во|на|между|вдоль)\s.*$", piece)
    # "филиалы МГУ, а также МИФИ": one branch of each, so the head goes in the singular of its case
    return [_singular_ru(previous + (route.group(0) if route else "")), _singular_ru(previous[:words[at].end()] + " " + piece)]


def _bare_work(phrase: str) -> str:
    """Strip determiners and the work done on a deliverable ("construction of the border trade" -> "border trade")."""
    return _undetermined(_strip_work(_undetermined(phrase.strip())).strip())


_LABEL = re.compile(r'\s*(?:[«"“„][^»"”“]{1,80}[»"”]|\([^()]{1,40}\)|\'[A-Z][^\']{0,40}\')')


def _continues_name(piece: str, previous: str) -> bool:
    """Tell whether a headless piece after "и"/"and" is still part of the previous name ("центр торговли и логистики").

    An English name that ends in its head ("the Aral Sea restoration project"),
    or in its head and place, is complete: what follows "and" is another topic.
    """
    # a label in quotes or brackets ("… and Economic Cooperation (ICTEC) 'Central Asia'") names the whole, adding no words
    words = re.findall(r"[\w-]+", lexicon.norm(_LABEL.sub(" ", piece)))
    if not words:
        return False
    # a place after the piece ("… and economic cooperation in Osh") belongs to the whole name
    words = next((words[:k] for k, w in enumerate(words) if k and w in _RU_PREPOSITIONS | {"in", "at", "near"}), words)
    # "a solar plant in Samarkand": a name that ends in its head and its place is complete too
    # ("… in Khatlon and Sughd regions": a capitalised piece may still be the place's)
    core = re.sub(r"\s+(in|at|near)\s+[A-Z].*$", "", previous) if not _is_ru(piece) and piece[:1].islower() else previous
    last = re.findall(r"[\w-]+", lexicon.norm(core))[-1:]
    # "the construction of a copper plant in Almalyk, solar and wind power plants": the work before the name hides no head
    if not _is_ru(piece) and last and _head(_strip_work(_undetermined(core.strip()))) == _en_base(last[0]):
        return False
    if _is_ru(piece):
        if all(any("ADJF" in p.tag for p in lexicon.parses(w)[:1]) for w in words):
            return False  # "ГЭС, солнечных и ветровых станций": a bare adjective waits for the head after it
        alone = re.findall(r"[\w-]+", lexicon.norm(_undetermined(previous.strip())))
        if len(alone) == 1 and (head := _head(alone[0])) and _plural_head(alone[0], head):
            return False  # "магистралей и водоочистных сооружений": a kind in the plural, then another kind
        return len(words) <= 4 and any("gent" in p.tag for p in lexicon.parses(words[0])[:2])
    return len(words) <= 3 and words[0] not in {"a", "an", "the", "its", "their"}


# A size before a name ("400-bed", "1,000-seat"): a number with its unit, no code name.
_EN_SIZE_WORD = re.compile(r"\d[\d.,]*-[a-z]+")


def _has_own_name(phrase: str, following: str) -> bool:
    """Tell whether an English conjunct is a project of its own rather than a modifier of the next one's head.

    "CASA-1000 and the Trans-Afghan railway": a code name with digits or in
    capitals, or a next conjunct with its own article and a singular head,
    says the two are separate; "the Yavan and Fandarya plants" and "the
    Kambarata-1 and Kambarata-2 HPPs" share their plural head.
    """
    if _is_ru(phrase):
        return False
    head = _head(_undetermined(following.strip()))
    if head and _plural_head(following, head):
        return False  # "the Kambarata-1 and Kambarata-2 HPPs": a plural head is every conjunct's
    words = [w for w in re.findall(r"[\w-]+", _undetermined(phrase.strip())) if not _EN_SIZE_WORD.fullmatch(w)]
    if any(re.search(r"\d", w) or len(w) > 1 and w.replace("-", "").isupper() for w in words):
        return True
    return bool(re.match(r"^\s*(the|a|an|its|their)\s", following, re.IGNORECASE)) and bool(head) \
        and not _plural_head(following, head)


def _bare_modifier(phrase: str) -> bool:
    """Tell whether a phrase is only a proper name or adjectives waiting for a head ("Yavan", "Яванской")."""
    words = re.findall(r"[\w-]+", phrase)
    if not 1 <= len(words) <= 3:
        return False
    if _is_ru(phrase):
        return all("ADJF" in lexicon.parse(lexicon.norm(w)).tag for w in words)
    # "a 400-bed Maternal [and Child Health Center]": a size may stand before the name
    return all(w[0].isupper() or _EN_SIZE_WORD.fullmatch(w) for w in words) and words[-1][0].isupper()


# "Все здания будут построены …", "All the buildings will …": a quantifier over every one of something takes up
# what was named before; it names no new facility
_ALL_OF_THEM = re.compile(r"^\s*(?:все|всех|всем|всеми|всё|all|every|each)\s+(?!\d)", re.IGNORECASE)


def _is_excluded(phrase: str) -> bool:
    """Tell whether a phrase names a document, a body or a generic word."""
    lex = _lex()
    low = lexicon.norm(_undetermined(phrase.strip()))
    if _is_ru(phrase):
        noun = _first_noun_ru(phrase) or ""
        return noun.startswith(lex["not_ru"])
    words = re.findall(r"[\w'-]+", low)[:4]
    return any(w in lex["not_en"] for w in words)


# The kinds of settlement a Russian place is introduced by ("в городе Ширин", "в селе Кара-Булак")
_SETTLEMENT_RU = r"(?:в|во)\s+(?:городе|районе|поселке|посёлке|селе|кишлаке|ауле|махалле)"
_SETTLEMENT_EN = r"(?:settlement|village|town|city)"
# ("в городе Истиклол (бывший Табошар) предприятие": the town's former name in brackets goes with it)
_RU_NAMED_PLACE = re.compile(rf"^\s*{_SETTLEMENT_RU}\s+[А-ЯЁ][\w-]+\s+(?:\([^()]{{1,60}}\)\s+)?(?=\w)"
                             # "по созданию в этом же городе индустриального парка": the place said before
                             r"|^\s*(?:в|во|на)\s+(?:этом|том|этой|той)\s+(?:же\s+)?(?:городе|районе|регионе|области|месте)\s+"
                             r"(?=\w)")


def _skip_leading_companion(obj: str) -> str:
    """Drop who a Russian verb acts with before its object ("открыл вместе с премьером Акылбеком Жапаровым фонд").

    The companion ends in a capitalised name in the instrumental; the object follows it.
    """
    lead = re.match(r"\s*(?:вместе|совместно)\s+со?\s+", obj)
    if not lead:
        return obj
    words = list(re.finditer(r"[А-ЯЁа-яё-]+", obj[lead.end():]))[:15]
    named = [w for w in words if w.group(0)[0].isupper()
             and any("ablt" in p.tag for p in lexicon.parses(lexicon.norm(w.group(0)))[:3])]
    if not named:
        return obj
    rest = obj[lead.end() + named[-1].end():].lstrip(" ,")
    for _ in range(2):
        if _head(rest) or _QUOTE.match(rest):
            return rest
        # an indeclinable surname after the first name ("Кохиром Расулзода") shows no case of its own
        rest = re.sub(r"^[А-ЯЁ][\w-]*\s+", "", rest)
    return obj


_LEADING_YEAR = re.compile(r"^(?:(?:в|во)\s+\d{4}\s+году|in\s+\d{4})\s*,\s*(?=(?:и|а|но|and|but)\s)", re.IGNORECASE)


def _skip_leading_place(obj: str) -> tuple[str, str]:
    """Move a leading place phrase ("на реке Зеравшан …", "in Tashkent a trade house") out of the object.

    Return (object, place).
    """
    english = _EN_LEADING_PLACE.match(obj)
    if english:
        return obj[english.end():], english.group(0).strip()
    named = _RU_NAMED_PLACE.match(obj)
    if named:
        return obj[named.end():], named.group(0).strip()  # "строит в городе Ширин ТЭС": the town's own name ends it
    words = list(_WORD.finditer(obj))
    if not words or lexicon.norm(words[0].group(0)) not in _RU_PREPOSITIONS:
        return obj, ""
    site = False  # "на территории алюминиевого предприятия нового завода": the site's owner is no object
    owner_at = -1  # where the site's owner ends: its quoted name ("СЭЗ «Навои»") may follow
    for k, w in enumerate(words[1:9], start=1):
        token = w.group(0)
        if token[0] in '«"“„' and owner_at >= 0 and not obj[owner_at:w.start()].strip():
            continue
        if token[0] in '«"“„':
            break
        if token.isdigit():
            continue  # a date: "запущенный в 2020 году завод"
        if _lex()["units"].match(obj[words[max(0, k - 1)].start():w.end()]) and k > 1:
            site = False  # a size: "на территории 60 га комплекс", a site measured rather than owned
            continue
        if k > 1 and lexicon.norm(token) in _RU_PREPOSITIONS and not site:
            continue  # a second place phrase: "в Ташкенте на территории 60 га комплекс"
        if k > 1 and token in ("вместе", "совместно"):
            return obj[w.start():], obj[:w.start()].strip()  # "в Кыргызстане вместе с …": a companion follows the place
        if token == "и" and w.start() > words[1].start() and words[1].group(0)[0].isupper():
            continue  # coordinated places: "в Оше и Андижане торговые дома"
        if token == "и" and k + 1 < len(words) and all(
                "ADJF" in lexicon.parse(lexicon.norm(v.group(0))).tag for v in (words[k - 1], words[k + 1])):
            continue  # coordinated adjectives of the head to come: "в стране технологический и инженерный центр"
        noun = _first_noun_ru(token)
        if lexicon.norm(words[k - 1].group(0)) in _RU_PREPOSITIONS and noun and _head(token) and all(
                p.tag.case in ("loct", "loc2") for p in lexicon.parses(lexicon.norm(token)) if "NOUN" in p.tag):
            # "по созданию в центре благоприятных условий": a head in the prepositional case is where, not what; the
            # name after it is the place's ("в Республике на месторождении Джеруй уникальный комплекс")
            end = w.end()
            for v in words[k + 1:]:
                if not v.group(0)[:1].isupper() or obj[end:v.start()].strip():
                    break
                end = v.end()
            return obj[end:], obj[:end].strip()
        if noun in ("территория", "площадка") and w.start() == words[1].start():
            site = True
            continue
        if site and noun:
            site, owner_at = False, w.end()
            continue
        if noun in ("город", "район", "поселок", "посёлок", "село", "кишлак", "аул") and k + 1 == len(words) - 1 \
                and lexicon.norm(words[k - 1].group(0)) in _RU_PREPOSITIONS and words[k + 1].group(0)[:1].isupper():
            return "", obj.strip()  # "в Мангистауской области близ города Форт-Шевченко": places only, the object is before
        if noun in ("район", "город") and all(_PLACE_ADJECTIVE.match(v.group(0)) for v in words[1:] if v.start() < w.start()) \
                and w.start() > words[1].start():
            return obj[w.end():], obj[:w.end()].strip()  # "в Келесском районе": a district named, not a new one built
        # a head that needs its complement ("пункт пропуска", "здание театра") is a head only with the words after it
        if noun and (_head(token) or (noun in _lex()["complements"] or noun in _lex()["qualified"]) and _head(obj[w.start():])):
            # the adjectives before the head belong to the name ("в Хатлоне ветровую электростанцию"), coordinated ones
            # too ("в Ташкенте технологический и инженерный центр")
            first = next((v for v in words[1:] if v.start() < w.start() and lexicon.norm(v.group(0)) != "и" and all(
                "ADJF" in lexicon.parse(lexicon.norm(u.group(0))).tag or "PRTF" in lexicon.parse(lexicon.norm(u.group(0))).tag
                or lexicon.norm(u.group(0)) == "и" for u in words if v.start() <= u.start() < w.start())), w)
            return obj[first.start():], obj[:first.start()].strip()
        # "в этом году": pymorphy reads a demonstrative first as a pronoun; its adjective reading is the one here
        tags = {g for parsed in lexicon.parses(lexicon.norm(token))[:2] for g in str(parsed.tag).replace(" ", ",").split(",")}
        if "NUMR" in tags and w.start() > words[1].start() and _head(obj[w.start():], allow_count=True):
            return obj[w.start():], obj[:w.start()].strip()  # "в Таджикистане пять школ": a count opens the object
        if not ({"NOUN", "ADJF"} & tags) and not token[0].isupper():
            break
    return obj, ""


# A capitalised adjective made from a place name ("Ерейментауской", "Каракольского").
_PLACE_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё-]*[сц]к(ая|ий|ое|ие|ой|ого|ому|ую|их|ими|ом)$")
_PLACE_ADJECTIVE_ENDING = re.compile(r"(ая|ий|ое|ие|ой|ого|ому|ую|их|ими|ом)$")


# A Latin name (one to four capitalised words) with Russian going on after it: "ACWA Power ветропарка"
_LATIN_NAME_BEFORE_RU = re.compile(r"(?:[A-Z][\w&.'-]*\s+){1,4}(?=[а-яё])")


def _skip_leading_agent(obj: str, cue: str) -> str:
    """Drop the agent of a Russian participle ("построенный китайской компанией завод" -> "завод").

    The agent stands in the instrumental between the participle and its noun, or
    after a short participle ("будет построен турецкой компанией"); it is the
    builder, and a head it may have ("компанией") is not the project.
    """
    words = re.findall(r"[а-я]+", cue)
    short = any(any("PRTS" in p.tag for p in lexicon.parses(w)[:2]) for w in words)
    # "по строительству компанией ACWA Power ветропарка": a verbal noun takes its agent in the instrumental too
    verbal = bool(words) and bool(_WORK_NOUN_RU.match(words[-1] + " "))
    if not words or not short and not verbal and not any("PRTF" in p.tag for p in lexicon.parses(words[-1])[:2]):
        return obj
    words = list(re.finditer(r"[а-яА-ЯёЁ-]+", obj))
    run, k = 0, 0
    while run < len(words) and run < 4 and not obj[words[run - 1].end() if run else 0:words[run].start()].strip():
        if _PLACE_ADJECTIVE.search(words[run].group(0)):
            break  # "Начато строительство Ерейментауской ВЭС": a place adjective pymorphy took for a noun names the plant
        readings = [p for p in lexicon.parses(lexicon.norm(words[run].group(0)))[:4] if "ablt" in p.tag]
        if not readings:
            break
        run += 1
        if any("NOUN" in p.tag for p in readings):
            k = run  # the agent ends in its noun; an adjective after it belongs to the project
    if not k:
        return obj
    rest = obj[words[k - 1].end():]
    # the agent's own name ("компанией «Артель»", "компанией ACWA Power") is the agent's too
    named = _QUOTE.match(rest.lstrip()) or _LATIN_NAME_BEFORE_RU.match(rest.lstrip())
    rest = rest.lstrip()[named.end():] if named else rest
    return rest.lstrip() if rest.strip() else ""  # "терминал, построенный казахской компанией": the noun stands before


_RANKING_SCOPE_EN = re.compile(r"(?:(?<=largest)|(?<=biggest)|(?<=newest))\s+in\s+(?:the\s+)?(?:region|country|republic|world)"
                               r"(?=\s+[a-z])", re.IGNORECASE)


def _en_tail_phrase(segment: str) -> str:
    """Return the noun phrase that ends an English clause ("… was paid to the X Company" -> "the X Company")."""
    # "The largest in the region gas chemical complex": the scope of a ranking before the kind is no place of it
    segment = _RANKING_SCOPE_EN.sub(lambda m: " " * len(m.group(0)), segment)
    words = list(re.finditer(r"[\w'’-]+|[«\"“„][^»\"”]*[»\"”]", segment))
    # "a Maternal and Child Health Center": an "and" between capitalised words joins the parts of one title-case name
    breaks = [w.end() for k, w in enumerate(words) if lexicon.norm(w.group(0)) in _EN_SUBJECT_BREAK
              and not (w.group(0) == "and" and 0 < k < len(words) - 1 and words[k - 1].group(0)[:1].isupper()
                       and words[k + 1].group(0)[:1].isupper())]
    # an article opens a noun phrase too: "The presidents visited the cement plant" ends in "the cement plant"
    breaks = sorted(set(breaks) | {w.start() for w in words if lexicon.norm(w.group(0)) in ("the", "a", "an") and w.start()})
    # the shortest tail that names a project: "the work of the X trading house in Dushanbe"
    # ends in "Dushanbe", but the antecedent is the house
    for k in range(len(breaks) - 1, -1, -1):
        start = breaks[k]
        if _PARTICIPLE_ADJUNCT.search(segment[:start]):
            continue  # "the hospital built with Turkish funds": the funds are how it was built, not the subject
        if _head(_undetermined(segment[start:].strip())):
            # "the Samarkand branch of the X University": a facility of a facility is the first one;
            # "the fifth string of the X pipeline": a counted part keeps its words
            outer = next((b for b in reversed(breaks[:k]) if segment[b:start].strip().lower() not in ("of", "")), 0)
            before = segment[outer:start].rstrip()
            if before.lower().endswith(" of") and (_head(_undetermined(before[:-2].strip()))
                                                   or _facility_part(_undetermined(segment[outer:].strip()))):
                return segment[outer:].strip()
            if re.search(r"\s(at|in)$", before, re.IGNORECASE) and _head(_undetermined(before[:-3].strip())):
                return segment[outer:].strip()  # "the new passenger terminal at Samarkand airport": the terminal
            if re.search(r"(?:^|\s)and$", before, re.IGNORECASE):
                # "A cement plant and a glass factory were opened", "a solar plant in Namangan and a wind farm in
                # Navoi are being built": both were, whatever place follows the first
                for b in [outer] + [b for b in reversed(breaks[:k]) if b < outer] + [0]:
                    first = segment[b:start].rstrip()[:-3]
                    if "," in first:
                        break
                    if _head(_undetermined(first.strip())):
                        return segment[b:].strip()
            tail = _undetermined(segment[start:].strip())
            if before.lower().endswith(" for") and (_lex()["activity"].match(lexicon.norm(tail))
                                                    or _head(tail) in _lex()["agent_heads"]) \
                    and _head(_undetermined(before[:-4].strip())):
                # "A joint venture for the production of X opened": the venture did; "a special industrial zone for
                # European companies is being set up": the zone is, the companies are whom it serves
                return segment[outer:].strip()
            return segment[start:].strip()
    if _head(_undetermined(segment.strip()), allow_count=True):
        # "A joint venture for the production of buses [was established]", "Two wind power plants with a capacity of
        # 500 megawatts each [were connected]"
        return segment.strip()
    return segment[breaks[-1]:].strip() if breaks else segment.strip()


def _ru_tail_phrase(segment: str) -> str:
    """Return the noun phrase that ends a Russian clause, from its adjectives to its end.

    "Лидеры одобрили увеличение капитала Тюркского инвестиционного фонда"
    gives "Тюркского инвестиционного фонда": the antecedent of "который".
    """
    words = list(re.finditer(r"[\w-]+|[«\"“„][^»\"”]*[»\"”]", segment))
    for k in range(len(words) - 1, -1, -1):
        token = words[k].group(0)
        if token[0] in '«"“„' or not _ru_head(lexicon.norm(lexicon.parse(lexicon.norm(token)).normal_form)):
            continue
        first = k
        while first > 0:
            prev = words[first - 1].group(0)
            tag = lexicon.parse(lexicon.norm(prev)).tag
            if prev[0] in '«"“„' or "ADJF" in tag or "PRTF" in tag \
                    or prev[0].isupper() and _agrees_with_next(prev, words[first].group(0)):  # "Рогунскую ГЭС"
                first -= 1
            elif first > 1 and lexicon.norm(prev) in ("по", "для") and _ru_head(lexicon.norm(
                    lexicon.parse(lexicon.norm(words[first - 2].group(0))).normal_form)):
                first -= 2  # "Завод по производству удобрений": the activity after "по" is the plant's
            elif prev[0] not in '«"“„' and _ru_head(lexicon.norm(lexicon.parse(lexicon.norm(prev)).normal_form)) \
                    and any(p.tag.case == "gent" for p in lexicon.parses(lexicon.norm(words[first].group(0)))[:2]) \
                    and "NOUN" in lexicon.parse(lexicon.norm(words[first].group(0))).tag:
                first -= 1  # "завод компании «X», который …": the owner in the genitive names whose facility it is
            else:
                break
        return segment[words[first].start():].strip()
    return segment.strip()


def _without_leading_participle(segment: str) -> str:
    """Drop the participle clause that opens a Russian subject before its noun ("Построенный Китаем завод").

    The participle and its agent or date describe the facility ("Построенный
    китайской компанией завод начал работу"); the subject is the noun it
    agrees with and the adjectives before that noun, and the main verb tells the stage.
    """
    words = list(re.finditer(r"[\w-]+", _mask_quotes(segment)))
    if len(words) < 2 or "PRTF" not in lexicon.parse(lexicon.norm(words[0].group(0))).tag:
        return segment
    for k in range(1, len(words)):
        word = words[k].group(0)
        if not _ru_head(lexicon.norm(lexicon.parse(lexicon.norm(word)).normal_form)) \
                or not _agrees_with_next(words[0].group(0), word):
            continue
        first = k
        while first > 1 and _agrees_with_next(words[first - 1].group(0), word):
            first -= 1  # "построенный турками новый медицинский центр": its own adjectives stay
        return segment[words[first].start():]
    return segment


_RU_PREPOSITION = re.compile(r"\s*(в|во|на|при|у|для|по|из|от|с|со|к|ко|о|об|за|под|над|перед|между|после|до|внутри|около|возле|вблизи|близ|вокруг|напротив|среди|"
                             r"благодаря|согласно|вопреки|вследствие|ввиду)\s+",
                             re.IGNORECASE)


def _without_leading_adverbials(segment: str) -> str:
    """Drop the prepositional phrases that open a Russian clause before its subject.

    A subject is never governed by a preposition: in "В Ташкентской области новый
    завод был открыт" the subject is "новый завод", and "На предприятии налажен
    выпуск" has none before its verb.
    """
    while m := _RU_PREPOSITION.match(segment):
        noun = next((w for w in re.finditer(r"[\w-]+", segment[m.end():])
                     if "NOUN" in lexicon.parse(lexicon.norm(w.group(0))).tag), None)
        if noun is None:
            return ""
        segment = segment[m.end() + noun.end():].strip()
    return segment


# A speaker and the verb that reports a clause ("the minister said (that)", "it was noted that"): the clause's subject follows.
_REPORTED = re.compile(r"^.*(?<!\w)(said|says|noted|stated|added|stressed|emphasi[sz]ed|underlined|recalled|explained|"
                       r"confirmed|told [\w-]+|pointed out|(is|was) (planned|expected|reported|known))\s+(that\s+)?(?=\S)",
                       re.IGNORECASE)
# A time that opens the clause before its subject ("Next month the X deposit will be launched", "This year a plant …")
_LEADING_TIME_EN = re.compile(r"^(?:(?:next|last|this|later this|earlier this|early next|later next)\s+(?:month|year|week|"
                              r"quarter|spring|summer|autumn|fall|winter)|in\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d|"
                              r"(?:soon|then|now|today|tomorrow|yesterday))\s*,?\s+(?=\S)", re.IGNORECASE)


def _subject(text: str, start: int, finite: bool = False, whole: bool = False) -> str:
    """Return the subject of a passive cue, following "which"/"который" back to its antecedent.

    A finite cue ("has already financed") after a comma has its subject before
    the inserted clause; a bare English participle after a comma has none. With
    whole, an English clause whose own subject names no project has none: what
    is planned in "The next round of talks on the X line is planned" is the talks.
    """
    # a parenthesis is a remark on the subject ("центр «X» (стоимость проекта — $50 млн) будет открыт"), no clause
    before = re.sub(r"\s*\([^()]*\)", lambda m: " " * len(m.group(0)), text[:start])
    # a dash between capitalised names links the stops of a route ("Железная дорога Китай — Кыргызстан"), no clause
    masked = _NAME_DASH.sub(lambda m: m.group(1) + " ~ ", _mask_quotes(before))
    # a comma between digits groups thousands ("a 1,000-bed hospital"), no clause; a colon closes a headline's label
    # ("Первая продукция: завод «X» начал работу"), unless it writes a time
    cuts = [0] + [x for m in re.finditer(r"(?<!\d),\s*|,(?!\d)\s*|;\s*|\s[—–]\s|(?<!\d):\s*|:(?!\d)\s*", masked)
                  for x in (m.start(), m.end())] + [len(before)]
    segments = [before[cuts[k]:cuts[k + 1]] for k in range(0, len(cuts), 2)]
    segments[-1] = _strip_adverbs(segments[-1])  # "was officially launched", "была официально запущена"
    subject = re.sub(r"(^|\s+)(был[аио]?|будет|будут|were|was|has been|have been|is|are|has|have)(\s+already)?\s*$", "",
                     segments[-1].strip(), flags=re.IGNORECASE)
    subject = re.sub(r"^(а|и|но|что|чтобы|and|but|that)\s+", "", subject, flags=re.IGNORECASE)
    if not _is_ru(before):
        subject = _REPORTED.sub("", subject)  # "He said the X house was opened": the speaker is no part of the subject
        subject = _LEADING_TIME_EN.sub("", subject)
    # an empty subject: the cue opens a participle clause (", открытого в августе") or follows one
    # (", modernised with Chinese help, was put into operation"); the antecedent ends an earlier segment
    antecedent = _RELATIVE.match(subject.strip()) or not subject.strip()
    # a cue that opens with its own auxiliary ("…, financed by the Bank, is due to be completed") is finite
    finite = finite or bool(re.match(r"(is|are|was|were|has|have|had|will|would)\s", text[start:], re.IGNORECASE))
    if not _is_ru(before) and not segments[-1].strip() and not finite:
        # a bare English participle (", set up with …") is no subject, unless its clause closes with a comma
        # as an apposition does ("The X plant, launched in 2020, produces …")
        # or a past date follows ("the X Company, established in 2022 with a capital of …"); after a participle
        # clause in commas the verb is the main clause's ("The terminal, built by a Turkish firm, received …")
        antecedent = bool(_RELATIVE.match(subject.strip())
                          or len(segments) >= 3 and _is_participle_clause(segments[-2])
                          or re.match(r"^\s*(to be )?(\w+ed|built|rebuilt)\b[^,.;:!?]{0,80},\s", text[start:])
                          or re.match(r"^\s*(\w+ed|set up|built)\s+(in\s+(19|20)\d\d|last year|earlier this year)(?!\w)",
                                      text[start:], re.IGNORECASE))
    if _is_ru(before) or not segments:
        if not subject.strip() and len(segments) >= 3 and _QUOTE.fullmatch(segments[-2].strip()) \
                and _head(_ru_tail_phrase(segments[-3])):
            # "Совместное предприятие — «X» — было создано": the quoted name between dashes is the head's own
            return _ru_tail_phrase(segments[-3]) + " " + segments[-2].strip()
        if antecedent and len(segments) > 1:
            # "Завод, стоимость которого составляет $100 млн, введен": the relative clause describes the antecedent
            subject = next((_ru_tail_phrase(seg) for seg in reversed(segments[:-1])
                            if not re.search(r"(?<!\w)котор", seg, re.IGNORECASE) and not _is_participle_clause(seg)),
                           _ru_tail_phrase(segments[-2]))
        elif not antecedent:
            subject = _without_leading_participle(_without_leading_adverbials(subject))
        return subject
    if not subject.strip() and len(segments) >= 3 and _apposition(segments[-2]) \
            and _head(_undetermined(segments[-3].strip())):
        # "A joint venture, UzKor Textile, was set up": the name in commas follows its head and is
        # quoted so that it reads, and is keyed, as the facility's proper name
        name = segments[-2].strip()
        return _en_tail_phrase(segments[-3]) + " " + (name if _QUOTE.fullmatch(name) else f"«{name}»")
    if not subject.strip() and len(segments) >= 3 and (described := _described_name(segments[-3], segments[-2])):
        # "CAP, a joint venture of the two firms, started operations": the apposition says what the name is
        return described
    if antecedent:
        for k in range(len(segments) - 2, -1, -1):
            segment = segments[k]
            if _is_participle_clause(segment) or re.match(r"^\s*(whose|which|who|that)\s", segment, re.IGNORECASE):
                continue  # ", set up with a capital of …," describes the antecedent
            joined = re.match(r"^\s*(?:as well as|along with|together with)\s+", segment, re.IGNORECASE)
            if joined and k > 0 and not re.search(r"(?<![\w.,])\d+(?:[.,]\d+)?\s+(?!MW|GW|kW|kV|km)", segments[k - 1]):
                # "The X Trade Center, as well as the Y Cultural Center, have opened": both are the subject (a tally,
                # "51 small and medium-sized plants, along with 16 solar stations", is no list of projects)
                return f"{_en_tail_phrase(segments[k - 1])} and {_en_tail_phrase(segment[joined.end():])}"
            return _en_tail_phrase(segment)
        return ""
    if len(segments) >= 2 and re.fullmatch(r"\s[—–-]\s", masked[cuts[-3]:cuts[-2]]) and not _head(_undetermined(subject)) \
            and _head(_en_tail_phrase(segments[-2])):
        # "the first plant for the production of synthetic fuel - gas from natural gas was built": the words after the
        # dash gloss the product; the facility stands before it
        return _en_tail_phrase(segments[-2])
    shared = re.match(r"^(.+?)\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might)\s.*\sand\s*$",
                      subject, re.IGNORECASE)
    if shared:
        subject = shared.group(1)  # "The plant is under construction and will employ 600": the verbs share one subject
    agent = re.search(r"\s+by\s+(the\s+|a\s+)?", subject)
    if agent and _head(_undetermined(subject[:agent.start()].strip())):
        subject = subject[:agent.start()]  # "The second stage of a greenhouse project by the Dutch firm X has been launched"
    if len(subject.split()) <= 6:
        return subject
    if whole and not _head(_undetermined(subject.strip())):
        return ""
    return _en_tail_phrase(subject)


def _is_adverb(word: str) -> bool:
    """Tell whether a word is an adverb ("officially", "официально", "полностью")."""
    low = lexicon.norm(word)
    if re.search("[а-я]", low):
        return "ADVB" in lexicon.parse(low).tag
    return low.endswith("ly") and len(low) > 4 and low not in ("only", "early", "family", "assembly", "supply")


def _strip_adverbs(segment: str) -> str:
    """Drop the adverbs that end a segment, so the auxiliary before them is its end again."""
    words = list(re.finditer(r"[\w-]+", segment))
    end = len(segment.rstrip())
    for w in reversed(words):
        if segment[w.end():end].strip() or not _is_adverb(w.group(0)):
            break
        end = w.start()
    return segment[:end].rstrip() + (" " if end < len(segment.rstrip()) else "")


# A facility that belongs to whoever opens it and is named by it ("a branch" of the bank that opened it).
_OWNED = re.compile(r"^((new|first|second|its|their)\s+)?(branch|branches|office|offices|representative office|"
                    r"representative offices|subsidiary|филиал\w*|представительств\w*|офис\w*|дочерн\w+ компани\w*)"
                    r"(?=\s+(в|во|на|in|at)\s|$)", re.IGNORECASE)


def _with_owner(item: str, text: str, start: int) -> str:
    """Name a bare branch or office by the company or bank that opens it ("Halyk Bank opened a branch").

    "a branch in Tashkent" alone says nothing of whose it is; the subject of the
    verb does, when it is a proper name ("Halyk Bank", "Kazakhstan's Halyk
    Bank", "Капиталбанк"). Russian takes the owner in the genitive.
    """
    bare = _undetermined(item.strip())
    owned = _OWNED.match(bare)
    if not owned:
        return item
    end = owned.end()
    subject = re.sub(r"^.*?[’']s\s+", "", _subject(text, start, finite=True).strip())
    if _is_ru(bare):
        latin = re.search(r"(?:[A-Z][\w&.-]*\s*)+$|[«\"“„][^»\"”]+[»\"”]\s*$", subject)
        if latin:
            owner = latin.group(0).strip()
        elif re.fullmatch(r"[А-ЯЁ][а-яё]*банк", subject):
            parsed = lexicon.parse(lexicon.norm(subject)).inflect({"gent"})
            owner = _case_like(parsed.word, subject) if parsed else subject
        else:
            return item
        return f"{bare[:end]} {owner}{bare[end:]}"
    # "Pakistan's state-owned National Bank of Pakistan": the attributes before the name are no part of it
    words = re.findall(r"[\w&.-]+", re.sub(r"^(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+)*(?=[A-Z])", "", subject))
    # "National Bank of Pakistan": a function word may join the capitalised words of a name
    if not 1 <= len(words) <= 5 or not all(w[0].isupper() or 0 < k < len(words) - 1 and w in ("of", "for", "and", "&")
                                           for k, w in enumerate(words)) or _head(subject) not in (None, "bank"):
        return item
    if "of" in words:
        # "branch of National Bank of Pakistan in Uzbekistan": an owner with "of" follows the head, which stays the head
        return f"{bare[:end]} of {' '.join(words)}{bare[end:]}"
    return f"{' '.join(words)} {bare}"


def _described_name(name: str, apposition: str) -> str:
    """Name a facility from its proper name and the apposition after it ("CAP", "a joint venture of …").

    Return "" unless the apposition is an indefinite or definite noun phrase
    and the name is a proper name (then the phrase is kept up to its head,
    "joint venture «CAP»", as a head before a name in commas is) or a noun
    phrase with a project head of its own, which is returned.
    """
    name = re.sub(r"^(and|but)\s+", "", name.strip(), flags=re.IGNORECASE)
    if _is_ru(name) or not re.match(r"^\s*(a|an|the)\s", apposition, re.IGNORECASE) \
            or _is_participle_clause(apposition):
        return ""
    if not _apposition(name):
        # "The new plant, a joint venture of …, began operating": the head before the apposition is the subject, and
        # so is a name with its head that opens the sentence ("Shelek wind farm, the first … project, started …")
        opens = name[:1].isupper() and len(name.split()) <= 6
        return name if (re.match(r"^(the|a|an)\s", name, re.IGNORECASE) or opens) and _head(_undetermined(name)) else ""
    words = list(re.finditer(r"[\w'-]+", _undetermined(apposition.strip())))
    phrase = _undetermined(apposition.strip())
    for k, w in enumerate(words[:5]):
        if lexicon.norm(w.group(0)) in _EN_NAME_BREAK:
            return ""
        if _head(phrase[:w.end()]) and _en_base(lexicon.norm(w.group(0))) == _head(phrase[:w.end()]):
            kept = [v.group(0) for v in words[:k + 1] if not re.fullmatch(r"\w+est|first|second|new|only", v.group(0))]
            return " ".join(kept) + " " + (name if _QUOTE.fullmatch(name) else f"«{name}»")
    return ""


def _names_itself(item: str, piece: str) -> bool:
    """Tell whether a piece in commas is the English proper name of the item before it ("a crossing, Dostuk,").

    The item must end in its head, so that the name is not a place of a list
    ("plants in Navoi, Bukhara"), and a one-word piece must be no known place.
    """
    if _is_ru(piece) or len(piece.split()) == 1 and _place(f"in {piece}") != (None, None):
        return False
    words = re.findall(r"[\w'-]+", item)
    head = _head(_undetermined(item.strip()))
    if not _apposition(piece):
        # "a joint venture, Kambarata-1 HPP Company": an organisation's registered name may end in a head of its own
        own = re.findall(r"[\w'-]+", piece)
        if not (head in _lex()["agent_heads"] and 1 <= len(own) <= 5 and all(w[0].isupper() or w[0].isdigit() for w in own)):
            return False
    return bool(words) and head is not None and _en_base(lexicon.norm(words[-1])) == head


def _apposition(segment: str) -> bool:
    """Tell whether a segment between commas is only a proper name ("UzKor Textile", "«Agro-Tech»")."""
    words = re.findall(r"[\w'-]+", _QUOTE.sub(" Q ", segment))
    return 1 <= len(words) <= 4 and all(w[0].isupper() for w in words) and not _head(segment)


def _item_status(item: str, remark: str, default: str, context: str) -> str:
    """Return one enumerated item's status: its own remark first, then an agreement it names, then the list's."""
    own = _own_status(remark)
    if own:
        return own
    if _lex()["agreement_item"].match(lexicon.norm(_undetermined(item.strip()))):
        return "agreement_signed" if _lex()["signed"].search(context) else "announced"
    return _started_work(item, default)


def _constructed(item: str, text: str, status: str) -> str:
    """Give a facility whose construction a bullet names the stage of a started construction under a launch."""
    at = text.find(item)
    work = re.search(r"(строительств|возведени|сооружени|прокладк)\w*\s+$|construction of (the |a |an )?$", text[:at],
                     re.IGNORECASE) if at > 0 else None
    return _started_work(work.group(0), status) if work else status


def _started_work(item: str, status: str) -> str:
    """Give a construction among works started its own stage ("дан старт проектам: строительство завода …")."""
    if status == "launched" and _CONSTRUCTION_ITEM.match(_undetermined(_BULLET.sub("", item).strip())):
        return "construction_started"
    return status


def _status(low: str, window: tuple[int, int], after: tuple[int, int], status: str, mode: str,
            previous: str = "", published: dt.date | None = None) -> str | None:
    """Resolve the status of one cue from the words around it; None if a nominal cue has no status."""
    lex = _lex()
    before = low[window[0]:window[1]]
    if mode == "list":
        return _intro_status(before, previous)
    announce = lex["announce"].search(before)
    if status == "announced" and (_SIGNING.search(low) or _SIGNING.search(previous) and lex["agreement_words"].search(previous)) \
            and _DEAL_TERMS.search(before[:announce.start()] if announce else before):
        return "agreement_signed"  # "Under the signed agreements, the fund will invest in X": the deal's terms
    if announce:
        return "announced"
    if _NOUN_CUE.match(low, window[1]) and _EXPECTED_AFTER.match(low, after[0], after[1]):
        return "announced"  # "The commencement of the construction of X is anticipated in 2024": it lies ahead
    if mode == "signed":
        # "соглашение о строительстве X" is a project only once the agreement is concluded,
        # which the sentence or the one before it says ("Подписаны 12 документов. Среди них — соглашение о …")
        # a contract is concluded by what it is ("ACWA Power's contract includes two solar plants")
        concluded = _signed_done(low) or _signed_done(previous) or lex["concluded"].search(low) \
            or _CONTRACT.search(low, window[1]) and not lex["announce"].search(low)
        if concluded:
            return status
        # what an agreement not said to be signed includes or envisages is still intended, and so is the deliverable
        # of one still to be signed ("an agreement on building X is expected to be signed in April")
        # so is one being drafted or negotiated ("перешли к разработке соглашения о строительстве X")
        return "announced" if _DEAL_CONTENT.search(low[window[1]:after[0]]) or _signing_ahead(low) \
            or _DRAFTING.search(before) else None
    if mode == "context":
        if lex["plan_nouns"].search(before):
            return "announced"  # "презентация проекта строительства завода": the plan is presented
        if _TALKS_ABOUT.search(before):
            return "announced"  # "состоялись переговоры … по вопросу создания предприятия": the talks were held, not the founding
        following = low[after[0]:after[1]]
        completion = lex["completion"].search(following)
        if completion and _FUTURE.search(following[:completion.start()]):
            return "announced"  # "строительство школы будет завершено в 2026 году"
        if completion:
            return "completed"
        finished = _RELATIVE_FINISHED.match(low[after[0]:])
        if finished:
            # "financed the construction of the X railway, which was completed in 2016": the clause states its stage
            return "completed" if finished.group(1) in ("completed", "finished") else "launched"
        if lex["relative_progress"].match(low[after[0]:]):
            return "construction_started"  # "строительство школ, которое финансирует Россия": paid for now
        progress = lex["progress"].search(following)
        if progress and _FUTURE.search(following[:progress.start()]):
            return "announced"  # "строительство ГЭС будет начато в 2027 году"
        if progress or lex["progress"].search(low[window[0]:after[0]]):  # "идет строительство": the cue itself may end it
            # "accelerate the launch of the X fund": a launch or an opening hurried on is still ahead; a construction is under way
            return "announced" if status == "launched" else "construction_started"
        if status == "unknown" and (lex["announce"].search(following) or _FUTURE.search(following)
                                    or re.match(r"^[^.;]{0,80}?(will|is to|are to)\s", following)):
            return "announced"  # "The implementation of the X project is planned for 2026": its stage is the plan
        if lex["agreement_words"].search(before) and (lex["signed"].search(before) or lex["signed"].search(following)):
            # "contracts were signed, including for the construction of X", "the contract for building X was awarded"
            return "agreement_signed"
        if _deal_concluded_before(low, window[1], previous):
            # "Agreements were signed on the financing of projects for the reconstruction of X": the deal
            # whose object is a work on X concludes it, however many nouns stand between
            return "agreement_signed"
        # "Пуск ГЭС состоялся", "the opening of X took place": the event is reported as held; the cue itself
        # may end the witnessing phrase ("отметили запуск завода")
        if published and years_before(_DOCUMENT_DATE.sub(" ", low[window[0]:after[1]]), published) \
                and status in ("launched", "construction_started") \
                and not lex["announce"].search(following):
            return status  # "стал запуск в сентябре 2021 года предприятия" in a 2022 report: the launch happened
        held = lex["witnessed"].search(before) or lex["witnessed"].search(following) \
            or lex["witnessed"].search(low[window[0]:after[0]]) and not lex["announce"].search(following)
        return status if held else None
    return status


# A cue that is a noun ("the commencement of the construction of", "начало строительства") and, after its object, the
# predicate that puts it ahead ("… is anticipated in 2024", "… ожидается в 2024 году"); a clause after a comma or a
# relative pronoun speaks of the facility instead ("…, which is expected to be completed in 2026")
_NOUN_CUE = re.compile(r"(?:the\s+)?(?:commencement|start|beginning|launch|opening|commissioning)\s+of\s"
                       r"|(?:начал[оа]|старт[а]?|запуск[а]?|открыти[ея]|ввод[а]?)\s")
_EXPECTED_AFTER = re.compile(r"(?:(?![,;]|\s(?:that|which|who|котор\w+)\s).){0,100}?\s(?:(?:is|are)\s+(?:now\s+)?"
                             rf"(?:{_AHEAD_EN})|{_AHEAD_RU})(?!\w)")


# Talks whose subject the cue right after names ("переговоры с компанией X по вопросу создания", "talks on the construction of")
_TALKS_ABOUT = re.compile(r"(?<!\w)(?:переговор|встреч|консультаци|talks|negotiations|consultations)\w*\s(?:[^;]{0,150}?\s)?"
                          r"(?:по\s+вопрос\w*|о|об|on|about|over|regarding)\s+(?:the\s+)?$")


# The date of a document ("постановление от 14 января 2022 года «О мерах по организации строительства …»"), which
# dates the paper, not the works
_DOCUMENT_DATE = re.compile(r"(?<!\w)(?:от|dated)\s+\d{1,2}(?:\s+[а-яa-z]+|[./]\d{1,2}[./])\s*\d{4}(?:\s*(?:года|г\.))?")


def _signed_done(text: str) -> bool:
    """Tell whether a text says a deal was signed, not that it is to be ("is expected to be signed in June")."""
    return any(not _AHEAD.search(text[:m.start()]) for m in _lex()["signed"].finditer(text))


def _signing_ahead(text: str) -> bool:
    """Tell whether a text says a deal is to be signed ("will be signed during the visit"), which only intends it."""
    return any(_AHEAD.search(text[:m.start()]) for m in _lex()["signed"].finditer(text))


def _infinitive(low: str, start: int, end: int) -> str | None:
    """Return the cue with its "to" when it is an infinitive, else None.

    The cue pattern may or may not have taken the "to" in: "to build" and "build"
    after "to " are the same infinitive.
    """
    if re.match(r"to\s", low[start:end]):
        return low[start:end]
    if re.search(r"(?<!\w)to $", low[max(0, start - 4):start]):  # not the end of a name ("UzKazAvto was …")
        return low[start - 3:end]
    return None


def _deal_concluded_before(low: str, at: int, previous: str = "") -> bool:
    """Tell whether the clause before a cue concludes a deal ("signed agreements with the X Fund … to build").

    A deal signed in the sentence before may be named again by its noun alone ("…signed a framework
    agreement. The agreement covers the construction of X").
    """
    clause = low[:at]
    lex = _lex()
    if _DEAL_PRONOUN.match(clause) and lex["agreement_words"].search(previous) and _SIGNING.search(previous):
        return True
    if _CONTRAST.search(clause) or not lex["agreement_words"].search(clause):
        return False
    if lex["signed"].search(clause):
        return True
    if re.search(r"(?<!\w)(was|were|has been|have been|had been)\s+(\w+ly\s+)?(signed|concluded|inked|sealed)(?!\w)",
                 low[at:]) and not _CONTRAST.search(low[at:]):
        return True  # "an agreement on the realization of the project on construction of X was concluded"
    return bool(_DEAL_BACK.match(clause) and lex["agreement_words"].search(previous) and _SIGNING.search(previous))


def _own_status(remark: str) -> str | None:
    """Return the status a remark on one item states ("— уже запущен", "(agreement signed)"), or None."""
    lex = _lex()
    low = lexicon.norm(remark)
    if lex["announce"].search(low):
        return "announced"
    for _, status, mode, regex in lex["cue_index"].candidates(low):
        if mode == "verb" and regex.search(low):
            return status
    if lex["progress"].search(low):
        return "construction_started"
    if lex["signed"].search(low):
        return "agreement_signed"
    return None


# The start of works named by nouns ("the launch of the construction of", "запуск строительства"): they have begun
_WORKS_LAUNCHED = re.compile(r"(?<!\w)(?:launch|start|beginning|commencement) of (?:the )?(?:construction|building)(?!\w)"
                             r"|(?<!\w)(?:запуск|старт|начал)\w* (?:строительств|возведени)")


def _intro_status(intro: str, previous: str = "", lead: str = "") -> str:
    """Return the status an enumeration's introduction gives its items ("среди запущенных проектов —").

    An anaphoric introduction ("Среди них —", "Among them are") takes its
    status from the sentence before it ("подписаны соглашения по 12 проектам").
    The words of the sentence before the introduction (lead) may say that an
    opening it names took place ("приняли участие в церемонии открытия …").
    """
    lex = _lex()
    texts = [intro] + ([previous] if previous and lex["anaphora"].search(intro) else [])
    for text in texts:
        if lex["concluded"].search(text):
            return "agreement_signed"
        if lex["announce"].search(text):
            # "Ongoing and planned projects include …": the list mixes stages, so no item's is known
            return "unknown" if lex["progress"].search(text) else "announced"
        if lex["implemented"].search(text):
            return "launched"  # "уже осуществлён ряд крупных проектов. Среди них —": carried out, at work
        cues = lex["cue_index"].candidates(text)
        for _, status, mode, regex in cues:
            if mode in ("verb", "signed") and regex.search(text):
                return status
        if _WORKS_LAUNCHED.search(text):
            return "construction_started"  # "the launch of the construction of joint ventures:", "старт строительства:"
        scope = lead + text if text is intro else text
        if lex["witnessed"].search(scope) and not lex["announce"].search(scope):
            # "приняли участие в церемонии открытия трех объектов:": the opening the speakers attended took place
            held = next((status for _, status, mode, regex in cues
                         if mode == "context" and status != "announced" and regex.search(text)), None)
            if held:
                return held
        if lex["signed"].search(text):
            return "agreement_signed"
        if lex["completion"].search(text):
            return "completed"  # "Три проекта уже завершены, в том числе …"
        if lex["progress"].search(text):
            return "construction_started"  # "Projects currently underway include …": each is under way
    return "announced"


def _list_intro(sentence: Sentence, previous: str = "") -> str | None:
    """Return the status a sentence gives the bullet lines after it, or None if it opens no list.

    A sentence ending in a colon or speaking of projects ("ключевые проекты,
    о которых шла речь") may be followed by one bulleted item per line.
    """
    low = sentence.low.rstrip()
    lex = _lex()
    if low.endswith("?"):
        # "— Какие проекты вы считаете главными? — …": an interviewer's question; the dash opens the answer, no bullet
        return None
    if low.endswith(":") and ([h for h in _cue_hits(low) if h[3] in ("verb", "list", "signed")]
                              or lex["agreement_words"].search(low) and lex["signed"].search(low)):
        # "The following documents were signed:" opens a list of deals, each one's deliverable a project
        return _intro_status(low, previous)
    if lex["projects_word"].search(low):
        return _intro_status(low, previous)
    return None


# A Russian work noun opening an item ("строительству X", "созданию Y"): the works that follow are of it.
# Stems of the Russian nouns of works on a facility ("строительство", "модернизации")
_WORK_STEMS_RU = "строительств|возведени|сооружени|создани|реконструкци|модернизаци|прокладк"
# A work or activity noun opening a Russian phrase ("возведение ", "производство ")
_WORK_LEAD_RU = re.compile(rf"(?:{_WORK_STEMS_RU}|производств|выпуск|переработк|сборк)\w*\s+", re.IGNORECASE)
_WORK_NOUN_RU = re.compile(rf"({_WORK_STEMS_RU})\w*\s", re.IGNORECASE)

_LEADING_AND = re.compile(r"\s*(?:and|as well as|и|а также)\s+", re.IGNORECASE)


def _list_items(obj: str) -> list[tuple[str, str]]:
    """Split an enumeration ("завод X; центр Y и СЭС Z") into (item phrase, remark on the item) pairs.

    Each item is cut at its own clause end; the rest of its stretch of text
    up to the next item ("($140 million, agreement signed)", "— уже запущен")
    may state the item's own status.
    """
    obj = re.split(r"[.!?](?:\s|$)", obj, maxsplit=1)[0]
    # "… including X and 'Y tunnel," he said, "Fortunately …": the quotation ends where its speaker is named
    obj = _QUOTE_THEN_SPEAKER.split(obj, maxsplit=1)[0]
    # a parenthesis ("($140 million, agreement signed)") is a remark, not a list separator
    masked = _PAREN.sub(lambda m: "(" + "x" * (len(m.group(0)) - 2) + ")", _mask_quotes(obj))
    found: list[tuple[str, int]] = []
    activity = None  # "по производству X, Y": a bare product after a production item is produced too
    for piece in re.finditer(r"[^;]+", masked):
        text = masked[piece.start():piece.end()]
        bullet = _BULLET.match(text)
        base = piece.start() + (bullet.end() if bullet else 0)
        text = text[bullet.end():] if bullet else text
        conjunction = _LEADING_AND.match(text)
        if conjunction:  # "…; and the Orion Grand carpet plant": the last item's "and" joins it, it is no part of it
            base += conjunction.end()
            text = text[conjunction.end():]
        pos = 0
        for item in _items(text.strip().rstrip(","), in_list=True):
            at = text.find(item, pos)
            at = max(at, 0)
            pos = at + len(item)
            item = _cut_clause(obj[base + at:base + at + len(item)]).strip().rstrip(",")
            bare = _undetermined(item)
            m = _lex()["activity"].match(lexicon.norm(bare))
            if m:
                activity = bare[:m.end()]
            elif _WORK_NOUN_RU.match(bare):
                activity = None  # "…, строительству логистического центра и жилой инфраструктуры": another work leads now
            elif activity and _is_ru(bare) and "gent" in lexicon.parse(lexicon.norm(bare.split()[0])).tag \
                    and (_head(bare) or "") not in _lex()["compound_ru"] and not _synonym_heads(_head(bare) or "", "завод") \
                    and not _bare_modifier(bare):
                # a product ("кабелей в Баткене"), not a facility ("создание кластеров, швейной фабрики" makes none;
                # "сборки автомобилей, текстильных кластеров": the clusters are built, not assembled), nor an adjective
                # waiting for its head
                item = activity + bare
            elif activity and not _is_ru(bare) and _head(bare) is None and _EN_OWN_PLACE.search(bare):
                item = activity + bare  # "production of appliances in Karaganda, infusion solutions in Shymkent"
            if item and _names_project(item):
                found.append((item, base + at))
    out = []
    for k, (item, at) in enumerate(found):
        stop = found[k + 1][1] if k + 1 < len(found) else len(obj)
        out.append((item, obj[at + len(item):stop] if stop > at + len(item) else ""))
    return out


# a form of "be" before anything but an -ing form: "was built", "will be launched"; "is implementing" is active
# "is built", "are being established": a cue in the passive takes its subject ("… are progressing" is no passive)
_EN_PASSIVE = re.compile(r"(?<!\w)(be|been|is|are|was|were)\s+(?!(currently |now )?(?!being\s)\w+ing(?!\w))")


# An approximate count opening an English object: "more than 100 projects", "over 30 plants", "up to 12 schools"
_ABOUT_A_NUMBER = re.compile(r"(?:(?:more|fewer|less) than|over|about|around|nearly|almost|roughly|approximately|up to)"
                             r" \d")


def _governs_object(cue: str, obj: str, headline: bool = False) -> bool:
    """Tell whether an active cue has its own object, so its subject is the agent, not a project.

    "Bank of China will open a credit line" opens a line (no project), the bank is
    not opened; "The plant opened in May" has no object and its subject opened.
    A headline drops its articles ("Kazakhstan launches Turkestan-Shymkent highway"),
    so there any noun phrase after the verb is its object.
    """
    words = re.findall(r"[\w-]+", lexicon.norm(obj))
    if not words:
        return False
    if not _is_ru(cue + " " + obj):
        return (words[0] in {"a", "an", "the", "its", "their", "his", "her", "our", "new"} or words[0].isdigit()
                or words[0] in _lex()["count_en"] or words[0] in _lex()["bare_objects_en"]
                or _ABOUT_A_NUMBER.match(" ".join(words[:4])) is not None  # "are implementing more than 100 projects"
                or headline and words[0] not in _EN_BREAK | {"and", "as", "up"}
                ) and not _EN_PASSIVE.search(cue)
    verb = re.findall(r"[а-я]+", cue)
    if not verb or "VERB" not in lexicon.parse(verb[-1]).tag:
        return False  # a short participle ("открыт") is passive
    return any({"accs"} <= set(str(p.tag).replace(" ", ",").split(",")) and ("NOUN" in p.tag or "ADJF" in p.tag)
               for p in lexicon.parses(words[0])[:3])


def _is_concrete(item: str) -> bool:
    """Tell whether a phrase names one particular facility (a quoted or proper name, or a place) rather than a kind."""
    body = _strip_work(_undetermined(item.strip()))
    if _QUOTE.search(body):
        return True
    for m in re.finditer(r"\b[A-ZА-ЯЁ][\w-]*", body):
        if not (m.group(0).isupper() and _head(m.group(0))) or re.search(r"\d", m.group(0)):
            return True  # a proper name or a numbered one ("ТЭЦ-3"); an abbreviated head ("АЭС", "HPP") names only the kind
    return _place(body) != (None, None)


def _kind_of_count(counted: str) -> str:
    """Return the kind a counted phrase names, without its count and sizes ("two more 50 MW solar parks" -> "solar parks")."""
    kind = _COUNT_LEAD.sub("", _undetermined(counted.strip()), count=1)
    kind = re.sub(r"^(?:more|other|new|ещё|еще|других|другие|новых|новые)\s+", "", kind, flags=re.IGNORECASE)
    return _lex()["sizes"].sub("", kind).strip()


# A name alone, with no kind: a quoted one ("«Sazagan-1»") or a capitalised one ("the Burnoye Solar-1").
_BARE_NAME = re.compile(r'[«"“„][^»"”“]{1,80}[»"”]|(?:the\s+)?[A-Z][\w\'-]*(?:\s+[A-Z0-9][\w\'-]*)*')


def _of_kind(item: str, kind: str | None) -> str:
    """Give a bare name after a counted kind that kind ("«Sazagan-1»" of "две СЭС" -> "СЭС «Sazagan-1»").

    Russian puts the kind before a quoted name (its plural is made singular with the
    name); English puts its singular after the name ("the Burnoye Solar-1" -> "Burnoye Solar-1 solar park").
    """
    if kind is None or not _BARE_NAME.fullmatch(item.strip()) or _head(_strip_work(_undetermined(item.strip()))):
        return item  # "one in Osh, the other in Batken" tells where each is, naming neither
    at = re.search(r"\s(?:in|at|near|в|во|на)\s", kind)
    kind, place = (kind[:at.start()], kind[at.start():]) if at else (kind, "")
    named = f"{kind} {item.strip()}" if _is_ru(kind) else f"{_undetermined(item.strip())} {_singular_en(kind)}"
    return named + place  # the count's place is each name's, told after the name


_FIELD_BEFORE = re.compile(r"(?:(?<!\w)(?:в|во)\s+(?:сфер|област|отрасл)\w*|(?<!\w)in\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of)"
                           r"\s+$")


def _in_line_of_business(low: str, pos: int) -> bool:
    """Tell whether a work at pos is one of the trades a firm is said to be engaged in, in the same clause."""
    trades = list(_lex()["line_of_business"].finditer(low, max(0, pos - 120), pos))
    return bool(trades) and re.fullmatch(r"[^.;:!?«»\"]*", low[trades[-1].end():pos]) is not None


def _candidates(sentence: Sentence, previous: str = "", published: dt.date | None = None) -> list[tuple[str, str, str, str]]:
    """Return (phrase, status, mode, leading place) candidates of one sentence."""
    low = sentence.low
    text = sentence.text
    # a cue word written with a capital inside the sentence belongs to a name ("Center for Industrial Cooperation on …"),
    # except in a headline that capitalises every word ("Uzbekistan And China Launch Joint Venture")
    title_case = _title_cased(sentence, every_word=True)
    # an abbreviation keeps its capitals anywhere ("MoUs were signed"), so it is still a cue word
    hits = [h for h in _cue_hits(low) if title_case or not (h[0] and text[h[0]].isupper() and not _is_ru(text)
                                                            and not _ABBREVIATION.match(text, h[0])
                                                            and text[:h[0]].rstrip()[-1:] not in ".:;!?—–-«\"“")]
    # "предприятия по выпуску и реализации автомобилей": the second work of the pair is no cue of its own
    hits = [h for h in hits if not (h[3] == "context" and _ACTIVITY_PAIR_BEFORE.search(low, 0, h[0]))]
    # "проектов в сфере строительства энергетических объектов", "in the field of construction": a work named as a
    # field of cooperation starts no works
    hits = [h for h in hits if not (h[3] == "context" and _FIELD_BEFORE.search(low, max(0, h[0] - 40), h[0]))]
    # "the construction of four Russian-built stations": who builds them is an adjective inside the object
    hits = [h for k, h in enumerate(hits) if not (k and low[h[0]] == "-" and re.fullmatch(r"[\s\w]*", low[hits[k - 1][1]:h[0]])
                                                   and hits[k - 1][2] != "completed")]
    out = []
    prev_obj_end = 0
    prev_window: int | None = None  # where the clause of the previous cue began
    prev_obj_stop = 0  # where the previous cue's object ends
    list_end = 0
    list_status: str | None = None
    governing: str | None = None  # the status of the last verb cue, for a bare infinitive coordinated with it
    described: set[int] = set()  # hits that only describe an object before them (a participle clause, a purpose)
    for i, (start, end, status, mode) in enumerate(hits):
        if start < list_end and mode != "verb":
            continue  # a nominal cue inside an enumeration ("строительство завода") is one of its items
        if i in described:
            continue
        limit = hits[i + 1][0] if i + 1 < len(hits) else len(low)
        # a topic cue ("обсудили", "will finance") is the context of the cue after it, not its boundary
        prev_end = next((h[1] for h in reversed(hits[:i]) if h[3] != "topic"), 0)
        if mode == "list":
            # the verb the list hangs on ("12 projects are being implemented, including …") opens its introduction
            prev_start = next((h[0] for h in reversed(hits[:i]) if h[3] != "topic"), 0)
            # "Among the projects planned under the deals signed on Friday are X and Y": the words up to the verb
            # still introduce the list
            intro = re.match(r"^[^,;:.]{0,100}?\s(are|is|were|was|include|includes|included)\s", text[end:])
            lead = _undetermined(text[end:end + intro.start(1)].strip()) if intro else ""
            if intro and not (lead and _head(lead)):
                end += intro.end()
            resolved = list_status = _intro_status(low[prev_start:end], previous, low[:prev_start])
            # the enumeration runs to the end of the sentence; a verb inside it ("an agreement to set up
            # a JV", "a plant to be built") belongs to its item, whose remark gives the status
            list_end = len(low)
            place = text[prev_obj_end:start]
            prev_obj_end = list_end
            if _COMPANY_TALLY.search(low[prev_start:start]) and _AT_WORK.search(low[prev_start:start]):
                continue  # "More than 3,000 companies with Russian capital operate here, including …": examples of a tally
            if _lex()["line_of_business"].search(low[prev_start:start]):
                continue  # "ACWA Power занимается проектами ВИЭ, в частности, производства электроэнергии": its trade
            for item, remark in _list_items(text[end:list_end]):
                if _names_project(item):
                    out.append((item, _item_status(item, remark, resolved, low + " " + previous), mode, place))
            continue
        if i + 1 < len(hits) and (hits[i + 1][3] == "context" or hits[i + 1][3] == "topic"
                                  and re.match(r"(co-?)?(financing|funding) of", low[hits[i + 1][0]:])) \
                and mode not in ("context", "topic") and _PREAMBLE.match(low[end:limit]):
            # "реализуется проект по строительству завода": the nominal cue is part of this verb's object; so is the
            # financing of a facility a deal was signed on ("an agreement was signed on the financing of the X road")
            list_end = hits[i + 1][1]
            limit = hits[i + 2][0] if i + 2 < len(hits) else len(low)
            if status == "launched" and hits[i + 1][2] == "construction_started":
                status = "construction_started"  # "запущено строительство" starts the works
        elif i + 1 < len(hits) and hits[i + 1][3] in ("context", "verb") and mode != "topic" \
                and _PURPOSE_OF_HEAD.search(low[end:limit]) and _head(_undetermined(text[end:limit].strip())):
            # "the creation of a joint stock company for the operation of the Khorgos dry port": the work after
            # "for" (and the works coordinated with it) says what the company is for; it is part of the name
            j = i + 1
            while j + 1 < len(hits) and re.fullmatch(r"\s*(and|и)\s*", low[hits[j][1]:hits[j + 1][0]]):
                j += 1
            described |= set(range(i + 1, j + 1))
            limit = hits[j + 1][0] if j + 1 < len(hits) else len(low)
        obj = text[end:limit]
        if text.rfind("«", 0, start) > text.rfind("»", 0, start) and "»" in obj \
                and "«" not in obj[:obj.index("»")]:
            # "the project «Construction of X» on January 6": the quoted title ends the object; a name quoted inside
            # it («Подписано соглашение о создании СП «X» …») closes its own quote first
            obj = obj[:obj.index("»")]
        # "…being implemented by X is the Y"; an inverted passive puts its subject after it ("Also commissioned were a Y")
        m = re.match(r"^\s*(by|of)\s[^.]{0,60}?\s(is|are)\s+|^\s*(were|was)\s+(?=(a|an|the|two|three|four|five|\d)\s)", obj)
        if m:
            obj = obj[m.end():]
        m = _lex()["circumstance"].match(lexicon.norm(obj))  # "launched via video link the X plant"
        if m:
            obj = obj[m.end():]
        counted = _COUNTED_THEN_NAMED.match(obj)
        kind = _head(counted.group(1), allow_count=True) if counted else None
        named_kind = None  # the kind a dash's bare names are of ("two solar parks: the Burnoye-1 and the Burnoye-2")
        if kind and (_starts_with_count(counted.group(1)) or _plural_head(counted.group(1), kind)):
            # "запущены сразу два предприятия — завод «X» и фабрика «Y»", "открытием новых предприятий – завода «X» и
            # фабрики «Y»": the dash names them
            first = _items(_cut_clause(obj[counted.end():]).strip())[:1]
            if first and _head(_strip_work(_undetermined(first[0].strip()))) is not None:
                obj = obj[counted.end():]
            elif first and _BARE_NAME.fullmatch(first[0].strip()) and not _is_ru(first[0]) \
                    and kind not in _lex()["unnamed_kinds"]:
                # names in Latin letters only: Cyrillic names in quotes after a counted kind lost more projects than
                # they found when measured on the dev set
                obj, named_kind = obj[counted.end():], _kind_of_count(counted.group(1))
        obj = _cut_clause(obj)
        # "a joint venture and on the construction of a hotel": the next cue's preposition and article are its own
        obj = re.sub(r"(,|\s+и|\s+а также|\s+and|\s+as well as)(\s+(on|of|for|about|in|to|о|об|по|на))?(\s+(the|a|an))?\s*$",
                     "", obj.rstrip(), flags=re.IGNORECASE)
        # "established a joint venture for the construction of …": the next cue takes the preposition's object
        obj = re.sub(r"\s+(for|of|on|about|in|to|with|by)(\s+(the|a|an))?\s*$", "", obj.rstrip(), flags=re.IGNORECASE)
        # "запущено в 2017 году, и сегодня завод …": the year is when, and what follows it may be a new clause
        obj, place = _skip_leading_place(_LEADING_YEAR.sub("", obj.strip()))
        if re.match(r"^\s*,?\s*(and|but|while|whereas|и|а|но)\s", obj, re.IGNORECASE):
            # "X was opened and the Y factory was launched", "запущено в 2017 году, и сегодня завод выпускает": a new
            # clause, not this verb's object
            obj = ""
        obj = _skip_leading_companion(obj)  # "открыл (в Кыргызстане) вместе с премьером X фонд"
        if re.search(r"(?<!\w)(open|opens|opened|opening|set|sets|setting)\s*$", low[start:end]):
            obj = re.sub(r"^up\s+(?=\S)", "", obj)  # "to open up a branch": the particle is the verb's, not the object's
        if _FIELDS_OF.match(obj):
            obj = ""  # "are being implemented in the fields of energy, production of building materials …": sectors
        if _FIGURATIVE_WAY.match(obj) and re.search(r"(?<!\w)(open|откр)", low[start:end]) \
                and _ABSTRACT_SUBJECT.search(low[:start]):
            # "it will open the road to Europe", "это откроет путь к рынкам": a figure of speech, no facility
            obj = ""
        obj = _skip_leading_agent(obj, low[start:end])
        window = prev_end
        relative = list(re.finditer(r",\s*(which|that|котор\w*)\s", low[window:start]))
        if relative and mode == "verb":
            # "… ready to supply gas through the TAPI pipeline, which is under construction": the relative clause
            # states its antecedent's stage; the intention before it is the supplier's
            window += relative[-1].start()
        if mode == "context" and prev_window is not None and _COORDINATOR.fullmatch(low[prev_obj_stop:start]):
            window = prev_window  # "приветствовали начало строительства X и открытие Y": the verb governs both
        prev_window = window if mode not in ("topic", "agent", "operator") else None
        place = text[prev_obj_end:start] + " " + place
        prev_obj_end = end + len(obj)
        prev_obj_stop_before = prev_obj_stop
        prev_obj_stop = text.find(obj, end) + len(obj) if obj else end
        # "Construction of the bridge has been completed": the verb cue after the object is its predicate
        predicate = hits[i + 1][1] if mode == "context" and i + 1 < len(hits) and hits[i + 1][3] == "verb" \
            and not re.search(r",(?!\d)|\s(и|and)\s", low[end:limit]) else limit
        if mode == "context" and i + 1 < len(hits) and hits[i + 1][3] == "verb" \
                and re.fullmatch(r"[^,;]*,\s*", low[end:limit]) and _is_participle_clause(low[limit:]):
            # "Открытие школы, построенной за счет гранта, состоялось": the participle describes the school; the
            # opening's predicate comes after its clause
            predicate = len(low)
            described.add(i + 1)
        elif mode == "context" and i + 1 < len(hits) and hits[i + 1][3] == "verb":
            clause = re.fullmatch(r"[^,;]*,\s*([^,;]*),\s*((was|were|is|are|has been|have been|had been)\s+)?",
                                  low[end:limit])
            if clause and _is_participle_clause(clause.group(1)):
                # "The construction of the school, financed by X, was completed": the participle clause only
                # describes the school; the verb after it is the construction's predicate
                predicate = hits[i + 1][1]
        if mode == "context" and _lex()["offence"].search(low):
            continue  # "уголовное дело по факту хищения при строительстве школы": the works are the scene of a case
        resolved = _status(low, (window, start), (end, predicate), status, mode, previous, published)
        if mode == "verb" and _DEAL_ON.search(low, 0, start) and re.match(r"[a-z]+ing\s", low[start:end]):
            # "signed a memorandum on launching the construction of wind farms": the works are the document's content
            resolved = "agreement_signed" if _deal_concluded_before(low, start, previous) else "announced"
        if mode == "verb" and resolved == "announced" \
                and _BARE_INFINITIVE.match(_infinitive(low, start, end) or ""):
            # a bare infinitive states a purpose, not a stage: "projects to build X" in a list of signed
            # deals, "signed to set up a JV and to build a refinery" take the stage of what governs them
            if start < list_end and list_status:
                resolved = list_status
            elif governing and _COORDINATOR.fullmatch(low[prev_obj_stop_before:start]):
                # "established a joint venture to build a gas chemical complex": what an organisation just set up is
                # to build is still to come; "launched a project to build X" started X itself
                founded = governing == "launched" and i > 0 and _head(_undetermined(
                    re.sub(r",[^,]{1,60},?\s*$", "", text[hits[i - 1][1]:start]).strip(" ,"))) in _lex()["agent_heads"]
                resolved = "announced" if founded else governing
            elif _deal_concluded_before(low, start):
                resolved = "agreement_signed"  # "signed agreements with the X Fund for projects to build Y"
            elif re.search(r"(?<!\w)projects?\s+$", low[:start]) and _PROJECT_LAUNCHED.match(low, end):
                resolved = "launched"  # "A project to build a hospital in Osh was launched": its start is the news
        if mode == "verb" and resolved == "announced" and re.match(r"projects?\s+for\s", low[start:end]) \
                and _deal_concluded_before(low, start, previous):
            resolved = "agreement_signed"  # "signed an agreement with X on a modernization project for the Y refinery"
        if mode == "verb" and governing == "announced" and resolved in ("launched", "completed") \
                and _BARE_VERB_EN.fullmatch(low[start:end].strip()) and _COORDINATOR.fullmatch(low[prev_obj_stop_before:start]):
            resolved = governing  # "agreed to build a plant, open a bank branch and launch a hub": all still to come
        if mode == "verb":
            governing = resolved
        # a state ("is planned") has no object: whatever follows it is another clause; nor has an English passive
        # before anything but a noun phrase ("X could be built by 2027, and a trade house will open": the house is
        # the next clause's subject)
        passive_en = mode == "verb" and not _is_ru(low[start:end]) and _EN_PASSIVE.search(low[start:end]) \
            and not re.match(r"\s*(a|an|the|two|three|four|five|several|\d)\s", obj)
        items = [] if mode == "state" or passive_en else [it for it in (_of_kind(x, named_kind) for x in _items(obj.strip()))
                                                          if _names_project(it)]
        if mode == "verb" and items and _active_transitive_ru(low[start:end]):
            # "Завод построила китайская компания": a company in the nominative after the verb is its subject
            items = [it for it in items if not _nominative_agent(it)]
        if len(items) <= 1 and mode == "verb" and _is_ru(obj):
            # "На Рогунской ГЭС запустили третий агрегат": the part's facility stands before the cue
            items = _part_of_leading_facility(obj, place) or items
        if re.search(r"(работают|функционируют|действуют)$", low[start:end]):
            # "в регионе успешно функционируют 15 совместных предприятий": a count of working ones is a statistic
            items = [it for it in items if not _starts_with_count(_undetermined(it.strip()))]
        apposition = _APPOSITIVE_CUE.search(low[:start] + low[start:end][:3]) if mode == "verb" and items else None
        if apposition:
            # "The CKU railway, a planned 454-km rail line, is …": the phrase only describes the name before it
            named = [it for it in _items(_subject(text, apposition.start() + 1)) if _names_project(it)]
            items = named[-1:] or items
        if mode == "verb" and items:
            items = [_with_owner(it, text, start) for it in items]
        if mode == "signed" or _WITH_PARTNER.match(obj):
            # "The agreement involves the Ministry of Agriculture, Alarko Holding and …": the firms are its parties;
            # "implemented jointly with Sumitomo Corporation …, as well as Rönesans Holding": its partners
            items = [it for it in items if not _named_firm(it)]
        if resolved is None and mode == "context":
            # "обсудили создание хаба в порту Актау", "строительство цементного завода", "a loan for the
            # construction of the X road": a deliverable whose work is only named, with no word of progress,
            # witnessing or completion, is intended; one being implemented has no stage. A bare kind
            # ("обсудили строительство АЭС") is only a topic: it takes a name, a place or a modifier
            items = [it for it in items if _is_concrete(it) or len(_clean_name(it)[0].split()) > 1]
            resolved = "unknown" if status == "unknown" else "announced"
            if _EVENT_LINE.match(low) and status != "unknown" and not (_FUTURE.search(low) or _lex()["announce"].search(low)):
                # a verbless line of a list of events ("The launch of the construction of the X railway.", "The
                # opening of a railway bridge on …"): the event it names took place
                resolved = status
        if mode == "topic":
            # "discussed cooperation with the Saudi companies, including … the Saudi National Bank": a firm named in
            # full is a partner talked of, not a deliverable
            items = [it for it in items if _is_concrete(it) and not _named_firm(it)]
            if not items:
                continue
            if all(_proper_project(it) for it in items) and not _FINANCING.search(low[start:end]):
                # "reviewed the Aral Sea restoration project": an undertaking of its own, stage unsaid; one a
                # lender finances ("a loan for the X Project") is intended
                resolved = "unknown"
        if resolved is None:
            continue
        if items and _IN_PLACE_OF.match(low, end):
            items = []  # "будет построен на месте бывших зданий …": what stood on the site; the subject is built
        if mode in ("agent", "operator"):
            # "фонд уже профинансировал 40 проектов": the acting organisation is the project; "the plant now
            # employs 300 people": any facility that already does its work is one
            if re.search(r"\s(and|и)\s+$", low[:start]):
                continue  # "… extending to Gwadar and Karachi ports and is expected to cost": the subject is further back
            items = [it for it in _items(_subject(text, start, finite=True)) if _names_project(it) and not _organisation(it)
                     and (mode == "operator" or _head(_strip_work(_undetermined(it.strip()))) in _lex()["agent_heads"])]
            mode = "passive"
        elif not items and mode not in ("context", "topic") and not _governs_object(
                # "unveiled plans for X": the next cue may begin right at this verb's object
                low[start:end], obj or (text[end:] if not text[end:limit].strip() else ""), sentence.part == "title"):
            # passive voice: "Завод был открыт", "The plant was opened", "…, which began operations"
            if _lex()["agentive"].search(low[start:end]) and not re.search(r"(?<!\w)(was|were|been|is|are)\s", low[start:end]):
                continue  # "Samo Farm started construction in May": the subject is the builder, not the work
            # the word before a bare infinitive cue governs it ("Компания готова построить …"): include it
            governor = re.search(r"[а-я]+\s+$", low[:start]) if re.fullmatch(r"[а-я]+ть", low[start:end].strip()) else None
            if _active_transitive_ru((governor.group(0) if governor else "") + low[start:end]) \
                    and not _fronted_object(low[:start], low[start:end]):
                continue  # "Центр откроет Узбекистану кредитную линию": the subject acts on another object
            finite = re.findall(r"[а-я]+", low[start:end])[-1:]
            if finite and "VERB" in lexicon.parse(finite[0]).tag and i + 1 < len(hits) and hits[i + 1][3] == "verb" \
                    and re.fullmatch(r"\s*(и|а также)\s*", low[end:limit]):
                continue  # "компания построила и ввела в эксплуатацию комплекс": the verbs share the object after the second
            if _infinitive(low, start, end) is not None and not _INTRANSITIVE_START.match(low, start) \
                    and not low.startswith("to be ", start):
                # "The Fund signed agreements to invest in projects": an infinitive's subject is its agent; what is
                # "to open in 2026" opens itself, and what is "to be built" is built
                continue
            if _lex()["agreement_words"].search(low[start:end]):
                continue  # "The company signed agreements to develop projects": the subject signed or is the deal
            # an antecedent before a dash may carry a remark ("комплекс «X» ($35 млн) — уже запущен"): cut it
            # "the plant, whose construction began in 2023": a relative cue is finite, its antecedent before the comma
            subject = _cut_clause(_subject(text, start, finite=bool(re.match(r"(whose|of which|construction of which|where)\s",
                                                                              low[start:end])),
                                           whole=resolved == "announced"))
            # "компании занимаются производством приборов и намерены инвестировать": their trade is no subject of it
            where = {it: text.rfind(it.strip(), 0, start) for it in _items(subject)}
            items = [it for it in where if _names_project(it) and not _organisation(it)
                     and not _in_line_of_business(low, max(0, where[it]))]
            if i > 0 and low.startswith("to be ", start):
                # "Chinese company to build cement plant to be launched in Osh": the cue before took its own object
                items = [it for it in items if where[it] >= hits[i - 1][1]]
            at = text.rfind(subject.strip(), 0, start) if subject.strip() else -1
            if resolved == "launched" and (_CONSTRUCTION_ITEM.match(_undetermined(subject.strip()))
                                           or at > 0 and _CONSTRUCTION_BEFORE.search(low, 0, at)
                                           and _START_CUE_EN.search(low[start:end])):
                # "The construction of X has been launched": the works began (an English cue took the work noun)
                resolved = "construction_started"
            if _ATTRIBUTIVE_RU.search(low[start:end]) and low[:start].rstrip().endswith(",") \
                    and (any(o[0].strip().endswith(it.strip()) for o in out for it in items)
                         or not text[:start].rstrip().rstrip(",").rstrip().endswith(subject.strip())):
                # "Открыты две школы, построенные при поддержке X": the participle describes what the verb opened;
                # "… в финансировании ряда проектов, реализуемых в …": the noun right before it, not the sentence's subject
                continue
            mode = "passive"
        for item in items:
            out.append((item, resolved, mode, place))
    return out


# The areas a verb's work lies in, which name sectors, not projects: "in the fields of energy and …", "в сферах …"
_FIELDS_OF = re.compile(r"\s*(?:(?:in|в|во) [A-ZА-ЯЁ][\w-]*,?\s+)?(?:(?:in|within|across) (?:the |such )?(?:fields?|areas?|sectors?|spheres?|industries|branches)"
                        r"(?: of| such as|:)\s|(?:в|во) (?:сфер|област|отрасл)(?:е|и|ях|ах)\s)", re.IGNORECASE)


# What is opened only in a figure of speech: "the road to Europe", "the way for investors", "путь к рынкам"
_FIGURATIVE_WAY = re.compile(r"\s*(?:(?:the|a|new)\s+)?(?:road|way|door|doors|path|gateway|window)\s+(?:to|for|into)\s"
                             r"|\s*(?:нов\w+\s+)?(?:путь|пути|дорогу|двери|окно)\s+(?:к|в|во|для)\s", re.IGNORECASE)


# A pronoun subject right before its verb ("it will open", "это откроет"), which speaks of what a thing brings about
_ABSTRACT_SUBJECT = re.compile(r"(?<!\w)(?:it|this|that|which|это|что|он[аои]?)\s+(?:(?:will|would|could|can|may|also|"
                               r"further|также)\s+)*$")


# A town before an English object ("agreed to open in Tashkent a trade house"): the object follows its article.
_EN_LEADING_PLACE = re.compile(r"^\s*(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+(?:region|province|oblast|district|city))?\s+"
                               r"(?=(?:a|an|the|two|three|four|five)\s)")
# A participle and the preposition of its agent or means ("built with", "financed by"): what follows is no subject.
_PARTICIPLE_ADJUNCT = re.compile(r"(?<!\w)(\w+ed|built|funded|backed)\s+(with|by|from|through|under)\s*$", re.IGNORECASE)
# An approximate or very large count of facilities is a statistic ("более 200 предприятий", "hundreds of schools").
_STATISTIC = re.compile(r"^\s*((более|свыше|около|порядка|почти|over|more than|about|nearly|almost|around|some)\s+\d|"
                        r"(десятк|сотн|тысяч|dozens|hundreds|thousands)\w*\s|"
                        # "производства 7600 тонн нити": a volume of output, no facility
                        r"(производств|выпуск|переработк|production|output|processing)\w*\s+(of\s+)?(до|up to|около|about)?\s*"
                        r"\d[\d.,\s]*\s*(тыс\w*|млн|тонн|т|tons|tonnes|thousand|million)\b)", re.IGNORECASE)
# A head's purpose before a work noun: "a company for the operation of X", "предприятие по эксплуатации X".
_PURPOSE_OF_HEAD = re.compile(r"[\w»\"]\s+(for|по|для)(\s+the)?\s*$", re.IGNORECASE)
# A tally of companies at work, whose examples are no news of a project ("более 2 000 предприятий с участием турецкого
# капитала работают в Узбекистане, в том числе …").
_COMPANY_TALLY = re.compile(r"(?<!\w)(more than|over|about|some|nearly|almost|около|более|свыше|порядка|почти)\s+\d[\d\s,.]*"
                            r"(thousand|тыс\w*\.?)?\s+([\w-]+\s+){0,4}?(companies|enterprises|firms|ventures|компани\w*|"
                            r"предприяти\w*|фирм\w*)(?!\w)")
_AT_WORK = re.compile(r"(?<!\w)(operate|operating|work|working|function|functioning|are active|работа\w*|функционир\w*|"
                      r"действу\w*)(?!\w)")


def _chain(name: str, head: str) -> bool:
    """Tell whether a Russian name is a network of many facilities ("сеть спортивных школ"): a kind, not one project."""
    if head not in _lex()["chain_heads"]:
        return False
    after = re.search(rf"(?<![\w-]){head}\w*\s+([а-яё-]+)", lexicon.norm(name))
    return bool(after) and any("plur" in p.tag and "gent" in p.tag for p in lexicon.parses(after.group(1))[:2])


# A facility put in every place of a kind ("в каждом районе", "во всех областях") is a policy, not one project.
_DISTRIBUTIVE = re.compile(r"(?<!\w)(?:в|во|на)\s+(?:кажд\w+|всех)\s|^\s*(?:ежегодно|ежемесячно|annually|every\s+year|each\s+year)\s",
                           re.IGNORECASE)
# A Russian count of ten or more projects ("120 новых текстильных фабрик").
_TALLY = re.compile(r"^\s*(?:(?:еще|ещё)\s+)?(?:\d{2,}|(?:сто|ста|сотн\w*|двест\w*|трист\w*|четырест\w*|пят\w*сот\w*|тысяч\w*|"
                    r"десят\w*|двадцат\w*|тридцат\w*|сорок\w*|пятьдесят|пятидесят\w*|девяност\w*))\s+[а-яё]", re.IGNORECASE)
# An infinitive whose subject is the facility itself ("X centre to open in 2026", "the plant is to start operating").
_INTRANSITIVE_START = re.compile(r"to (open|start operating|start operations|begin operating|begin operations)(?!\w)")
# "Under the Green Energy project, a plant will be built": the umbrella frames the project the sentence reports
_UMBRELLA = re.compile(r"(?<!\w)(under|within|as part of|in the framework of|in line with)\s*$", re.IGNORECASE)
# Before "a"/"an", a copula or "has" makes the phrase describe the subject ("Kazakhstan is a transit hub",
# "has a modern airport"), not report an undertaking; so does where people come from ("experts from a Chinese
# engineering institute").
_DESCRIBES = re.compile(r"(?<!\w)(is|are|was|were|be|been|become|becomes|becoming|became|remain|remains|serves? as|"
                        r"as|has|have|had|(experts?|specialists?|engineers?|scientists?|researchers?|representatives?|"
                        r"delegations?|staff|employees|workers|students|graduates|teachers|doctors)\s+from)"
                        # "has become a leading investment destination and a clean energy hub": both say what it is
                        r"(?:\s+an?\s+[^,.;]{1,50}?\s+and)?\s*$", re.IGNORECASE)
_EN_TOKEN = re.compile(r"[A-Za-z\d][\w'’]*(?:[-.][\w'’]+)*")
_EN_NAME_BREAK = _EN_BREAK | {"the", "a", "an", "and", "or", "its", "their", "his", "her", "this", "that", "these",
                              "those", "our", "both", "each", "which", "will", "is", "are", "was", "were", "be", "been"}


def _is_proper(token: str, sentence_start: bool) -> bool:
    """Tell whether a word before a head names which facility: a capitalised word, a code or a numbered name."""
    if re.search(r"\d", token) and re.search(r"[A-Za-z]", token):
        return True  # "CASA-1000", "Qambarata-1"
    if not token[:1].isupper() or sentence_start and not (token.isupper() or "-" in token):
        return False
    if "-" in token:
        return True  # a route ("China-Kyrgyzstan-Uzbekistan") or a joint name ("Kazakh-Chinese")
    low = lexicon.norm(token)
    if low in _lex()["not_proper_en"]:
        return False
    return not find_countries(low)  # a nationality alone ("the Uzbek railway") says whose, not which


# An abbreviation in brackets inside a name ("(CKU)", "(TAPI)").
_BRACKETED_CODE = re.compile(r"\s\([A-ZА-ЯЁ][A-ZА-ЯЁ\d-]{1,9}\)(?=\s)")
# Stops of a route between spaced dashes ("China – Kyrgyzstan – Uzbekistan"): together they say which line.
# A facility's verb of opening, building or standing followed by the area it is in ("opened in the X industrial zone").
_LOCATED_IN = re.compile(r"(?<!\w)(opened|launched|commissioned|inaugurated|unveiled|put into (operation|service)|built|constructed|"
                         r"erected|located|based|set up|established|registered|started|began|operating|operates|producing|"
                         r"produces)\s+(\w+\s+){0,3}?(in|at|inside|within)\s+(the\s+)?$", re.IGNORECASE)
_SPACED_ROUTE = re.compile(r"[A-Z][\w-]*\s[-–—]\s[A-Z]")
# A facility named as in service ("supplies gas via the X pipeline") is used, not undertaken.
# A facility noun right before a locative preposition: what follows is where that facility stands
_FACILITY_IN = re.compile(r"(?:([A-Za-z]+)\s+(?:in|at|inside|within|near|on)|(?:hectares|acres|square met(?:re|er)s|territory)\s+(?:of|in))\s+$")
_IN_SERVICE = re.compile(r"(?<!\w)(operation of|use of|operating|through|via|existing|(proceeded|went|headed|drove|flew|came|"
                         r"returned|travell?ed|arrived|landed|moved) (on )?(to|at|in|for))\s+(?:the\s+)?$", re.IGNORECASE)


def _stage_verbs(sentence: Sentence) -> list[tuple]:
    """Return the sentence's cues that may give a named facility its stage: verbs, and deals the sentence signs.

    A deal's cue says signed only where the sentence says the deal was ("the draft agreement includes" signs nothing).
    """
    signed = _signed_done(sentence.low)
    return [h for h in _cue_hits(sentence.low) if h[3] == "verb" or h[3] == "signed" and signed]


# The two named ends after a route's head ("… railway between Kashgar and Andijan", "a road linking Osh and Batken").
_NAMED_ENDS = re.compile(r"\s+(?:between|linking|connecting)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                         r"\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


# An open quotation before a phrase, with the words between them
_OPEN_QUOTE_BEFORE = re.compile(r'[«“„"]([^«»“”„"]*)$')


def _named_mentions(sentence: Sentence) -> list[tuple[str, str, str, str]]:
    """Return facilities called by a proper name that no cue introduced ("noted the importance of the Trans-Afghan railway").

    News about a named dam, railway or power line often hangs it on a verb no
    lexicon lists ("invited companies to take part in the TAPI gas pipeline");
    its name alone makes it one particular undertaking. Its stage comes from the
    sentence.
    """
    text = sentence.text
    if _is_ru(text):
        return []  # tried on the dev set: Russian names without a cue added a false project and found none
    lex = _lex()
    # an abbreviation in brackets ("the China-Kyrgyzstan-Uzbekistan (CKU) railway") and a dash between the stops of a
    # route ("China–Kyrgyzstan–Uzbekistan") stay inside the name; blanks and hyphens keep every offset
    text = _BRACKETED_CODE.sub(lambda m: " " * len(m.group(0)), text)
    text = re.sub(r"(?<=\w)[–—](?=\w)", "-", text)
    tokens = list(_EN_TOKEN.finditer(text))
    about_undertaking = lex["named_context"].search(sentence.low) is not None
    verbs = None  # the sentence's verb cues, found once and only if a facility needs its stage
    out = []
    for i, token in enumerate(tokens):
        head = _en_base(lexicon.norm(token.group(0)))
        if head not in lex["mention_heads_en"]:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following and not text[token.end():following.start()].strip() \
                and _en_base(lexicon.norm(following.group(0))) in lex["heads_en"]:
            continue  # "the Rogun power plant": the compound's last head names it
        if following and not text[token.end():following.start()].strip() \
                and EN_ORGANISATION_WORDS.fullmatch(lexicon.norm(following.group(0))):
            continue  # "the Silk Road Foundation", "the Railway Company": the head word is part of a body's name
        if following and not text[token.end():following.start()].strip() and token.group(0)[0].isupper() \
                and following.group(0)[0].isupper() and sentence.part != "title":
            continue  # "the Trans-Kazakhstan Railway Corridor": a capitalised word after the head names something longer
        j = i
        while j > 0:
            before = tokens[j - 1]
            if text[before.end():tokens[j].start()].strip() not in ("", "-", "–", "—"):
                break  # punctuation ends the phrase
            word = lexicon.norm(before.group(0))
            if word in _EN_NAME_BREAK or word.endswith(("'s", "’s")) or before.group(0)[0].islower() and (
                    word in _lex()["predicate_starts"]) or before.group(0)[0].islower() and (
                    _EN_PARTICIPLE.match(word) or _gerund(word)) and word not in lex["compound_gerunds_en"]:
                break
            j -= 1
        modifiers = tokens[j:i]
        determiner = re.search(r"(?<!\w)(the|an?)\s+$", text[:tokens[j].start()], re.IGNORECASE)
        if determiner is None and modifiers:
            # "upgrading the existing degraded two-lane X road": participles between the article and the name describe it
            determiner = re.search(r"(?<!\w)(the|an?)\s+(?:[a-z]+(?:ed|ing)\s+){1,3}$", text[:tokens[j].start()])
        if determiner is None and modifiers and tokens[j].group(0)[:1].isupper():
            # newsroom English drops the article before a name after a preposition ("invested in Rogun HPP");
            # the name is then read as if "the" stood there
            determiner = re.search(r"(?<!\w)(?:in|into|of|for|on|to)\s+()$", text[:tokens[j].start()])
        doing = re.search(r"(\w+)\s+$", text[:determiner.start()]) if determiner else None
        if doing and _doing(doing.group(1).lower()):
            continue  # "…, shortening the road between Aksu and Bishkek": what a project does to a route already there
        route = _NAMED_ENDS.match(text, token.end()) if determiner and about_undertaking \
            and head in lex["named_heads_en"] and len(modifiers) <= 6 else None
        if route and (head not in lex["named_need_kind_en"] or any(t.group(0)[0].islower() for t in modifiers)) \
                and not _IN_SERVICE.search(text[:determiner.start()]):
            # "agreed on the route of the new railway between Kashgar and Andijan": its two ends say which one
            phrase = sentence.text[tokens[j].start():route.end()]
            verbs = _stage_verbs(sentence) if verbs is None else verbs
            out.append((phrase, _mention_status(sentence.low, token.start(), verbs), "named", ""))
            continue
        if not modifiers or len(modifiers) > 6 or not determiner:
            continue
        if determiner.group(1).lower() in ("the", "") and (head not in lex["named_heads_en"] or not about_undertaking
                                                     or _UMBRELLA.search(text[:determiner.start()])):
            continue  # a named company or school acts or is visited, and a named plant may only be present
        if determiner.group(1).lower() not in ("the", ""):
            if _DESCRIBES.search(text[:determiner.start()]) or not about_undertaking:
                continue  # "is becoming a transit hub", "worked at a cement plant": what something is or where
            if head in lex["named_need_kind_en"] or not any(t.group(0)[0].islower() and lexicon.norm(t.group(0))
                                                            not in lex["not_kinds_en"] for t in modifiers):
                continue
        elif not any(_is_proper(t.group(0), t.start() == 0) for t in modifiers) \
                and not _SPACED_ROUTE.search(text, tokens[j].start(), token.start()):
            continue
        if head in lex["named_need_kind_en"] and not any(t.group(0)[0].islower() for t in modifiers):
            continue  # "the Line D" or "the Navoi complex" says which, not what
        phrase = _BRACKETED_CODE.sub("", sentence.text[tokens[j].start():token.end()])
        opening = _OPEN_QUOTE_BEFORE.search(text[:tokens[j].start()])
        if opening and 0 < len([w for w in re.findall(r"\w+", opening.group(1)) if w.lower() not in ("the", "a", "an")]) <= 5:
            continue  # "film series “Far Wind of the Silk Road”": the road is a word of another title (not of a quoted speech)
        if _IN_SERVICE.search(text[:determiner.start()]):
            continue
        if head in lex["named_need_kind_en"] and _LOCATED_IN.search(text[:tokens[j].start()]):
            continue  # "a glass factory was put into operation in the Angren free economic zone": where it stands
        host = _FACILITY_IN.search(text[:determiner.start()])
        if host and (host.group(1) is None or _en_base(lexicon.norm(host.group(1))) in lex["heads_en"]):
            continue  # "a container hub in the Aktau seaport", "on 18 hectares of the X zone": where something stands
        if head == "project" and not _proper_project_en(phrase):
            continue  # "the Uzbek project" says whose, not which
        verbs = _stage_verbs(sentence) if verbs is None else verbs
        out.append((phrase, _mention_status(sentence.low, token.start(), verbs), "named", ""))
    return out


# Production started or intended, named by its product: "started producing Chevrolet cars", "organised the
# production of elevators", "Mass production of BYD cars started at …". The product is the deliverable's name.
_PRODUCTION_KINDS = r"(?:(?:joint|serial|mass|local|localized|industrial|full-scale|commercial|large-scale)\s+)*"
_PRODUCTION_ACTIVE = re.compile(
    r"(?<!\w)(?P<verb>(?:(?:has|have|had)\s+)?(?:started|begun|began|launched|commenced|organi[sz]ed|established|set up)"
    r"|starts|begins|launches|organi[sz]es"
    r"|(?:will|to|plans? to|intends? to|agreed to|decided to|(?:is|are) (?:set|going|expected|planning|due) to)"
    r"\s+(?:start|begin|launch|organi[sz]e|set up|establish|locali[sz]e))\s+"
    r"(?:the\s+)?" + _PRODUCTION_KINDS +
    r"(?:producing|manufacturing|assembling|(?:production|manufacture|manufacturing|assembly)\s+of)\s+"
    # a deal to produce: "signed an agreement to produce air conditioners", "agreements were signed to produce cement"
    r"|(?<!\w)(?P<deal>(?:agreement|deal|contract|memorandum|mou)s?\s+(?:(?:was|were|has been|have been)\s+(?:also\s+)?signed\s+)?"
    r"to\s+(?:jointly\s+)?(?:produce|manufacture|assemble))\s+", re.IGNORECASE)
_PRODUCTION_PASSIVE = re.compile(
    r"(?<![\w,])(?:the\s+)?" + _PRODUCTION_KINDS + r"(?:production|manufacture|manufacturing|assembly)\s+of\s+"
    r"(?P<obj>[^.;:,]{3,80}?)\s+(?:(?:has|have|had)(?: been)?\s+|was\s+|were\s+)?(?:officially\s+)?"
    r"(?P<verb>started|began|begun|launched|commenced|kicked off|got under ?way|established|organi[sz]ed|set up)(?!\w)", re.IGNORECASE)
# where the product's name ends: a place, a time, a partner, a clause
_PRODUCT_END = re.compile(r"\s+(?:in|at|on|with|for|by|from|under|through|worth|valued|since|starting|beginning|next|"
                          r"this|last|until|within|as|together|per|a year|annually|which|that|and will|to)\s|[,.;:()—–]|$")
# the place after the product ("… cars in Kostanay"), which stays with its name
_PRODUCT_PLACE = re.compile(r"\s+(?:in|at)\s+[^,.;:]+?(?=\s+and\s|\s+to\s|[,.;:]|$)")
# a product that is no line of goods: a pronoun, an amount, or a bare word for goods of any kind ("localize the
# production of equipment" is a wish, "production of tractors" a line)
_NOT_PRODUCT = re.compile(r"^(?:\d|more|less|over|about|up|only|its|their|his|her|our|it|them|this|these|those|some|"
                          r"such|other|new products|products|(?:equipment|goods|machinery|items|output|commodities)$)\b",
                          re.IGNORECASE)


def _production_mentions(sentence: Sentence) -> list[tuple[str, str, str, str]]:
    """Return production named by its product ("started producing Chevrolet cars in Kostanay") as projects.

    Newsrooms report a new line of goods by its verb and product, with no plant
    noun for a cue to govern; the spec counts such a launch (a joint production
    of cars) as a project. The name is "production of <product>"; the place
    after the product stays with it.
    """
    text = sentence.text
    if _is_ru(text):
        return []  # Russian names the activity with a noun ("производство", "выпуск"), which the cues already read
    out = []
    for m in _PRODUCTION_ACTIVE.finditer(text):
        rest = text[m.end():]
        end = _PRODUCT_END.search(rest)
        product = rest[:end.start()].strip()
        if not product or _NOT_PRODUCT.match(product) or not re.search(r"[A-Za-z]{3}", product):
            continue
        if m.group("deal"):
            status = "agreement_signed" if _lex()["signed"].search(sentence.low) else "announced"
        else:
            status = "announced" if re.match(r"(will|to|plans?|intends?|agreed|decided|is|are)\s", m.group("verb").lower()) \
                else "launched"
        place = _PRODUCT_PLACE.match(rest, end.start())
        out.append(("production of " + product + (place.group(0) if place else ""), status, "verb", ""))
    for m in _PRODUCTION_PASSIVE.finditer(text):
        product = m.group("obj").strip()
        if _NOT_PRODUCT.match(product) or not re.search(r"[A-Za-z]{3}", product):
            continue
        place = _PRODUCT_PLACE.match(text, m.end())
        out.append(("production of " + product + (place.group(0) if place else ""), "launched", "passive", ""))
    return out


def _unproduced(productions: list[tuple], candidates: list[tuple]) -> list[tuple]:
    """Keep the production mentions whose product no candidate already names ("Production of X was launched").

    A facility the sentence names otherwise is the producer ("The Angren plant started production of
    cement", "joint venture starts producing cars"): its output is its news, not a project of its own.
    """
    if any(_head(_clean_name(item)[0], allow_count=True) not in (None, "production") for item, *_ in candidates):
        return []
    named = " ".join(lexicon.norm(item) for item, *_ in candidates)
    return [p for p in productions if lexicon.norm(p[0][len("production of "):]).split(" in ")[0].split(" at ")[0] not in named]


# Coordinated towns that end the words before an object ("откроют в Оше и Андижане торговые дома").
_LEADING_PLACES = re.compile(r"(?<!\w)(?:[вВ]|[вВ]о)\s+[А-ЯЁ][\w-]*(?:(?:,|\s+и)\s+[А-ЯЁ][\w-]*)+(?:\s+(?:областях|районах|городах))?\s*$")
# ", а в Фергане — швейная фабрика": a second place and object that share the verb said before them
_GAPPED = re.compile(r",\s*а\s+((?:в|во|на)\s+[А-ЯЁ][^,;:.—–]{1,40}?)\s+[—–]\s+([^,;:.—–]+)")


def _respective_lead(candidates: list[tuple], k: int, lead_place: str) -> tuple[str | None, str | None] | None:
    """Return the place of the k-th of as many quoted names as towns lead their verb, or None.

    "В Самарканде и Бухаре открыты гостиницы «Регистан» и «Ситора»": one
    hotel in each town, in order; with counts that differ the towns say nothing of which.
    """
    leading = _LEADING_PLACES.search(lead_place or "")
    if not leading or not _QUOTE.search(candidates[k][0]):
        return None
    towns = re.split(r",\s*|\s+и\s+", re.sub(r"^\s*[вВ]о?\s+", "", leading.group(0).strip()))
    sharing = [n for n, c in enumerate(candidates) if c[3] == lead_place and _QUOTE.search(c[0])]
    if len(towns) < 2 or len(sharing) != len(towns) or k not in sharing:
        return None
    where = _place("в " + towns[sharing.index(k)])
    return where if where != (None, None) else None


def _gapped(text: str, candidates: list[tuple]) -> list[tuple]:
    """Add the objects of clauses that leave out the verb of the clause before them.

    "в Джизаке был запущен завод, а в Фергане — швейная фабрика": the factory is
    launched too, and stands in the place its own clause names.
    """
    out = []
    for m in _GAPPED.finditer(text):
        before = [c for c in candidates if c[2] in ("verb", "passive") and 0 <= text.find(c[0]) < m.start()]
        obj = m.group(2).strip()
        purpose = re.match(r"(для|по|for)\s", obj)
        if before and purpose:
            # "комплекса для переработки мрамора, а в Зарафшане — для переработки гранита": the head is left out too
            kind = re.search(r"\s(для|по|for)\s", before[-1][0])
            obj = before[-1][0][:kind.start()] + " " + obj if kind else ""
        if before and obj and _names_project(obj):
            out.append((obj, before[-1][1], before[-1][2], m.group(1)))
    return out


def _span_in(name: str, text: str) -> tuple[int, int]:
    """Return where a name stands in its sentence, or (-1, -1).

    A mention is read with its bracketed code left out ("the X-Y (XY) pipeline"): it is found with the code.
    """
    at = text.find(name)
    if at >= 0 or "(" not in text:
        return (at, at + len(name)) if at >= 0 else (-1, -1)
    found = re.search(r"(?:\s\([A-Z][A-Z\d-]{1,9}\))?\s".join(map(re.escape, name.split(" "))), text)
    return found.span() if found else (-1, -1)


def _unclaimed(mentions: list[tuple], candidates: list[tuple], text: str) -> list[tuple]:
    """Keep the named mentions no cue's item already covers with a head of its own.

    An item that overlaps a mention but names no facility ("prospects for the X
    pipeline", dropped later) does not claim it. A facility that opens the
    sentence as its place ("In the Navoi free economic zone, …") is no mention.
    """
    if not mentions:
        return []
    claimed = []
    for item, *_ in candidates:
        at = text.find(item)
        if at >= 0 and _head(_clean_name(item)[0], allow_count=True):
            claimed.append((at, at + len(item)))
    out = []
    for mention in mentions:
        if re.match(r"^\s*(?:in|at|within|inside)\s+(?:the\s+)?" + re.escape(mention[0]) + r"\s*,", text, re.IGNORECASE):
            continue  # "In the Jizzakh free economic zone, a company is implementing …": the zone is where, not what
        at, stop = _span_in(mention[0], text)
        if not any(a < stop and at < b for a, b in claimed):
            out.append(mention)
    return out


def _mention_status(low: str, at: int, verbs: list[tuple]) -> str:
    """Return the stage a sentence gives a facility it names without a cue; announced when it says none.

    A facility whose importance, prospects or partners are the news is intended,
    as one that is only discussed is ("discussed the Rogun HPP").

    The sentence's own verb of launch, building or signing, the one nearest the
    facility, says it even when its object is another phrase ("X launched the
    production of …, as well as a new cement plant").
    """
    lex = _lex()
    if verbs:
        return min(verbs, key=lambda h: min(abs(h[0] - at), abs(h[1] - at)))[2]
    if lex["announce"].search(low):
        return "announced"
    if lex["agreement_words"].search(low) and _signed_done(low):
        return "agreement_signed"
    if lex["completion"].search(low):
        return "completed"
    if lex["progress"].search(low):
        return "construction_started"
    return "announced"


def _coordinated_with_named(candidates: list[tuple], item: str) -> bool:
    """Tell whether an item shares its cue with another item that is more than a bare head."""
    return any(c[0] != item and len(re.findall(r"[\w-]+", c[0])) > 1 for c in candidates)


# Words that say a facility is another one than the one before ("The X railway is also planned", "another plant").
_ANOTHER = re.compile(r"(?<!\w)(also|another|other|second|as well|too|ещ[её]|также|друг\w*|втор\w*)(?!\w)")


def _proper_word(project: Project) -> bool:
    """Tell whether a project's name holds a proper name, a number or a quote (a sentence's first capital aside)."""
    opens = project.sentence.text.lstrip().startswith(project.as_written or project.name)
    return re.search(r"[A-ZА-ЯЁ\d«\"]", project.name[1:] if opens else project.name) is not None


def _qualifies(name: str, kind: str) -> bool:
    """Tell whether a name is a bare kind with a proper word put before it ("Трансафганская железная дорога").

    Only an adjective or a capitalised word qualifies the kind: in "система канала «X» оросительной системы" the
    kind is the complement of another head.
    """
    if not lexicon.norm(name).endswith(" " + lexicon.norm(kind).strip()):
        return False
    before = re.findall(r"[\w-]+", name[:len(name) - len(kind.strip())])
    if _is_ru(name):
        return all({"ADJF", "PRTF"} & set(str(lexicon.parse(lexicon.norm(w)).tag).replace(" ", ",").split(","))
                   for w in before)
    return all(w[:1].isupper() or w[:1].isdigit() for w in before)


def _names_the_one(project: Project) -> bool:
    """Tell whether a project's sentence opens on its name as its subject ("The X railway is expected to …").

    A sentence that says the facility is another one ("The X railway is also planned") does not.
    """
    at = project.sentence.text.find(project.as_written or project.name)
    return at >= 0 and re.match(r"^\W*(the\s+)?$", project.sentence.text[:at], re.IGNORECASE) is not None \
        and not _ANOTHER.search(project.sentence.low)


def _proper_project(item: str) -> bool:
    """Tell whether a phrase is a "project" called by a proper name ("the Aral Sea restoration project", "проект «X»").

    Such a project already exists as an undertaking; one described only by its
    purpose ("проект капельного орошения") is a proposal.
    """
    name = _clean_name(item)[0]
    if _head(name) not in ("project", "projects", "проект"):
        return False
    return bool(_QUOTE.search(name) or _CODE_NAMED.search(name) or any(w[0].isupper() for w in re.findall(r"[\w-]+", name)[1:])
                or not _is_ru(name) and re.match(r"^[A-Z]", name))


# Cue verbs that the dictionary also reads as transitive in another sense ("заработает" = "will earn"), but that
# say of a facility that it starts working
_INTRANSITIVE_CUES_RU = {"заработать"}


def _active_transitive_ru(cue: str) -> bool:
    """Tell whether a Russian cue ends in a transitive verb with a subject that acts ("построит", "откроет", "построила")."""
    words = re.findall(r"[а-я]+", cue)
    # "компания намерена построить", "планирует инвестировать 1 млрд долларов в": the one who intends builds or invests
    infinitive = next((k for k in range(len(words) - 1, 0, -1) if "INFN" in lexicon.parse(words[k]).tag), None)
    if infinitive is not None and "tran" in lexicon.parse(words[infinitive]).tag:
        return _personal(words[infinitive - 1])
    if not words or words[-1].endswith(("ся", "сь")) or lexicon.parse(words[-1]).normal_form in _INTRANSITIVE_CUES_RU:
        return False
    tag = lexicon.parse(words[-1]).tag
    # a singular past ("Компания построила сразу три объекта:") has its builder as subject; a plural past without one
    # ("ТЭЦ построили в 2020 году") fronts its object
    return "VERB" in tag and "tran" in tag and ("futr" in tag or "pres" in tag or "past" in tag and "sing" in tag)


def _fronted_object(before: str, cue: str) -> bool:
    """Tell whether the noun before a Russian plural verb is its object ("Ветряную электростанцию построят в …").

    A verb in the third person plural with no subject of its own is impersonal; the noun before it is its
    object when it can only be accusative or is singular ("Завод построят в Навои").
    """
    verb = re.findall(r"[а-я]+", cue)[-1:]
    noun = next((w for w in reversed(re.findall(r"[а-яё]+", before)[-3:])
                 if any("NOUN" in p.tag for p in lexicon.parses(w))), None)
    if not verb or noun is None:
        return False
    tag = lexicon.parse(verb[0]).tag
    if "plur" not in tag or not ("3per" in tag or "past" in tag):
        return False
    parses = [p for p in lexicon.parses(noun) if "NOUN" in p.tag]
    accusative_only = all("accs" in p.tag and "nomn" not in p.tag for p in parses)
    singular = all("sing" in p.tag for p in parses) and any("nomn" in p.tag or "accs" in p.tag for p in parses)
    return accusative_only or singular


_PHASE_VERBS = {"начать", "начинать", "стать", "становиться", "продолжить", "продолжать", "прекратить", "прекращать"}


def _personal(word: str) -> bool:
    """Tell whether a Russian word governing an infinitive has a subject that acts ("намерена", "планирует").

    An impersonal one ("планируется построить", "решено открыть", "нужно создать")
    has none: the noun before it is the fronted object, the facility itself.
    """
    tag = lexicon.parse(word).tag
    if lexicon.parse(word).normal_form in _PHASE_VERBS:
        return False  # "центр начал принимать грузы": a phase verb says what its subject, the facility, does
    if "VERB" in tag:
        return not (word.endswith("ся") and "pres" in tag and "3per" in tag and "sing" in tag)
    # a short adjective agrees with its subject ("намерена", "намерено"); a short participle does unless it is
    # neuter, standing alone ("решено")
    return any("ADJS" in p.tag or "PRTS" in p.tag and "neut" not in p.tag for p in lexicon.parses(word))


def _named_firm(item: str) -> bool:
    """Tell whether a phrase is a firm's proper name ("Ajlan & Bros Holding Group", "the Saudi National Bank")."""
    words = re.findall(r"[\w&-]+", _undetermined(item.strip()))
    return len(words) > 1 and all(w[0].isupper() or w == "&" for w in words) \
        and lexicon.lemma(lexicon.norm(words[-1])) in _lex()["firm_heads"]


def _organisation(item: str) -> bool:
    """Tell whether an English subject is an organisation that acts: a proper name after a possessive, or "the company".

    Such a subject acts ("Uzbekistan's Samo Farm will supply", "the company
    started producing tractors"); it is a project only when a cue says a
    facility is built, which its own object phrase then names. A bare "the
    company" points back to an actor named before; a joint venture or a fund
    founded is a project and keeps its kind word.
    """
    if re.fullmatch(r"\s*(?:the|this|that|these|those|its|their)\s+(?:company|companies|firm|firms|bank|banks|holding|group|"
                    r"corporation|investor|investors)\s*", item, re.IGNORECASE):
        return True
    m = re.match(r"^(?:the\s+)?[A-Z][\w-]*'s?\s+(.+)$", item.strip().replace("’", "'"))
    if not m:
        return False
    words = re.findall(r"[\w-]+", m.group(1))
    return bool(words) and all(w[0].isupper() and not w.isupper() for w in words)


def _inherited_place(candidates: list[tuple], k: int, text: str, name: str, head: str | None, lead: str) -> str:
    """Return the place an item without one of its own takes from its neighbours.

    Two ways a newsroom sentence gives one place to several items: a later item
    of the coordination ends with it ("a refinery and a polymer plant in
    Bukhara"), or several towns lead a plural ("откроют в Оше и Андижане
    торговые дома": a house in each town).
    """
    shared = _shared_place(candidates, k, text)
    if shared:
        return shared
    leading = _LEADING_PLACES.search(lead or "")
    if leading and head and _plural_head(name, head) and not _QUOTE.search(name):
        towns = leading.group(0).strip()
        return towns[:1].lower() + towns[1:]
    return ""


def _shared_place(candidates: list[tuple], k: int, text: str) -> str:
    """Return the place that ends the next item of a coordination, which a bare head before it shares.

    "includes a refinery and a polymer plant in Bukhara": both stand in Bukhara,
    so the bare refinery is a facility of its own, not one named before. Only a
    bare head borrows: an item with its own words may stand elsewhere.
    """
    item = candidates[k][0].strip()
    if re.search(_TRAILING_PLACE, item, re.IGNORECASE):
        return ""  # "a wind farm in Zhanatas": a place of its own, even one the gazetteer does not know
    if len(re.findall(r"[\w-]+", _undetermined(_clean_name(item)[0]))) != 1:
        return ""  # "завод электромобилей и вторая очередь терминала в «Хоргосе»": a named kind needs no borrowed place
    for following in candidates[k + 1:]:
        if following[1:] != candidates[k][1:]:
            break
        nxt = following[0].strip()
        if not re.search(re.escape(item) + r"\s*(?:,\s*|\s(?:and|и|а также|as well as)\s+)" + re.escape(nxt), text):
            break
        place = _clean_name(nxt)[1]
        if place:
            return place
        item = nxt
    return ""


def _told_again(name: str, item: str, recent: list[Project]) -> Project | None:
    """Return the project just named that a definite English phrase of its own words takes up, or None.

    "the Turakurgan thermal power plant … the launch of the power plant": every word of "the power plant" is in
    the name before, so it is that plant again, not another one.
    """
    at = item.find(name)
    if _is_ru(name) or _QUOTE.search(name) or not re.search(r"(?<!\w)the\s+$", item[:at] if at >= 0 else "", re.IGNORECASE):
        return None
    written = re.findall(r"[\w-]+", _undetermined(name.strip()))
    if len(written) < 2 or any(not w.islower() for w in written):
        return None  # a head alone is read by _head_alone; a proper name or abbreviation says which itself
    words = {lexicon.norm(w) for w in written}
    named = [p for p in recent if p.sentence.part == "body" and words <= set(re.findall(r"[\w-]+", lexicon.norm(p.name)))]
    return named[-1] if named else None


# "ещё один завод", "one more plant", "another plant": a facility of a kind already told, and not that one
_ONE_MORE = re.compile(r"(?<!\w)(one more|another|ещ[её] (?:один|одн\w+))\s", re.IGNORECASE)


def _head_alone(name: str, head: str, item: str, known: bool = False) -> bool:
    """Tell whether a name is its head noun alone ("терминала", "the line"), which says nothing of which one.

    A compound ("агрокомплекс"), an abbreviation ("ТЭЦ") or a facility introduced
    as new ("a new bridge") or ranked ("первый в регионе завод") is not bare. When a project of
    this head is known, "the plant in X" is that one, told where it stands.
    """
    at = item.find(name)
    if re.search(r"(?<!\w)the\s+$", item[:at], re.IGNORECASE) if at >= 0 else re.match(r"^\s*the\s", item, re.IGNORECASE):
        # "the plant with a capacity of 1.25 million tonnes" is the plant just named, its size told again
        # (the name's own article: "the construction of a 500 kV substation" names a new one)
        cut = _lex()["capacity_cuts"].search(lexicon.norm(name))
        name = name[:cut.start()] if cut else name
        # "The 1,574 MW plant will be built by …", "The 23-km road", "the 300-bed hospital", "the $50 million plant":
        # a size or a price before the head tells it again, it does not say which
        size = _lex()["sizes"].match(name.lstrip(" $"))
        name = name.lstrip(" $")[size.end():].lstrip(" -") if size else name
        if known:
            # "It is planned to construct the plant in Kyrgyzstan's Ak-Suu village": where the plant just named will stand
            name = re.sub(r"\s+(?:in|at|near)\s+.*$", "", name)
    words = re.findall(r"[\w-]+", _undetermined(name.strip()))
    if len(words) != 1 or _QUOTE.search(name) or words[0].isupper() or re.search(r"\d", words[0]):
        return False
    if re.search(r"(?<!\w)(an? new|нов\w*)\s", lexicon.norm(item)) or _ONE_MORE.search(item):
        return False  # "a new bridge", "ещё один терминал": one more of the kind is new too
    if re.match(r"^\s*(a|an)\s+[$€£]?\s?\d", item, re.IGNORECASE):
        return False  # "A $20 million plant is being built": a price after the indefinite article introduces one
    if re.match(r"^\s*(a|an)\s", item, re.IGNORECASE) and _lex()["capacity_cuts"].search(lexicon.norm(item)):
        return False  # "to construct a smelter with a capacity of 300,000 tons": a size after it introduces one too
    route = re.match(r"^\s*an?\s+[\w-]+\s+(\w+)\s", lexicon.norm(item))
    if route and route.group(1) in _lex()["route_participles"]:
        return False  # "a railway linking the three countries": a route introduces a facility, as "a new" does
    if _is_ru(item) and _without_ranking(_undetermined(item.strip())) != _undetermined(item.strip()):
        return False  # "первый в стране технопарк" introduces a facility, it does not point back to one
    if any(m.group(1).lower() in _lex()["route_participles"] and _NAMED_ROUTE.match(item, m.end())
           for m in re.finditer(r"(?<!\w)(\w+)(?=\s)", item)):
        return False  # "a railway linking Termez and Mazar-i-Sharif": the route says which one
    word = lexicon.norm(words[0])
    return (word in _lex()["heads_en"] or head in _lex()["heads_ru"]) and head == (
        word if not _is_ru(word) else lexicon.lemma(word)) or word.rstrip("s") == head.rstrip("s")


def _earlier_named(earlier: list[Sentence], head: str) -> str | None:
    """Return the name an earlier sentence gave a facility of this head, one no cue made a project.

    A visit names the factory ("visited the Khankendi garment factory",
    "посетил предприятие «Навоийазот»") and a later sentence opens it by its
    bare head ("the opening ceremony of the factory"): the opening is that
    factory's. Only a name says which one: a capitalised word before the head
    (not the sentence's first) or a quoted name after it.
    """
    for sentence in reversed(earlier):
        text = _mask_quotes(sentence.text)
        tokens = list(re.finditer(r"[\w'’-]+", text))
        for i in reversed(range(len(tokens))):
            word = lexicon.norm(tokens[i].group(0))
            if (lexicon.lemma(word) if _is_ru(word) else _en_base(word)) != head:
                continue
            quoted = _QUOTE.match(sentence.text, tokens[i].end() + 1)
            j = i
            # Russian words of a name before its head are adjectives ("Бишкекская государственная больница")
            while j > 0 and not text[tokens[j - 1].end():tokens[j].start()].strip() and j > i - 5 \
                    and (any("ADJF" in p.tag for p in lexicon.parses(lexicon.norm(tokens[j - 1].group(0)))) if _is_ru(word)
                         else lexicon.norm(tokens[j - 1].group(0)) not in _EN_NAME_BREAK):
                j -= 1
            proper = [t for t in tokens[max(j, 1):i] if _is_proper(t.group(0), False)
                      and not find_countries(lexicon.norm(t.group(0)))]
            if quoted or proper:
                first = tokens[i] if quoted else next(t for t in tokens[j:i] if t in proper)
                return sentence.text[first.start():quoted.end() if quoted else tokens[i].end()]
    return None


# A town by what the text calls it ("the city of Tejen"), not an owner after "of" ("Mary town of Turkmenistan's Mary
# region")
_TOWN_OF = re.compile(rf"(?<!\w){_SETTLEMENT_EN}\s+of\s+(?![A-Z][\w-]*['’]s(?!\w))([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def _place(phrase: str) -> tuple[str | None, str | None]:
    """Resolve a place phrase to (city_or_region, country_code)."""
    low = lexicon.norm(phrase)
    hits = find_cities(low)
    if hits:
        return hits[-1].key, country_of_city().get(hits[-1].key)
    for name, country, pattern in _lex()["places"]:
        if pattern.search(low):
            return name, country
    if _lex()["border"].search(low):
        return "border", None
    town = _TOWN_OF.search(phrase)
    if town:
        return town.group(1), None  # "in the city of Tejen": a town by what the text calls it, though no list holds it
    countries = find_countries(low)
    toward = re.match(r"\s*(?:в|во)\s+([а-яё-]+)\s*$", low)
    if toward and lexicon.parses(toward.group(1))[0].tag.case in ("nomn", "accs"):
        return None, None  # "железная дорога из Китая в Узбекистан": where the route goes, not where it stands
    if countries:
        return None, countries[-1].key
    return None, None


# Where a meeting was held, which says nothing of where a project it spoke of stands ("в ходе переговоров в
# Самарканде согласились начать строительство …", "запустил 15 производств в ходе деловых встреч в Китае")
_MEETING_PLACE = re.compile(r"(?<!\w)(?:переговор|встреч|визит|саммит|заседани|форум|talks|meeting|visit|summit|session|"
                            r"forum)\w*\s+(?:в|во|in|at)\s+(?:the\s+)?[^\s,.]+", re.IGNORECASE)


# Where an event took place ("состоялось в Оше", "took place in Osh").
_HELD_AT = re.compile(r"(?<!\w)(?:состоял\w*|прош(?:ел|ла|ло|ли)|took place|(?:was|were) held)\s+"
                      r"((?:в|во|in|at)\s+(?:the\s+)?[^\s,.]+(?:\s+[^\s,.]+)?)", re.IGNORECASE)


# Works begun where the facility stands ("construction of a cement plant has begun in the Andijan region")
_BEGUN_AT = re.compile(r"^[^,.;]{0,30}?\s(?:begun|began|started|commenced|началось|начато|стартовало)\s+((?:in|at|в|во)\s.*)$")


def _locative_place(text: str) -> tuple[str | None, str | None]:
    """Return the last town or region named after a locative preposition ("в Бекабаде", "in the Sughd region").

    A country named after the town that lies in another country is the place instead, its town unknown.
    """
    best = (None, None)
    # "in the Korauzyak District of the Republic of Karakalpakstan": the larger units after "of" may be the known ones
    # (a second word is no preposition: "в церемонии  в Душанбе", the cue cut out between them, names Dushanbe)
    for m in re.finditer(r"(?<!\w)(?i:в|во|на|под|близ|возле|около|вблизи|in|at|near)\s+(?i:the\s+)?[^\s,]+"
                         r"(?:\s+(?!(?i:в|во|на|in|at|near)\s)[^\s,]+)?"
                         r"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?[A-Z][^\s,]*(?:\s+(?:region|province|oblast))?){0,2}"
                         # "в Булакбашинском районе Андижанской области", "в селе X Y района Z области": the larger units
                         # the place lies in, in the genitive
                         r"(?:\s+[А-ЯЁ][^\s,]*\s+(?:района|области|велаята|вилоята|края)){0,2}",
                         _mask_quotes(text)):
        city, country = _place(m.group(0))
        if city not in (None, "border"):
            best = (city, country)
        elif country and best[1] and country != best[1]:
            # "посольство в Пекине … о создании в Узбекистане предприятия": the later country is the facility's
            best = (None, country)
    return best


# The work done on an English facility named after it ("the Aktau seaport expansion", "the X road upgrade project").
# A time word before a trailing work ("after a long renovation"): the work is when, not which facility.
_AFTER_WORK = re.compile(r"(?<!\w)(after|before|following|during|since)(\s+[\w-]+){0,2}\s*$", re.IGNORECASE)
_TRAILING_WORK = re.compile(r"\s+(expansion|modernization|modernisation|reconstruction|construction|upgrade|upgrading|"
                            r"rehabilitation|extension|renovation)(\s+projects?)?\s*$", re.IGNORECASE)
# The named word a place phrase turns on ("Osh", "the port of Aktau").
_PLACE_NAME = r"(?:the\s+)?(?:port of\s+)?[^\s,]+"
# A region named after a place, in apposition ("…, Tashkent region", "…, Ташкентская область").
_REGION_OF_PLACE = re.compile(r"(?:the\s+)?[A-ZА-ЯЁ][\w-]+\s+(?:region|district|province|oblast|област\w*|район\w*)",
                              re.IGNORECASE)
# The country a place lies in and the side of it, before the place ("in Uzbekistan's Farish district", "in the
# country's northern Chui region")
_OWNER_AND_SIDE = r"(?:(?:the\s+country|[A-Z][\w-]+)'s\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?"
# A place phrase that ends a name ("… in Osh", "… at the port of Aktau", "… в Самарканде").
# "… in Zafarabad district of Jizzakh region of Uzbekistan": each "of" names the larger unit the place lies in
# (four words only from a name or a settlement word: "в Фарапском этрапе Лебапского велаята", not "на основе опыта Кореи")
_TRAILING_PLACE = (rf"\s+(?:в|во|на|у|in|at|on|near)\s+((?:{_OWNER_AND_SIDE}{_PLACE_NAME}(?:\s+[^\s,]+){{0,2}}"
                   rf"|(?=(?-i:[A-ZА-ЯЁ])|сел|город|район|посел|посёл|кишлак|аул|махалл|этрап|велаят|вилоят)[^\s,]+(?:\s+[^\s,]+){{3}})"
                   rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:region|district|province|oblast|velayat|etrap|viloyat))?){{0,2}})\s*$")


# A place introduced by the kind of settlement it is ("in the village of X", "в селе X"), known or not
_SETTLEMENT = re.compile(rf"\s+(?:(?:in|at|near)\s+the\s+(?:{_SETTLEMENT_EN}|district|area)\s+of\s+[A-Z]"
                         rf"|(?:in|at|near)\s+{_OWNER_AND_SIDE}[A-Z][\w'-]+\s+(?:{_SETTLEMENT_EN}|district|etrap)(?!\w)"
                         rf"|{_SETTLEMENT_RU}\s+[А-ЯЁ«])")


# "один из крупнейших в регионе логистических центров": one facility named by the kind it is one of
_ONE_OF = re.compile(r"^(?:один|одна|одно|одним|одной|одного|одну)\s+из\s+", re.IGNORECASE)


def _one_of(phrase: str) -> str:
    """Name one facility of a partitive phrase in the singular ("логистических центров" -> "логистический центр")."""
    phrase = _without_ranking(phrase)
    words = list(re.finditer(r"[а-яёА-ЯЁ-]+", phrase))
    for k, m in enumerate(words[:4]):
        if m.start() and phrase[words[k - 1].end() if k else 0:m.start()].strip():
            return phrase
        nouns = [p for p in lexicon.parses(lexicon.norm(m.group(0))) if "NOUN" in p.tag and p.tag.case == "gent"
                 and p.tag.number == "plur"]
        if not nouns:
            continue
        forms = []
        for adjective in words[:k]:
            parsed = [p for p in lexicon.parses(lexicon.norm(adjective.group(0))) if "ADJF" in p.tag or "PRTF" in p.tag]
            forms.append(parsed[0].inflect({"nomn", "sing", nouns[0].tag.gender} - {None}) if parsed else None)
        forms.append(nouns[0].inflect({"nomn", "sing"}))
        return phrase if None in forms else _respelled(phrase, words[:k + 1], forms)
    return phrase


# Who built it, as an English attribute ("Turkish-built", "South-Korean-built").
_BUILDER_EN = r"[A-Za-z]+(?:-[A-Za-z]+)*-built"
_BUILT_BY = re.compile(rf"^{_BUILDER_EN}\s+(?=[\w«\"“])")


# Prepositions of time or cause after an English head, which open the event's circumstances, not the name
# ("inaugurated the X road following the completion of its renovation")
# … and relative pronouns, which open a clause about it ("this complex of buildings whose design was created …")
_CIRCUMSTANCE_EN = {"following", "after", "amid", "during", "via", "since", "before", "despite", "whose", "which", "who"}
# Words after which an English participle modifies the next noun instead of opening a clause
_ATTRIBUTE_SLOT = {"for", "of", "with", "the", "a", "an", "and", "in", "on", "to", "from"}


# A river in a place phrase ("ГЭС на реке Нарын", "a plant on the Naryn river") says which facility; it is no town.
_RIVER = re.compile(r"(?<!\w)(рек[аеиу]|river)(?!\w)", re.IGNORECASE)

# What a cut leaves after a name: a preposition with its manner ("a joint-stock company for joint [construction of
# …]"), a passive's auxiliary ("the plant to be [carried out with …]"), a relative pronoun ("a JV that [will own …]")
# or adverbs ("… уже [начались]", "… пока не [названы]", "… много [лет]")
_TRAILING_FUNCTION = re.compile(
    r"(?:\s+(?:на|в|во|с|со|к|по|о|об|для|у|of|in|on|at|for|to be|to have been|being|been|to|with|by|near|along|between"
    r"|under|from|across)(?:\s+(?:joint|further|the|a|an|совместно\w*))?"
    r"|\s+(?:that|which|who|whose|where|который|которая|которое|которые))?"
    r"(?:\s+(?:уже|также|еще|ещё|пока|не|здесь|там|много|долго|already|also|not|yet|still|here|there))*$", re.IGNORECASE)


def _trim_tail(name: str) -> str:
    """Drop the function words a cut leaves at the end of a name, so every cut is tidied the same way."""
    return _TRAILING_FUNCTION.sub("", name.rstrip())


def _singular_genitive(phrase: str) -> bool:
    """Tell whether a Russian phrase opens with a noun in the genitive singular ("участка дороги", not "газопроводов")."""
    return any("NOUN" in p.tag and p.tag.number == "sing" and p.tag.case == "gent" for p in _first_word_parses(phrase)[:1])


# A number glued to an abbreviation ("ГЭС1", "HPP2"), written elsewhere with a hyphen
_GLUED_NUMBER = re.compile(r"(?<![\w-])([А-ЯЁA-Z]{2,5})(\d{1,2})(?![\w-])")


# A price after the name, the object of "invest" left in it ("инвестировать в строительство станции $1 млрд.")
_TRAILING_PRICE = re.compile(r"\s+(?:(?:за|на|стоимостью|worth|for|costing|at)\s+)?[$€£]\s?\d[\d.,]*\s*(?:млрд|млн|тыс|bn|bln|mn|mln|m|billion|million)?\.?\s*$",
                             re.IGNORECASE)


def _clean_name(item: str) -> tuple[str, str]:
    """Strip determiners, price and trailing place; return (name, place phrase)."""
    # "- The X plant being implemented …": a bullet line's subject starts with its marker; a quotation's opening
    # mark that nothing in the name closes starts a speech, not a name ("“The new facility will create …"), or is a
    # title the writer left open ('the "Zarafshan Wind Farm, the largest …')
    item = re.sub(r'^((?:the|a|an)\s+)?[«"“„]\s*(?=[^»"”]*$)', r"\1", _BULLET.sub("", item.strip()), flags=re.IGNORECASE)
    name = _strip_work(_undetermined(_ALIAS_ASIDE.sub("", item))).strip(" ,")
    name = _TRAILING_PRICE.sub("", _undetermined(_LEADING_PRICE.sub("", _undetermined(name))))
    length = _lex()["length_of"].match(lexicon.norm(name)) if _is_ru(name) else None
    if length and _singular_genitive(name[length.end():]):
        name = name[length.end():].strip()  # "40 километров участка дороги": how much of the section, not which
    # "the Turkish-built hospital": who built it is an attribute, as the cue that reads it says, not the hospital's name
    name = _BUILT_BY.sub("", name)
    name = _GLUED_NUMBER.sub(r"\1-\2", name)  # "Камбаратинской ГЭС1": the unit number as it is usually written
    if not _QUOTE.search(name):
        name = name.rstrip('»"”')  # the close of a quotation the name ends ("…и электростанцию», — сообщили")
    name = re.sub(r"[.,;:!?]+(?=[»\"”]$)", "", name)  # "zone “Shavat–Dashoguz.”": the sentence's stop inside the quotes
    unopened = re.match(r'^[^«“„"]*?[»”]', name)
    if not unopened and name.count('"') % 2:
        # a straight quote that nothing before it opened closes a quoted title ("National Oncology Center" by …)
        unopened = re.match(r'^[^«“„"]+"', name)
    if unopened and _head(_undetermined(name[:unopened.end() - 1])):
        # the project "Construction of a plant for televisions” in the Industrial Zone": its quoted title ends there
        name = name[:unopened.end() - 1]
    # "… и оптико-волоконной линии связи", "парогазовой электростанции на строящейся ТЭС": a conjunction before the
    # name joins it to the list, a preposition after it opens what the name stands on
    name = re.sub(r"^(и|а также|and|не просто|не только|not just|not only|not merely)\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"^(there|here)\s+(?=[a-z])", "", name)  # "will build there greenery complex": where, not which
    # "the second Fandaryo hydroelectric power plant": an ordinal before a proper name counts the list, the name says which
    name = re.sub(r"^(first|second|third|fourth|fifth)\s+(?:(?:projected|planned|proposed)\s+)?(?=[A-Z][a-z])", "", name)
    if not _is_ru(name):
        # "the Center for Chemical Technologies provides for …": a finite verb after the head opens the predicate
        verb = next((w for w in re.finditer(r"(?<=\s)[a-z]+s(?=\s)", name) if w.group(0) in _lex()["predicate_starts"]
                     and _head(_undetermined(name[:w.start()].strip()))), None)
        name = name[:verb.start()].rstrip() if verb else name
    # "электростанции в Ташкентской и Сырдарьинской областях общей мощностью 460 мегаватт": a total is of all the
    # items together, no part of any one's name (the places around it stay)
    name = _lex()["total_capacity"].sub("", name)
    # "a joint-stock company for joint [construction of …]": a work cut off leaves its preposition and manner behind
    name = _trim_tail(name)
    # the price, size or capital belongs to the amount, not to the project's name
    described = ""  # what a cut drops after the head, where a trailing place may still stand
    cut = _lex()["cuts"].search(lexicon.norm(name))
    if cut:
        name, described = name[:cut.start()], name[cut.start():]
    cut = _lex()["capacity_cuts"].search(lexicon.norm(name))
    if cut and (_QUOTE.search(name[:cut.start()]) or re.search(r"[А-ЯЁA-Z]\w*-\d|(?:№|No\.)\s?\d", name[:cut.start()])):
        # a quoted or numbered name ("Камбаратинская ГЭС-1", "фабрика №3") says which; its size is told apart
        name = name[:cut.start()]
    if described:
        name = _trim_tail(name)  # "… уже в этом году"
    at = _PRODUCTION_AT.match(name)
    if at and _QUOTE.search(name[at.end():]) and _head(_undetermined(name[at.end():])):
        name = _undetermined(name[at.end():])
    if not _is_ru(name):
        m = re.search(r"\s+projects?$", name, re.IGNORECASE)
        if m and _en_base(lexicon.norm(name[:m.start()].split()[-1])) in _lex()["heads_en"]:
            name = name[:m.start()]  # "the Rogun HPP-2 project" names the plant
        # a route clause after the head describes the project ("… line linking the south and north") unless it
        # names the places that say which one ("a railway linking Termez and Mazar-i-Sharif");
        # "a plant producing tractors" keeps its product
        words = list(re.finditer(r"[\w'-]+", name))
        head_seen = False
        adjective_at = -1
        for k, w in enumerate(words):
            token = lexicon.norm(w.group(0))
            if token in _lex()["heads_en"]:
                head_seen = True
            elif k and (lexicon.norm(words[k - 1].group(0)) in _ATTRIBUTE_SLOT or adjective_at == k - 1):
                # "an enterprise for advanced processing", "with the announced capital", "of autoclaved aerated
                # concrete": adjectives, one after another
                adjective_at = k if _EN_PARTICIPLE.match(token) else -1
                continue
            elif head_seen and token in ("called", "named", "dubbed") and k + 1 < len(words) \
                    and words[k + 1].group(0)[:1].isupper():
                continue  # "a joint venture called Uz-Kor Textile": the name it is given says which
            elif head_seen and (token in _CIRCUMSTANCE_EN
                                or token in _lex()["route_participles"] and not _NAMED_ROUTE.match(name, w.end())
                                or token not in _lex()["route_participles"] and _EN_PARTICIPLE.match(token)
                                and token not in _lex()["heads_en"] and len(token) > 4):
                name, described = _trim_tail(name[:w.start()]), name[w.start():] + described
                break
    place = ""
    m = re.search(_TRAILING_PLACE, name, re.IGNORECASE)
    if m and _RIVER.search(m.group(0)):
        m = None  # "ГЭС на реке Нарын", "a plant on the Naryn river": the river says which plant; it is no town
    if m and _place(m.group(0)) != (None, None):
        place = m.group(0).strip()
        if _place(place)[0] not in (None, "border") or _SETTLEMENT.match(m.group(0)):
            name = name[:m.start()]  # the town goes to city_or_region; "near the border" stays part of the name
            if not _is_ru(name) and (local := _LOCALITY_EN.search(name)):
                name = name[:local.start()]  # "X school in the farmers association “Y” of the Dusti district in Khatlon"
    elif m and _SETTLEMENT.match(m.group(0)):
        # "… railway project in the settlement of Tash-Kitchu", "… в селе Кара-Булак": a place the gazetteer does not
        # know is still a place by the word that introduces it
        name, place = name[:m.start()], m.group(0).strip()
    elif described:
        m = re.search(_TRAILING_PLACE, described, re.IGNORECASE)
        city, country = _place(m.group(0)) if m else (None, None)
        if (city or country) and city != "border":
            # "a school built with Turkish support in Osh": the place ends the description ("ГЭС на севере
            # Таджикистана": its country, at least)
            place = m.group(0).strip()
    elif sized := _lex()["capacity_cuts"].search(lexicon.norm(name)):
        # "электростанцию в Навоийской области мощностью 100 МВт": the size told after the place; the place goes as
        # it would before the size
        m = re.search(_TRAILING_PLACE, name[:sized.start()], re.IGNORECASE)
        if m and _place(m.group(0))[0] not in (None, "border") \
                and not _RIVER.search(m.group(0)):
            place, name = m.group(0).strip(), name[:m.start()] + name[m.end():]
    owner = _lex()["owner_praised"].match(name.strip())
    if owner and _place(owner.group(1)) != (None, None):
        # "Kazakhstan's Zhanatas wind power plant": the country or town the named facility is in, not its name
        # ("Uzbekistan's first nuclear power plant" is told by its country); so is "Tajikistan's flagship Rogun HPP"
        name, place = name.strip()[owner.end():], place or owner.group(1)
    return name.strip(" ,—–"), place


# A smaller place before the town or region a name ends in ("… in the village of X of the Dusti district")
_LOCALITY_EN = re.compile(r"\s+(?:in|at|near)\s+the\s+[^,]*?(?:district|village|settlement|community|association)$")


_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


def _case_like(word: str, model: str) -> str:
    """Write an inflected word with the capitals of the form it replaces ("Рогунской" -> "Рогунская", "ГЭС").

    The lexicon reads "ё" as "е", so a name that had it gets it back where the
    stem keeps it ("Ёвонской" -> "Ёвонская", not "Евонская").
    """
    word = "".join("ё" if c == "е" and k < len(model) and model[k] in "ёЁ" else c for k, c in enumerate(word))
    if model.isupper() and len(model) > 1:
        return word.upper()
    parts, models = word.split("-"), model.split("-")
    return "-".join(p.capitalize() if i < len(models) and models[i][:1].isupper() else p for i, p in enumerate(parts))


def _grammemes(parse) -> tuple[str | None, str | None, str | None]:
    return parse.tag.case, parse.tag.number, parse.tag.gender


def nominative(name: str) -> str:
    """Put a Russian project name in the nominative: its head noun and the adjectives agreeing with it before it.

    A name is taken from wherever the sentence had it ("построят ветряную
    электростанцию", "строительство крупного комплекса"); the warehouse names
    projects in the nominative so that one project reads the same in every
    article. Modifiers after the head ("завод по производству цемента", "ГЭС-1")
    keep their case; a name opening with a quote or a non-Russian word is left as written.
    """
    if not _is_ru(name) or name.lstrip()[:1] in '«"“„':
        return name
    numbered = _NUMBERED_PARTS.match(name)
    if numbered:
        return _numbered_nominative(name, numbered)
    words = list(_CYRILLIC_WORD.finditer(name))
    counted = _counted_nominative(name, words)
    if counted:
        return counted
    head_at = None
    for k, m in enumerate(words[:5]):
        if k and name[words[k - 1].end():m.start()].strip(" "):
            return name  # a number, a quote or punctuation before the head: not a plain adjective + noun phrase
        readings = lexicon.parses(lexicon.norm(m.group(0)))
        if {"ADJF", "PRTF"} & set(str(readings[0].tag).replace(" ", ",").split(",")):
            continue
        if m.group(0) == "и" and k:
            continue  # "жилой и коммерческой инфраструктуры": coordinated adjectives of one head
        if m.group(0)[0].isupper() and k + 1 < len(words[:5]) and not name[m.end():words[k + 1].start()].strip(" ") \
                and (_agrees_with_next(m.group(0), words[k + 1].group(0)) or _PLACE_ADJECTIVE.search(m.group(0))):
            continue  # "Суусамыр-Кокомеренского каскада": a place adjective pymorphy first takes for a noun
        gender = _lex()["abbreviation_genders"].get(lexicon.norm(m.group(0)))
        if gender and m.group(0).isupper():
            return _before_abbreviation(name, words[:k], gender)  # "АСММ" never declines, whatever pymorphy guesses
        if not any("NOUN" in r.tag for r in readings):
            return name
        head_at = k
        break
    if head_at is None:
        return name
    head_word = words[head_at].group(0)
    heads = [p for p in lexicon.parses(lexicon.norm(head_word)) if "NOUN" in p.tag]
    adjectives = [[p for p in lexicon.parses(lexicon.norm(m.group(0))) if {"ADJF"} <= set(str(p.tag).replace(" ", ",").split(",")) or "PRTF" in p.tag]
                  for m in words[:head_at]]
    fixed = "Fixd" in heads[0].tag
    agree = [h for h in heads if all(any(a.tag.case == h.tag.case and a.tag.number == h.tag.number
                                         and (h.tag.number == "plur" or a.tag.gender in (None, h.tag.gender))
                                         for a in adj) for adj in adjectives if adj)] or heads
    singular = [h for h in agree if h.tag.number == "sing"] or agree
    # "ветропарка" is guessed as "парка" (a jacket) or as "ветропарк": the reading that is a project head wins
    singular = [h for h in singular if _ru_head(h.normal_form)] or singular
    # "гостиничных комплексов «Ташкент» и «Астана»", split into one name each: a plural head names one facility
    quoted = _QUOTE.search(name)
    one_named = quoted is not None and quoted.start() > words[head_at].end() and len(_QUOTE.findall(name)) == 1 \
        and all(h.tag.number == "plur" for h in singular)
    if any(h.tag.case == "nomn" for h in singular) and not one_named:
        return name
    head = singular[0]
    case, number, gender = _grammemes(head)
    to_number = "sing" if one_named else number
    forms: list = []
    for k in range(head_at):
        match = [a for a in adjectives[k] if a.tag.case == case and a.tag.number == number] or adjectives[k][:1]
        wanted = {"nomn", to_number} | ({gender} if to_number == "sing" and gender else set())
        form = match[0].inflect(wanted) if match else None
        if form is None and _PLACE_ADJECTIVE.search(words[k].group(0)):
            # pymorphy knows no adjective reading of "Ерейментауской": its ending follows the head
            ending = "ие" if to_number == "plur" else {"femn": "ая", "neut": "ое"}.get(gender, "ий")
            form = _PLACE_ADJECTIVE_ENDING.sub(ending, words[k].group(0))
        forms.append(form)
    forms.append(None if fixed else head.inflect({"nomn", to_number} if one_named else {"nomn"}))
    return _respelled(name, words[:head_at + 1], forms)


# Numbered parts before their noun, in any case ("3-го и 4-го блоков", "5-ю очередь").
_ORDINAL_ENDING = r"-?(?:ого|ому|ую|ой|ом|ей|ий|ая|ое|ые|го|му|й|я|е|м|ю)"
_NUMBERED_PARTS = re.compile(rf"^\s*\d+{_ORDINAL_ENDING}(?:\s*(?:,|и)\s*\d+{_ORDINAL_ENDING})*\s+(?=[а-яё])")


def _numbered_nominative(name: str, numbered: re.Match) -> str:
    """Put numbered parts in the nominative ("3-го и 4-го блоков ГРЭС-2" -> "3-й и 4-й блоки ГРЭС-2").

    The noun after the numbers declines as any head does; each number's ending then agrees with the noun's gender,
    as an ordinal word would ("3-й блок", "3-я очередь", "3-е … здание").
    """
    rest = name[numbered.end():]
    readings = [p for p in lexicon.parses(lexicon.norm(rest.split()[0])) if "NOUN" in p.tag] if rest.strip() else []
    if readings and not any(p.tag.case == "nomn" and p.tag.number == readings[0].tag.number for p in readings):
        rest = nominative(rest)  # "блоков ГРЭС-2" -> "блоки ГРЭС-2"; "очередь" may already read as the nominative
        readings = [p for p in lexicon.parses(lexicon.norm(rest.split()[0])) if "NOUN" in p.tag]
    if not readings or not any(p.tag.case == "nomn" for p in readings):
        return name  # the noun after the numbers is not the head in the nominative
    head = readings[0]
    gender = (head.inflect({"sing"}) or head).tag.gender
    ending = {"femn": "я", "neut": "е"}.get(gender, "й")
    return re.sub(rf"(\d+){_ORDINAL_ENDING}", rf"\1-{ending}", numbered.group(0)) + rest


def _before_abbreviation(name: str, adjectives: list, gender: str) -> str:
    """Put the adjectives before an abbreviation pymorphy does not know in the nominative ("Ферганского НПЗ" -> "Ферганский НПЗ").

    The abbreviation never declines; its gender is its spelled-out head's (НПЗ: завод).
    """
    forms = []
    for m in adjectives:
        readings = [p for p in lexicon.parses(lexicon.norm(m.group(0))) if "ADJF" in p.tag or "PRTF" in p.tag]
        form = readings[0].inflect({"nomn", "sing", gender}) if readings else None
        if form is None and _PLACE_ADJECTIVE.search(m.group(0)):
            form = _PLACE_ADJECTIVE_ENDING.sub({"femn": "ая", "neut": "ое"}.get(gender, "ий"), m.group(0))
        forms.append(form)
    return _respelled(name, adjectives, forms)


def _respelled(name: str, words: list, forms: list) -> str:
    """Put each matched word of a name in its new form, keeping its capitals.

    A form is a parse to spell like the word it replaces, a word already spelled, or None
    to keep the word as written.
    """
    out, last = [], 0
    for m, form in zip(words, forms, strict=True):
        out.append(name[last:m.start()])
        out.append(form if isinstance(form, str) else _case_like(form.word, m.group(0)) if form else m.group(0))
        last = m.end()
    return "".join(out) + name[last:]


# Numerals whose noun stands in the genitive singular ("две ГЭС", "три завода"); the others take the plural.
_SMALL_COUNTS = {"два": 2, "оба": 2, "полтора": 2, "три": 3, "четыре": 4}


def _counted_nominative(name: str, words: list) -> str | None:
    """Put a counted Russian name in the nominative ("двух ГЭС на реке X" -> "две ГЭС на реке X"), or None.

    After the nominative of "два"–"четыре" the noun takes the genitive singular and
    its adjectives the genitive plural (a feminine noun's, the nominative plural);
    after "пять", "несколько" both take the genitive plural. A count in digits stays as written ("2 школ" -> "2 школы").
    """
    if not words:
        return None
    # "строительство 2 школ" -> "2 школы": a count in digits keeps its digits, its noun agrees as after a numeral
    digits = re.fullmatch(r"\s*(\d+)\s+", name[:words[0].start()])
    if name[:words[0].start()].strip() and not digits:
        return None
    numerals = [] if digits else [p for p in lexicon.parses(lexicon.norm(words[0].group(0))) if "NUMR" in p.tag]
    if not digits and (not numerals or any(p.tag.case == "nomn" for p in numerals)):
        return None
    k = 0 if digits else 1
    while k < len(words) and not name[words[k - 1].end():words[k].start()].strip() and any(
            "ADJF" in p.tag or "PRTF" in p.tag for p in lexicon.parses(lexicon.norm(words[k].group(0)))[:1]):
        k += 1
    if k >= len(words) or name[words[k - 1].end():words[k].start()].strip():
        return None
    nouns = [p for p in lexicon.parses(lexicon.norm(words[k].group(0))) if "NOUN" in p.tag]
    if not nouns:
        return None
    noun = next((p for p in nouns if p.tag.number == "plur"), nouns[0])
    gender = noun.tag.gender
    if digits:
        count = int(digits.group(1))
        count = 5 if 11 <= count % 100 <= 14 else (count % 10 or 5)  # what the noun agrees with: 1, 2–4 or "many"
        number_form = None
    else:
        numeral = next((p for p in numerals if p.tag.case == noun.tag.case), numerals[0])
        count = _SMALL_COUNTS.get(lexicon.norm(numeral.normal_form), 5)
        wanted = {"nomn"} | ({gender} if count == 2 and gender in ("masc", "femn", "neut") else set())
        number_form = numeral.inflect(wanted) or numeral.inflect({"nomn"})
    noun_form = None
    if "Fixd" not in noun.tag:
        single = noun.inflect({"nomn", "sing"})
        noun_form = single.make_agree_with_number(count) if single else None
    adjective_case = {"nomn", "sing"} | ({gender} if gender else set()) if count == 1 \
        else {"nomn", "plur"} if count < 5 and gender == "femn" else {"gent", "plur"}
    forms = ([] if digits else [number_form]) + [next((p for p in lexicon.parses(lexicon.norm(m.group(0))) if "ADJF" in p.tag or "PRTF" in p.tag),
                                  lexicon.parse(lexicon.norm(m.group(0)))).inflect(adjective_case) for m in words[0 if digits else 1:k]] + [noun_form]
    return _respelled(name, words[:k + 1], forms)


def _key(name: str, head: str) -> tuple:
    quoted = _QUOTE.search(name)
    if quoted:
        return (head, lexicon.norm(quoted.group(0)[1:-1]).strip())
    return (head, " ".join(lexicon.lemma(w) for w in re.findall(r"\w+", name)[:6]))


def _confidence(name: str, mode: str, status: str) -> float:
    """Score how sure the mention is: quoted names and explicit verbs are strong, inferred subjects weak."""
    score = 0.6
    if _QUOTE.search(name) or re.search(r"\b[A-ZА-ЯЁ][\w-]+[- ][A-ZА-ЯЁ]", name):
        score += 0.15
    if mode == "verb":
        score += 0.1
    elif mode == "passive":
        score -= 0.05
    if status == "unknown":
        score -= 0.1
    return round(min(score, 0.95), 2)


def _respective_places(sentence: Sentence) -> list[str]:
    """Return the places a "the first in X, the second in Y" clause gives to the items of a list, in order."""
    places = []
    for ordinal in _lex()["ordinal_places"]:
        m = ordinal.search(sentence.low)
        if not m:
            break
        places.append(m.group(1))
    return places if len(places) >= 2 else []


_FUNCTION_WORDS = {"по", "в", "во", "на", "и", "с", "для", "между", "of", "the", "a", "an", "in", "on", "at", "for",
                   "and", "with", "between", "along", "under"}


def _content(name: str, head: str) -> set[str]:
    """Return the words of a name that say what it is: numbers and units only size it ("1 GW", "1.5 GW")."""
    words = {lexicon.lemma(w) for w in re.findall(r"[\w-]+", _QUOTE.sub(" ", name))}
    return {w for w in words - _FUNCTION_WORDS - {head} if not w.isdigit() and not _lex()["unit_word"].fullmatch(w)}


def _name_words(project: Project) -> tuple[frozenset[str], frozenset[str]]:
    """Return the stems of a name's word parts, and those of them capitalised as a proper name is."""
    return _words_of_name(project.name, project.sentence.part == "title", project.sentence.text)


_NONWORD_LEAD = re.compile(r"^\W*")


@functools.lru_cache(maxsize=2048)
def _words_of_name(name: str, in_title: bool, sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the stems of a name's word parts, and those capitalised as a proper name is, in its sentence.

    Hyphens split ("Kambarata-1"); a stem holds the adjective of a name ("Каспия", "Каспийского").
    Abbreviations ("HPP", "ГЭС"), countries ("the Russian-designed plant"), a sentence's first word and a
    headline's title case name no one. Cached because `_same` compares every pair of an article's mentions.
    """
    words = re.findall(r"[\w]+", _QUOTE.sub(" ", _undetermined(name.strip())))
    stems = [lexicon.norm(w) for w in words]
    every = frozenset(s[:5] for s in stems)
    if in_title:
        return every, frozenset()
    first = 1 if words and _NONWORD_LEAD.sub("", sentence, count=1).startswith(words[0]) else 0
    return every, frozenset(s[:5] for w, s in zip(words[first:], stems[first:], strict=True)
                            if w[:1].isupper() and not w.isupper() and not find_countries(s))


def _stems(name: str, head: str) -> set[str]:
    """Return the content stems of a name, compounds split ("торгово-экономического" -> "торго", "эконо")."""
    out = set()
    for word in _content(name, head):
        for part in word.split("-"):
            if part and not part.isdigit() and part != head:
                out.add(part[:5])
    return out


@functools.lru_cache(maxsize=4096)
def _holds_phrase(name: str, phrase: str) -> bool:
    """Tell whether a name holds a phrase as whole words; cached because `_same` asks it of every pair of mentions."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lexicon.norm(name)) is not None


# What a production facility makes ("по производству компонентов для ветроэнергетики", "for the production of X").
_PRODUCTION_OF = re.compile(r"(?:по производству|по выпуску|for the production of|producing)\s+(.+)$")

# The stops of a route named by dashes ("Китай-Кыргызстан-Узбекистан", "Bishkek — Naryn — Torugart")
_ROUTE_STOPS = re.compile(r"(?-i:[A-ZА-ЯЁ])[\w'’]*(?:\s*[-—–]\s*(?-i:[A-ZА-ЯЁ])[\w'’]*)+")


def _route_stops(name: str) -> list[str]:
    """Return the stops of the route a name holds, in its order, or []."""
    route = _ROUTE_STOPS.search(name)
    return re.split(r"\s*[-—–]\s*", lexicon.norm(route.group(0))) if route else []


def _same(a: Project, b: Project) -> bool:
    """Tell whether two mentions in one article name one project (lead and body often word it differently).

    One name may only add words to the other ("приграничный торговый центр"
    and "приграничный торгово-экономический центр «X»"), as long as both
    have the same head, place and unit numbers.
    """
    if a.key == b.key or _SPACING.sub("", a.name.lower()) == _SPACING.sub("", b.name.lower()):
        return True  # "International sea port" and "international seaport": one name, spaced two ways
    stops = _route_stops(a.name)
    if a.head == b.head and stops and stops != _route_stops(b.name) and sorted(stops) == sorted(_route_stops(b.name)):
        return True  # "дорога «Китай-Кыргызстан-Узбекистан»" and "«Узбекистан-Кыргызстан-Китай»": one route, either way
    wa, wb = a.name.split(), b.name.split()
    if a.sentence.index == b.sentence.index and len(wa) == len(wb) > 1 and wa[1:] == wb[1:] and wa[0] != wb[0]:
        return False  # "автомобильного и железнодорожного мостов через реку": one sentence's list, told apart by a word
    if a.city and b.city and _REGION.sub("", a.city) != _REGION.sub("", b.city):
        # "парк в Джизакской области" and "парк в Навоийской области" are two; "в Фергане" and "в Ферганской области"
        # may be one
        return False
    if _makes_the_product(a, b) or _makes_the_product(b, a):
        return True
    if a.head != b.head and not _synonym_heads(a.head, b.head):
        # "the Ayagoz-Tacheng railway" and "a railway line from Ayagoz to Tacheng": one head is a word of the other
        # name, and the same proper names say which
        made = _PRODUCTION_OF.search(lexicon.norm(a.name)), _PRODUCTION_OF.search(lexicon.norm(b.name))
        if made[0] and made[1] and made[0].group(1) == made[1].group(1) and (a.city == b.city or not (a.city and b.city)):
            return True  # "завод по производству X" and "пусковой комплекс по производству X": one plant making one thing
        if _project_of_facility(a, b):
            return True
        (_, pa), (_, pb) = _name_words(a), _name_words(b)
        return bool(pa) and pa == pb and (_holds_phrase(a.name, b.head) or _holds_phrase(b.name, a.head))
    qa, qb = _QUOTE.search(a.name), _QUOTE.search(b.name)
    if qa and qb:
        return False
    if (qa or qb) and not (qa and qb) and _stems_in(qa or qb, b.name if qa else a.name):
        return True  # "дорога Бейнеу – Саксаульский" and "автомобильная дорога «Бейнеу – Саксаульский»": quoted or not
    ca, cb = _content(a.name, a.head), _content(b.name, b.head)
    ta, tb = _PLACE_TAIL.search(a.name), _PLACE_TAIL.search(b.name)
    if ta and tb and ta.group(0) == tb.group(0) and a.name != b.name:
        # "линии электропередачи / волоконно-оптической связи по маршруту X": the shared route says nothing of which
        ca, cb = _content(a.name[:ta.start()], a.head), _content(b.name[:tb.start()], b.head)
    if not ca or not cb:
        return False
    if a.sentence.index == b.sentence.index and ca - cb and cb - ca:
        return False  # "a full-cycle meat processing plant, a plant for the deep processing of poultry meat": one list, two
    da, db = set(re.findall(r"\d+", a.name)), set(re.findall(r"\d+", b.name))
    if da and db and da != db:
        return False  # "a 1 GW solar project" and "a 1.5 GW wind project": two sizes are two projects
    oa, ob = _ordinals(a.name), _ordinals(b.name)
    if oa and ob and oa != ob:
        return False  # "первый этап магистрали" and "второй этап магистрали": two stages counted apart
    (wa, pa), (wb, pb) = _name_words(a), _name_words(b)
    if pa - wb and pb - wa and not _spelt_alike(pa - wb, pb - wa):
        return False  # "the Yovon hydroelectric power plant" and "the Fondaryo hydroelectric power plant": two names
    if len(ca & cb) / min(len(ca), len(cb)) >= 0.6:
        return True
    if a.city and a.city == b.city and not (da or db):
        wa, wb = _which(ca), _which(cb)
        if wa <= wb or wb <= wa:
            return True  # "joint textile factory" and "Kyrgyz-Turkish textile factory" in Naryn: whose, not which
    if da != db:
        return False  # "ГЭС-1" and "ГЭС-2" differ only in their number
    sa, sb = _stems(a.name, a.head), _stems(b.name, b.head)
    return bool(sa and sb) and (sa <= sb or sb <= sa)


def _stems_in(quoted: re.Match, plain: str) -> bool:
    """Tell whether every word of a quoted name stands, unquoted, in another name (word stems, numbers exact)."""
    inner, outer = ({w[:5] for w in re.findall(r"[^\W\d_]+|\d+", lexicon.norm(text))} for text in (quoted.group(0), plain))
    return bool(inner) and inner <= outer


_SPACING = re.compile(r"[\s-]+")
# Stems of the works a title capitalises ("the Nurek Rehabilitation Project"): no proper words
_TITLE_WORKS = frozenset({"rehab", "moder", "recon", "const", "expan", "upgra", "renov", "proje"})
# A project named by its proper name and the works on it only ("the Nurek Rehabilitation Project")
_WORKS_PROJECT = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+)+(?:(?:[Rr]ehabilitation|[Mm]oderni[sz]ation|[Rr]econstruction|"
                            r"[Cc]onstruction|[Ee]xpansion|[Uu]pgrade|[Rr]enovation)\s+)+[Pp]roject")


def _project_of_facility(a: Project, b: Project) -> bool:
    """Tell whether a "project" and a facility are one, named by the same proper words.

    "the Sirdarya combined cycle gas turbine (CCGT) power plant" and "the Sirdarya CCGT project" share an
    abbreviation; "the Nurek hydroelectric power plant" and "the Nurek Rehabilitation Project" name the works on it;
    "the Nukus wind project" names no kind "the Nukus wind farm" lacks.
    """
    if not {a.head, b.head} & {"project", "проект"}:
        return False
    # the proper words of the names without their places ("… project in the Republic of Uzbekistan") or works
    bare_a, bare_b = _PLACE_AFTER.sub("", a.name), _PLACE_AFTER.sub("", b.name)
    (_, qa), (_, qb) = (_words_of_name(bare, p.sentence.part == "title", p.sentence.text)
                        for p, bare in ((a, bare_a), (b, bare_b)))
    return bool(qa - _TITLE_WORKS) and qa - _TITLE_WORKS == qb - _TITLE_WORKS and bool(
        set(_ACRONYM.findall(a.name)) & set(_ACRONYM.findall(b.name))
        or _WORKS_PROJECT.fullmatch(a.name.strip()) or _WORKS_PROJECT.fullmatch(b.name.strip())
        or _kind_within(a, bare_a, b) or _kind_within(b, bare_b, a))


def _kind_within(project: Project, bare: str, facility: Project) -> bool:
    """Tell whether a "project" (its name without its place: bare) names no kind the facility does not."""
    if project.head not in ("project", "проект"):
        return False
    words = {w for w in _content(bare, project.head) if not re.search(r"\d", w)}
    return bool(words) and words <= _content(facility.name, facility.head) | {w.lower() for w in _ACRONYM.findall(facility.name)}


def _spelt_alike(only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """Tell whether the proper words two names do not share differ by one letter each ("Mashhad–Mary", "Mashhad–Marv").

    A wire text spells a transliterated place two ways; a letter more or less in a word of four or more letters is
    the same place, while a number or a one-letter code ("Line C", "Line D") tells two apart.
    """
    return len(only_a) == len(only_b) and all(
        any(len(x) >= 4 and len(y) >= 4 and x.isalpha() and y.isalpha() and Levenshtein.distance(x, y) == 1
            for y in only_b) for x in only_a)


@functools.lru_cache(maxsize=4096)
def _ordinals(name: str) -> frozenset[int]:
    """Return the ordinal numbers a name counts with ("второй этап" -> {2}, "the first phase" -> {1})."""
    low = lexicon.norm(name)
    return frozenset(n for n, ordinal in enumerate(_lex()["ordinals"], 1) if ordinal.search(low))


def _makes_the_product(production: Project, plant: Project) -> bool:
    """Tell whether a production of a product ("запустили производство электромобилей") is the plant that makes it.

    A headline names the new line by its product, the body by the plant
    ("сборочный завод электромобилей"): one project, as long as the plant's
    name holds every word of the product.
    """
    if production.head not in ("производство", "production") or plant.head in ("производство", "production"):
        return False
    product = _stems(production.name, production.head) - {"произ", "produ", "of"}
    return bool(product) and product <= _stems(plant.name, plant.head)


def _which(words: set[str]) -> set[str]:
    """Keep the words that tell one facility from another: not whose it is ("joint", "Kyrgyz-Turkish") nor how big or new."""
    generic = _lex()["not_kinds_en"] | _lex()["generic_modifiers"] | {"совместный"}
    return {w for w in words if w not in generic and not all(find_countries(part) for part in w.split("-"))}


def _synonym_heads(a: str, b: str) -> bool:
    """Tell whether two heads name one kind of facility ("checkpoint"/"crossing", "завод"/"комбинат")."""
    return any(a.rstrip("s") in group and b.rstrip("s") in group for group in _lex()["head_synonyms"])


def _plural_head(name: str, head: str) -> bool:
    """Tell whether a name's head noun is plural only ("парков", "parks"); an indeclinable "ГЭС" is not."""
    if not _is_ru(name):
        return head.endswith("s") and not head.endswith(("ss", "us"))  # "campus" is singular
    if _starts_with_count(name) and not re.match(r"\s*(одн|1\s)", lexicon.norm(name)):
        return True  # "три электростанции": a count from two on takes the genitive singular of many
    for word in re.findall(r"[а-яА-ЯёЁ-]+", name):
        readings = [p for p in lexicon.parses(lexicon.norm(word))
                    if "NOUN" in p.tag and lexicon.norm(p.normal_form) == head]
        if readings:
            if not all("plur" in p.tag for p in readings) and any("plur" in p.tag for p in readings):
                # "торговые дома": an adjective before an ambiguous head ("дома") tells its number
                before = re.findall(r"[а-яА-ЯёЁ-]+", name[:name.find(word)])[-1:]
                adjectives = [p for b in before for p in lexicon.parses(lexicon.norm(b)) if "ADJF" in p.tag]
                return bool(adjectives) and all("plur" in p.tag for p in adjectives)
            return all("plur" in p.tag for p in readings)
    return False


def _per_place(name: str, place: str, head: str) -> list[tuple[str, str]]:
    """Split a plural head over coordinated places into one (name, place) per place.

    "индустриальных парков в Джизакской и Навоийской областях" are two parks,
    "solar plants in the Samarkand, Bukhara and Jizzakh regions" three;
    a singular head ("агрокластер в Андижанской и Ошской областях") is one
    project spanning both.
    """
    lex = _lex()
    whole = name
    if place and place not in name:
        name = f"{name} {place}"  # the name lost its places to city_or_region ("wind farms in Navoi and Bukhara")
    # "ТЭЦ в городах Кокшетау, Семее и Усть-Каменогорске": a plural place noun counts an unchanging head's places
    if _is_ru(name):
        m = re.search(r"\s+(в|во|на)\s+(городах\s+|районах\s+)?([А-ЯЁ][\w-]*(?:(?:,|\s+и)\s+[А-ЯЁ][\w-]*)+)"
                      r"(?:\s+(\w+))?$", name)
        nouns = lex["plural_places_ru"]
    else:
        m = re.search(r"\s+(in|at)\s+(?:the\s+)?(cities\s+of\s+|districts\s+of\s+)?([A-Z][\w-]*(?:(?:,|\s+and)\s+"
                      r"[A-Z][\w-]*)+)(?:\s+(\w+))?$", name)
        nouns = lex["plural_places_en"]
    if not m or not (_plural_head(name[:m.start()], head)
                     or m.group(2) and _undetermined(name[:m.start()].strip()).isupper()):
        return [(whole, place)]
    noun = m.group(4)
    if noun is not None and lexicon.norm(noun) not in nouns:
        return [(whole, place)]
    singular = " " + nouns[lexicon.norm(noun)] if noun else ""
    # "three plants in A, B and C": the count was of the whole; each place has its own plant
    kind = name[:m.start()].rstrip(" —–")  # "трех школ – в Бишкеке, …": the dash only led to the places
    if _starts_with_count(kind):
        kind = _undetermined(re.sub(r"^\S+\s+", "", _undetermined(kind.strip())))
    out = []
    # "в городах Кокшетау, Семей": each town keeps the kind its name stood after, in the singular
    town = {"городах": "городе ", "районах": "районе "}.get((m.group(2) or "").strip(), "")
    for each in re.split(r",\s*|\s+(?:и|and)\s+", m.group(3)):
        where = f"{m.group(1)} {town}{each}{singular}"
        if _place(where) == (None, None):
            return [(whole, place)]
        # "тепловых электростанций в городах A, B": one plant in each town named so, its kind in the singular
        each_kind = (_singular_ru(kind) if _is_ru(kind) else _singular_en(kind)) if m.group(2) else kind
        out.append((f"{each_kind} {where}", where))
    return out


def _opens(text: str, name: str) -> bool:
    """Tell whether a name opens its sentence or bullet, where its first capital says nothing."""
    # "«Our companies are …": an opening quote of direct speech comes before the sentence's first word
    return _BULLET.sub("", text).lstrip().lstrip('«"“„').lstrip().startswith(name)


def _plural_adjective(name: str) -> bool:
    """Tell whether a Russian name opens with a plural-only adjective ("совместные предприятия"): its head is plural."""
    words = re.findall(r"[а-яА-ЯёЁ-]+", name)
    readings = [p for p in lexicon.parses(lexicon.norm(words[0]))] if words else []
    return bool(readings) and "ADJF" in readings[0].tag and all("plur" in p.tag for p in readings if "ADJF" in p.tag)


def _generic_plural(name: str, head: str, placed: str | None, opens: bool = False) -> bool:
    """Tell whether a plural name only says what kind of facilities ("логистические центры", "new plants").

    A plural names particular projects only with something that tells them
    apart: a quoted or proper name, a number, a place.
    """
    if placed and placed != "border" or _QUOTE.search(name) or re.search(r"\d", name):
        return False  # "центров на границе", "филиалов в Узбекистане": a border or a whole country tells none apart
    if not _plural_head(name, head) and not (_is_ru(name) and _plural_adjective(name)):
        return False
    tail = re.search(r"\s(?:в|во|на|in|at|on)\s+(?:the\s+)?[^\s]+(?:\s+[^\s]+)?$", name)
    if tail and _place(tail.group(0).strip())[0] in (None, "border") and _place(tail.group(0).strip()) != (None, None):
        name = name[:tail.start()]  # "филиалы в Узбекистане": a country's capital letter names no branch
    partner = re.search(r"\s(?:with|с|со)\s+[^\s]+$", name)
    if partner and _place(partner.group(0).split(None, 1)[1])[1] and not _place(partner.group(0).split(None, 1)[1])[0]:
        name = name[:partner.start()]  # "joint ventures with Belarus": the partner country names none of them
    words = re.findall(r"[\w-]+", _undetermined(name.strip()))
    if re.search(r"(?<!\w)(по|для|of|for)\s+(the\s+)?(производств|выпуск|переработк|production|manufactur|processing)", lexicon.norm(name)):
        return False  # "заводы по производству пестицидов" say what they make
    return not any(w[0].isupper() for w in words[1 if opens else 0:])


# A proper name and the plural "projects" and nothing else: whose projects, not which
_OWNERS_PROJECTS = re.compile(r"(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}projects")
_INDEFINITE_COUNT = re.compile(r"(нескольк|ряд|множеств|several|many|multiple|some|numerous|various)\w*\s")


def _described_batch(name: str, head: str) -> bool:
    """Tell whether a counted phrase describes its batch ("пять школ с обучением на русском языке", "three
    Aframax-class tankers") rather than merely counting projects ("две ГЭС", "three hospitals")."""
    words = [w for w in re.findall(r"[\w-]+", lexicon.norm(_undetermined(name)))
             if w not in _FUNCTION_WORDS and w not in ("еще", "more", "another", "new", "новых")][1:]
    content = [w for w in words if lexicon.lemma(w) != head and w != head and w.rstrip("s") != head.rstrip("s")]
    if _INDEFINITE_COUNT.match(lexicon.norm(_undetermined(name.strip()))):
        # "нескольких крупных производств": a vague count with only a size says nothing of which ones
        content = [w for w in content if lexicon.lemma(w) not in _lex()["generic_modifiers"]]
    return len(content) >= 1


_NUMBER_WORDS = {"два": 2, "две": 2, "оба": 2, "обе": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
                 "восемь": 8, "девять": 9, "десять": 10, "two": 2, "both": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _batch_size(name: str) -> int | None:
    """Return how many projects a counted name counts ("трех школ" -> 3), or None for a vague count ("несколько")."""
    words = re.findall(r"[\w-]+", lexicon.norm(_undetermined(name.strip())))
    words = [w for w in words if w not in ("еще", "more", "another", "сразу")]
    if not words:
        return None
    if words[0].isdigit():
        return int(words[0])
    return _NUMBER_WORDS.get(words[0]) or _NUMBER_WORDS.get(lexicon.norm(lexicon.parse(words[0]).normal_form))


# A paper that prepares a facility, right before its name: what the sentence says was done is that paper's stage.
# "field work on the project to build the X railway", "the feasibility study for building the X line": the works may stand between.
_PREPARATORY = re.compile(r"(?<!\w)((pre-?)?feasibility stud(y|ies)|stud(y|ies)|design( and (survey|estimate))?( works?)?|"
                          r"(project|design|technical|tender) documentation|(engineering )?surveys?( works?)?|blueprints?|"
                          r"(field|survey|preparatory|exploration) works?|master ?plans?|road ?maps?)\s+(of|for|on)\s+"
                          r"((the\s+)?project\s+to\s+(build|construct)\s+|(building|constructing)\s+)?"
                          r"(the\s+|a\s+|an\s+)?(new\s+|future\s+|planned\s+)?$"
                          r"|(?<!\w)(разработк|подготовк|составлени)\w*\s+(тэо|технико-экономическ\w+\s+обосновани\w+)"
                          r"(\s+(проекта|строительства|по\s+маршруту))?\s+$", re.IGNORECASE)
# "Its …", "The plant's …": a possessive that takes up the facility named before.
_POSSESSIVE_IT = r"(its|the [\w-]+['’]s)"
# A line that opens on an event noun ("The inauguration of the construction of …", "Opening of the X station").
_EVENT_LINE = re.compile(r"^\W*(the )?(official |solemn )?(inauguration|launch|start|beginning|commencement|opening|"
                         r"commissioning) of (the )?")
# The agent of a passive, with the partners listed before ("implemented by Sinopharm and …").
_BY_AGENT = re.compile(r"(?<!\w)(?:implemented|built|constructed|carried out|financed|operated|developed|run|owned)\s+by\s+"
                       r"(?:[^,.;]{0,60}\s(?:and|,)\s+)?$")
# The partners of a venture or the parties of a deal, listed ("in partnership with the Fund and the national company X",
# "соглашение между министерством, фондом KIDF и компанией Masdar").
_PARTNER = re.compile(r"(?:(?<!\w)(?:in partnership|in cooperation|together|jointly|along)\s+with|(?<!\w)(?:между|совместно с|вместе с)"
                      r"|(?<!\w)в\s+(?:тесном\s+)?(?:сотрудничестве|партн[её]рстве|кооперации)(?:\s+с)?)"
                      r"\s+(?:[^.;]{0,80}(?:\s(?:and|и)|,)\s+)?(?:the\s+)?$", re.IGNORECASE)




def _names_the_doer(before: str, name: str, head: str, mode: str) -> bool:
    """Tell whether a name stands where its sentence says who does the work, not what is built.

    "The project will be implemented by Sinopharm and Makro Farm Andijon", "in partnership with the Fund and the
    national company KazMunayGas": a company, fund or bank there is a party, however much its name looks like a project.
    """
    return (mode == "verb" and name[:1].isupper() and _BY_AGENT.search(before) is not None
            or head in _lex()["agent_heads"] and _PARTNER.search(before) is not None)


# A sentence that names what the one before spoke of ("Речь идет о проекте «X»").
_SPEAKS_OF = re.compile(r"^\W*речь (также |в частности |прежде всего )?ид[её]т о ")
# A follow-up sentence's subject that can only be the one project just named.
_ONE_ANAPHOR = re.compile(rf"^\W*({_POSSESSIVE_IT} (\w+ )?(opening|launch|commissioning|inauguration|construction)|it|"
                          r"the (new )?(facility|enterprise|site|object)|"
                          # "Строительство началось в марте", "Construction began in March": the works on that project
                          r"(строительство|строительные работы|construction( works?)?) (уже |официально |already |officially )?"
                          r"(началось|начались|стартовало|стартовали|began|started|commenced|kicked off|got under ?way))(?!\w)")
# A sentence that opens by a pronoun for what was named before ("Among them is …", "They include …"), deals or projects.
_PRONOUN_BACK = re.compile(r"^\W*((in particular|also|in addition|besides),?\s+)?(among (them|these|those)|one of them|(they|these|those) "
                           rf"(also )?{_TAKE_UP})(?!\w)")
# The rest of a clause whose subject, a project to build something, is said launched.
_PROJECT_LAUNCHED = re.compile(r"[^;,]*?\s(was|were|has been|have been|had been)\s+(officially\s+)?(launched|started|kicked off|"
                               r"initiated|inaugurated)(?!\w)")
# Words saying that something closed is open or working again ("вновь открыт", "возобновлена работа", "reopened").
_REOPENED = re.compile(r"(?<!\w)(возобнов\w*|(вновь|снова|повторно) (открыт|открыл|заработал|запущен)\w*|"
                       r"после (\w+ ){0,2}(перерыва|закрытия|приостановки)|re-?open\w*|resum\w*|(open|opened|opens) again)(?!\w)")
# A builder named in an attribute ("Chinese-built", "Построенный Китаем"), not the recency of the building.
_BUILDER_ATTRIBUTE = re.compile(rf"(?<![\w-])(?!newly-|recently-){_BUILDER_EN}(?= [\w-]+)"
                                r"|(?<!недавно )(?<!только что )(?<!\w)(построенн|возведенн|сооруженн)\w+(?= [\w«])")
# How far a project has got: the dbt var lists the statuses most advanced first.
_RANK = {status: rank for rank, status in enumerate(reversed(PROJECT_STATUSES))}


def _upgrade(projects: list[Project], status: str | None) -> None:
    """Move projects on to a later stage a follow-up sentence states; a stage is never taken back."""
    if status is None:
        return
    for p in projects:
        if _RANK[status] > _RANK.get(p.status, 0):
            p.status = status


def _anaphora_status(low: str) -> str | None:
    """Return the stage a follow-up sentence ("Works on both sites began last year") states, or None for a plan."""
    lex = _lex()
    if lex["announce"].search(low):
        return None

    def stated(found: re.Match | None) -> bool:
        # "Works on both sites will begin next year": an auxiliary right before the stage word makes it a plan
        return bool(found) and not _FUTURE.search(low[:found.start()])

    if stated(lex["completion"].search(low)):
        return "completed"
    if any(status == "launched" and mode == "verb" and stated(regex.search(low))
           for _, status, mode, regex in lex["cue_index"].candidates(low)):
        return "launched"
    if stated(lex["progress"].search(low)):
        return "construction_started"
    return None


# A sentence about the other projects of a list ("Eight more are under construction", "Остальные будут построены").
_OTHERS = re.compile(r"^\s*([\w-]+\s+)?(more|other|others|the rest|ещ[её]|други\w*|остальн\w*)(?!\w)", re.IGNORECASE)


def _bullet_notes(following: list[Sentence], paragraph: int) -> list[str]:
    """Return the sentences that remark on a bullet: those right after it, up to the next bullet.

    A sentence that names projects of its own ("Three have been completed,
    including X and Y") or speaks of the others ("Eight more are under
    construction") says nothing of the bullet before it.
    """
    notes = []
    for s in following:
        if s.paragraph != paragraph or _BULLET.match(s.text) or _OTHERS.match(s.text) or _candidates(s, ""):
            break
        notes.append(s.text)
    return notes


def _past_headline(sentence: Sentence) -> str:
    """Return a sentence's lower-cased text, a headline's present of a signing put in the past it reports.

    Headlines tell a done deal in the present ("Uzbekistan and China sign 30 agreements"), unless to come
    ("to sign", "will sign").
    """
    if sentence.part != "title" or re.search(r"(?<!\w)(to|will|would|plan to|set to)\s+(sign|ink|seal)(?!\w)", sentence.low):
        return sentence.low
    return re.sub(r"(?<!\w)(sign|signs|ink|inks|seal|seals)(?!\w)", "signed", sentence.low)


def _only_country(phrase: str) -> bool:
    """Tell whether a phrase is one country's name and nothing else ("Туркменистан", "the Kyrgyz Republic").

    A side of it still names the country ("southern Tajikistan", "на юге Таджикистана" aside).
    """
    low = re.sub(r"^(?:(?:north|south|east|west|central)[\w-]*)\s+", "", lexicon.norm(_undetermined(phrase.strip())))
    found = find_countries(low)
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(low.rstrip(" ."))


def _as_read(sentence: Sentence) -> Sentence:
    """Return the sentence as its candidates are read: sizes in brackets left out, a dash glued to a word set apart.

    A bracket after each item ("the X HPP (200 MW), Y HPP (500 MW) and Z HPP") would end the
    enumeration at its first item; the size says how big a plant is, not which, and a country in
    brackets after a stop of a route says where the stop is. A dash glued to
    a lowercase word ("another key project—the X plant") is an apposition's dash, not a route's
    ("China—Kyrgyzstan—Uzbekistan" joins capitals), and must part the words as a spaced one does.
    """
    text = _lex()["bracketed_size"].sub("", sentence.text)
    text = re.sub(r"(?<=[a-zа-яё])—(?=\w)|(?<=\w)—(?=[a-zа-яё])", " — ", text)
    # "железной дороги Серхетабат (Туркменистан) – Тургунди (Афганистан)": the country of each stop is where it is
    text = re.sub(r"\s*\(([^()]{3,40})\)", lambda m: "" if _only_country(m.group(1)) else m.group(0), text)
    return sentence if text == sentence.text else Sentence(text, sentence.index, sentence.part, sentence.paragraph)


# What a facility replaces ("на месте бывших зданий", "on the site of the old market"): the site, not the deliverable.
_IN_PLACE_OF = re.compile(r"\s*(?:на месте|in place of|on the site of)\s", re.IGNORECASE)

# An adverb of time opening a piece of an enumeration starts a clause of its own ("позже компания планирует …").
_LATER_CLAUSE = re.compile(r"(позже|затем|потом|далее|впоследствии|later|then|afterwards|subsequently)\s", re.IGNORECASE)

def find_projects(sentences: list[Sentence], published: dt.date | None = None) -> list[Project]:
    """Find projects in all sentences, one row per distinct project.

    A later sentence may move a project just named on to a later stage: by
    "both sites"/"обоих объектах", or by its bare head ("Соглашение о
    строительстве завода подписано").
    """
    found: dict[tuple, Project] = {}
    lex = _lex()
    batches: list[Project] = []  # counted projects ("пять школ"), kept only if not named one by one
    recounted: list[Project] = []  # counted projects nothing makes particular: they may only move a batch on
    pending: str | None = None  # status of a bulleted list announced by "…следующие проекты:"
    bullet_paragraph = -1
    intro_paragraph = -1
    recent: list[tuple] = []  # keys of the projects the previous sentence named
    told: list[tuple] = []  # keys of the projects the last sentence to name any named
    for n, written in enumerate(sentences):
        sentence = _as_read(written)
        respective = _respective_places(sentence)
        listed = 0
        previous = sentences[n - 1].low if n else ""
        back = _DEAL_BACK.match(sentence.low) or _PRONOUN_BACK.match(sentence.low) and not (
            lex["projects_word"].search(previous) or _cue_hits(previous))  # "Among them" may take up projects instead
        if back and not (lex["agreement_words"].search(previous) and _SIGNING.search(previous)):
            # "Uzbekistan and Korea signed 20 agreements. Speaking at the ceremony, … The package includes X": the
            # deals taken up are the ones the article last said were signed, a sentence or more before (the title too)
            previous = next((low for low in (_past_headline(s) for s in reversed(sentences[:n]))
                             if lex["agreement_words"].search(low) and _SIGNING.search(low)), previous)
        candidates = _candidates(sentence, previous, published)
        # "…launched a number of projects. In Bukhara, a textile factory. In Samarkand, a hotel.": a verbless
        # sentence of the same paragraph led by a place goes on with the enumeration, as a bullet would
        lead = _PLACE_LEAD.match(sentence.text) if pending is not None and sentence.paragraph == intro_paragraph else None
        if lead and _cue_hits(sentence.low):
            lead = None  # a sentence with its own verb is no item of the enumeration
        if pending is not None and (_BULLET.match(sentence.text) and not _SPEECH_TAG.search(sentence.text) or lead):
            # the bullet's own remark and the sentences of its paragraph may state its status
            notes = " ".join(_bullet_notes(sentences[n + 1:n + 4], sentence.paragraph))
            if candidates:
                # "• компания X планирует построить завод …": the bullet's own verb names its projects;
                # the list's introduction ("подписаны соглашения по проектам:") may put them further on
                candidates = [(it, _constructed(it, sentence.text, max(status, pending, key=lambda s: _RANK[s])), mode, place)
                              for it, status, mode, place in candidates]
            else:
                candidates += [(it, _own_status(remark + " " + notes) or _started_work(it, pending), "list",
                                lead.group(0) if lead else "")
                               for it, remark in _list_items(sentence.text[lead.end():] if lead else sentence.text)
                               if _names_project(it)]
            bullet_paragraph = sentence.paragraph
        elif sentence.paragraph != bullet_paragraph:
            # a bullet of its own ("- Accelerate the construction of X and host enterprises") is an item, not the
            # introduction of the bullets after it
            pending = None if _BULLET.match(sentence.text) else _list_intro(sentence, previous)
            intro_paragraph = sentence.paragraph
        candidates += _gapped(sentence.text, candidates)
        candidates += _unclaimed(_named_mentions(sentence), candidates, sentence.text)
        candidates += _unproduced(_production_mentions(sentence), candidates)
        named: list[tuple] = []
        topical: set[tuple] = set()  # projects this sentence only spoke of ("attention was paid to X")
        nominal: set[tuple] = set()  # projects this sentence named by a work noun alone ("a project for the construction of X")
        for k, (item, status, mode, lead_place) in enumerate(candidates):
            if _LATER_CLAUSE.match(item.strip()):
                continue  # "…, позже компания планирует открыть завод": a new clause about what comes next, no item
            name0, place0 = _clean_name(item)
            head0 = _head(name0, allow_count=True)
            place0 = place0 or _inherited_place(candidates, k, sentence.text, name0, head0, lead_place)
            spread = _per_place(name0, place0, head0) if head0 else [(name0, place0)]
            for name, place in spread:
                head = _head(name, allow_count=True)
                if not head or len(name) < 4 and not name.isupper():
                    continue  # a bare abbreviation ("ТЭЦ", "HPP") still names the plant
                if lexicon.norm(_undetermined(name.strip())) in ("производство", "производства", "production", "productions"):
                    continue  # "в моногородах строят производства": a production of nothing named is no project
                if _SUBORDINATE.match(name):
                    continue  # "… in 2028, when plant's dam will reach …": a clause's subject, not a named object
                if _title_case_only(name, head, sentence, sentences):
                    continue  # "… Inaugurate Key Power And Hydrogen Ventures": the headline capitalised every word
                city, country = _place(place) if place else (None, None)
                if respective and _QUOTE.search(name) and listed < len(respective):
                    city, country = _place(respective[listed])
                    listed += 1
                if city is None and country is None and mode == "passive" and name in sentence.text:
                    after = _mask_quotes(sentence.text[sentence.text.find(name) + len(name):])
                    # "… was handed over in Osh"; "… is underway in Kashkadarya, along with X in Tashkent": the clause's own
                    city, country = _locative_place(re.split(r"[,;]|\s(?:along with|as well as|together with|наряду с)\s", after)[0])
                    if city is None:
                        # "The enterprise was built by China's X": the builder's country is not where it stands
                        # nor is the country whose money built it ("built with Chinese funding")
                        city, country = _place(re.split(r"\s(?:by|with|using|through)\s", after[:60])[0])
                if city is None and mode == "context" and name in sentence.text:
                    # "Открытие школы … состоялось в Оше": an opening takes place where the facility stands
                    after = _mask_quotes(sentence.text[sentence.text.find(name) + len(name):])
                    held = _HELD_AT.search(after)
                    begun = None if held else _BEGUN_AT.match(after)
                    there = _place(held.group(1)) if held else \
                        _locative_place(re.split(r"[,;]", begun.group(1))[0]) if begun else (None, None)
                    if there[0] or country is None:
                        city, country = there
                if city is None and country is None:
                    # "В Бекабаде … введен в эксплуатацию завод": the place stands before the cue
                    # a facility launched during a visit to a town is mostly there; one only agreed on is not
                    spoken = status in ("announced", "agreement_signed", "unknown")
                    city, country = _respective_lead(candidates, k, lead_place) \
                        or _locative_place(_MEETING_PLACE.sub("", lead_place) if spoken else lead_place)
                head_known = any(p.head.rstrip("s") == head.rstrip("s") for p in found.values())
                # (so is an item of a list of projects: "Среди них – строительство гостиницы и жилых комплексов")
                introduced = (mode in ("verb", "list") and _is_ru(name) and sentence.part == "body" and not head_known
                              and _coordinated_with_named(candidates, item)
                              and not (mode == "list" and head in lex["agent_heads"]))
                told_again = None if city or introduced or _ONE_MORE.search(item) else _told_again(name, item, [found[k] for k in recent if k in found])
                if city is None and (told_again or _head_alone(name, head, item, known=head_known)) and not introduced:
                    # a bare "завода" or "the line" refers back to a project just named: its stage may move on;
                    # one built beside a named project ("построят дорогу … и электростанцию") is new
                    # so may "Construction of the plant began": works said to be under way or done
                    same_head = [told_again] if told_again else \
                        [found[k] for k in recent if k in found and found[k].head.rstrip("s") == head.rstrip("s")]
                    visited = None
                    if not head_known and status in ("construction_started", "launched", "completed") \
                            and mode in ("verb", "passive", "context"):
                        # "visited the Khankendi garment factory … attended the opening of the factory"
                        visited = _earlier_named(sentences[max(0, n - 3):n], head)
                    if visited is None:
                        if mode in ("verb", "passive", "signed") or told_again \
                                or mode == "context" and status in ("construction_started", "launched", "completed"):
                            _upgrade(same_head[-1:], status)
                        continue
                    name = visited
                quoted = _QUOTE.search(name)
                start = _span_in(name, sentence.text)[0]
                if start < 0 and quoted:
                    start = sentence.text.find(quoted.group(0))
                if start > 0 and status in ("completed", "launched", "construction_started", "agreement_signed") \
                        and _PREPARATORY.search(sentence.text[:start]):
                    # "A feasibility study of the X line has been completed", "подписали соглашение о разработке ТЭО
                    # по маршруту X": the study is done or agreed, not the line
                    status = "announced"
                # "филиалы банка «X» в Оше и Бишкеке": one quoted name over places is still one project per place
                key = _key(name, head) + ((lexicon.norm(place),) if len(spread) > 1 else ())
                project = Project(name, status, city, country, written, key, head=head,
                                  start=max(start, 0), end=(start + len(name)) if start >= 0 else 0,
                                  at_meeting=not lex["background"].search(sentence.low),
                                  confidence=_confidence(name, mode, status))
                if head and _synonym_heads(head, "checkpoint") and _REOPENED.search(sentence.low):
                    continue  # "вновь открыт пункт пропуска «Кайрагач»": a crossing reopened is the border regime, not a facility
                if start > 0 and _names_the_doer(sentence.text[:start], name, head, mode):
                    continue
                if start > 0 and _WITH_PARTNER_BEFORE.search(sentence.text, max(0, start - 80), start):
                    continue  # "a container hub, being developed jointly with China's Lianyungang company": the partner
                if start > 0 and _lex()["bodies_for_works"].search(sentence.text[:start]):
                    continue  # "глава Дирекции по строительству атомной электростанции": an office named after the works
                if _STATISTIC.match(name):
                    continue  # "открыто более 200 новых предприятий": a tally of a year, no particular project
                if re.match(r"(?:в|во|на|in|at)\s", name, re.IGNORECASE):
                    continue  # "проект в СЭЗ «Сырдарья»": a place phrase left over names where, not what
                if _OWNERS_PROJECTS.fullmatch(name.strip()):
                    continue  # "the commencement of ACWA Power projects": a firm's projects in general, none in particular
                if _DISTRIBUTIVE.search(name) or _chain(name, head) and not _QUOTE.search(name) and not city \
                        or head in lex["placeless_kinds"] and not (city or country) \
                        and not _QUOTE.search(name) and not any(w[0].isupper() for w in re.findall(r"[\w-]+", name)[1:]):
                    continue  # "комплекс в каждом районе", "спортивная инфраструктура": a kind everywhere, none in particular
                # a settlement the gazetteer does not know ("plants in the city of Mary") still tells them apart
                placed = city or (place if place and _SETTLEMENT.match(" " + place) else None)
                if not _starts_with_count(name) and _generic_plural(name, head, placed, _opens(sentence.text, name)):
                    continue  # "создать совместные предприятия, логистические центры": kinds of projects, none in particular
                if _lex()["length_of"].match(lexicon.norm(_undetermined(name))) and _plural_head(name, head) \
                        and not _QUOTE.search(name):
                    continue  # "построено 370 км газопроводов", "160 km of roads": a length of a kind, no particular one
                if _starts_with_count(name) and _TALLY.match(name) and not (place or city or country or _QUOTE.search(name)):
                    continue  # "в прошлом году запущено 120 новых фабрик": a count that large with no place is a statistic
                if _starts_with_count(name) and (_batch_size(name) or 10) >= 10 and head in _lex()["agent_heads"]:
                    # "Many Korean companies are investing in Kazakhstan", "726 joint ventures have been launched in the
                    # fields of energy…": firms at work, or a tally of them, no project
                    continue
                if _starts_with_count(name):
                    if _described_batch(name, head) or head not in ("project", "projects", "проект") \
                            and (place or _locative_place(lead_place)[0] is not None):
                        batches.append(project)  # "три школы в Ташкентской области": a place makes the batch particular
                    else:
                        recounted.append(project)
                    continue
                held_key = next((k for k, p in found.items() if _same(p, project)), None)
                held = found.get(held_key) if held_key else None
                if held is None:
                    found[project.key] = project
                    named.append(project.key)
                    if mode == "topic":
                        topical.add(project.key)
                    elif mode == "context":
                        nominal.add(project.key)
                elif held.sentence.part != "body" and sentence.part == "body" or not _proper_word(held) \
                        and _proper_word(project) and (_names_the_one(project) or _qualifies(project.name, held.name)):
                    # the body words it in full (the title and lead abbreviate), or a later sentence opens on the
                    # name of a facility introduced by its kind ("a new cement plant … The Jizzakh cement plant will")
                    # or names the bare kind told before ("строительство железной дороги … строительству
                    # Трансафганской железной дороги")
                    if held.sentence.part == "body":
                        _absorb(project, held)
                    elif held.status not in ("announced", "unknown") and project.status in ("announced", "unknown") \
                            and not _lex()["study_words"].search(held.sentence.low):
                        # "Kazakhstan, China sign agreement for copper smelter construction", "X wind farm started
                        # operation on Tuesday": the headline's news is the stage, the body's recap of how it began is
                        # not; one "on UAP railway feasibility study" concludes the study, not the railway
                        project.status = held.status
                    if held.sentence.part != "body":
                        # the headline may be the only one to say where it is ("В Туркестанской области стартовало…")
                        _take_place(project, held)
                    del found[held_key]
                    found[project.key] = project
                    named.append(project.key)
                else:
                    if held.sentence is sentence and held.status == "completed" and status == "launched" \
                            and _BUILDER_ATTRIBUTE.search(sentence.low):
                        # "The Chinese-built park has been operating since 2020", "Построенный Китаем завод начал
                        # работу": who built it is an attribute, the verb tells the stage ("the newly built hospital
                        # received its first patients" stays completed)
                        held.status = status
                    elif held_key in topical and mode not in ("topic", "named"):
                        # "Attention was paid to the X Fund, which began operations in May": the clause says its stage
                        held.status = status
                        topical.discard(held_key)
                    elif held_key in nominal and mode in ("verb", "passive"):
                        # "A project for the construction of X is being implemented": the verb states the stage
                        held.status = status
                        nominal.discard(held_key)
                    elif held.sentence.index < sentence.index and mode != "named":
                        _upgrade([held], status)  # "обсудили ГЭС …", later "ГЭС введена в эксплуатацию": the stage moves on
                    named.append(held_key)
        if not named and recent and lex["status_anaphora"].search(sentence.low):
            # "Работы на обоих объектах начались…": the projects just named are under way
            _upgrade([found[k] for k in recent if k in found], _anaphora_status(sentence.low))
        elif not named and len([k for k in recent if k in found]) == 1 and _ONE_ANAPHOR.match(sentence.low):
            # "A new cement plant … in Jizzakh. The enterprise was commissioned on Friday", "It was opened on Friday":
            # a pronoun or a generic noun takes up the one project just named
            stage = _anaphora_status(sentence.low)
            if stage is None and re.match(rf"\W*{_POSSESSIVE_IT} (\w+ )?(opening|launch|commissioning|inauguration)(?!\w)", sentence.low) \
                    and lex["witnessed"].search(sentence.low) and not _TO_COME.search(sentence.low):
                stage = "launched"  # "Its opening took place on Friday"
            _upgrade([found[k] for k in recent if k in found], stage)
        elif not named and recent and lex["agreement_anaphora"].search(sentence.low) and lex["signed"].search(sentence.low) \
                and not _TO_COME.search(sentence.low):
            # "…agreed to build a logistics centre. The corresponding agreement was signed": the deal is concluded
            _upgrade([found[k] for k in recent if k in found], "agreement_signed")
        if _SPEAKS_OF.match(sentence.low) and len(named) == 1 and len([k for k in told if k in found]) == 1:
            # "…строительство крупной гидроэлектростанции. Об этом сообщила … Речь идет о проекте «Камбар-Ата-1»": the
            # name of the one project told last, which keeps what that sentence said of it
            before, project = found[next(k for k in told if k in found)], found[named[0]]
            if before is not project and not _QUOTE.search(before.name) and _QUOTE.search(project.name):
                _absorb(project, before)
                if project.status == "unknown":
                    project.status = before.status
                del found[before.key]
        recent = named
        told = named or told
    single = list(found.values())
    kept: list[Project] = []
    for batch in batches:
        # a batch split over places ("двух СЭС в Навоийской и Бухарской областях") keeps one per place
        alike = [p for p in single if p.head.rstrip("s") == batch.head.rstrip("s") or _synonym_heads(p.head, batch.head)
                 or {p.head.rstrip("s"), batch.head.rstrip("s")} <= _lex()["making_heads"] or _same(p, batch)]
        size = _batch_size(batch.name)
        if size is not None and len(alike) < size and not any(_same(p, batch) for p in alike):
            alike = []  # "начато строительство трех школ …", one of them named later: the rest stay unnamed
        for p in alike if size is not None and len(alike) == size else ():
            _take_place(p, batch)  # "четыре завода в Туркестанской области. В их числе …": each is where the batch is
        if size is not None and _listed_by_count(size, single):
            continue  # "6 крупных предприятий" in the headline, "строят шесть предприятий: X, … и Y" in the body
        twin = next((p for p in kept if _same(p, batch)), None)
        if not alike and twin is None:
            kept.append(batch)
            found.setdefault(batch.key, batch)
        elif not alike:
            _absorb(twin, batch)  # the same batch told again, perhaps at a later stage
    for count in recounted:
        # "plans to build three HPPs in Uzbekistan" … "signed a memorandum on the construction of three HPPs": the same
        # three, a later stage
        size = _batch_size(count.name)
        batch = next((b for b in kept if size is not None and _same_kind(b.head, count.head)
                      and _batch_size(b.name) == size), None)
        if batch is not None:
            _absorb(batch, count)
    out = _merge_spellings(_merge_rementions(sorted(found.values(), key=lambda p: (p.sentence.index, p.start))))
    out = [p for p in out if not _umbrella_plural(p, out)]
    # "the launch of this modern enterprise": a demonstrative points back at a project the article has named
    # so does a bare "объект"/"facility", which names no kind ("Предположительно, объект появится в Жамбылской области")
    # "This project opens up great export opportunities" with none named: it points at something no cue made a project
    # ("this 180-meter bridge": its size told again says no more which than "the" does)
    out = [p for p in out if not ((_DEMONSTRATIVE.match(p.name) or _BARE_OBJECT.fullmatch(p.name.strip())) and len(out) > 1
                                  or _DEMONSTRATIVE.match(p.name) and _head_alone(
                                      _DEMONSTRATIVE.sub("", p.name, 1), p.head, _DEMONSTRATIVE.sub("the ", p.name, 1)))]
    for p in out:
        # a bracket left out of a name ("Российско-Таджикского (Славянского) университета") leaves its blanks
        p.as_written, p.name = p.name, nominative(re.sub(r"\s{2,}", " ", p.name))
    return out


def _listed_by_count(size: int, projects: list[Project]) -> bool:
    """Tell whether one sentence counts that many projects and then lists them ("строят шесть предприятий: X, Y, …").

    A batch of the same count said elsewhere (a headline's "6 крупных предприятий") is that list, not more projects.
    """
    by_sentence: dict[int, list[Project]] = {}
    for p in projects:
        by_sentence.setdefault(id(p.sentence), []).append(p)
    for group in by_sentence.values():
        if len(group) < size:
            continue
        intro = group[0].sentence.text[:min(p.start for p in group)]
        if ":" not in intro:
            continue
        for word in re.findall(r"[\w-]+", lexicon.norm(intro)):
            if word.isdigit() and int(word) == size or _batch_size(word) == size:
                return True
    return False


def _umbrella_plural(plural: Project, projects: list[Project]) -> bool:
    """Tell whether an uncounted plural of a kind stands for facilities the article names one by one, where they stand.

    "new medical centers to be built in Ashgabat, Tejen and Dashoguz", then "a 500-bed hospital in Ashgabat": the
    plural tells the named ones together, as a counted batch does. Plants of a kind placed nowhere the named ones
    stand are others ("заводы по производству удобрений" beside a feed mill).
    """
    tail = _PLACE_AFTER.search(plural.name)
    core = plural.name[:tail.start()] if tail else plural.name  # the places it lists are no name of its own
    if _starts_with_count(plural.name) or re.search(r"[A-ZА-ЯЁ\d«\"]", core[1:]) or not _plural_head(plural.name, plural.head):
        return False
    places = {plural.city} | {c.key for c in find_cities(lexicon.norm(tail.group(0)))} if tail else {plural.city}
    places.discard(None)
    if not places:
        # "hydropower plants in the Zarafshon basin … the Yovon plant … the Fondaryo plant": placed nowhere the
        # gazetteer knows, a plural beside two or more facilities of its kind named by themselves is those
        return sum(1 for p in projects if p is not plural and _same_kind(p.head, plural.head)
                   and not _plural_head(p.name, p.head) and _named_by_itself(p)) >= 2
    generic = {plural.head, plural.head.rstrip("s"), re.sub(r"ies$", "y", plural.head)} & _lex()["any_facility"]
    return any(p is not plural and p.city in places and not _plural_head(p.name, p.head)
               and (generic or _same_kind(p.head, plural.head)) for p in projects)


def _absorb(kept: Project, plain: Project) -> None:
    """Give the mention that stays what a plainer mention of the same facility told: a later stage and its place.

    The full name wins, but the plain mention's sentence may say more (where it is, how far it has got).
    """
    _upgrade([kept], plain.status)
    _take_place(kept, plain)


def _take_place(kept: Project, other: Project) -> None:
    """Give the mention that stays the place another mention of the same facility told, where it told none."""
    kept.city, kept.country_code = kept.city or other.city, kept.country_code or other.country_code


_REGION = re.compile(r"\s+region$")


def _same_kind(a: str, b: str) -> bool:
    """Tell whether two heads name one kind of facility, a Russian compound counting as its last part ("автозавод")."""
    a, b = a.rstrip("s"), b.rstrip("s")
    return a == b or _synonym_heads(a, b) or any(x.endswith(y) and len(x) > len(y) + 2 and y in _lex()["compound_ru"]
                                               for x, y in ((a, b), (b, a)))


_EN_TITLE_SMALL = {"a", "an", "the", "to", "in", "of", "and", "or", "for", "on", "at", "by", "with", "as", "from", "into"}


def _title_case_only(name: str, head: str, sentence: Sentence, sentences: list[Sentence]) -> bool:
    """Tell whether a headline name stands only on capitals its Title Case gave every word, none the body repeats.

    "Uzbekistan, Saudi Arabia Inaugurate Key Power And Hydrogen Ventures" names no "Key Power Venture": a proper
    name in such a headline is written with capitals in the body too ("the Yavan HPP"); a code or a quoted name
    keeps its own marks, and a headline with no body to compare with keeps its capitals.
    """
    if _is_ru(name) or not _title_cased(sentence, every_word=True) or _QUOTE.search(name) or re.search(r"\d", name):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper() and not w.isupper()
             and _en_base(lexicon.norm(w)) != head and lexicon.norm(w) not in _EN_TITLE_SMALL and not find_countries(lexicon.norm(w))]
    if not words:
        return False
    body = {w for s in sentences if s.part != "title" for w in re.findall(r"[A-Za-z][\w'-]*", s.text)}
    return bool(body) and not all(w in body for w in words)


def _title_cased(sentence: Sentence, every_word: bool = False) -> bool:
    """Tell whether a headline capitalises its words: every one, or all but the short ones ("Company to Build a Plant").

    A capital in such a headline says nothing of a proper name.
    """
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", sentence.text)
             if every_word or w.lower() not in _EN_TITLE_SMALL] if sentence.part == "title" else []
    return len(words) > 3 and sum(w[0].isupper() for w in words) > 0.8 * len(words)


def _sizes_differ(a: str, b: str) -> bool:
    """Tell whether two names give different sizes in one unit ("500 MW" and "1.5 GW" count as one unit: power)."""
    def by_unit(name: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for m in _lex()["sizes"].finditer(name):
            number = re.match(r"\d[\d.,]*", m.group(0)).group(0)
            unit = lexicon.norm(m.group(0)[len(number):].strip(" -"))
            unit = "power" if re.match(r"[mgk]w|[мгк]вт|(mega|giga|kilo)watt|(мега|гига|кило)ватт", unit) else unit
            out.setdefault(unit, set()).add(number)
        return out
    sa, sb = by_unit(a), by_unit(b)
    return any(sa[u] != sb[u] for u in sa.keys() & sb.keys())


def _merge_rementions(projects: list[Project]) -> list[Project]:
    """Drop a mention that only re-describes the one other project with its head (or a synonym of it) in another sentence.

    A title ("Казахстан запустит крупный промышленный центр") or a later
    sentence ("под строительство крупного комплекса в … районе") names a
    facility the body names in full; with no proper name, no number and no
    modifier the full mention lacks (besides size and novelty words), it is
    that facility. Two unnamed plants of one sentence stay two.
    """
    out = list(projects)
    sizes = _lex()["sizes"]
    for p in projects:
        if _quoted_or_numbered(p.name) or _plural_head(p.name, p.head):
            continue
        # "первый солнечный объект", "the new facility": a word for any facility takes up the one other project
        others = [q for q in out if q is not p and (_same_kind(q.head, p.head) or p.head in _lex()["any_facility"])]
        if _ONE_MORE.search(p.sentence.text[max(0, p.start - 30):p.end]) and others and all(
                q.sentence.part == "body" and q.sentence.index < p.sentence.index for q in others):
            continue  # "… завод по производству карбамида. … ещё одного завода": one more of the kind, not the one told
        if len(others) > 1 and not _named_by_itself(p):
            # "Kambarata HPP-1 … the HPP … the hydroelectric power plant": mentions by kind alone make no second one
            named = [q for q in others if _named_by_itself(q)]
            others = named if len(named) == 1 else others
        if len(others) != 1:
            continue
        q = others[0]
        # "в Фергане" in a title and "в Ферганской области" in the body are one place for this purpose
        if q.sentence.index == p.sentence.index or (p.city and q.city and _REGION.sub("", p.city) != _REGION.sub("", q.city)):
            continue
        if _sizes_differ(p.name, q.name):
            continue  # "a 500 MW wind farm" is not the 1.5 GW one (a plant of 670 hectares may be the 250 MW one)
        later = q.sentence.part == "body" and q.sentence.index > p.sentence.index
        core = re.sub(r"\s+(?:в|во|на|in|at|near)\s+.*$", "", sizes.sub("", p.name).strip())
        # "договорились о совместном строительстве ГЭС … проекта «Строительство Камбаратинской ГЭС-1»": the head
        # alone, with no word of its own, says nothing a fuller mention elsewhere does not
        # (one introduced as new, "launched construction of a new railway", is a facility of its own)
        bare = not _content(core, p.head) - _lex()["generic_modifiers"] and not _INTRODUCED_NEW.search(
            p.sentence.text[max(0, p.start - 30):p.end])
        if p.sentence.part == "body" and (q.sentence.part != "body" or later and not _names_the_one(q)) and not bare:
            # a body mention stands for itself unless a fuller one came before it, or a later sentence opens on its
            # name ("launched construction of a new railway. … The 523-km X railway is expected to cost …")
            continue
        if any(w[0].isupper() for w in re.findall(r"[\w-]+", core)[1:]) and not _title_cased(p.sentence):
            continue  # a proper name of its own (a headline that capitalises every word says nothing of names)
        headline = p.sentence.part == "title" and q.sentence.part == "body" and not _is_ru(p.name)
        # an English headline words the one facility of its kind in the body its own way ("new thermal power plant"
        # over "a gas-fired combined cycle power plant")
        # "первый солнечный объект": the ranking of a facility named by the word for any facility tells no other one
        ignored = _lex()["generic_modifiers"] | (_lex()["ranking_ru"] | {"first"} if p.head in _lex()["any_facility"] else set())
        # an abbreviated head stands for its words ("Kambarata HPP-1" and "the hydroelectric power plant")
        spelled = {w for h in (q.head, *_CAPITALS.findall(q.name))
                   for w in _lex()["abbreviation_words"].get(h.lower(), ())}
        extra = _content(core, p.head) - _content(q.name, q.head) - ignored - spelled
        if q.head != p.head and q.head.endswith(p.head) and len(q.head) > len(p.head) + 2:
            # "ветряная электростанция" again after "ветроэлектростанция": the adjective is the compound's first part
            stem = q.head[:len(q.head) - len(p.head)][:4]
            extra = {w for w in extra if not w.startswith(stem)}
        if headline or not extra:
            if q.sentence.index < p.sentence.index or later and p.sentence.part == "body":
                _absorb(q, p)  # a later sentence may move the project on; a title never does
            out.remove(p)
    # "открыть следующий объект" with no other project to take up: the word for any facility alone names none
    return [p for p in out if not (p.head in _lex()["any_facility"] and not _QUOTE.search(p.name) and not p.city
                                   and not _content(p.name, p.head) - _lex()["generic_modifiers"])]


def _named_by_itself(project: Project) -> bool:
    """Tell whether a mention says which facility it is: a quoted name, a number or a capitalised proper word."""
    return _quoted_or_numbered(project.name) or bool(_name_words(project)[1])


def _quoted_or_numbered(name: str) -> bool:
    """Tell whether a name is quoted or carries a number other than a size.

    A size only measures the facility ("The 1,860 MW plant is to be built …"); another number names one.
    """
    return bool(_QUOTE.search(name) or re.search(r"\d", _lex()["sizes"].sub("", name)))


# "a new railway", "новую школу": a facility introduced as new
_INTRODUCED_NEW = re.compile(r"(?<!\w)(new|newly|нов\w*)\s", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:в|во|на|in|at|near)\s+[^«\"]*$")
_SPELLING_NOISE = {"project", "projects", "проект", "joint", "совместный", "the", "a", "an"}


def _same_quoted_name(p: Project, q: Project) -> bool:
    """Tell whether two mentions carry one quoted name ("КПП «Ак-Жол»" and "контрольно-пропускной пункт «Ак-Жол»")."""
    a, b = _QUOTE.search(p.name), _QUOTE.search(q.name)
    return bool(a and b) and lexicon.norm(a.group(0)).strip('«»"“”„ ') == lexicon.norm(b.group(0)).strip('«»"“”„ ')


def _spelling_key(p: Project) -> frozenset[str]:
    """Return what tells a facility from others of its kind, spelt loosely: word stems and numbers, without place or size.

    "Камбаратинская ГЭС-1" and "ГЭС «Камбарата-1»", or "1GW wind farm" and "1GW wind farm project in Kazakhstan",
    give one key: the adjective and the name share a stem, the number is the same.
    """
    core = _PLACE_AFTER.sub("", p.name)
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", core)]
    lex = _lex()
    heads = {w for w in words if w == p.head or _synonym_heads(w, p.head) or lex["unit_word"].fullmatch(w)
             or _en_base(w) in lex["heads_en"] or lexicon.lemma(w) in lex["heads_ru"]}
    stems = {w[:5] for w in words if w not in heads and w not in _FUNCTION_WORDS and w not in _SPELLING_NOISE
             and lexicon.lemma(w) not in lex["generic_modifiers"]}
    return frozenset(stems | set(re.findall(r"\d+", core))) if stems else frozenset()


_ACRONYM = re.compile(r"(?<![\w-])[A-ZА-ЯЁ]{3,}(?![\w-])")
# A word of two capitals or more: an abbreviated head or name ("HPP", "ГЭС", "PV")
_CAPITALS = re.compile(r"(?<![\w-])[A-ZА-ЯЁ]{2,}(?![\w-])")
_HYPHENATED_NAMES = re.compile(r"[A-ZА-ЯЁ][\w']*(?:\s?[-–—]\s?[A-ZА-ЯЁ][\w']*)+")


def _abbreviates(a: str, b: str) -> bool:
    """Tell whether one name is the other's initials ("TAPI project", "Turkmenistan-Afghanistan-Pakistan-India pipeline")."""
    def initials(name: str) -> set[str]:
        return {"".join(w[0] for w in re.split(r"\s?[-–—]\s?", m.group(0))).upper()
                for m in _HYPHENATED_NAMES.finditer(name)}
    return bool({m.group(0) for m in _ACRONYM.finditer(a)} & initials(b)
                or {m.group(0) for m in _ACRONYM.finditer(b)} & initials(a))


# A code name of letters and a number ("CASA-1000"); an abbreviated head with a unit number ("HPP-1") is no code.
_CODE_NAME = re.compile(r"(?<![\w-])([A-ZА-ЯЁ]{2,})-(\d+)(?![\w-])")


def _same_code(p: Project, q: Project) -> bool:
    """Tell whether two mentions share a code name ("the CASA-1000 project", "the CASA-1000 power line").

    Two parts of one kind ("the Afghan section of CASA-1000", "a key section of CASA-1000") stay two.
    """
    def codes(name: str) -> set[str]:
        return {m.group(0) for m in _CODE_NAME.finditer(name) if not _head(m.group(1))}
    return bool(codes(p.name) & codes(q.name)) and not (p.head == q.head and p.head in _lex()["parts"])


def _bracketed_alias(p: Project, q: Project) -> bool:
    """Tell whether a mention names another by the abbreviation that one gave in brackets, with only its place.

    "a combined heat and power (CHP) plant in Kokshetau" and "the Kokshetau CHP plant" are one plant.
    """
    m = re.search(r"\(([A-ZА-ЯЁ]{2,6})\)", p.name)
    written = p.as_written or p.name
    if m is None and written in p.sentence.text:
        # the bracket may have been left out of the name: it stands right after the name as written
        m = re.match(r"\s*\(([A-ZА-ЯЁ]{2,6})\)", p.sentence.text[p.sentence.text.find(written) + len(written):])
    if not m or "(" in q.name or not re.search(rf"(?<![\w-]){m.group(1)}(?![\w-])", q.name):
        return False
    others = [w for w in re.findall(r"[A-ZА-ЯЁ][\w-]*", q.name) if w != m.group(1) and not _head(w)]
    if _undetermined(q.name.strip()) == m.group(1):
        return True  # "… малой мощности (АСММ)" and then "контракт на строительство АСММ"
    places = {_place(w)[0] for w in others}
    return bool(others) and None not in places and (p.city is None or places == {p.city}) \
        and not (p.city and q.city and p.city != q.city)


def _kind_spelled(p: Project, q: Project) -> bool:
    """Tell whether a "project" names its kind by an adjective the other mention's head says ("Roghun hydropower project", "Roghun HPP")."""
    return "project" in (p.head, q.head) and same_crosslang(crosslang_key(p.name), crosslang_key(q.name))


def _placed_apart(p: Project, q: Project) -> bool:
    """Tell whether two mentions stand in different places ("trade houses in Urumqi" and "… in Baku")."""
    tails = [m.group(0).strip().lower() if (m := _PLACE_AFTER.search(x.name)) else "" for x in (p, q)]
    return all(tails) and tails[0] != tails[1] or bool(p.city and q.city and p.city != q.city)


def _merge_spellings(projects: list[Project]) -> list[Project]:
    """Keep one row for a facility written two ways in one article (an adjective and a quoted name, with and without "project").

    The first mention stays and takes the other's later stage and place.
    """
    out: list[tuple[Project, frozenset[str]]] = []
    for p in projects:
        key = _spelling_key(p)
        same = next((q for q, q_key in out if (key and q_key == key or _abbreviates(p.name, q.name) or _kind_spelled(p, q)
                                               or _same_quoted_name(p, q)
                                               or _same_code(p, q) or _bracketed_alias(p, q) or _bracketed_alias(q, p))
                     and not _placed_apart(p, q)
                     and (_same_kind(q.head, p.head) or {"project", "проект"} & {q.head, p.head})), None)
        if same is None:
            out.append((p, key))
        else:
            _absorb(same, p)
    return [p for p, _ in out]


def link_amounts(projects: list[Project], amounts: list) -> dict[int, int]:
    """Map project positions to the amount that states their cost.

    A cost in the project's own sentence goes to the nearest project named
    before it ("завод … стоимостью $120 млн"); a cost in the next sentence
    ("The project is estimated at $51 million") goes to the last project of the
    previous sentence, unless that sentence names projects of its own.
    """
    links: dict[int, int] = {}
    for a_key, amount in enumerate(amounts):
        if amount.kind != "project_cost":
            continue
        index = amount.sentence.index
        same = [(i, p) for i, p in enumerate(projects) if p.sentence.index == index and i not in links]
        if same:
            before = [(i, p) for i, p in same if p.start <= amount.start]
            i, _ = max(before, key=lambda ip: ip[1].start) if before else min(same, key=lambda ip: ip[1].start)
            links[i] = a_key
            continue
        if any(p.sentence.index == index for p in projects):
            continue
        previous = [(i, p) for i, p in enumerate(projects) if p.sentence.index == index - 1 and i not in links]
        if previous:
            i, _ = max(previous, key=lambda ip: ip[1].start)
            links[i] = a_key
    return links


def meeting_keys(projects: list[Project], meetings: list, sentences: list[Sentence]) -> list[int | None]:
    """Return, per project, the key of the meeting at which the text reports it (None for background).

    An article can report several meetings (talks, then a forum); a project
    belongs to the meeting whose evidence sentence it shares, else to the one
    described in its paragraph, else to the article's first held meeting.
    """
    held = [(key, m) for key, m in enumerate(meetings) if not m.is_planned]
    main = held[0][0] if held else None
    where: dict[int, tuple[int, int]] = {}
    for key, m in held:
        hit = next((s for s in sentences if s.text == m.evidence), None)
        if hit is not None:
            where[key] = (hit.index, hit.paragraph)
    out: list[int | None] = []
    for p in projects:
        if not p.at_meeting:
            out.append(None)
            continue
        same = [k for k, (i, _) in where.items() if i == p.sentence.index]
        para = [k for k, (_, par) in where.items() if par == p.sentence.paragraph]
        out.append(same[0] if same else para[0] if para else main)
    return out

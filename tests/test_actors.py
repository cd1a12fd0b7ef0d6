"""The actor stage on the real model: merging, repairs, roles, codes, phrase resolution, identity."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.actors import ActorIndex, find_actors
from newsgraph.actors.identity import actor_key
from newsgraph.records import Actor, Article


def run(nlp: Language, text: str, published: str | None = "2020-06-01") -> tuple[Doc, ActorIndex]:
    doc = nlp(text)
    return doc, find_actors(doc, Article(id="t", text=text, published=published))


def people(index: ActorIndex) -> list[Actor]:
    return [a for a in index.freeze() if a.kind == "person"]


def named(index: ActorIndex, name: str) -> Actor:
    found = [a for a in index.freeze() if a.name == name]
    assert len(found) == 1, [a.name for a in index.freeze()]
    return found[0]


def token(doc: Doc, text: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == text][nth]


# ------------------------------------------------------------------------------ one actor per entity
def test_surname_possessive_and_title_forms_join_the_full_name(nlp: Language) -> None:
    _doc, index = run(
        nlp,
        "Interim President Guaidó met supporters in Caracas. Juan Guaidó said Maduro's government "
        "had failed. President Guaidó later spoke with Nicolás Maduro by phone.",
    )
    assert sorted(a.name for a in people(index)) == ["Juan Guaidó", "Nicolás Maduro"]
    guaido = named(index, "Juan Guaidó")
    assert [m.text for m in guaido.mentions] == ["Guaidó", "Juan Guaidó", "Guaidó"]
    assert "Interim President" in guaido.roles
    maduro = named(index, "Nicolás Maduro")
    assert [m.text for m in maduro.mentions] == ["Maduro", "Nicolás Maduro"]


def test_acronyms_join_their_expansions_both_ways(nlp: Language) -> None:
    _doc, index = run(
        nlp,
        "The United Socialist Party of Venezuela (PSUV) won the vote. Agents of the DGCIM (Directorate "
        "General of Military Counterintelligence) arrested him. The PSUV denied it and the DGCIM refused to comment.",
    )
    psuv = named(index, "United Socialist Party of Venezuela")
    assert [m.text for m in psuv.mentions] == ["United Socialist Party of Venezuela", "PSUV", "PSUV"]
    dgcim = named(index, "Directorate General of Military Counterintelligence")
    assert len(dgcim.mentions) == 3 and "DGCIM" in dgcim.aliases
    assert dgcim.code == "VENSPY"


def test_an_unknown_organisation_and_its_acronym_are_one_actor(nlp: Language) -> None:
    _doc, index = run(nlp, "The Movement for Democratic Renewal (MDR) held a rally. Later the MDR said it would march.")
    mdr = [a for a in index.freeze() if "MDR" in a.aliases or a.name == "MDR"]
    assert len(mdr) == 1
    assert mdr[0].name == "Movement for Democratic Renewal"
    assert [m.text for m in mdr[0].mentions] == ["Movement for Democratic Renewal", "MDR", "MDR"]


def test_nickname_is_one_person_with_the_nickname_as_alias(nlp: Language) -> None:
    _doc, index = run(nlp, "Hugo “El Pollo” Carvajal was arrested in Madrid. Carvajal denied the charges.")
    carvajal = named(index, "Hugo Carvajal")
    assert "El Pollo" in carvajal.aliases
    assert [m.text for m in carvajal.mentions] == ["Hugo “El Pollo” Carvajal", "Carvajal"]
    assert len(people(index)) == 1


def test_namesakes_stay_apart_and_an_ambiguous_surname_links_to_neither(nlp: Language) -> None:
    _doc, index = run(
        nlp, "Jorge Rodríguez and Héctor Rodríguez met in Caracas on Monday. Rodríguez said the talks had failed."
    )
    names = sorted(a.name for a in people(index))
    assert names == ["Héctor Rodríguez", "Jorge Rodríguez", "Rodríguez"]
    jorge, hector, bare = named(index, "Jorge Rodríguez"), named(index, "Héctor Rodríguez"), named(index, "Rodríguez")
    assert len(jorge.mentions) == len(hector.mentions) == 1
    assert actor_key(jorge) != actor_key(hector)
    assert actor_key(bare) is None


def test_a_surname_refers_back_to_the_only_person_named_before_it(nlp: Language) -> None:
    _doc, index = run(
        nlp, "James Story spoke in Bogota. Story is married to Susan West Story, who also works at the embassy."
    )
    story = named(index, "James Story")
    assert [m.text for m in story.mentions] == ["James Story", "Story"]
    assert named(index, "Susan West Story").mentions[0].text == "Susan West Story"


def test_common_noun_tagged_person_is_dropped(nlp: Language) -> None:
    words = ["The", "Cartel", "would", "fall", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 3, 3, 3, 3],
        deps=["det", "nsubj", "aux", "ROOT", "punct"],
        pos=["DET", "PROPN", "AUX", "VERB", "PUNCT"],
        ents=["O", "B-PERSON", "O", "O", "O"],
    )
    index = find_actors(doc, Article(id="t", text=doc.text, published="2020-01-01"))
    assert people(index) == []


def test_person_tagged_as_facility_is_repaired_by_context(nlp: Language) -> None:
    """A name the model typed FAC becomes a person when a title precedes it (no knowledge base entry)."""
    words = ["Minister", "Ramiro", "Valdés", "said", "no", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[2, 2, 3, 3, 3, 3],
        deps=["compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "VERB", "DET", "PUNCT"],
        lemmas=["minister", "Ramiro", "Valdés", "say", "no", "."],
        ents=["O", "B-FAC", "I-FAC", "O", "O", "O"],
    )
    index = find_actors(doc, Article(id="t", text=doc.text, published="2020-01-01"))
    assert [(a.name, a.roles) for a in people(index)] == [("Ramiro Valdés", ("Minister",))]


def test_known_person_missed_or_mistyped_by_the_model_is_found_by_the_gazetteer(nlp: Language) -> None:
    _doc, index = run(nlp, "Officials said Héctor Rodríguez, the governor of Miranda, had resigned.")
    assert [a.name for a in people(index)] == ["Héctor Rodríguez"]


# ------------------------------------------------------------------------------ roles
def test_roles_from_premodifier_apposition_and_copula(nlp: Language) -> None:
    _doc, index = run(
        nlp,
        "Armed Forces leader Vladimir Padrino said the army was loyal. Hugo Carvajal, the former head of the "
        "DGCIM, fled. Jorge Arreaza is the Communications Director of the PSUV. Foreign Minister Yván Gil spoke.",
    )
    assert "Armed Forces leader" in named(index, "Vladimir Padrino López").roles
    assert "former head of the DGCIM" in named(index, "Hugo Carvajal").roles
    assert "Communications Director of the PSUV" in named(index, "Jorge Arreaza").roles
    assert "Foreign Minister" in named(index, "Yván Gil").roles


def test_coordinated_list_shares_its_premodifier(nlp: Language) -> None:
    _doc, index = run(nlp, "The court accused former congressmen Juan Requesens, Freddy Guevara and Gilber Caro.")
    for name in ("Juan Requesens", "Freddy Guevara", "Gilber Caro"):
        assert named(index, name).roles == ("former congressmen",)


# ------------------------------------------------------------------------------ codes
def test_codes_are_date_aware(nlp: Language) -> None:
    text = "Donald Trump spoke with Nicolás Maduro."
    _, then = run(nlp, text, published="2019-03-01")
    _, later = run(nlp, text, published="2022-03-01")
    _, again = run(nlp, text, published="2025-03-01")
    assert named(then, "Donald Trump").code == "USAGOV"
    assert named(later, "Donald Trump").code == "USAELI"
    assert named(again, "Donald Trump").code == "USAGOV"
    assert named(later, "Nicolás Maduro").code == "VENGOV"


def test_former_president_is_an_elite_not_government(nlp: Language) -> None:
    _doc, index = run(nlp, "Former president Uribe criticised the peace deal.", published="2016-10-01")
    uribe = named(index, "Álvaro Uribe")
    assert uribe.code == "COLELI" and uribe.sector == "ELI" and uribe.country == "COL"


def test_unknown_person_is_coded_from_roles(nlp: Language) -> None:
    _doc, index = run(nlp, "Venezuelan Defence Minister Ramón Pérez Ochoa denied the report.")
    person = people(index)[0]
    assert person.code == "VENGOV" and person.roles == ("Defence Minister",)


def test_international_organisations_have_igo_codes(nlp: Language) -> None:
    _doc, index = run(nlp, "The United Nations and the Organization of American States condemned the vote.")
    codes = {a.name: a.code for a in index.freeze()}
    assert codes["United Nations"] == "IGOUNO"
    assert codes["Organization of American States"] == "IGOWSTOAS"


# ------------------------------------------------------------------------------ phrase resolution
@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        ("Hungarian officials met the delegation.", "officials", "HUNGOV"),
        ("Venezuelan troops crossed the border.", "troops", "VENMIL"),
        ("Caracas said the sanctions were illegal.", "Caracas", "VENGOV"),
        ("Washington imposed new sanctions.", "Washington", "USAGOV"),
        ("Venezuela's army denied the report.", "army", "VENMIL"),
        ("Colombian police arrested two men.", "police", "COLCOP"),
        ("Colombian rebels attacked a base.", "rebels", "COLREB"),
        ("The Venezuelan opposition called a strike.", "opposition", "VENOPP"),
        ("A Brazilian court ordered his release.", "court", "BRAJUD"),
        ("The Peruvian congress voted.", "congress", "PERLEG"),
        ("The Cuban government protested.", "government", "CUBGOV"),
        ("The Mexican ministry denied it.", "ministry", "MEXGOV"),
        ("A Chilean newspaper reported it.", "newspaper", "CHLMED"),
        ("The police arrested him.", "police", "COP"),
        ("Guerrillas attacked the village.", "Guerrillas", "REB"),
        ("The party expelled him.", "party", "PTY"),
        ("Several NGOs protested.", "NGOs", "NGO"),
    ],
)
def test_resolve_phrase_codes_sector_nouns_demonyms_and_metonyms(
    nlp: Language, text: str, head: str, code: str
) -> None:
    doc, index = run(nlp, text)
    actor = index.resolve_phrase(doc[token(doc, head)])
    assert actor is not None and actor.code == code


def test_resolved_group_actors_are_reused_within_the_article(nlp: Language) -> None:
    doc, index = run(nlp, "Venezuelan troops fired on protesters. Later the Venezuelan troops withdrew.")
    first = index.resolve_phrase(doc[token(doc, "troops", 0)])
    second = index.resolve_phrase(doc[token(doc, "troops", 1)])
    assert first is not None and second is not None and first.id == second.id
    assert [m.text for m in index.mentions_of(first.id)] == ["Venezuelan troops", "Venezuelan troops"]


def test_bare_sector_noun_takes_the_dominant_country(nlp: Language) -> None:
    doc, index = run(
        nlp, "Venezuela held elections. Venezuela's electoral body counted votes in Venezuela. The army stayed out."
    )
    actor = index.resolve_phrase(doc[token(doc, "army")])
    assert actor is not None and actor.code == "VENMIL"


def test_capital_as_a_place_is_not_its_government(nlp: Language) -> None:
    doc, index = run(nlp, "Protesters gathered in Caracas.")
    actor = index.resolve_phrase(doc[token(doc, "Caracas")])
    assert actor is not None and actor.kind == "location"


def test_definite_description_resolves_to_the_one_person_it_fits(nlp: Language) -> None:
    doc, index = run(nlp, "Nicolás Maduro spoke on television. The Venezuelan leader said the vote was fair.")
    maduro = named(index, "Nicolás Maduro")
    assert "Venezuelan leader" in [m.text for m in maduro.mentions]
    assert index.resolve_phrase(doc[token(doc, "leader")]) == index.get(maduro.id)


def test_president_is_not_resolved_when_two_presidents_are_named(nlp: Language) -> None:
    doc, index = run(nlp, "Iván Duque met Nicolás Maduro. The president said nothing.", published="2019-03-01")
    actor = index.resolve_phrase(doc[token(doc, "president")])
    assert actor is None or actor.kind != "person"


# ------------------------------------------------------------------------------ identity across articles
def test_full_name_and_surname_in_two_articles_share_one_key(nlp: Language) -> None:
    _, first = run(nlp, "Nicolás Maduro addressed the nation.")
    _, second = run(nlp, "Maduro addressed the nation.")
    key = actor_key(named(first, "Nicolás Maduro"))
    assert key == actor_key(named(second, "Nicolás Maduro")) == "kb:person:nicolas-maduro"


def test_unknown_people_merge_by_full_name_only(nlp: Language) -> None:
    _, first = run(nlp, "Ramiro Valdés Ochoa addressed the workers.")
    _, second = run(nlp, "Ramiro Valdés Ochoa spoke again.")
    a, b = people(first)[0], people(second)[0]
    assert actor_key(a) == actor_key(b) == "person:ramiro valdes ochoa"


def test_pipeline_installs_the_phrase_resolver(pipeline: object) -> None:
    from newsgraph.pipeline import Pipeline

    assert isinstance(pipeline, Pipeline)
    doc = pipeline.nlp("Hungarian officials rejected the plan.")
    index = find_actors(doc, Article(id="t", text=doc.text, published="2021-01-01"))
    group = index.resolve_phrase(doc[1])
    assert group is not None and group.code == "HUNGOV" and group.kind == "group"
    assert [a.code for a in index.freeze() if a.kind == "group"] == ["HUNGOV"]


def test_a_given_name_alone_joins_the_one_person_of_that_name(nlp: Language) -> None:
    _, index = run(nlp, "Spokesperson Ned Price took questions. QUESTION: Ned, what about Venezuela? MR. PRICE: Well.")
    price = named(index, "Ned Price")
    assert "Ned" in [m.text for m in price.mentions]
    assert price.roles == ("Spokesperson",)


def test_a_role_never_contains_another_persons_name(nlp: Language) -> None:
    _, index = run(nlp, "President Biden and President Xi Jinping spoke for two hours.", published="2021-11-16")
    assert named(index, "Xi Jinping").roles == ("President",)


def test_vice_president_is_not_the_leader(nlp: Language) -> None:
    _, index = run(
        nlp,
        "President Nicolás Maduro and Vice President Delcy Rodríguez met the press. The Venezuelan leader spoke first.",
        published="2024-01-10",
    )
    assert "Venezuelan leader" in [m.text for m in named(index, "Nicolás Maduro").mentions]
    assert "Venezuelan leader" not in [m.text for m in named(index, "Delcy Rodríguez").mentions]


def test_an_institution_takes_the_dominant_country(nlp: Language) -> None:
    _, index = run(
        nlp,
        "Nicolás Maduro spoke in Caracas. Venezuela's opposition said the National Assembly would meet. "
        "Venezuelan officials and the United States disagreed.",
        published="2024-01-10",
    )
    assert named(index, "National Assembly").code == "VENLEG"


@pytest.mark.parametrize(
    ("text", "head"), [("Maduro's government denied it.", "government"), ("The Maduro regime denied it.", "regime")]
)
def test_a_leaders_government_is_his_countrys_government(nlp: Language, text: str, head: str) -> None:
    doc, index = run(nlp, text, published="2021-01-01")
    actor = index.resolve_phrase(doc[token(doc, head)])
    assert actor is not None and actor.code == "VENGOV" and actor.kind == "group"


def test_a_titled_surname_is_the_known_office_holder_of_the_date(nlp: Language) -> None:
    _, index = run(nlp, "Foreign Minister Solá met his Chilean counterpart.", published="2021-03-01")
    sola = named(index, "Felipe Solá")
    assert sola.code == "ARGGOV" and "Solá" in sola.aliases


def test_a_middle_initial_does_not_make_another_person(nlp: Language) -> None:
    _, index = run(
        nlp, "Julie Chung spoke first. Later, Julie J. Chung answered questions. Chung left.", published="2021-06-01"
    )
    chung = named(index, "Julie Chung")
    assert len(chung.mentions) == 3 and len(people(index)) == 1


def test_an_organisation_in_a_persons_role_takes_that_persons_country(nlp: Language) -> None:
    _, index = run(
        nlp,
        "Sen. Bob Menendez, the chairman of the Senate Foreign Relations Committee, criticised Nicolás Maduro. "
        "Maduro's allies in Caracas and Venezuela's army rejected the Venezuelan opposition's claims.",
        published="2022-01-10",
    )
    assert named(index, "Senate Foreign Relations Committee").code == "USALEG"
    assert named(index, "Bob Menendez").code == "USALEG"


def test_part_of_a_title_is_not_a_person(nlp: Language) -> None:
    _, index = run(nlp, "Former National Security Advisor John Bolton criticised the policy.", published="2022-01-10")
    assert [a.name for a in people(index)] == ["John Bolton"]
    assert named(index, "John Bolton").code == "USAELI"


def test_markup_and_headline_words_are_not_part_of_names(nlp: Language) -> None:
    text = "Praise came from [**Sen. Mike Lee**](https://x.com/BasedMikeLee) and JOSEPH R. BIDEN JR signed it."
    _, index = run(nlp, text, published="2022-01-10")
    names = sorted(a.name for a in people(index))
    assert "Joe Biden" in names
    assert all("](" not in n and "http" not in n for n in names)


def test_titled_surname_prefers_the_office_holder_among_namesakes(nlp: Language) -> None:
    _, index = run(nlp, "Donald Trump and Melania Trump arrived. President Trump spoke first.", published="2025-03-01")
    assert len(named(index, "Donald Trump").mentions) == 2


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        ("The president said the vote was fair.", "president", "GOV"),
        ("A Venezuelan official denied it.", "official", "VENGOV"),
    ],
)
def test_titles_without_a_named_holder_resolve_to_their_sector(nlp: Language, text: str, head: str, code: str) -> None:
    doc, index = run(nlp, text)
    actor = index.resolve_phrase(doc[token(doc, head)])
    assert actor is not None and actor.code == code and actor.kind == "group"


def test_an_indefinite_title_alone_is_no_actor(nlp: Language) -> None:
    doc, index = run(nlp, "A spokesman declined to comment.")
    assert index.resolve_phrase(doc[token(doc, "spokesman")]) is None


# A political article written for this test (the team's own text): 20 people, titles, acronyms, a nickname.
POLITICAL_ARTICLE = """\
CARACAS — Venezuela's government on Tuesday accused opposition leaders of plotting a coup, as President Nicolás Maduro ordered the arrest of several former lawmakers.

Speaking on state television, Maduro said the plot had been financed from Bogotá. "They will not succeed," the Venezuelan leader said. Interior Minister Diosdado Cabello, who is also the first vice president of the United Socialist Party of Venezuela (PSUV), read out a list of names that included former congressmen Juan Requesens, Freddy Guevara and Gilber Caro.

Opposition leader María Corina Machado rejected the accusations. "This is the regime's usual theatre," Machado told reporters. Edmundo González Urrutia, who the opposition says won the July election, spoke from Madrid.

Hugo “El Pollo” Carvajal, the former head of military intelligence, was extradited to the United States in 2023. Carvajal has told prosecutors that senior officials ran the Cartel of the Suns.

Jorge Rodríguez, the president of the National Assembly, said the legislature would investigate. His sister, Vice President Delcy Rodríguez, called the opposition "fascists". Héctor Rodríguez, the governor of Miranda state, did not comment.

Defense Minister Vladimir Padrino López said the Bolivarian National Armed Forces (FANB) remained loyal. Venezuelan troops were deployed to the border, and the army set up checkpoints. The DGCIM (Directorate General of Military Counterintelligence) detained two activists, according to Foro Penal director Alfredo Romero.

In Washington, Secretary of State Marco Rubio said the United States would respond. Colombian President Gustavo Petro called for dialogue, while Brazil's Luiz Inácio Lula da Silva urged calm. Former Colombian president Álvaro Uribe said Petro was too soft on Caracas.

UN Secretary-General António Guterres and OAS Secretary General Albert Ramdin also expressed concern. Tarek William Saab, the attorney general, said charges would follow.
"""


def test_political_article_one_actor_per_person_with_roles(nlp: Language) -> None:
    _, index = run(nlp, POLITICAL_ARTICLE, published="2025-09-15")
    found = {a.name: a for a in people(index)}
    assert set(found) == {
        "Nicolás Maduro", "Diosdado Cabello", "Juan Requesens", "Freddy Guevara", "Gilber Caro",
        "María Corina Machado", "Edmundo González Urrutia", "Hugo Carvajal", "Jorge Rodríguez",
        "Delcy Rodríguez", "Héctor Rodríguez", "Vladimir Padrino López", "Alfredo Romero", "Marco Rubio",
        "Gustavo Petro", "Luiz Inácio Lula da Silva", "Álvaro Uribe", "António Guterres", "Albert Ramdin",
        "Tarek William Saab",
    }  # fmt: skip
    assert [m.text for m in found["Nicolás Maduro"].mentions] == ["Nicolás Maduro", "Maduro", "Venezuelan leader"]
    assert found["Diosdado Cabello"].roles == ("Interior Minister",)
    assert found["Jorge Rodríguez"].roles == ("president of the National Assembly",)
    assert found["Héctor Rodríguez"].roles == ("governor of Miranda state",)
    assert found["Álvaro Uribe"].code == "COLELI"
    assert found["Hugo Carvajal"].code == "VENELI" and "El Pollo" in found["Hugo Carvajal"].aliases
    orgs = {a.name: a for a in index.freeze() if a.kind == "organization"}
    assert orgs["United Socialist Party of Venezuela"].aliases == ("PSUV",)
    assert "DGCIM" in orgs["Directorate General of Military Counterintelligence"].aliases
    assert "FANB" in orgs["Bolivarian National Armed Forces"].aliases
    assert orgs["National Assembly"].code == "VENLEG"


def test_a_known_surname_refers_back_to_a_namesake_named_in_full(nlp: Language) -> None:
    _, index = run(nlp, "Ricardo Maduro, a former Honduran president, visited Madrid. Maduro said he was retired.")
    assert [a.name for a in people(index)] == ["Ricardo Maduro"]


def test_organisations_cut_by_the_model_are_rejoined(nlp: Language) -> None:
    _, index = run(
        nlp,
        "The suit was filed in the U.S. District Court for Northern District of California. "
        "She worked at the German Marshall Fund of the United States.",
    )
    names = {a.name for a in index.freeze() if a.kind == "organization"}
    assert names == {
        "U.S. District Court for Northern District of California",
        "German Marshall Fund of the United States",
    }


def test_capitalised_slogans_made_of_the_articles_own_words_are_not_people(nlp: Language) -> None:
    text = (
        "The plan will build back better roads. Officials said Build Back Better would pass. "
        "Brian A. Nichols welcomed it."
    )
    _, index = run(nlp, text, published="2022-01-10")
    assert [a.name for a in people(index)] == ["Brian Nichols"]  # the known name, despite the middle initial


def test_a_place_the_model_saw_is_not_a_known_persons_surname(nlp: Language) -> None:
    _, index = run(nlp, "Storm Lorenzo hit County Kerry and County Mayo on Friday.", published="2019-10-04")
    assert all(a.name != "John Kerry" for a in index.freeze())


def test_officials_listed_together_share_a_country(nlp: Language) -> None:
    _, index = run(
        nlp,
        "He met President Carlos Alvarado and Foreign Minister Rodolfo Solano Quirós in San José.",
        published="2021-06-01",
    )
    assert named(index, "Rodolfo Solano Quirós").code == "CRIGOV"


def test_a_role_naming_a_known_body_gives_its_country(nlp: Language) -> None:
    _, index = run(
        nlp,
        "Daniel Erikson, Senior Director for the Western Hemisphere at the National Security Council, joined.",
        published="2024-08-02",
    )
    assert named(index, "Daniel Erikson").code == "USAGOV"


def test_places_below_country_level_carry_their_country(nlp: Language) -> None:
    _, index = run(nlp, "California Attorney General Xavier Becerra sued in Texas.", published="2019-02-21")
    assert named(index, "Texas").kind == "location" and named(index, "Texas").code == "USA"
    assert named(index, "Xavier Becerra").code == "USAGOV"


def test_a_surname_the_model_took_for_a_place_is_not_a_known_person(nlp: Language) -> None:
    _, index = run(nlp, "The rally in Austin, Texas drew thousands.", published="2022-05-01")
    assert people(index) == []

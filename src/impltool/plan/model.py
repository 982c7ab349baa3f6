"""The implementation plan as pydantic models.

Python names are English; the YAML keys are Dutch aliases. These models are the plan format:
schema/plan.schema.json is generated from them (`impl schema`), and the README shows users
how to write a plan. Only aliases are accepted on input, so an English key in a plan is an
unknown key; a new key is optional, so `formaat: 1` plans keep loading.
Every field carries a short Dutch description: it feeds the JSON Schema and the docs.

No `from __future__ import annotations` here (nor in budget.py): pydantic would evaluate
every field's annotation from a string when the model is built, about a fifth of the
build that every `impl check` pays at start-up (bench/).
"""

from typing import Annotated, Literal, Self

from pydantic import ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from .budget import Budget
from .values import Count, Items, Number, OnDocument, PlanDate, PlanModel, YesNo, list_field
from .vocabulary import (
    ActivityKind,
    AdopterCategory,
    ChannelKind,
    Competence,
    FactorDomain,
    InterventionKind,
    Judgement,
    KpiTheme,
    MeasuringFrequency,
    PhaseKey,
    Role,
    StakeholderType,
    Status,
    Strategy,
    TargetGroupType,
    one_of,
)

FORMAT_VERSION = 1


# --- the sections -------------------------------------------------------------------------


class Period(PlanModel):
    model_config = ConfigDict(title="Periode")

    start: PlanDate = Field(description="Eerste dag van de implementatie (JJJJ-MM-DD).")
    end: PlanDate = Field(alias="eind", description="Laatste dag van de implementatie.")

    @model_validator(mode="after")
    def _end_after_start(self) -> Self:
        if self.end < self.start:
            raise PydanticCustomError(
                "periode_omgekeerd",
                "de periode eindigt ({eind}) voor ze begint ({start})",
                {"eind": self.end.isoformat(), "start": self.start.isoformat()},
            )
        return self


class Intervention(PlanModel):
    model_config = ConfigDict(title="Interventie")

    name: str = Field(alias="naam", description="Naam van de interventie of werkwijze.")
    kind: InterventionKind = Field(
        default="sociale_interventie",
        alias="soort",
        description=f"Soort interventie: {one_of(InterventionKind)}.",
    )
    problem: str | None = Field(
        default=None,
        alias="probleem",
        description="Het probleem of de behoefte, en voor wie: eerst het waarom, dan het hoe.",
    )
    description: str | None = Field(
        default=None, alias="beschrijving", description="Wat de interventie inhoudt."
    )
    core_elements: Items[str] = list_field(
        "Werkzame elementen: de kern die je uitvoert zoals bedoeld (hier volg je het protocol).",
        "werkzame_elementen",
    )
    adaptable: Items[str] = list_field(
        "Onderdelen die je lokaal mag aanpassen (hier zit de vrijheid).", "aanpasbaar"
    )
    owner: str | None = Field(
        default=None, alias="eigenaar", description="Eigenaar of ontwikkelaar van de interventie."
    )


class Goal(PlanModel):
    model_config = ConfigDict(title="Doel")

    id: str = Field(description="Korte, unieke code van het doel, bijvoorbeeld D1.")
    what: str | None = Field(default=None, alias="wat", description="Wat wil je bereiken?")
    for_whom: str | None = Field(default=None, alias="bij_wie", description="Bij wie?")
    where: str | None = Field(default=None, alias="waar", description="Waar?")
    when: PlanDate | None = Field(
        default=None, alias="wanneer", description="Wanneer is het doel bereikt (JJJJ-MM-DD)?"
    )
    subgoals: Items[str] = list_field("Subdoelen die het doel concreet maken.", "subdoelen")
    target_groups: Items[str] = list_field(
        "Codes van de doelgroepen met wie dit doel bereikt wordt. De lijn van de KPI's van dit "
        "doel begint dan bij de start van het werk voor die groepen, niet bij de start van de "
        "invoering.",
        "doelgroepen",
    )


class Stakeholder(PlanModel):
    model_config = ConfigDict(title="Betrokkene")

    id: str = Field(description="Korte, unieke code van de betrokkene.")
    name: str | None = Field(default=None, alias="naam", description="Naam of functie.")
    type: StakeholderType = Field(
        description=f"Rol in de implementatie: {one_of(StakeholderType)}."
    )
    involved_from: PhaseKey | None = Field(
        default=None,
        alias="betrokken_vanaf",
        description=f"Vanaf welke fase deze partij meedoet: {one_of(PhaseKey)}.",
    )


class TeamMember(PlanModel):
    model_config = ConfigDict(title="Teamlid")

    name: str = Field(alias="naam", description="Naam van het teamlid.")
    role: str | None = Field(default=None, alias="rol", description="Rol in het team.")
    competences: Items[Competence] = list_field(
        f"Competenties die dit teamlid inbrengt, een of meer van: {one_of(Competence)}.",
        "competenties",
    )


class Channel(PlanModel):
    model_config = ConfigDict(title="Kanaal")

    name: str = Field(alias="naam", description="Naam van het kanaal, bijvoorbeeld nieuwsbrief.")
    kind: ChannelKind = Field(
        alias="soort", description="massamedia (groot publiek) of persoonlijk (van mens tot mens)."
    )
    online: YesNo = Field(default=False, description="true als het kanaal online is.")


class TargetGroup(PlanModel):
    model_config = ConfigDict(title="Doelgroep")

    id: str = Field(description="Korte, unieke code van de doelgroep.")
    name: str | None = Field(default=None, alias="naam", description="Naam van de doelgroep.")
    type: TargetGroupType = Field(description=f"{one_of(TargetGroupType)}.")
    direct: YesNo = Field(
        default=True,
        description="false voor indirecte groepen, zoals financiers en ketenpartners.",
    )
    adoption: Items[AdopterCategory] = list_field(
        "Welke adoptiecategorieën er in deze groep zitten, een of meer van: "
        f"{one_of(AdopterCategory)}.",
        "adoptie",
    )
    current_phase: PhaseKey | None = Field(
        default=None, alias="huidige_fase", description="In welke fase deze groep nu staat."
    )
    channels: Items[Channel] = list_field("Kanalen waarmee je deze groep bereikt.", "kanalen")
    message: str | None = Field(
        default=None, alias="boodschap", description="De kern van wat deze groep moet horen."
    )
    contact_moments: Count | None = Field(
        default=None,
        alias="contactmomenten",
        description="Hoe vaak de boodschap in de planperiode langskomt (streef naar 7 of meer).",
    )
    spreaders: Items[str] = list_field(
        "Sleutelfiguren en opinieleiders die de boodschap uitdragen.", "verspreiders"
    )


class Factor(PlanModel):
    model_config = ConfigDict(title="Factor")

    item: str | None = Field(
        default=None,
        description="Een vraag uit de ingebouwde checklist (`impl checklist` toont ze).",
    )
    id: str | None = Field(default=None, description="Code van een eigen factor.")
    domain: FactorDomain | None = Field(
        default=None,
        alias="domein",
        description=f"Domein van een eigen factor: {one_of(FactorDomain)}.",
    )
    description: str | None = Field(
        default=None, alias="omschrijving", description="Omschrijving van een eigen factor."
    )
    judgement: Judgement = Field(alias="oordeel", description=f"{one_of(Judgement)}.")
    explanation: str | None = Field(
        default=None, alias="toelichting", description="Waarom dit oordeel?"
    )
    until: PlanDate | None = Field(
        default=None,
        alias="tot",
        description="Tot wanneer deze belemmerende situatie duurt (JJJJ-MM-DD), bijvoorbeeld "
        "het eind van een reorganisatie.",
    )
    target_groups: Items[str] = list_field(
        "Codes van de doelgroepen waar deze situatie over gaat (bijvoorbeeld alleen het team "
        "dat fuseert). `tot` wordt dan vergeleken met de start van het werk voor die groepen.",
        "doelgroepen",
    )

    @property
    def key(self) -> str:
        """What activities name in `adresseert`: the checklist item or the own id."""
        return self.item or self.id or ""

    @model_validator(mode="after")
    def _item_or_own(self) -> Self:
        if self.item and self.id:
            raise PydanticCustomError(
                "factor_beide",
                "een factor heeft óf `item` (uit de checklist) óf `id` (een eigen factor), "
                "niet allebei",
            )
        if not self.item and not self.id:
            raise PydanticCustomError(
                "factor_geen",
                "een factor heeft `item` (uit de checklist) of `id` met `domein` en "
                "`omschrijving` (een eigen factor)",
            )
        if self.id and (self.domain is None or not self.description):
            raise PydanticCustomError(
                "factor_eigen",
                "een eigen factor ({id}) heeft ook `domein` en `omschrijving` nodig",
                {"id": self.id},
            )
        return self


class Activity(PlanModel):
    model_config = ConfigDict(title="Activiteit")

    id: str | None = Field(default=None, description="Korte code van de activiteit.")
    what: str | None = Field(default=None, alias="wat", description="Wat ga je doen?")
    kind: ActivityKind | None = Field(
        default=None, alias="soort", description="Soort activiteit (zie `impl checklist`)."
    )
    who: str | None = Field(default=None, alias="wie", description="Wie is eigenaar?")
    where: str | None = Field(default=None, alias="waar", description="Waar?")
    start: PlanDate | None = Field(default=None, description="Startdatum (JJJJ-MM-DD).")
    end: PlanDate | None = Field(default=None, alias="eind", description="Einddatum.")
    target_groups: Items[str] = list_field(
        "Codes van de doelgroepen die deze activiteit bereikt.", "doelgroepen"
    )
    addresses: Items[str] = list_field(
        "Factoren (checklist-items of eigen codes) waar deze activiteit op inspeelt.",
        "adresseert",
    )
    strategy: Strategy | None = Field(
        default=None,
        alias="strategie",
        description=f"{one_of(Strategy)}.",
    )
    sessions: Count | None = Field(
        default=None, alias="sessies", description="Aantal bijeenkomsten of dagdelen."
    )
    status: Status = Field(default="gepland", description=f"{one_of(Status)}.")


class Phases(PlanModel):
    model_config = ConfigDict(title="Fasen")

    develop: Items[Activity] = list_field("Fase 0: ontwikkelen.", "ontwikkelen")
    know: Items[Activity] = list_field("Fase 1: weten.", "weten")
    understand: Items[Activity] = list_field("Fase 2: begrijpen.", "begrijpen")
    want: Items[Activity] = list_field("Fase 3: willen.", "willen")
    do: Items[Activity] = list_field("Fase 4: doen.", "doen")
    keep_doing: Items[Activity] = list_field("Fase 5: blijven doen.", "blijven_doen")

    def by_key(self) -> dict[str, list[Activity]]:
        """The activities per phase key, in phase order."""
        return {info.alias or name: getattr(self, name) for name, info in _PHASE_FIELDS}


_PHASE_FIELDS = tuple(Phases.model_fields.items())


class Measurement(PlanModel):
    model_config = ConfigDict(title="Meting")

    date: PlanDate = Field(alias="datum", description="Datum van de meting.")
    value: Number = Field(alias="waarde", description="Gemeten waarde.")


class Kpi(PlanModel):
    model_config = ConfigDict(title="KPI")

    id: str = Field(description="Korte, unieke code van de KPI.")
    name: str | None = Field(default=None, alias="naam", description="Naam van de KPI.")
    goal: str | None = Field(default=None, alias="doel", description="Code van het doel.")
    indicator: str | None = Field(default=None, description="Wat je precies meet.")
    baseline: Number | None = Field(
        default=None, alias="nulmeting", description="Waarde bij de start."
    )
    target: Number | None = Field(default=None, alias="streefwaarde", description="Streefwaarde.")
    unit: str | None = Field(default=None, alias="eenheid", description="Eenheid van de waarde.")
    deadline: PlanDate | None = Field(default=None, description="Wanneer de streefwaarde er is.")
    source: str | None = Field(default=None, alias="bron", description="Hoe je het meet.")
    theme: KpiTheme | None = Field(
        default=None,
        alias="thema",
        description=f"Voor online platforms: {one_of(KpiTheme)}.",
    )
    frequency: MeasuringFrequency | None = Field(
        default=None,
        alias="frequentie",
        description=f"Hoe vaak je meet: {one_of(MeasuringFrequency)}. Dan ziet de voortgang "
        "wanneer een meting te laat is.",
    )
    owner: str | None = Field(
        default=None, alias="eigenaar", description="Wie de KPI meet en de metingen bijhoudt."
    )
    start: PlanDate | None = Field(
        default=None,
        description="De dag waarop de nulmeting geldt (JJJJ-MM-DD): daar begint de lijn naar "
        "de streefwaarde. Zonder `start` begint ze bij het werk voor de doelgroepen van het "
        "doel, of anders bij de start van de invoering.",
    )
    measurements: Items[Measurement] = list_field("Metingen in de tijd.", "metingen")


class Evaluation(PlanModel):
    model_config = ConfigDict(title="Evaluatie")

    questions: Items[str] = list_field("Welke vragen de evaluatie beantwoordt.", "vragen")
    method: str | None = Field(
        default=None, alias="methode", description="Hoe je de informatie verzamelt."
    )
    moments: Items[PlanDate] = list_field("Data van de evaluatiemomenten.", "momenten")
    evaluator: str | None = Field(
        default=None,
        alias="uitvoerder",
        description="Wie evalueert: het eigen team of een onafhankelijk onderzoeker.",
    )
    reporting: str | None = Field(
        default=None, alias="rapportage", description="Aan wie je rapporteert, en in welke vorm."
    )


class Embedding(PlanModel):
    model_config = ConfigDict(title="Borging")

    funding: str | None = Field(
        default=None, alias="financiering", description="Hoe de interventie betaald blijft."
    )
    responsible: str | None = Field(
        default=None, alias="verantwoordelijke", description="Wie er na de invoering over gaat."
    )
    embedding: str | None = Field(
        default=None,
        alias="inbedding",
        description="Waar de interventie een vaste plek krijgt (beleid, werkproces, contract).",
    )
    quality: str | None = Field(
        default=None,
        alias="kwaliteitsbewaking",
        description="Hoe de kwaliteit van de uitvoering bewaakt wordt.",
    )


class Adjustment(PlanModel):
    model_config = ConfigDict(title="Bijstelling")

    date: PlanDate = Field(alias="datum", description="Datum van de bijstelling.")
    concerns: Items[str] = list_field(
        "Codes van de KPI's, activiteiten of doelen die dit besluit bijstuurt.", "betreft"
    )
    cause: str | None = Field(
        default=None, alias="oorzaak", description="Waarom het achterloopt of anders gaat."
    )
    reason: str | None = Field(default=None, alias="aanleiding", description="Waarom?")
    consequence: str | None = Field(
        default=None, alias="gevolg", description="Wat het betekent voor het doel."
    )
    decision: str | None = Field(default=None, alias="besluit", description="Wat is er besloten?")


class Ignore(PlanModel):
    model_config = ConfigDict(title="Bewust geaccepteerde bevinding")

    rule: str = Field(alias="regel", description="Code van de regel, bijvoorbeeld COM-03.")
    where: str | None = Field(
        default=None,
        alias="waar",
        description="Alleen wat op deze plek gevonden is: de code van een doelgroep, "
        "activiteit, doel, KPI of betrokkene, een checklistvraag of een fase. Zonder `waar` "
        "geldt het voor de hele regel.",
    )
    reason: str | None = Field(
        default=None, alias="reden", description="Waarom je deze bevinding bewust accepteert."
    )


class QuickscanSettings(PlanModel):
    model_config = ConfigDict(title="Instellingen voor de quickscan")

    ignore: Items[Ignore] = list_field(
        "Bevindingen die je bewust accepteert, altijd met een reden.", "negeer"
    )


class Plan(PlanModel):
    """Een implementatieplan voor een sociale interventie (impl, formaat 1)."""

    model_config = ConfigDict(defer_build=False, title="Implementatieplan")

    format: Literal[1] = Field(
        alias="formaat", description="Versie van het planformaat (1); laat deze regel staan."
    )
    title: str = Field(
        alias="titel",
        description="De titel van het plan; die komt boven het document dat `impl render` maakt.",
    )
    role: Role = Field(
        default="uitvoerende_organisatie",
        alias="rol",
        description=f"Wie schrijft het plan: {one_of(Role)}. De quickscan kiest zijn regels "
        "hierop.",
    )
    period: Period | None = Field(
        default=None,
        alias="periode",
        description="De looptijd van de implementatie (JJJJ-MM-DD). Alle activiteiten vallen "
        "hierbinnen.",
    )
    organisation: Annotated[str | None, OnDocument()] = Field(
        default=None, alias="organisatie", description="De organisatie die dit plan uitvoert."
    )
    author: Annotated[str | None, OnDocument()] = Field(
        default=None, alias="auteur", description="Wie het plan schreef."
    )
    version: Annotated[str | None, OnDocument()] = Field(
        default=None,
        alias="versie",
        description='Versie van het plan, vrije tekst, bijvoorbeeld "1.2".',
    )
    intervention: Intervention = Field(
        alias="interventie", description="De interventie die je invoert of verspreidt."
    )
    goals: Items[Goal] = list_field("Wat wil je bereiken, waar, wanneer en bij wie?", "doelen")
    stakeholders: Items[Stakeholder] = list_field(
        "Betrokken partijen en belanghebbenden.", "betrokkenen"
    )
    team: Items[TeamMember] = list_field("Het implementatieteam.", "team")
    target_groups: Items[TargetGroup] = list_field(
        "Wie moet het weten, begrijpen, willen en doen?", "doelgroepen"
    )
    factors: Items[Factor] = list_field(
        "Beïnvloedende factoren: de checklist en eigen factoren.", "factoren"
    )
    phases: Phases = Field(alias="fasen", description="Activiteiten per fase.")
    kpis: Items[Kpi] = list_field("Meetbare indicatoren (SMART).", "kpis", title="KPI's")
    evaluation: Evaluation | None = Field(
        default=None, alias="evaluatie", description="Het evaluatieplan."
    )
    embedding: Embedding | None = Field(
        default=None, alias="borging", description="Hoe de interventie blijft."
    )
    budget: Budget | None = Field(
        default=None,
        alias="begroting",
        description="Wat de implementatie kost, wie het betaalt en hoeveel uren het vraagt.",
    )
    adjustments: Items[Adjustment] = list_field(
        "Logboek van bijstellingen: wat is veranderd en waarom.", "bijstellingen"
    )
    quickscan: QuickscanSettings | None = Field(
        default=None, description="Instellingen voor de quickscan."
    )

    def activities(self) -> list[tuple[str, int, Activity]]:
        """Every activity with its phase key and index, in phase order."""
        return [
            (phase, index, activity)
            for phase, items in self.phases.by_key().items()
            for index, activity in enumerate(items)
        ]

"""The plan's budget: what the implementation costs per year and who pays, and the hours it
asks of the people involved. Amounts are read the Dutch way (values.Number)."""

from pydantic import ConfigDict, Field

from .values import Count, Items, Number, PlanModel, list_field


class BudgetItem(PlanModel):
    model_config = ConfigDict(title="Begrotingspost")

    what: str = Field(alias="wat", description="Waar het geld voor is.")
    amount: Number = Field(alias="bedrag", description="Bedrag in euro's.")
    year: Count | None = Field(default=None, alias="jaar", description="Het jaar van de uitgave.")
    source: str | None = Field(
        default=None, alias="bron", description="Wie het betaalt (gemeente, fonds, eigen middelen)."
    )
    activity: str | None = Field(
        default=None, alias="activiteit", description="Code van de activiteit waar dit bij hoort."
    )
    spent: Number | None = Field(
        default=None,
        alias="besteed",
        description="Wat er tot nu toe van is uitgegeven, in euro's (bij de laatste bijwerking).",
    )


class Capacity(PlanModel):
    model_config = ConfigDict(title="Capaciteit")

    who: str = Field(alias="wie", description="Wie de uren maakt (persoon of functie).")
    hours_per_week: Number = Field(
        alias="uren_per_week", description="Hoeveel uur per week, gemiddeld over de looptijd."
    )


class Budget(PlanModel):
    model_config = ConfigDict(title="Begroting")

    items: Items[BudgetItem] = list_field("De begrotingsposten.", "posten")
    hours: Items[Capacity] = list_field("Capaciteit: wie hoeveel uur per week inzet.", "uren")
    explanation: str | None = Field(
        default=None, alias="toelichting", description="Toelichting op de begroting."
    )

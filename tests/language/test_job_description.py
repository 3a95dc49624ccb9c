"""The job-description reader: duties only from what the role does, requirements and nice-to-haves
apart, and a salary only where the ad talks about pay."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.job_skills import skills_named
from copilot.language.answers.jobdesc import duty_phrase, parse_job_description
from copilot.language.answers.offline import OfflineAnswerBackend
from copilot.language.cv import parse_cv

ADS = Path(__file__).parent / "cv_samples" / "job_ads"
SAMPLES = Path(__file__).parent / "cv_samples"


def ad(name: str):
    return parse_job_description((ADS / f"{name}.txt").read_text(encoding="utf-8"))


def test_prose_ad_with_budgets_and_project_values_has_duties_requirements_and_no_salary() -> None:
    job = ad("construction_budget_en")
    assert job.duties == (
        "run the day-to-day delivery of a GBP 32m secondary school in Bolton",
        "managing subcontractors on site",
        "chairing daily briefings and weekly progress meetings",
        "keeping the site diary and photographic records",
        "making sure every permit to work is closed out",
    )
    assert job.requirements[:1] == ("HNC or degree in Construction Management",)
    assert "experience on live education sites" in job.requirements
    assert job.nice_to_have == ("First Aid at Work is desirable", "NEBOSH Construction Certificate")
    assert job.salary == ""  # "turnover of GBP 240m", "(GBP 15-80m)" and "GBP 32m" are not pay
    assert job.about[0].startswith("Marlow & Pike is a regional main contractor")


def test_polish_ad_with_a_monthly_budget_and_mile_widziane_keeps_them_out_of_duties_and_pay() -> None:
    job = ad("marketing_budzet_pl")
    assert job.salary == ""  # "budżetem reklamowym ok. 350 tys. zł miesięcznie", "obrót 120 mln zł rocznie"
    assert job.duties[0] == "prowadzić kampanie Google Ads i Meta Ads"
    assert len(job.duties) == 4 and not any("SQL" in duty or "Mile" in duty for duty in job.duties)
    assert job.requirements == (
        "min. 3 lata doświadczenia w performance marketingu",
        "znajomość GA4 i Looker Studio",
        "samodzielność w prowadzeniu kampanii",
    )
    assert job.nice_to_have == ("znajomość SQL", "doświadczenie w branży sportowej")
    assert job.offer == ("umowę o pracę", "premię kwartalną", "pakiet medyczny")
    assert job.language == "pl"


def test_bulleted_ad_with_headings_and_a_salary_line() -> None:
    job = ad("bulleted_salary_en")
    assert len(job.duties) == 4 and job.duties[0] == "Own a book of around 60 mid-market accounts"
    assert job.requirements == (
        "3+ years in customer success or account management in B2B SaaS",
        "Confident presenting to senior stakeholders",
        "Experience with Salesforce or HubSpot",
    )
    assert job.nice_to_have == ("Experience in healthcare software", "A second European language")
    assert job.salary == "£48,000 – £55,000 per annum"  # not the "£18m" ARR
    assert job.offer == ("28 days holiday plus bank holidays",)
    assert not any("Customer Success Manager" in line or "hybrid" in line for line in job.lines)
    assert duty_phrase(job.duties[1], "en") == "running quarterly business reviews with practice owners"


def test_polish_ad_without_diacritics_reads_its_headings_and_monthly_gross_pay() -> None:
    job = ad("magazyn_bez_ogonkow_pl")
    assert job.duties == (
        "organizacja pracy zmiany (ok. 60 osob)",
        "planowanie obsady i grafikow",
        "nadzor nad BHP i wozkami widlowymi",
        "raportowanie KPI do kierownika magazynu",
    )
    assert len(job.requirements) == 3 and job.nice_to_have == ("uprawnienia UDT",)
    assert job.salary == "9 000 - 11 000 zl brutto/mies"
    assert job.offer == ("premie kwartalne",)  # the pay line is the salary, not a perk


def test_b2b_range_is_the_salary_and_a_transaction_value_is_not() -> None:
    job = ad("it_b2b_pl")
    assert job.salary == "24 000 – 30 000 zł netto + VAT (B2B)"
    assert [duty.split()[0] for duty in job.duties] == ["Budowa", "Projektowanie", "Współpraca"]
    assert job.requirements == (
        "4+ lata doświadczenia jako Data Engineer",
        "Bardzo dobra znajomość SQL i Pythona",
    )


def test_job_board_headings_in_polish_and_a_salary_range_among_benefits() -> None:
    job = ad("pracuj_ksiegowosc_pl")
    assert [duty.split()[0] for duty in job.duties] == ["weryfikacja", "uzgadnianie", "przygotowywanie"]
    assert job.requirements == ("minimum 2 lata doświadczenia w księgowości", "znajomość SAP FI")
    assert job.nice_to_have == ("znajomość języka niemieckiego",)
    assert job.offer == ("umowa o pracę", "dofinansowanie do karty sportowej") and job.salary == ""
    english = parse_job_description(
        "About the role\nWe're looking for a Backend Engineer to join our Payments team.\n\nWhat you'll do:\n"
        "- Design, build and run Python services on AWS\n- Manage 1,200 merchant integrations\n\n"
        "Requirements:\n- 4+ years of backend development\n- Nice to have: Kafka, Terraform\n\n"
        "Benefits:\n- £70,000 - £85,000 + equity\n- £500 learning budget\n"
    )
    assert english.duties == (
        "Design, build and run Python services on AWS",
        "Manage 1,200 merchant integrations",
    )
    assert english.nice_to_have == ("Kafka, Terraform",) and english.requirements == (
        "4+ years of backend development",
    )
    assert english.salary == "£70,000 - £85,000" and english.offer == ("£500 learning budget",)


def test_inline_labels_in_a_paragraph_split_duties_requirements_and_nice_to_haves() -> None:
    job = parse_job_description(
        "The Old Mill is a 60-cover bistro in York. We are looking for a Sous Chef to run the pass on busy nights.\n"
        "Responsibilities: ordering and stock rotation; training commis chefs; keeping HACCP records\n"
        "up to date. Requirements: 3+ years in a fresh-food kitchen, Level 2 Food Hygiene, knowledge of allergen\n"
        "law. Pastry experience is an advantage. We offer: free meals on shift, 28 days holiday."
    )
    assert job.duties == (
        "run the pass on busy nights",
        "ordering and stock rotation",
        "training commis chefs",
        "keeping HACCP records up to date",
    )
    assert job.requirements == (
        "3+ years in a fresh-food kitchen",
        "Level 2 Food Hygiene",
        "knowledge of allergen law",
    )
    assert job.nice_to_have == ("Pastry experience is an advantage",)
    assert job.offer == ("free meals on shift", "28 days holiday")
    assert job.about == ("The Old Mill is a 60-cover bistro in York",)


def test_a_requirement_listed_among_responsibilities_is_moved_to_requirements() -> None:
    job = parse_job_description(
        "Responsibilities\n- Plan weekly delivery routes\n- 2+ years of experience in transport planning\n"
        "- Handle driver queries\n"
    )
    assert job.duties == ("Plan weekly delivery routes", "Handle driver queries")
    assert job.requirements == ("2+ years of experience in transport planning",)


@pytest.mark.parametrize(
    ("line", "salary"),
    [
        ("Salary: £32,000 - £36,000 per annum", "£32,000 - £36,000 per annum"),
        ("The salary is £32,000 - £36,000 depending on experience.", "£32,000 - £36,000"),
        ("£14.50 per hour, paid weekly", "£14.50 per hour"),
        ("Pay: up to £50k + car allowance", "up to £50k"),
        ("£30,000 - £35,000 DOE", "£30,000 - £35,000 DOE"),
        ("Compensation: $120,000–$140,000 base plus equity", "$120,000–$140,000 base"),
        ("Wynagrodzenie: od 7000 zł brutto", "od 7000 zł brutto"),
        ("Widełki: 18-24 tys. zł netto (B2B)", "18-24 tys. zł netto (B2B)"),
        ("Widelki: 18-24 tys. zl netto (B2B)", "18-24 tys. zl netto (B2B)"),
        ("Stawka 45 zł/h brutto", "45 zł/h brutto"),
        ("Salary\n£38,000 – £44,000", "£38,000 – £44,000"),
        ("Wynagrodzenie 8 000 - 10 000 brutto", "8 000 - 10 000 brutto"),
        ("do 12 000 zł na rękę, umowa o pracę", "do 12 000 zł na rękę"),
    ],
)
def test_salary_is_read_where_pay_words_stand_by_it(line, salary) -> None:
    assert parse_job_description(line).salary == salary


@pytest.mark.parametrize(
    "line",
    [
        "Halden Construction delivers commercial buildings (GBP 10-60m) across the Midlands.",
        "You will manage a budget of £2m and projects worth £300k each.",
        "zarządzać budżetem ok. 400 tys. zł miesięcznie",
        "Budżet kampanii 20 000 zł brutto miesięcznie",
        "Our turnover is £120m and we raised £12m in 2023.",
        "Obrót 50 mln zł rocznie.",
        "Managing a marketing spend of £250k per year",
        "Sklep obsługuje 60 tys. zamówień miesięcznie",
        "Contract value 400 000 PLN",
        "Shift rota including nights (shift allowance paid).",
    ],
)
def test_budgets_turnover_and_project_values_are_never_a_salary(line) -> None:
    assert parse_job_description(line).salary == ""


def test_gaps_name_tools_not_glosses_kinds_of_tool_or_what_can_still_be_obtained() -> None:
    requirements = parse_job_description(
        "Requirements: 2+ years in a SOC; hands-on with a SIEM (Sentinel preferred) and EDR; commercial awareness "
        "(GP, costing); SMSTS or willingness to obtain; experience with AWS (Lambda, S3) or GCP; understanding of "
        "MITRE ATT&CK"
    ).requirements
    assert len(requirements) == 6
    assert skills_named(requirements) == [["AWS", "Lambda", "GCP"], ["MITRE", "ATT", "CK"]]


def test_answers_take_duties_not_requirements_and_no_salary_from_a_budget() -> None:
    context = AnswerContext(
        cv=(SAMPLES / "project_based_engineer.txt").read_text(encoding="utf-8"),
        company="Marlow & Pike",
        position="Site Manager",
        job_description=(ADS / "construction_budget_en.txt").read_text(encoding="utf-8"),
        full_name="Liam O'Connor",
        language="en",
    )
    backend = OfflineAnswerBackend()
    why = backend.compose("Why do you want this role?", context, "en").text
    assert "degree" not in why and "HNC" not in why and "Nice to have" not in why
    salary = backend.compose("What are your salary expectations?", context, "en").text
    assert "15-80" not in salary and "240" not in salary and "32m" not in salary
    assert parse_cv(context.cv).current_role.employer == "Halcrow Build Ltd"


def test_places_in_any_polish_case_are_never_skill_gaps() -> None:
    lines = (
        "Znajomość przepisów prawa pracy w Polsce i ZUS",
        "Experience of motor claims in Ireland",
        "Praca w Krakowie",
    )
    assert skills_named(lines) == [["ZUS"]]


def test_a_registration_or_certificate_the_ad_requires_is_no_tool_gap() -> None:
    requirements = (
        "GDC registration",
        "Current BLS certificate",
        "Experience with Dentally practice software",
    )
    assert skills_named(requirements) == [["Dentally"]]


def test_a_law_or_a_rule_book_is_knowledge_not_a_tool_gap() -> None:
    lines = (
        "Sound knowledge of the Children Act 1989 and Working Together guidance",
        "Experience with Liquidlogic or Mosaic case recording",
        "Knowledge of Building Regulations Part B",
    )
    assert skills_named(lines) == [["Liquidlogic", "Mosaic"]]


@pytest.mark.parametrize(
    ("duty", "said"),
    [
        (
            "tworzeniem harmonogramów treści i koordynacją sesji",
            "tworzenie harmonogramów treści i koordynacja sesji",
        ),
        ("obsługą reklamacji klientów", "obsługa reklamacji klientów"),
        ("partnerem dla kierowników sklepów", "bycie partnerem dla kierowników sklepów"),
        ("liderką zespołu sprzedaży", "bycie liderką zespołu sprzedaży"),
    ],
)
def test_a_polish_duty_in_the_instrumental_is_said_as_an_activity_or_a_role(duty: str, said: str) -> None:
    assert duty_phrase(duty, "pl") == said


def test_why_us_repeats_what_the_company_does_not_its_registered_name() -> None:
    context = AnswerContext(
        cv="Doświadczenie\nSpecjalistka ds. marketingu, Hotel Sosna, 2021 – obecnie\n"
        "- prowadzenie profili hotelu w mediach społecznościowych, wzrost obserwujących o 40%\n",
        company="Grupa Piekarnicza Złoty Kłos Sp. z o.o.",
        position="Specjalistka ds. marketingu",
        job_description="""Specjalistka ds. marketingu
Grupa Piekarnicza Złoty Kłos Sp. z o.o.

Złoty Kłos to sieć 30 piekarni rzemieślniczych na Pomorzu i Kujawach.

Czym się zajmiesz:
- prowadzeniem profili marki w mediach społecznościowych
- przygotowywaniem kampanii sezonowych i współpracą z lokalnymi twórcami

Wymagania:
- 2 lata doświadczenia w social media
""",
        language="pl",
    )
    answer = OfflineAnswerBackend().compose("Dlaczego chce Pani pracować akurat u nas?", context).text
    assert "sieć 30 piekarni" in answer and ": Grupa Piekarnicza" not in answer


def test_the_position_is_said_without_the_ads_brackets_and_level_suffix() -> None:
    context = AnswerContext(
        cv="Experience\nAndroid Developer, Fernway Retail, 2022 - present\n- Built the receipts feature in Kotlin\n",
        company="Kestrel Pay",
        position="Android Developer (Kotlin) – Mid Level",
        job_description="Android Developer (Kotlin) – Mid Level\n\nWhat you'll do\n- Build payment features in the Android app\n",
    )
    answer = OfflineAnswerBackend().compose("Why do you want this job?", context).text
    closing = OfflineAnswerBackend().compose("Do you have any questions for us?", context).text
    assert "(Kotlin)" not in answer + closing and "Mid Level" not in answer + closing


def test_the_half_of_a_duty_with_only_a_pronoun_for_its_object_is_no_duty_and_hold_is_a_verb():
    from copilot.language.answers.jobdesc import duty_phrase

    assert duty_phrase("będziesz go kontrolować razem z zewnętrzną agencją", "pl") == ""
    assert duty_phrase("You'll hold a mixed caseload, including children on plans", "en").startswith(
        "holding a mixed caseload"
    )


def test_two_words_after_a_comma_finish_the_duty_before_them():
    job = parse_job_description(
        "Responsibilities\n- Work with subject matter experts to turn complex content into clear, engaging learning.\n"
    )
    assert job.duties == (
        "Work with subject matter experts to turn complex content into clear, engaging learning",
    )

"""English CV lines said aloud (articles, tense, shorthand), lines read in the other language, and
job-ad duties as phrases the candidate can say."""

from __future__ import annotations

import pytest

from copilot.language.answers.jobdesc import duty_phrase
from copilot.language.cv.model import Role
from copilot.language.cv.spoken import role_prefix, spoken_role
from tests.language.spoken import NOW_EN, NOW_PL, THEN_EN, THEN_PL, said, summary

# -- English articles, tense and clauses ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "role", "expected"),
    [
        ("Won largest deal in team history", NOW_EN, "I won the largest deal in team history."),
        (
            "Cut cold start time from 2.8s to 1.1s",
            NOW_EN,
            "I cut the cold start time from 2.8 seconds to 1.1 seconds.",
        ),
        ("Cut datadog bill by roughly 60%", THEN_EN, "I cut the Datadog bill by roughly 60%."),
        ("Reduced crash rate from 2.1% to 0.3%", THEN_EN, "I reduced the crash rate from 2.1% to 0.3%."),
        (
            "Wrote first allergen policy in the group",
            THEN_EN,
            "I wrote the first allergen policy in the group.",
        ),
        ("Led team of 6 nurses on night shifts", THEN_EN, "I led a team of 6 nurses on night shifts."),
        (
            "Led migration of the ward rota to e-rostering",
            THEN_EN,
            "I led the migration of the ward rota to e-rostering.",
        ),
        ("Designed new seasonal menu", NOW_EN, "I designed a new seasonal menu."),
        (
            "Maintained Java Android app for a bus operator",
            THEN_EN,
            "I maintained a Java Android app for a bus operator.",
        ),
        ("Built React dashboard for ward managers", THEN_EN, "I built a React dashboard for ward managers."),
        ("Grew revenue by 25% in 2 yrs", NOW_EN, "I grew revenue by 25% in 2 years."),
        ("Reduced medication errors by 30%", THEN_EN, "I reduced medication errors by 30%."),
        ("Reduced waste by 20% in two months", THEN_EN, "I reduced waste by 20% in two months."),
        ("Cut food cost from 34% to 29%", NOW_EN, "I cut the food cost from 34% to 29%."),
        ("Increased NPS from 32 to 51", NOW_EN, "I increased NPS from 32 to 51."),
        (
            "Worked on accessibility audit for the booking site",
            THEN_EN,
            "I worked on an accessibility audit for the booking site.",
        ),
        (
            "Churn prediction model for pay-monthly customers",
            THEN_EN,
            "I worked on a churn prediction model for pay-monthly customers.",
        ),
        ("terraform for all aws infra", THEN_EN, "I worked on Terraform for all AWS infra."),
        ("Sea swimming, volunteering", THEN_EN, "I did sea swimming and volunteering."),
    ],
)
def test_english_shorthand_gets_its_articles_back(line: str, role: Role, expected: str) -> None:
    assert said(line, role, "en") == expected


@pytest.mark.parametrize(
    ("line", "role", "expected"),
    [
        (
            "Mentor two junior chefs; run weekly tasting sessions",
            NOW_EN,
            "I mentor two junior chefs and run weekly tasting sessions.",
        ),
        (
            "Mentor two junior chefs; run weekly tasting sessions",
            THEN_EN,
            "I mentored two junior chefs and ran weekly tasting sessions.",
        ),
        (
            "Built a forecasting model (LightGBM) for 2,400 stores; cut forecast error from 31% to 19%",
            THEN_EN,
            "I built a forecasting model for 2,400 stores and cut the forecast error from 31% to 19%.",
        ),
        ("Built and maintain the recipe library", NOW_EN, "I built and maintain the recipe library."),
        ("Built and maintain the recipe library", THEN_EN, "I built and maintained the recipe library."),
        (
            "Built dashboards and report templates for finance",
            THEN_EN,
            "I built dashboards and report templates for finance.",
        ),
        (
            "Booked 40+ meetings per month as SDR; promoted to AE after 14 months",
            THEN_EN,
            "I booked 40+ meetings per month as SDR and was promoted to AE after 14 months.",
        ),
        (
            "Migrated 120 services to EKS, took about 14 months",
            THEN_EN,
            "I migrated 120 services to EKS, which took about 14 months.",
        ),
        (
            "Recipe app, React + Express with offline mode, deployed on Netlify",
            THEN_EN,
            "I worked on a recipe app, React and Express with offline mode and deployed it on Netlify.",
        ),
        (
            "Medication error in 2021, antibiotic given late, reported it on Datix",
            THEN_EN,
            "There was a medication error in 2021, antibiotic given late; I reported it on Datix.",
        ),
        (
            "Medication error in 2021 (antibiotic given late); reported it on Datix, took part in the review",
            THEN_EN,
            "There was a medication error in 2021; I reported it on Datix and took part in the review.",
        ),
        (
            "Recognised a deteriorating patient, escalated to outreach, patient transferred to HDU within 20 minutes. "
            "Used as a case study in trust training",
            THEN_EN,
            "I recognised a deteriorating patient and escalated to outreach, and the patient was transferred to HDU "
            "within 20 minutes. It was used as a case study in trust training.",
        ),
        (
            "Owned the returns flow; shipped 3 releases. Adopted by 2 other teams",
            THEN_EN,
            "I owned the returns flow and shipped 3 releases. It was adopted by 2 other teams.",
        ),
        (
            "Disagreement with the Housekeeping Manager over early check-ins → agreed a shared board",
            THEN_EN,
            "There was a disagreement with the Housekeeping Manager over early check-ins; I agreed a shared board.",
        ),
        (
            "Largest deal: £210k ACV, 3-year contract -",
            THEN_EN,
            "My largest deal was £210k ACV, 3-year contract.",
        ),
        (
            "Upselling programme at check-in: upsell revenue up from £7.2k to £19.5k",
            THEN_EN,
            "I ran an upselling programme at check-in, and upsell revenue went up from £7.2k to £19.5k.",
        ),
        (
            "Dispensing error (2022): a patient received 40mg instead of 10mg",
            THEN_EN,
            "There was a dispensing error in 2022: a patient received 40mg instead of 10mg.",
        ),
        (
            "Difficult patient: upset over an out-of-stock product",
            THEN_EN,
            "I once had a difficult patient: upset over an out-of-stock product.",
        ),
        (
            "Packing line gearbox failed in 2021 with no spare on site; afterwards built a spares list",
            THEN_EN,
            "The packing line gearbox failed in 2021 with no spare on site, and afterwards I built a spares list.",
        ),
        (
            "Server room flooded overnight, moved the team to the backup site by 9 am",
            THEN_EN,
            "The server room flooded overnight, and I moved the team to the backup site by 9 am.",
        ),
        (
            "Launched 12 products in 2023, 8 passed the first review, premium range delisted for low sales",
            THEN_EN,
            "I launched 12 products in 2023, 8 passed the first review and a premium range was delisted for low sales.",
        ),
        (
            "March – October 2021: clinic redeployed as a vaccination centre – 400 jabs a day",
            THEN_EN,
            "From March to October 2021, the clinic was redeployed as a vaccination centre, 400 jabs a day.",
        ),
        (
            "Recognising and escalating deterioration using NEWS2",
            NOW_EN,
            "I recognise and escalate a deterioration using NEWS2.",
        ),
        ("Care of up to 8 patients per shift", NOW_EN, "I care for up to 8 patients per shift."),
        (
            "Engineer in charge of the night shift",
            THEN_EN,
            "I was the engineer in charge of the night shift.",
        ),
        ("Head chef, 40-cover bistro", NOW_EN, "I work as a head chef, 40-cover bistro."),
        (
            "After a failed 3.1 release (May 2023) rewrote the smoke tests with the QA lead",
            THEN_EN,
            "After a failed 3.1 release in May 2023, I rewrote the smoke tests with the QA lead.",
        ),
        (
            "One of 4 buyers on the packaging category",
            THEN_EN,
            "I was one of 4 buyers on the packaging category.",
        ),
        (
            "Re-validated the dissolution method, run time reduced from 40 to 25 min",
            THEN_EN,
            "I re-validated the dissolution method and a run time was reduced from 40 to 25 minutes.",
        ),
        (
            "Chromeleon 7 – sequence set-up and reporting",
            THEN_EN,
            "I worked with Chromeleon 7, sequence set-up and reporting.",
        ),
        (
            "sre / devops engineer, platform team",
            NOW_EN,
            "I work as an SRE / DevOps engineer, in the platform team.",
        ),
        (
            "Designer in the Budgeting squad, working with PM and 4 engineers",
            NOW_EN,
            "I'm the designer in the Budgeting squad, working with PM and 4 engineers.",
        ),
        ("Sometimes had 3 projects at once", THEN_EN, "I sometimes had 3 projects at once."),
        # A later clause or sentence with its own subject keeps it: nothing "was went", nobody "worked on" it.
        (
            "Rebuilt the onboarding deck as a Rise module; completion rate went from 54% to 93%.",
            THEN_EN,
            "I rebuilt the onboarding deck as a Rise module and the completion rate went from 54% to 93%.",
        ),
        (
            "Rebuilt the onboarding deck as a Rise module, completion rate went from 54% to 93%",
            THEN_EN,
            "I rebuilt the onboarding deck as a Rise module and the completion rate went from 54% to 93%.",
        ),
        (
            "Mentor the site apprentices. Two have now finished their Level 3 and are on the team full-time.",
            NOW_EN,
            "I mentor the site apprentices. Two have now finished their Level 3 and are on the team full-time.",
        ),
        (
            "Set up nurse-led weight clinics. Nurse clinic income went up £28k in the first year.",
            THEN_EN,
            "I set up nurse-led weight clinics. The nurse clinic income went up £28k in the first year.",
        ),
    ],
)
def test_english_clauses_keep_tense_and_join_with_and(line: str, role: Role, expected: str) -> None:
    assert said(line, role, "en") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "on-call, incident commander, wrote postmortem template, MTTR went from ~2h to ~40min",
            "I was on call and an incident commander, and I wrote a postmortem template, MTTR went from about "
            "2 hours to about 40 minutes.",
        ),
        (
            "ci/cd w/ gitlab ci, build times 25min -> 8min",
            "I worked on CI/CD with GitLab CI, build times from 25 minutes to 8 minutes.",
        ),
        (
            "Handled supplier negotiations, saving £20k/yr",
            "I handled supplier negotiations, saving £20k per year.",
        ),
    ],
)
def test_cv_shorthand_is_read_out_as_words(line: str, expected: str) -> None:
    assert said(line, THEN_EN, "en") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "devops engineer w/ ~7 yrs, mostly aws + k8s. before that linux admin. like automating boring stuff",
            "I'm a DevOps engineer with about 7 years of experience, mostly AWS and Kubernetes. Before that, I "
            "worked as a Linux admin. I like automating boring stuff.",
        ),
        ("Quota-carrying B2B sales professional", "I'm a quota-carrying B2B sales professional."),
        ("Comfortable owning features end to end", "I'm comfortable owning features end to end."),
        ("Data-driven, calm with escalations.", "I'm data-driven, calm with escalations."),
        (
            "Track record in turning around at-risk accounts.",
            "I have a track record in turning around at-risk accounts.",
        ),
        ("SRE with 5 years in fintech", "I'm an SRE with 5 years in fintech."),
        (
            "Back in the UK after a planned career break, and ready for the step up.",
            "I'm back in the UK after a planned career break, and ready for the step up.",
        ),
    ],
)
def test_english_summaries_are_first_person_sentences(line: str, expected: str) -> None:
    assert summary(line, "en") == expected


def test_a_role_whose_title_is_a_web_address_is_an_employer() -> None:
    role = Role("Kiwi.com brno", "", current=True)
    assert role_prefix(role, "en") == "In my current role at Kiwi.com brno, "
    assert (
        spoken_role(Role("SDR → Account Executive", "Salesforce"), "en")
        == "SDR, then Account Executive at Salesforce"
    )


# -- lines in the other language ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "role", "gender", "expected"),
    [
        ("Own a book of 65 accounts", NOW_EN, "m", "Odpowiadam za „a book of 65 accounts”."),
        ("Owned a book of 65 accounts", NOW_EN, "m", "Odpowiadałem za „a book of 65 accounts”."),
        ("Teach Chemistry to GCSE", NOW_EN, "f", "Uczę „Chemistry to GCSE”."),
        ("Taught Chemistry to GCSE", THEN_EN, "f", "Uczyłam „Chemistry to GCSE”."),
        (
            "Mentor two junior chefs; run weekly tastings",
            NOW_EN,
            "f",
            "Jestem mentorką dla „two junior chefs” i prowadzę „weekly tastings”.",
        ),
        ("Onboard and coach new CSMs", NOW_EN, "m", "Wdrażam i szkolę „new CSMs”."),
        (
            "Worked with the security team on pinning",
            THEN_EN,
            "f",
            "Współpracowałam z „the security team on pinning”.",
        ),
        ("Worked on accessibility audit", THEN_EN, "m", "Pracowałem nad „accessibility audit”."),
        (
            "Set up Crashlytics and reduced crash rate to 0.3%",
            THEN_EN,
            "m",
            "Uruchomiłem „Crashlytics” i zmniejszyłem „crash rate to 0.3%”.",
        ),
        ("Redesigned the check-in flow", THEN_EN, "f", "Przeprojektowałam „the check-in flow”."),
        ("Took over a failing project", THEN_EN, "f", "Przejęłam „a failing project”."),
        ("Track record in retention", NOW_EN, "f", "— jak piszę w CV — „Track record in retention”."),
        ("Took part in a hospital audit", THEN_EN, "m", "Brałem udział w „a hospital audit”."),
    ],
)
def test_an_english_line_in_a_polish_answer_translates_its_verb_in_the_roles_tense(
    line: str, role: Role, gender: str, expected: str
) -> None:
    assert said(line, role, "pl", written="en", gender=gender) == expected


@pytest.mark.parametrize(
    ("line", "role", "expected"),
    [
        ("Koordynacja dostaw dla 40 sklepów", NOW_PL, "I coordinate deliveries for 40 shops."),
        ("Koordynacja dostaw dla 40 sklepów", THEN_PL, "I coordinated deliveries for 40 shops."),
        ("Nadzór nad 2 młodszymi konstruktorami", NOW_PL, "I supervise 2 junior designers."),
        ("Opieka nad pacjentami po zabiegach", THEN_PL, "I looked after patients after procedures."),
        ("Wsparcie przy inwentaryzacji", THEN_PL, "I helped with “inwentaryzacji”."),
        ("Wdrożenie systemu ERP w 3 oddziałach", NOW_PL, "I implemented an ERP system in 3 branches."),
        (
            "Wdrożenie i szkolenie 3 nowych księgowych",
            NOW_PL,
            "I implemented and trained 3 new accountants.",
        ),
        (
            "Skrócenie czasu przezbrojenia z 45 do 20 minut",
            THEN_PL,
            "I shortened changeover time from 45 to 20 minutes.",
        ),
        (
            "Odpowiedzialność za zamknięcia miesięczne",
            NOW_PL,
            "I am responsible for monthly closes.",
        ),
        ("Rekrutacje specjalistów IT", THEN_PL, "I recruited IT specialists."),
        ("Zrealizowałam 3 kampanie", THEN_PL, "I delivered 3 campaigns."),
        ("Realizuję projekty", NOW_PL, "I deliver projects."),
        ("Hala magazynowa 18 000 m²", THEN_PL, "I was responsible for a warehouse hall of 18 000 m²."),
        ("Wsparcie techniczne użytkowników", NOW_PL, "I'm responsible for users' technical support."),
        ("Zadania różne", NOW_PL, "— in my CV's words — “Zadania różne”."),
    ],
)
def test_a_polish_line_in_an_english_answer_translates_its_opening(
    line: str, role: Role, expected: str
) -> None:
    assert said(line, role, "en", written="pl") == expected


# -- job-ad duties ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        (
            "Run and evolve our Kubernetes-based platform on AWS (hundreds of services)",
            "en",
            "running and evolving the Kubernetes-based platform on AWS",
        ),
        ("You will shape and own the product roadmap", "en", "shaping and owning the product roadmap"),
        (
            "Design, build and run services for your customers",
            "en",
            "designing, building and running services for the customers",
        ),
        (
            "Build pipeline together with SDRs; forecast accurately",
            "en",
            "building pipeline together with SDRs",
        ),
        ("Own reliability: SLOs, incident response, postmortems", "en", "owning reliability"),
        (
            "partnerem dla menedżerów obszaru Technology",
            "pl",
            "bycie partnerem dla menedżerów obszaru Technology",
        ),
        (
            "Projektowanie podzespołów dla naszych klientów",
            "pl",
            "projektowanie podzespołów dla waszych klientów",
        ),
        ("System rezerwacji hoteli", "pl", "system rezerwacji hoteli"),
    ],
)
def test_job_ad_duties_read_as_phrases_the_candidate_can_say(line: str, language: str, expected: str) -> None:
    assert duty_phrase(line, language) == expected


def test_a_frequency_word_before_a_role_and_now_before_a_participle_keep_their_subject() -> None:
    from tests.language.spoken import NOW_EN, said

    assert said("Manage 25 live matters. Often the client's first point of contact.", NOW_EN, "en").endswith(
        "I'm often the client's first point of contact."
    )
    assert said(
        "Rebuilt the precedent pack after the IDTA came in. Now used by 14 fee earners.", NOW_EN, "en"
    ).endswith("It's now used by 14 fee earners.")


def test_a_participle_describing_the_subject_is_no_verb_of_mine() -> None:
    from tests.language.spoken import NOW_EN, said

    assert said(
        "Introduced a safety checklist. Reported anaesthetic incidents fell 40% over 18 months.", NOW_EN, "en"
    ) == ("I introduced a safety checklist. Reported anaesthetic incidents fell 40% over 18 months.")


def test_a_role_with_its_kind_before_it_and_all_of_them_as_a_subject() -> None:
    from tests.language.spoken import NOW_EN, said

    assert said(
        "Clinical coach to 5 student nurses. All passed their OSCEs at the first attempt.", NOW_EN, "en"
    ) == ("I'm a clinical coach to 5 student nurses. All passed their OSCEs at the first attempt.")
    assert (
        said("Lead hand for 6 engineers across 4 lines", NOW_EN, "en")
        == "I'm the lead hand for 6 engineers across 4 lines."
    )
    assert said(
        "Wrote a negotiation playbook. Their turnaround on standard deals went from 9 to 4 working days.",
        NOW_EN,
        "en",
    ).endswith("Their turnaround on standard deals went from 9 to 4 working days.")

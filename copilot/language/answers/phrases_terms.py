"""Sentences about pay and start dates: a figure inside a posted range, the contract form, notice
periods (logistics.py). Each pattern has one or more variants."""

EN: dict[str, tuple[str, ...]] = {
    "salary_current": (
        "I'm happy to share my current package with HR, but I'd rather not anchor on it: what matters more to me is the range for this role.",
    ),
    "salary_flexible": ("I'm open on how the rest of the package is put together.",),
    "salary_contract_employment": ("The employment contract you offer suits me well.",),
    "salary_range_said": ("The range you mention, {salary}, works for me.",),
    "salary_contract": (
        "On the contract, I'm open to both B2B and a permanent contract; I'd compare them on the whole package, because on B2B paid holiday and sick leave aren't included.",
    ),
    "salary_range": (
        "The range in the posting, {salary}, works for me; where I land in it depends on the scope and the full package.",
        "I saw the range of {salary} in the offer, and that's in line with what I'm looking for.",
    ),
    "salary_figure": ("I'd aim for around {figure}.",),
    "salary_figure_years": (
        "With {years} years of experience behind me, I'd aim for around {figure}.",
        "Given my {years} years in this kind of work, around {figure} is what I have in mind.",
    ),
    "salary_open": (
        "Given {years_phrase}the scope of {role}, I'm aiming at the market rate for this level.",
        "For {role}, with {years_phrase}my background, I'm looking at the going market rate for the level.",
    ),
    "salary_ask": (
        "I'd be glad to hear the budget you have in mind, and I'm flexible on how the package is put together.",
        "What range have you planned for the role? I'm open on the structure of the package.",
    ),
    "avail_cv": ("As my CV says: {line}.",),
    "avail_notice": (
        "I'm currently {title_at}, so I'd need to serve my notice period; I'd confirm the exact start date once we agree.",
        "I'd start after my notice period at {employer}; once we agree, I'll confirm the exact date.",
    ),
    "avail_free": (
        "I'm available to start at short notice, and I can confirm an exact date as soon as we agree.",
    ),
    "avail_self_employed": (
        "As I'm self-employed, I can plan my start around the work already booked: I'd finish those jobs properly and could start soon after, on a date we agree.",
    ),
    "avail_handover": ("I'd also make sure my current work is handed over properly.",),
}

PL: dict[str, tuple[str, ...]] = {
    "salary_current": (
        "Obecne wynagrodzenie chętnie podam działowi HR, ale wolę się do niego nie odnosić: ważniejsze są dla mnie widełki na tym stanowisku.",
    ),
    "salary_flexible": ("Co do pozostałych elementów pakietu jestem elastyczny.",),
    "salary_contract_employment": ("Umowa o pracę, którą oferujecie, bardzo mi odpowiada.",),
    "salary_range_said": ("Widełki, o których Pan mówi, {salary}, są dla mnie w porządku.",),
    "salary_contract": (
        "Co do formy, obie wchodzą w grę, B2B i umowa o pracę; porównałbym je po całym pakiecie, bo na B2B nie ma płatnego urlopu ani chorobowego.",
    ),
    "salary_range": (
        "Widełki z ogłoszenia, {salary}, są dla mnie w porządku; konkretna kwota zależy od zakresu obowiązków i całego pakietu.",
        "Zakres {salary} z oferty odpowiada moim oczekiwaniom.",
    ),
    "salary_figure": ("Celuję w okolice {figure}.",),
    "salary_figure_years": ("Mając {years_pl_count} doświadczenia, celuję w okolice {figure}.",),
    "salary_open": (
        "Biorąc pod uwagę {years_phrase}zakres tej roli, celuję w stawkę rynkową dla tego poziomu.",
    ),
    "salary_ask": (
        "Chętnie usłyszę, jaki budżet jest przewidziany na to stanowisko; co do struktury pakietu jestem elastyczny.",
        "Jaki budżet macie Państwo przewidziany na tę rolę? Jestem otwarty co do formy współpracy.",
    ),
    "avail_cv": ("Tak jak piszę w CV: {line}.",),
    "avail_notice": (
        "Obecnie pracuję jako {title_at}, więc obowiązuje mnie okres wypowiedzenia; dokładną datę potwierdzę, kiedy się dogadamy.",
        "Mogę zacząć po okresie wypowiedzenia; dokładną datę potwierdzę od razu po naszych ustaleniach.",
    ),
    "avail_notice_statutory": (
        "Przy moim stażu w firmie {employer} ustawowe wypowiedzenie na umowie o pracę to {period}, co jeszcze potwierdzę w swojej umowie; jeśli uda się je skrócić za porozumieniem stron, mogę zacząć wcześniej.",
    ),
    "avail_free": (
        "Mogę zacząć w krótkim terminie, a dokładną datę potwierdzę od razu po naszych ustaleniach.",
    ),
    "avail_self_employed": (
        "Prowadzę własną działalność, więc start mogę zaplanować wokół już przyjętych zleceń: porządnie je zakończę i mogę zacząć wkrótce potem, w terminie, który ustalimy.",
    ),
    "avail_handover": ("Zadbam też o porządne przekazanie obecnych obowiązków.",),
}

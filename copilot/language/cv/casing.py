"""Where a CV line's first letter goes lowercase once the line sits inside a spoken sentence."""

from __future__ import annotations

import re

from copilot.language.text import fold, word_set
from copilot.language.verbs import is_past_tense, verb_base

# Acronyms, camel case, words with digits and "I" keep their letters as written.
KEEP_CASE = re.compile(r"^(?:[A-Z0-9]{2,}(?:[/&.+-][A-Z0-9]+)*|[A-Z][a-z]+[A-Z]\w*|[A-Z]\w*\d\w*|I)$")
_SMALL_WORDS = word_set("the a an in at on for with from to of and")
# "Recipe Finder": a capitalised word followed by another capitalised, lowercase-continued word.
_TITLE_WORD = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż'’-]+[,.:;]?$")


def lower_first(text: str) -> str:
    """ "Built a tool" → "built a tool"; names in Title Case ("Recipe Finder") and acronyms stay."""
    first, _, rest = text.partition(" ")
    if KEEP_CASE.match(first.strip(",:;")) or not first or first.strip(",:;") in _NAMES:
        return text
    bare = fold(first).strip(",")
    following = rest.split()[0] if rest.split() else ""
    if (
        _TITLE_WORD.match(following)
        and first[:1].isupper()
        and bare not in _SMALL_WORDS
        and not (verb_base(bare) or is_past_tense(bare))
    ):
        return text  # a name in Title Case ("Recipe Finder"), not a sentence start
    return first[:1].lower() + first[1:] + (" " + rest if rest else "")


# Names and acronyms a CV typed in lowercase ("splunk", "siem", "aws") said as they are written. Words
# that are also ordinary words ("teams", "elastic", "word", "lean") are left alone.
def _by_lowercase(words: str) -> dict[str, str]:
    return {word.lower(): word for word in words.split()}


_PROPER = _by_lowercase(
    """
    AWS GCP EC2 EKS ECS S3 SRE CI/CD API APIs SQL NoSQL RHEL KPI KPIs OKR OKRs CRM ERP WMS TMS CMMS SIEM SOC
    CI EDR XDR IDS IPS VPN DNS DHCP TCP/IP LAN WAN MFA SSO IAM IOC IOCs KQL SPL O365 M365 GDPR AML KYC NDA NDAs
    HACCP COSHH RIDDOR IOSH NEBOSH CSCS SMSTS SSSTS PPE LOTO TPM 5S OEE SLA SLAs SLO SLOs ROI ROAS CPA CPC CTR
    SEO SEM PPC UX UI QA QC HR B2B B2C SaaS NHS PRINCE2 ITIL PMP CIPD ACCA CIMA CPA RICS BIM CAD MEP
    HVAC PLC HMI SCADA GA4 GTM CMS HTML CSS JSON XML PHP iOS macOS DevOps DevSecOps FinOps MLOps
    Linux Windows Excel PowerPoint Outlook SharePoint OneDrive Intune Entra Salesforce HubSpot Zendesk
    ServiceNow Jira Confluence Slack Trello Asana Tableau Looker Qlik Python Java JavaScript TypeScript React
    Angular Vue Node.js Django Flask Docker Kubernetes Terraform Ansible Jenkins GitLab GitHub Git
    Azure PostgreSQL Postgres MySQL MongoDB Redis Kafka Airflow Snowflake Databricks BigQuery Figma Photoshop
    Illustrator InDesign AutoCAD Revit SolidWorks MATLAB SAP Oracle WordPress Shopify Magento Splunk
    CrowdStrike Wazuh Sysmon Proxmox TryHackMe HackTheBox NetFlow Wireshark Nessus Qualys Okta Datadog
    Grafana Prometheus Kibana Zabbix Nagios Cisco Fortinet Sophos Mimecast Procore Xero QuickBooks
    iManage DocuSign Ironclad LinkedIn Facebook Instagram TikTok YouTube Google Microsoft Amazon Meta
    FreshMail Mailchimp Canva Hootsuite Semrush Ahrefs Trans.eu Timocom Multivac Ishida Siemens Danfoss
    Sinamics ePLAN Powerproject Navision Symfonia Comarch Subiekt Allegro OLX Android Kotlin Flutter
    Jetpack Firebase PowerShell VMware Veeam LIMS HPLC GMP GLP Agilent Shimadzu PayPal Adyen Revolut
    """
)
# English only: in Polish these are written in lowercase ("angielski", "styczeń").
_PROPER_EN = _by_lowercase(
    """
    British English Italian French German Spanish Portuguese Dutch Irish Scottish Welsh European
    Asian Chinese Japanese Indian American Ukrainian Russian Czech Nordic UK EU USA
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February April June July
    August September October November December
    London Manchester Birmingham Leeds Glasgow Edinburgh Liverpool Bristol Sheffield Cardiff Belfast
    Newcastle Nottingham Leicester Cambridge Oxford Dublin Brighton Southampton Coventry Wakefield Doncaster
    Warsaw Krakow Wroclaw Gdansk Poznan Lodz Katowice Szczecin Lublin Gdynia Berlin Paris Amsterdam Munich
    Hamburg Prague Vienna Madrid Barcelona Rome Milan Verona
    """
)
_NAMES = frozenset(_PROPER.values()) | frozenset(_PROPER_EN.values())
_VERB_TOO = {"excel": r"\s+(?:at|in)\b", "react": r"\s+(?:to|quickly|well|fast)\b"}
_NAME_WORD = re.compile(r"(?<![\w/.@-])([a-z][a-z0-9]*(?:[./][a-z0-9]+)*)(?![\w@-]|\.[a-z])")


def proper_case(text: str, language: str = "en") -> str:
    """ "monitoring alerts in splunk and crowdstrike, siem tuning" → "... in Splunk and CrowdStrike, SIEM
    tuning"; in an English line also "british", "london" and a lone "i"."""
    names = {**_PROPER, **_PROPER_EN} if language == "en" else _PROPER

    def named(match: re.Match[str]) -> str:
        word = match.group(1)
        if language == "en" and word == "i":
            return "I"
        if word in _VERB_TOO and re.match(_VERB_TOO[word], text[match.end() :]):
            return word  # "excel at", "react to"
        return names.get(word, word)

    for phrase, said in _PROPER_PHRASES.items():
        text = re.sub(rf"(?<![\w-]){phrase}(?![\w-])", said, text, flags=re.I)
    return _NAME_WORD.sub(named, text)


# Names of two words, said as written whatever the CV's casing: "power bi" → "Power BI".
_PROPER_PHRASES = {
    phrase.lower(): phrase
    for phrase in (
        "Power BI",
        "Google Ads",
        "Google Analytics",
        "Meta Ads",
        "Looker Studio",
        "Blue Yonder",
        "MS Project",
        "Microsoft Office",
        "Office 365",
        "Google Sheets",
        "Google Workspace",
        "Active Directory",
        "Dynamics 365",
        "Sage 50",
        "TIA Portal",
        "Power Automate",
        "Power Apps",
        "Visual Studio",
    )
}

"""Time zone abbreviations as pages print them. Fixed ones map to a UTC offset in minutes; the
generic ones that change with daylight saving ("ET", "UK time") map to an IANA zone, resolved for
the date they stand beside."""

from __future__ import annotations

FIXED_OFFSETS: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 60,
    "IST": 330,
    "WEST": 60,
    "CET": 60,
    "CEST": 120,
    "MET": 60,
    "MEST": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "GST": 240,
    "PKT": 300,
    "NPT": 345,
    "ICT": 420,
    "WIB": 420,
    "SGT": 480,
    "HKT": 480,
    "AWST": 480,
    "PHT": 480,
    "CST8": 480,
    "JST": 540,
    "KST": 540,
    "ACST": 570,
    "ACDT": 630,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
    "EST": -300,
    "EDT": -240,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
    "AST": -240,
    "ADT": -180,
    "NST": -210,
    "NDT": -150,
    "BRT": -180,
    "ART": -180,
}

# "CST" is read as US Central: the abbreviation on English-language news pages is overwhelmingly that.
FIXED_OFFSETS["CST"] = -360

ZONE_NAMES: dict[str, str] = {
    "ET": "America/New_York",
    "EASTERN": "America/New_York",
    "CT": "America/Chicago",
    "CENTRAL": "America/Chicago",
    "MT": "America/Denver",
    "MOUNTAIN": "America/Denver",
    "PT": "America/Los_Angeles",
    "PACIFIC": "America/Los_Angeles",
    "UK TIME": "Europe/London",
    "LONDON TIME": "Europe/London",
    "CEST/CET": "Europe/Paris",
    "AET": "Australia/Sydney",
}

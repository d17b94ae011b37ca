//! The unit table of the numbers engine (data only): every unit written
//! after a number, keyed by its lower-case spelling with atoms joined as in
//! the text (`km/h`, `sq. km`, `per cent`), sorted; a test checks the order.
//! Stored as one text (entries separated by `;` or a line break, fields by
//! `|`): `key|family|f|canon[|cs]`, read once on first use. `f` is the
//! unit's size in its family's base (s, m, l, g), for sums; `cs` is the exact
//! spelling when the match is case-sensitive. Families: ln length, tm
//! duration, vo volume, ms mass, ar area, tp temperature, ot other measure,
//! mo money (canon = ISO code), pc percent. The unit types ([`U`], its
//! kind [`UK`] and family [`Fam`]) live here with the table.
use crate::wordlist::WordMap;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UK {
    Measure,
    Duration,
    Percent,
    Money,
}

/// Unit family, for adding `5 feet 2 inches` or `1 hour and 30 minutes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fam {
    None,
    Time,
    Length,
    Area,
    Volume,
    Mass,
    Temp,
    Other,
}

/// One unit: its kind, family, size in the family's base unit, the name we
/// report (for money the ISO code), and `cs`: the exact spelling when the
/// match is case-sensitive (`m` metre, `W` watt), else empty.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct U {
    pub kind: UK,
    pub fam: Fam,
    pub f: f64,
    pub canon: &'static str,
    pub cs: &'static str,
}

/// Currency signs and codes written before a number: `$5`, `US$ 3`, `€20`,
/// `Rs 20`, `USD3.14`. Keys as in [`units`].
pub static CURRENCY_BEFORE: WordMap<&str> = WordMap::new(&[
    ("$", "USD"),
    ("$a", "AUD"),
    ("$c", "CAD"),
    ("$hk", "HKD"),
    ("$nz", "NZD"),
    ("$s", "SGD"),
    ("$us", "USD"),
    ("a$", "AUD"),
    ("au$", "AUD"),
    ("aud", "AUD"),
    ("c$", "CAD"),
    ("ca$", "CAD"),
    ("cad", "CAD"),
    ("chf", "CHF"),
    ("cny", "CNY"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("hk$", "HKD"),
    ("hkd", "HKD"),
    ("inr", "INR"),
    ("jpy", "JPY"),
    ("krw", "KRW"),
    ("mxn", "MXN"),
    ("myr", "MYR"),
    ("nz$", "NZD"),
    ("nzd", "NZD"),
    ("r$", "BRL"),
    ("rm", "MYR"),
    ("rmb", "CNY"),
    ("rs", "INR"),
    ("rs.", "INR"),
    ("rub", "RUB"),
    ("s$", "SGD"),
    ("sek", "SEK"),
    ("sgd", "SGD"),
    ("uah", "UAH"),
    ("us $", "USD"),
    ("us$", "USD"),
    ("usd", "USD"),
    ("usd$", "USD"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₩", "KRW"),
    ("₪", "ILS"),
    ("€", "EUR"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₿", "XBT"),
]);

/// The table, parsed once, in the text's (sorted) order.
pub fn units() -> &'static [(&'static str, U)] {
    static T: OnceLock<Vec<(&'static str, U)>> = OnceLock::new();
    T.get_or_init(|| TABLE.split(['\n', ';']).filter_map(entry).collect())
}

fn entry(e: &'static str) -> Option<(&'static str, U)> {
    let mut f = e.trim().split('|');
    let key = f.next().filter(|k| !k.is_empty())?;
    let (kind, fam) = match f.next()? {
        "ln" => (UK::Measure, Fam::Length),
        "tm" => (UK::Duration, Fam::Time),
        "vo" => (UK::Measure, Fam::Volume),
        "ms" => (UK::Measure, Fam::Mass),
        "ar" => (UK::Measure, Fam::Area),
        "tp" => (UK::Measure, Fam::Temp),
        "ot" => (UK::Measure, Fam::Other),
        "mo" => (UK::Money, Fam::None),
        "pc" => (UK::Percent, Fam::None),
        _ => return None,
    };
    let size = crate::decimal::parse(f.next()?)?;
    let canon = f.next()?;
    let cs = f.next().unwrap_or("");
    Some((key, U { kind, fam, f: size, canon, cs }))
}

static TABLE: &str = "\
$|mo|1|USD ; %|pc|1|% ; acre|ar|1|acre ; acres|ar|1|acre ; aed|mo|1|AED
american dollars|mo|1|USD ; amp|ot|1|A ; ampere|ot|1|A ; amperes|ot|1|A ; amps|ot|1|A
atm|ot|1|Pa ; aud|mo|1|AUD ; australian dollar|mo|1|AUD ; australian dollars|mo|1|AUD
b/d|vo|1|bpd ; baht|mo|1|THB ; bar|ot|1|Pa ; barrel|vo|158.987|barrel
barrels|vo|158.987|barrel ; barrels a day|vo|1|bpd ; barrels per day|vo|1|bpd
basis point|pc|1|percentage points ; basis points|pc|1|percentage points ; bbl|vo|158.987|barrel
bbls|vo|158.987|barrel ; bhp|ot|1|hp ; bitcoin|mo|1|XBT ; bitcoins|mo|1|XBT
bp|pc|1|percentage points ; bpd|vo|1|bpd ; bps|pc|1|percentage points ; brazilian reais|mo|1|BRL
british pounds|mo|1|GBP ; brl|mo|1|BRL ; btc|mo|1|XBT ; bucks|mo|1|USD ; byte|ot|1|B
bytes|ot|1|B ; cad|mo|1|CAD ; cal|ot|1|kcal ; calorie|ot|1|kcal ; calories|ot|1|kcal
canadian dollar|mo|1|CAD ; canadian dollars|mo|1|CAD ; cc|vo|0.001|cc ; celsius|tp|1|°C
cent|mo|1|CENT ; centigrade|tp|1|°C ; centilitre|vo|0.01|cl ; centilitres|vo|0.01|cl
centimeter|ln|0.01|cm ; centimeters|ln|0.01|cm ; centimetre|ln|0.01|cm ; centimetres|ln|0.01|cm
cents|mo|1|CENT ; centuries|tm|3153600000|century ; century|tm|3153600000|century ; chf|mo|1|CHF
chinese yuan|mo|1|CNY ; cl|vo|0.01|cl ; cm|ln|0.01|cm ; cm3|vo|0.001|cc ; cms|ln|0.01|cm
cm³|vo|0.001|cc ; cny|mo|1|CNY ; cu ft|vo|28.316846592|ft³ ; cu m|vo|1000|m³
cubic centimeter|vo|0.001|cc ; cubic centimeters|vo|0.001|cc ; cubic centimetre|vo|0.001|cc
cubic centimetres|vo|0.001|cc ; cubic feet|vo|28.316846592|ft³ ; cubic foot|vo|28.316846592|ft³
cubic kilometer|vo|1000000000000|km³ ; cubic kilometers|vo|1000000000000|km³
cubic kilometre|vo|1000000000000|km³ ; cubic kilometres|vo|1000000000000|km³
cubic meter|vo|1000|m³ ; cubic meters|vo|1000|m³ ; cubic metre|vo|1000|m³
cubic metres|vo|1000|m³ ; cup|vo|0.2365882365|cup ; cups|vo|0.2365882365|cup ; c°|tp|1|°C
danish kroner|mo|1|DKK ; day|tm|86400|day ; day-old|tm|31536000|day ; days|tm|86400|day
days old|tm|31536000|day ; db|ot|1|dB ; decade|tm|315360000|decade ; decades|tm|315360000|decade
decibel|ot|1|dB ; decibels|ot|1|dB ; deg|tp|1|° ; deg c|tp|1|°C ; deg celsius|tp|1|°C
deg f|tp|1|°F ; deg fahrenheit|tp|1|°F ; degc|tp|1|°C ; degf|tp|1|°F ; degree|tp|1|° ; degree celsius|tp|1|°C
degree fahrenheit|tp|1|°F ; degrees|tp|1|° ; degrees c|tp|1|°C ; degrees celsius|tp|1|°C
degrees centigrade|tp|1|°C ; degrees f|tp|1|°F ; degrees fahrenheit|tp|1|°F ; degrees farenheit|tp|1|°F
degrees kelvin|tp|1|K ; deutsche marks|mo|1|DEM ; deutschemarks|mo|1|DEM ; dirham|mo|1|AED
dirhams|mo|1|AED ; dkk|mo|1|DKK ; dollar|mo|1|USD ; dollars|mo|1|USD ; dutch guilders|mo|1|NLG
egp|mo|1|EGP ; egyptian pound|mo|1|EGP ; egyptian pounds|mo|1|EGP ; egyptianpound|mo|1|EGP
eur|mo|1|EUR ; euro|mo|1|EUR ; euros|mo|1|EUR ; fahrenheit|tp|1|°F ; farenheit|tp|1|°F
feet|ln|0.3048|ft ; fl oz|vo|0.0295735296|fl oz ; fl. oz|vo|0.0295735296|fl oz
fluid ounce|vo|0.0295735296|fl oz ; fluid ounces|vo|0.0295735296|fl oz ; foot|ln|0.3048|ft
fortnight|tm|1209600|fortnight ; fortnights|tm|1209600|fortnight ; franc|mo|1|CHF
francs|mo|1|CHF ; ft|ln|0.3048|ft ; f°|tp|1|°F ; g|ms|1|g|g ; gal|vo|3.785411784|gal
gallon|vo|3.785411784|gal ; gallons|vo|3.785411784|gal ; gals|vo|3.785411784|gal ; gb|ot|1|B
gbp|mo|1|GBP ; gbps|ot|1|B ; ghz|ot|1|Hz ; gigabits|ot|1|B ; gigabytes|ot|1|B
gigahertz|ot|1|Hz ; gigawatt|ot|1|GW ; gigawatt hours|ot|1|GWh ; gigawatt-hours|ot|1|GWh
gigawatts|ot|1|GW ; gm|ms|1|g ; gms|ms|1|g ; gpa|ot|1|Pa ; gram|ms|1|g ; gramme|ms|1|g
grammes|ms|1|g ; grams|ms|1|g ; gs|ms|1|g ; guilder|mo|1|NLG ; guilders|mo|1|NLG ; gw|ot|1|GW
gwh|ot|1|GWh ; h|tm|3600|hour ; ha|ar|1|ha ; hectare|ar|1|ha ; hectares|ar|1|ha
hectoliter|vo|100|hl ; hectoliters|vo|100|hl ; hectolitre|vo|100|hl ; hectolitres|vo|100|hl
hertz|ot|1|Hz ; hkd|mo|1|HKD ; hl|vo|100|hl ; hong kong dollars|mo|1|HKD ; horsepower|ot|1|hp
hour|tm|3600|hour ; hours|tm|3600|hour ; hp|ot|1|hp ; hpa|ot|1|Pa ; hr|tm|3600|hour
hrs|tm|3600|hour ; hz|ot|1|Hz ; ils|mo|1|ILS ; in|ln|0.0254|in|in ; inch|ln|0.0254|in
inches|ln|0.0254|in ; indian rupees|mo|1|INR ; inr|mo|1|INR ; japanese yen|mo|1|JPY
joule|ot|1|J ; joules|ot|1|J ; jpy|mo|1|JPY ; kb|ot|1|B ; kbps|ot|1|B ; kcal|ot|1|kcal
kelvin|tp|1|K ; kelvins|tp|1|K ; kg|ms|1000|kg ; kgs|ms|1000|kg ; khz|ot|1|Hz ; kilo|ms|1000|kg
kilobytes|ot|1|B ; kilocalories|ot|1|kcal ; kilogram|ms|1000|kg ; kilogramme|ms|1000|kg
kilogrammes|ms|1000|kg ; kilograms|ms|1000|kg ; kilohertz|ot|1|Hz ; kilojoules|ot|1|J
kilometer|ln|1000|km ; kilometers|ln|1000|km ; kilometers an hour|ot|1|km/h
kilometers per hour|ot|1|km/h ; kilometre|ln|1000|km ; kilometres|ln|1000|km
kilometres an hour|ot|1|km/h ; kilometres per hour|ot|1|km/h ; kilos|ms|1000|kg
kilovolts|ot|1|V ; kilowatt|ot|1|kW ; kilowatt hour|ot|1|kWh ; kilowatt hours|ot|1|kWh
kilowatt-hour|ot|1|kWh ; kilowatt-hours|ot|1|kWh ; kilowatts|ot|1|kW ; kj|ot|1|J
klicks|ln|1000|km ; km|ln|1000|km ; km per hour|ot|1|km/h ; km/h|ot|1|km/h ; km2|ar|1|km²
km3|vo|1000000000000|km³ ; kmh|ot|1|km/h ; kmph|ot|1|km/h ; kms|ln|1000|km ; km²|ar|1|km²
km³|vo|1000000000000|km³ ; knot|ot|1|knot ; knots|ot|1|knot ; kopecks|mo|1|CENT
korean won|mo|1|KRW ; kpa|ot|1|Pa ; kph|ot|1|km/h ; krona|mo|1|SEK ; krone|mo|1|NOK
kroner|mo|1|NOK ; kronor|mo|1|SEK ; krw|mo|1|KRW ; ksi|ot|1|Pa ; kv|ot|1|V ; kw|ot|1|kW
kwh|ot|1|kWh ; l|vo|1|l ; lb|ms|453.59237|lb ; lbs|ms|453.59237|lb
light year|ln|9461000000000000|light year ; light years|ln|9461000000000000|light year
light-year|ln|9461000000000000|light year ; light-years|ln|9461000000000000|light year
lira|mo|1|TRY ; liras|mo|1|TRY ; liter|vo|1|l ; liters|vo|1|l ; litre|vo|1|l ; litres|vo|1|l
ltr|vo|1|l ; ltrs|vo|1|l ; m|ln|1|m|m ; m/s|ot|1|m/s ; m2|ar|1|m² ; m3|vo|1000|m³ ; mah|ot|1|A
mb|ot|1|B ; mb/s|ot|1|Pa ; mbps|ot|1|B ; mcg|ms|1e-06|µg ; megabits|ot|1|B ; megabytes|ot|1|B
megahertz|ot|1|Hz ; megajoules|ot|1|J ; megawatt|ot|1|MW ; megawatt hour|ot|1|MWh
megawatt hours|ot|1|MWh ; megawatt-hours|ot|1|MWh ; megawatts|ot|1|MW ; meter|ln|1|m
meters|ln|1|m ; meters per second|ot|1|m/s ; metre|ln|1|m ; metres|ln|1|m
metres per second|ot|1|m/s ; metric ton|ms|1000000|t ; metric tonnes|ms|1000000|t
metric tons|ms|1000000|t ; mexican pesos|mo|1|MXN ; mg|ms|0.001|mg ; mgs|ms|0.001|mg
mhz|ot|1|Hz ; mi|ln|1609.344|mi ; mi/h|ot|1|mph ; microgram|ms|1e-06|µg ; micrograms|ms|1e-06|µg
micrometer|ln|1e-06|µm ; micrometers|ln|1e-06|µm ; micrometre|ln|1e-06|µm
micrometres|ln|1e-06|µm ; micron|ln|1e-06|µm ; microns|ln|1e-06|µm ; mile|ln|1609.344|mi
mile per hour|ot|1|mph ; miles|ln|1609.344|mi ; miles an hour|ot|1|mph
miles per gallon|ot|1|mpg ; miles per hour|ot|1|mph ; millennia|tm|31536000000|millennium
millennium|tm|31536000000|millennium ; millibars|ot|1|Pa ; milligram|ms|0.001|mg
milligramme|ms|0.001|mg ; milligrammes|ms|0.001|mg ; milligrams|ms|0.001|mg
milliliter|vo|0.001|ml ; milliliters|vo|0.001|ml ; millilitre|vo|0.001|ml
millilitres|vo|0.001|ml ; millimeter|ln|0.001|mm ; millimeters|ln|0.001|mm
millimetre|ln|0.001|mm ; millimetres|ln|0.001|mm ; min|tm|60|minute ; mins|tm|60|minute
minute|tm|60|minute ; minutes|tm|60|minute ; mj|ot|1|J ; ml|vo|0.001|ml ; mls|vo|0.001|ml
mm|ln|0.001|mm ; mo|tm|2628000|month ; month|tm|2628000|month ; month-old|tm|31536000|month
months|tm|2628000|month ; months old|tm|31536000|month ; mos|tm|2628000|month ; mpa|ot|1|Pa
mpg|ot|1|mpg ; mph|ot|1|mph ; mtco2|ot|1|t CO2 ; mtr|ln|1|m ; mtrs|ln|1|m ; mw|ot|1|MW
mwh|ot|1|MWh ; mxn|mo|1|MXN ; myr|mo|1|MYR ; m²|ar|1|m² ; m³|vo|1000|m³ ; naira|mo|1|NGN
nanometer|ln|1e-09|nm ; nanometers|ln|1e-09|nm ; nanometre|ln|1e-09|nm ; nanometres|ln|1e-09|nm
nautical mile|ln|1852|nmi ; nautical miles|ln|1852|nmi ; new taiwan dollars|mo|1|TWD
new zealand dollars|mo|1|NZD ; ngn|mo|1|NGN ; nm|ln|1852|nmi ; nok|mo|1|NOK
norwegian kroner|mo|1|NOK ; nzd|mo|1|NZD ; ounce|ms|28.349523125|oz ; ounces|ms|28.349523125|oz
oz|ms|28.349523125|oz ; p|mo|1|GBX|p ; pa|ot|1|Pa ; paise|mo|1|CENT ; pakistani rupees|mo|1|PKR
parts per billion|ot|1|ppm ; parts per million|ot|1|ppm ; pascal|ot|1|Pa ; pascals|ot|1|Pa
pb|ot|1|B ; pc|pc|1|% ; pct|pc|1|% ; pence|mo|1|CENT ; pennies|mo|1|CENT ; penny|mo|1|CENT
per cent|pc|1|% ; per-cent|pc|1|% ; percent|pc|1|% ; percentage point|pc|1|percentage points
percentage points|pc|1|percentage points ; percentage-point|pc|1|percentage points
peso|mo|1|PESO ; pesos|mo|1|PESO ; petabytes|ot|1|B ; philippine pesos|mo|1|PHP ; php|mo|1|PHP
pint|vo|0.473176473|pt ; pints|vo|0.473176473|pt ; pkr|mo|1|PKR ; pound|ms|453.59237|lb
pound sterling|mo|1|GBP£ ; pounds|ms|453.59237|lb ; pounds sterling|mo|1|GBP ; ppb|ot|1|ppm
ppm|ot|1|ppm ; psi|ot|1|Pa ; pt|vo|0.473176473|pt ; qt|vo|0.946352946|qt
quart|vo|0.946352946|qt ; quarters|tm|7776000|quarter ; quarts|vo|0.946352946|qt ; rand|mo|1|ZAR
reais|mo|1|BRL ; renminbi|mo|1|CNY ; ringgit|mo|1|MYR ; riyal|mo|1|SAR ; riyals|mo|1|SAR
rmb|mo|1|CNY ; rouble|mo|1|RUB ; roubles|mo|1|RUB ; rs|mo|1|INR ; rs.|mo|1|INR ; rub|mo|1|RUB
ruble|mo|1|RUB ; rubles|mo|1|RUB ; rupee|mo|1|INR ; rupees|mo|1|INR ; sar|mo|1|SAR
saudi riyals|mo|1|SAR ; sec|tm|1|second ; second|tm|1|second ; seconds|tm|1|second
secs|tm|1|second ; sek|mo|1|SEK ; sens|mo|1|CENT ; sgd|mo|1|SGD ; shekel|mo|1|ILS
shekels|mo|1|ILS ; short ton|ms|907184.74|ton ; short tons|ms|907184.74|ton
singapore dollars|mo|1|SGD ; south african rand|mo|1|ZAR ; sq feet|ar|1|ft² ; sq ft|ar|1|ft²
sq in|ar|1|in² ; sq km|ar|1|km² ; sq m|ar|1|m² ; sq meters|ar|1|m² ; sq metres|ar|1|m²
sq mi|ar|1|mi² ; sq mile|ar|1|mi² ; sq miles|ar|1|mi² ; sq. ft|ar|1|ft² ; sq. km|ar|1|km²
sq. m|ar|1|m² ; sq. miles|ar|1|mi² ; sqft|ar|1|ft² ; sqm|ar|1|m² ; square feet|ar|1|ft²
square foot|ar|1|ft² ; square inch|ar|1|in² ; square inches|ar|1|in² ; square kilometer|ar|1|km²
square kilometers|ar|1|km² ; square kilometre|ar|1|km² ; square kilometres|ar|1|km²
square km|ar|1|km² ; square meter|ar|1|m² ; square meters|ar|1|m² ; square metre|ar|1|m²
square metres|ar|1|m² ; square mile|ar|1|mi² ; square miles|ar|1|mi² ; sterling|mo|1|GBP
stone|ms|6350.29|st ; swedish kronor|mo|1|SEK ; swiss francs|mo|1|CHF ; t|ms|1000000|t|t
tablespoon|vo|0.01478676478|tbsp ; tablespoons|vo|0.01478676478|tbsp ; taiwan dollars|mo|1|TWD
tb|ot|1|B ; tbs|vo|0.01478676478|tbsp ; tbsp|vo|0.01478676478|tbsp ; tco2|ot|1|t CO2
teaspoon|vo|0.00492892159|tsp ; teaspoons|vo|0.00492892159|tsp ; terabytes|ot|1|B
terawatt|ot|1|TW ; terawatt hours|ot|1|TWh ; terawatt-hours|ot|1|TWh ; terawatts|ot|1|TW
thb|mo|1|THB ; ton|ms|907184.74|ton ; tonne|ms|1000000|t ; tonnes|ms|1000000|t
tons|ms|907184.74|ton ; try|mo|1|TRY ; tsp|vo|0.00492892159|tsp ; turkish lira|mo|1|TRY
tw|ot|1|TW ; twd|mo|1|TWD ; twh|ot|1|TWh ; u.s. dollars|mo|1|USD ; us dollar|mo|1|USD
us dollars|mo|1|USD ; usd|mo|1|USD ; usd$|mo|1|USD ; volt|ot|1|V ; volts|ot|1|V ; w|ot|1|W|W
watt|ot|1|W ; watt hour|ot|1|Wh ; watt hours|ot|1|Wh ; watt-hour|ot|1|Wh ; watt-hours|ot|1|Wh
watts|ot|1|W ; week|tm|604800|week ; week-old|tm|31536000|week ; weeks|tm|604800|week
weeks old|tm|31536000|week ; wh|ot|1|Wh ; wk|tm|604800|week ; wks|tm|604800|week ; won|mo|1|KRW
yard|ln|0.9144|yd ; yards|ln|0.9144|yd ; yd|ln|0.9144|yd ; yds|ln|0.9144|yd
year|tm|31536000|year ; year old|tm|31536000|year ; year-old|tm|31536000|year
years|tm|31536000|year ; years of age|tm|31536000|year ; years old|tm|31536000|year
years-old|tm|31536000|year ; yen|mo|1|JPY ; yr|tm|31536000|year ; yrs|tm|31536000|year
yuan|mo|1|CNY ; zar|mo|1|ZAR ; £|mo|1|GBP ; ¥|mo|1|JPY ; °|tp|1|° ; ° c|tp|1|°C ; ° f|tp|1|°F
°c|tp|1|°C ; °celsius|tp|1|°C ; °f|tp|1|°F ; µg|ms|1e-06|µg ; µm|ln|1e-06|µm ; º|tp|1|°
μg|ms|1e-06|µg ; μm|ln|1e-06|µm ; €|mo|1|EUR
";

/// Rows that do not parse, are out of order, are listed twice, or can
/// never match (a case-insensitive row before a same-key row shadows it).
pub fn problems() -> Vec<String> {
    let mut out = Vec::new();
    let mut prev: Option<(&str, U)> = None;
    for r in TABLE.split(['\n', ';']).map(str::trim).filter(|e| !e.is_empty()) {
        let Some((k, u)) = entry(r) else {
            out.push(format!("unit row {r:?} does not parse"));
            continue;
        };
        if let Some((pk, pu)) = prev {
            if pk.as_bytes() > k.as_bytes() {
                out.push(format!("unit {pk:?} comes before {k:?}: the table must be sorted"));
            }
            if pk == k && (pu.cs.is_empty() || pu.cs == u.cs) {
                out.push(format!("unit {k:?} is listed twice (the second row never matches)"));
            }
        }
        prev = Some((k, u));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_entry_parses() {
        let n = super::TABLE.split(['\n', ';']).filter(|e| !e.trim().is_empty()).count();
        assert_eq!(super::units().len(), n);
        assert_eq!(n, 563);
        assert_eq!(super::problems(), Vec::<String>::new());
    }
}

// The corpus's 200 countries and territories: ISO 3166-1 alpha-3, alpha-2 and an English name, in
// rough order of how often they appear in coded event data (the first is the busiest), so a
// Zipf draw over this list puts the familiar dyads at the top.
const table = `
USA US United States
RUS RU Russia
CHN CN China
GBR GB United Kingdom
FRA FR France
DEU DE Germany
UKR UA Ukraine
IND IN India
JPN JP Japan
TUR TR Turkey
IRN IR Iran
ISR IL Israel
SAU SA Saudi Arabia
PAK PK Pakistan
BRA BR Brazil
POL PL Poland
ITA IT Italy
CAN CA Canada
AUS AU Australia
KOR KR South Korea
PRK KP North Korea
EGY EG Egypt
SYR SY Syria
IRQ IQ Iraq
AFG AF Afghanistan
ESP ES Spain
MEX MX Mexico
IDN ID Indonesia
NGA NG Nigeria
ZAF ZA South Africa
QAT QA Qatar
ARE AE United Arab Emirates
BLR BY Belarus
GEO GE Georgia
ARM AM Armenia
AZE AZ Azerbaijan
KAZ KZ Kazakhstan
UZB UZ Uzbekistan
TKM TM Turkmenistan
KGZ KG Kyrgyzstan
TJK TJ Tajikistan
MDA MD Moldova
ROU RO Romania
BGR BG Bulgaria
HUN HU Hungary
CZE CZ Czechia
SVK SK Slovakia
AUT AT Austria
CHE CH Switzerland
NLD NL Netherlands
BEL BE Belgium
LUX LU Luxembourg
DNK DK Denmark
NOR NO Norway
SWE SE Sweden
FIN FI Finland
ISL IS Iceland
IRL IE Ireland
PRT PT Portugal
GRC GR Greece
CYP CY Cyprus
MLT MT Malta
SVN SI Slovenia
HRV HR Croatia
BIH BA Bosnia and Herzegovina
SRB RS Serbia
MNE ME Montenegro
MKD MK North Macedonia
ALB AL Albania
EST EE Estonia
LVA LV Latvia
LTU LT Lithuania
LBN LB Lebanon
JOR JO Jordan
KWT KW Kuwait
BHR BH Bahrain
OMN OM Oman
YEM YE Yemen
LBY LY Libya
TUN TN Tunisia
DZA DZ Algeria
MAR MA Morocco
SDN SD Sudan
SSD SS South Sudan
ETH ET Ethiopia
ERI ER Eritrea
DJI DJ Djibouti
SOM SO Somalia
KEN KE Kenya
UGA UG Uganda
TZA TZ Tanzania
RWA RW Rwanda
BDI BI Burundi
COD CD DR Congo
COG CG Republic of the Congo
CAF CF Central African Republic
TCD TD Chad
NER NE Niger
MLI ML Mali
BFA BF Burkina Faso
SEN SN Senegal
GMB GM Gambia
GIN GN Guinea
GNB GW Guinea-Bissau
SLE SL Sierra Leone
LBR LR Liberia
CIV CI Ivory Coast
GHA GH Ghana
TGO TG Togo
BEN BJ Benin
CMR CM Cameroon
GAB GA Gabon
GNQ GQ Equatorial Guinea
AGO AO Angola
ZMB ZM Zambia
ZWE ZW Zimbabwe
MWI MW Malawi
MOZ MZ Mozambique
MDG MG Madagascar
MUS MU Mauritius
NAM NA Namibia
BWA BW Botswana
LSO LS Lesotho
SWZ SZ Eswatini
COM KM Comoros
SYC SC Seychelles
CPV CV Cabo Verde
STP ST Sao Tome and Principe
MRT MR Mauritania
ARG AR Argentina
CHL CL Chile
PER PE Peru
COL CO Colombia
VEN VE Venezuela
ECU EC Ecuador
BOL BO Bolivia
PRY PY Paraguay
URY UY Uruguay
GUY GY Guyana
SUR SR Suriname
CUB CU Cuba
HTI HT Haiti
DOM DO Dominican Republic
JAM JM Jamaica
TTO TT Trinidad and Tobago
BHS BS Bahamas
BRB BB Barbados
GTM GT Guatemala
HND HN Honduras
SLV SV El Salvador
NIC NI Nicaragua
CRI CR Costa Rica
PAN PA Panama
BLZ BZ Belize
THA TH Thailand
VNM VN Vietnam
LAO LA Laos
KHM KH Cambodia
MMR MM Myanmar
MYS MY Malaysia
SGP SG Singapore
PHL PH Philippines
BRN BN Brunei
TLS TL Timor-Leste
BGD BD Bangladesh
LKA LK Sri Lanka
NPL NP Nepal
BTN BT Bhutan
MDV MV Maldives
MNG MN Mongolia
TWN TW Taiwan
NZL NZ New Zealand
PNG PG Papua New Guinea
FJI FJ Fiji
SLB SB Solomon Islands
VUT VU Vanuatu
WSM WS Samoa
TON TO Tonga
KIR KI Kiribati
TUV TV Tuvalu
NRU NR Nauru
PLW PW Palau
FSM FM Micronesia
MHL MH Marshall Islands
AND AD Andorra
MCO MC Monaco
LIE LI Liechtenstein
SMR SM San Marino
VAT VA Vatican City
PSE PS Palestine
XKX XK Kosovo
ATG AG Antigua and Barbuda
DMA DM Dominica
GRD GD Grenada
KNA KN Saint Kitts and Nevis
LCA LC Saint Lucia
VCT VC Saint Vincent and the Grenadines
HKG HK Hong Kong
MAC MO Macao
GRL GL Greenland
`;

export interface CountryRow {
  readonly iso3: string;
  readonly iso2: string;
  readonly name: string;
}

export const countries: readonly CountryRow[] = table
  .trim()
  .split('\n')
  .map((line) => {
    const [iso3, iso2, ...name] = line.split(' ');
    return { iso3: iso3!, iso2: iso2!, name: name.join(' ') };
  });

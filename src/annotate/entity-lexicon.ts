/** Word lists for the first, rule-based entity pass: places, organisation cues, roles, demonyms. */

const words = (s: string): ReadonlySet<string> => new Set(s.split("|"));

export const COUNTRIES = words(
  "Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Britain|Bulgaria|Burma|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus|Czechia|Denmark|Djibouti|Ecuador|Egypt|England|Eritrea|Estonia|Ethiopia|Europe|Africa|Asia|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Jordan|Kazakhstan|Kenya|Korea|Kosovo|Kuwait|Laos|Latvia|Lebanon|Libya|Lithuania|Malaysia|Mali|Mexico|Moldova|Mongolia|Morocco|Mozambique|Myanmar|Nepal|Netherlands|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Palestine|Panama|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Scotland|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|Spain|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Uganda|Ukraine|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|US|USA|U.S.|UK|U.K.|America|Gaza|Crimea|Kurdistan|Sri Lanka|South Africa|South Korea|North Korea|Saudi Arabia|United States|United Kingdom|United Arab Emirates|New Zealand|Russian Federation|Sierra Leone|Ivory Coast|Costa Rica|El Salvador|West Bank|Middle East",
);

export const CITIES = words(
  "Aleppo|Damascus|Homs|Idlib|Raqqa|Raqa|Mosul|Baghdad|Beirut|Amman|Cairo|Tehran|Ankara|Istanbul|Moscow|Kiev|Kyiv|Washington|London|Paris|Berlin|Brussels|Geneva|Vienna|Rome|Madrid|Lisbon|Athens|Warsaw|Prague|Budapest|Stockholm|Oslo|Copenhagen|Helsinki|Dublin|Amsterdam|Tokyo|Beijing|Shanghai|Delhi|Mumbai|Karachi|Kabul|Islamabad|Dhaka|Bangkok|Jakarta|Manila|Hanoi|Seoul|Sydney|Toronto|Ottawa|Chicago|Boston|Nairobi|Lagos|Johannesburg|Tripoli|Tunis|Algiers|Khartoum|Riyadh|Jeddah|Doha|Dubai|Jerusalem|Tel Aviv|Sanaa|Aden|Benghazi|Kathmandu|Colombo|Yangon|Phnom Penh|Vientiane|New York|Los Angeles|San Francisco|Hong Kong|Deir Ezzor|Palmyra|Latakia|Hama|Daraa|Kobani|Manbij|Fallujah|Ramadi|Basra|Kirkuk|Erbil|NY",
);

/** A word in a name that marks an organisation. */
export const ORG_WORDS = words(
  "Observatory|Centre|Center|Ministry|Department|Council|Agency|Assembly|Group|Helmets|Nations|Crescent|Cross|Press|News|Media|Party|Army|Forces|Force|Committee|Office|Union|Organization|Organisation|Company|Corporation|Corp|Inc|Ltd|Bank|University|Commission|Front|Defense|Defence|Chiefs|Institute|Foundation|Association|Society|Authority|Service|Services|Police|Navy|Court|Parliament|Congress|Senate|Government|Administration|Coalition|Alliance|Brigade|Brigades|Movement|Federation|League|Club|Hospital|Fund|Program|Programme|Network|Times|Post|Journal|Telegraph|Guardian|Herald|Tribune|Broadcasting|Television|Radio|Airlines|Airways|Board|Bureau|Secretariat|Forum|Hydro|Energy|Railways|Council",
);

export const KNOWN_ORGS = words(
  "Reuters|AFP|AP|Jazeera|Al Jazeera|SANA|OCHA|UN|UNICEF|UNHCR|NATO|EU|WHO|IS|ISIS|Isis|ISIL|Daesh|Hezbollah|Hamas|Taliban|Kremlin|Pentagon|BBC|CNN|Qaeda|al-Qaeda|Nusra|Xinhua|TASS|Interfax|Bloomberg|IMF|OPEC|Red Cross|Associated Press|Agence France Presse|Agence France-Presse|White House",
);

/** Words that open or make up a title or role before a name ("US Secretary of State John Kerry"). */
export const ROLE_WORDS = words(
  "Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Doctor|Sir|President|Vice|Prime|Minister|Secretary|Secretary-General|Foreign|Defence|Defense|Interior|General|Gen.|Gen|Lieutenant|Colonel|Col.|Major|Captain|Admiral|Chairman|Chairwoman|Chief|Director|Governor|Gov.|Mayor|Senator|Sen.|Rep.|Representative|King|Queen|Prince|Princess|Sheikh|Pope|Bishop|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Commander|Judge|Justice|Chancellor|Premier|Speaker|Deputy|Minister-President|State|Sergeant|Officer|Professor|Prof.|Rev.|Reverend|Father|Leader",
);

/** Nationality and group adjectives: kept out of the entity list when they stand alone. */
export const DEMONYMS = words(
  "Syrian|Syrians|Russian|Russians|American|Americans|British|French|German|Germans|Iranian|Iraqi|Turkish|Kurdish|Kurds|Arab|Arabs|Western|Eastern|European|Israeli|Palestinian|Lebanese|Saudi|Chinese|Japanese|Indian|Pakistani|Afghan|Egyptian|Jordanian|Qatari|Emirati|Yemeni|Libyan|Ukrainian|Italian|Spanish|Canadian|Australian|Alawite|Sunni|Shia|Shiite|Christian|Muslim|Jewish|Islamist|Jihadist|Asian|African|Thai|Nepali|Nepalese|Bangladeshi|Burmese|Cambodian|Vietnamese|Lao|Sri|Lankan",
);

export const CALENDAR_WORDS = words(
  "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec",
);

/** Lower-case words that may sit inside a name ("Syrian Observatory for Human Rights", "Ammar al-Selmo"). */
export const NAME_PARTICLES = words(
  "of|for|the|and|de|del|der|van|von|la|le|al|el|bin|ibn|abu|Abu|Al|El|da|di|du|-|&",
);

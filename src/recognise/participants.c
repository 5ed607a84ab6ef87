/* participants.c -- finds the people taking part in a statement and splits
 * each mention into delegation, title and name.
 *
 * Sources, in this order: the full title ("Joint Statement by Secretary of
 * State Rex Tillerson and Secretary of Homeland Security John Kelly on ...",
 * "Secretary Blinken's Call with Israeli Foreign Minister Ashkenazi") and the
 * sentences of the first body paragraphs that say who met or spoke with whom
 * ("X spoke today with Y", "with our counterparts A; B; and C").
 *
 * A mention is [the] [country or demonym] TITLE NAME [of COUNTRY], where the
 * title is office words (Secretary, Minister, Deputy ...) with their domain
 * ("of State", "for Western Hemisphere Affairs") and the name is the run of
 * capitalised words that follows (ranks like General belong to the name).
 * Rules are general word classes, never strings of particular statements;
 * when in doubt a mention is dropped (a wrong row is worse than none). */
#include "recognise/participants.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/hash.h"
#include "base/uchar.h"
#include "base/util.h"

/* ---- word classes ------------------------------------------------------ */

/* Country table: "Country|demonym|demonym...|capital..." */
static const struct country {
    const char *name, *aliases;
} countries[] = {
    {"United States", "United States|United States of America|U.S.|US|American|USA|Washington"},
    {"Mexico", "Mexico|Mexican|Mexico City"}, {"Canada", "Canada|Canadian|Ottawa"},
    {"Israel", "Israel|Israeli|Jerusalem|Tel Aviv"}, {"Afghanistan", "Afghanistan|Afghan|Kabul"},
    {"Albania", "Albania|Albanian|Tirana"}, {"Algeria", "Algeria|Algerian|Algiers"},
    {"Angola", "Angola|Angolan|Luanda"}, {"Argentina", "Argentina|Argentine|Argentinian|Buenos Aires"},
    {"Armenia", "Armenia|Armenian|Yerevan"}, {"Australia", "Australia|Australian|Canberra"},
    {"Austria", "Austria|Austrian|Vienna"}, {"Azerbaijan", "Azerbaijan|Azerbaijani|Baku"},
    {"Bahrain", "Bahrain|Bahraini|Manama"}, {"Bangladesh", "Bangladesh|Bangladeshi|Dhaka"},
    {"Barbados", "Barbados|Barbadian|Bridgetown"}, {"Belarus", "Belarus|Belarusian|Minsk"},
    {"Belgium", "Belgium|Belgian|Brussels"}, {"Belize", "Belize|Belizean|Belmopan"},
    {"Benin", "Benin|Beninese|Porto-Novo"}, {"Bhutan", "Bhutan|Bhutanese|Thimphu"},
    {"Bolivia", "Bolivia|Bolivian|La Paz"}, {"Bosnia and Herzegovina", "Bosnia and Herzegovina|Bosnian|Sarajevo"},
    {"Botswana", "Botswana|Motswana|Batswana|Gaborone"}, {"Brazil", "Brazil|Brazilian|Brasilia|Brasília"},
    {"Brunei", "Brunei|Bruneian"}, {"Bulgaria", "Bulgaria|Bulgarian|Sofia"},
    {"Burkina Faso", "Burkina Faso|Burkinabe|Ouagadougou"}, {"Burma", "Burma|Burmese|Myanmar|Naypyidaw"},
    {"Burundi", "Burundi|Burundian|Gitega"}, {"Cambodia", "Cambodia|Cambodian|Phnom Penh"},
    {"Cameroon", "Cameroon|Cameroonian|Yaounde"}, {"Chad", "Chad|Chadian|N'Djamena"},
    {"Chile", "Chile|Chilean|Santiago"}, {"China", "China|Chinese|PRC|People's Republic of China|Beijing"},
    {"Colombia", "Colombia|Colombian|Bogota|Bogotá"}, {"Costa Rica", "Costa Rica|Costa Rican|San Jose|San José"},
    {"Croatia", "Croatia|Croatian|Zagreb"}, {"Cuba", "Cuba|Cuban|Havana"}, {"Cyprus", "Cyprus|Cypriot|Nicosia"},
    {"Czech Republic", "Czech Republic|Czech|Czechia|Prague"},
    {"Democratic Republic of the Congo", "Democratic Republic of the Congo|DRC|Congolese|Kinshasa"},
    {"Denmark", "Denmark|Danish|Copenhagen"}, {"Djibouti", "Djibouti|Djiboutian"},
    {"Dominican Republic", "Dominican Republic|Dominican|Santo Domingo"}, {"Ecuador", "Ecuador|Ecuadorian|Quito"},
    {"Egypt", "Egypt|Egyptian|Cairo"}, {"El Salvador", "El Salvador|Salvadoran|San Salvador"},
    {"Estonia", "Estonia|Estonian|Tallinn"}, {"Ethiopia", "Ethiopia|Ethiopian|Addis Ababa"},
    {"Fiji", "Fiji|Fijian|Suva"}, {"Finland", "Finland|Finnish|Helsinki"}, {"France", "France|French|Paris"},
    {"Gabon", "Gabon|Gabonese|Libreville"}, {"Gambia", "Gambia|Gambian|The Gambia|Banjul"},
    {"Georgia", "Georgia|Georgian|Tbilisi"}, {"Germany", "Germany|German|Berlin"},
    {"Ghana", "Ghana|Ghanaian|Accra"}, {"Greece", "Greece|Greek|Athens"}, {"Greenland", "Greenland|Greenlandic|Nuuk"},
    {"Guatemala", "Guatemala|Guatemalan|Guatemala City"}, {"Guinea", "Guinea|Guinean|Conakry"},
    {"Guyana", "Guyana|Guyanese|Georgetown"}, {"Haiti", "Haiti|Haitian|Port-au-Prince"},
    {"Honduras", "Honduras|Honduran|Tegucigalpa"}, {"Hungary", "Hungary|Hungarian|Budapest"},
    {"Iceland", "Iceland|Icelandic|Reykjavik"}, {"India", "India|Indian|New Delhi"},
    {"Indonesia", "Indonesia|Indonesian|Jakarta"}, {"Iran", "Iran|Iranian|Tehran"},
    {"Iraq", "Iraq|Iraqi|Baghdad"}, {"Ireland", "Ireland|Irish|Dublin"}, {"Italy", "Italy|Italian|Rome"},
    {"Jamaica", "Jamaica|Jamaican|Kingston"}, {"Japan", "Japan|Japanese|Tokyo"},
    {"Jordan", "Jordan|Jordanian|Amman"}, {"Kazakhstan", "Kazakhstan|Kazakh|Kazakhstani|Astana|Nur-Sultan"},
    {"Kenya", "Kenya|Kenyan|Nairobi"}, {"Kosovo", "Kosovo|Kosovar|Pristina"},
    {"Kuwait", "Kuwait|Kuwaiti|Kuwait City"}, {"Kyrgyzstan", "Kyrgyzstan|Kyrgyz|Bishkek"},
    {"Laos", "Laos|Lao|Laotian|Vientiane|Lao People's Democratic Republic|Lao PDR"}, {"Latvia", "Latvia|Latvian|Riga"},
    {"Lebanon", "Lebanon|Lebanese|Beirut"}, {"Liberia", "Liberia|Liberian|Monrovia"},
    {"Libya", "Libya|Libyan|Tripoli"}, {"Lithuania", "Lithuania|Lithuanian|Vilnius"},
    {"Luxembourg", "Luxembourg|Luxembourgish"}, {"Madagascar", "Madagascar|Malagasy|Antananarivo"},
    {"Malawi", "Malawi|Malawian|Lilongwe"}, {"Malaysia", "Malaysia|Malaysian|Kuala Lumpur"},
    {"Maldives", "Maldives|Maldivian|Male"}, {"Mali", "Mali|Malian|Bamako"}, {"Malta", "Malta|Maltese|Valletta"},
    {"Mauritania", "Mauritania|Mauritanian|Nouakchott"}, {"Mauritius", "Mauritius|Mauritian|Port Louis"},
    {"Moldova", "Moldova|Moldovan|Chisinau"}, {"Mongolia", "Mongolia|Mongolian|Ulaanbaatar"},
    {"Montenegro", "Montenegro|Montenegrin|Podgorica"}, {"Morocco", "Morocco|Moroccan|Rabat"},
    {"Mozambique", "Mozambique|Mozambican|Maputo"}, {"Namibia", "Namibia|Namibian|Windhoek"},
    {"Nepal", "Nepal|Nepali|Nepalese|Kathmandu"}, {"Netherlands", "Netherlands|Dutch|The Hague|Amsterdam"},
    {"New Zealand", "New Zealand|Wellington"}, {"Nicaragua", "Nicaragua|Nicaraguan|Managua"},
    {"Niger", "Niger|Nigerien|Niamey"}, {"Nigeria", "Nigeria|Nigerian|Abuja"},
    {"North Macedonia", "North Macedonia|Macedonian|Skopje"}, {"Norway", "Norway|Norwegian|Oslo"},
    {"Oman", "Oman|Omani|Muscat"}, {"Pakistan", "Pakistan|Pakistani|Islamabad"},
    {"Palestinian Authority", "Palestinian Authority|Palestinian|Ramallah"}, {"Panama", "Panama|Panamanian|Panama City"},
    {"Papua New Guinea", "Papua New Guinea|Port Moresby"}, {"Paraguay", "Paraguay|Paraguayan|Asuncion"},
    {"Peru", "Peru|Peruvian|Lima"}, {"Philippines", "Philippines|Philippine|Filipino|Manila"},
    {"Poland", "Poland|Polish|Warsaw"}, {"Portugal", "Portugal|Portuguese|Lisbon"},
    {"Qatar", "Qatar|Qatari|Doha"}, {"Republic of Korea", "Republic of Korea|ROK|South Korea|Korean|Seoul"},
    {"North Korea", "North Korea|DPRK|Pyongyang|Democratic People's Republic of Korea"}, {"Romania", "Romania|Romanian|Bucharest"},
    {"Russia", "Russia|Russian|Russian Federation|Moscow"}, {"Rwanda", "Rwanda|Rwandan|Kigali"},
    {"Saudi Arabia", "Saudi Arabia|Saudi|Riyadh"}, {"Senegal", "Senegal|Senegalese|Dakar"},
    {"Serbia", "Serbia|Serbian|Belgrade"}, {"Sierra Leone", "Sierra Leone|Sierra Leonean|Freetown"},
    {"Singapore", "Singapore|Singaporean"}, {"Slovakia", "Slovakia|Slovak|Bratislava"},
    {"Slovenia", "Slovenia|Slovenian|Ljubljana"}, {"Somalia", "Somalia|Somali|Mogadishu"},
    {"South Africa", "South Africa|South African|Pretoria"}, {"South Sudan", "South Sudan|South Sudanese|Juba"},
    {"Spain", "Spain|Spanish|Madrid"}, {"Sri Lanka", "Sri Lanka|Sri Lankan|Colombo"},
    {"Sudan", "Sudan|Sudanese|Khartoum"}, {"Suriname", "Suriname|Surinamese|Paramaribo"},
    {"Sweden", "Sweden|Swedish|Stockholm"}, {"Switzerland", "Switzerland|Swiss|Bern"},
    {"Syria", "Syria|Syrian|Damascus"}, {"Taiwan", "Taiwan|Taiwanese|Taipei"},
    {"Tajikistan", "Tajikistan|Tajik|Dushanbe"}, {"Tanzania", "Tanzania|Tanzanian|Dodoma"},
    {"Thailand", "Thailand|Thai|Bangkok"}, {"Timor-Leste", "Timor-Leste|Timorese|Dili"}, {"Togo", "Togo|Togolese|Lome"},
    {"Trinidad and Tobago", "Trinidad and Tobago|Trinidadian|Port of Spain"}, {"Tunisia", "Tunisia|Tunisian|Tunis"},
    {"Turkey", "Turkey|Turkish|Türkiye|Ankara"}, {"Turkmenistan", "Turkmenistan|Turkmen|Ashgabat"},
    {"Uganda", "Uganda|Ugandan|Kampala"}, {"Ukraine", "Ukraine|Ukrainian|Kyiv|Kiev"},
    {"United Arab Emirates", "United Arab Emirates|UAE|Emirati|Abu Dhabi"},
    {"United Kingdom", "United Kingdom|UK|U.K.|British|London"}, {"Uruguay", "Uruguay|Uruguayan|Montevideo"},
    {"Uzbekistan", "Uzbekistan|Uzbek|Tashkent"}, {"Venezuela", "Venezuela|Venezuelan|Caracas"},
    {"Vietnam", "Vietnam|Vietnamese|Hanoi"}, {"Yemen", "Yemen|Yemeni|Sanaa"}, {"Zambia", "Zambia|Zambian|Lusaka"},
    {"Zimbabwe", "Zimbabwe|Zimbabwean|Harare"}, {"Vatican", "Vatican|Holy See"},
    {"United Nations", "United Nations|UN|U.N."}, {"European Union", "European Union|EU|E.U."},
    {"NATO", "NATO|North Atlantic Treaty Organization"},
    {"Organization of American States", "Organization of American States|OAS"}, {"African Union", "African Union|AU"},
    {NULL, NULL}};

/* Head words of an office: a title contains at least one. */
static const char *const heads[] = {
    "Secretary", "Minister", "Ambassador", "President", "Spokesperson",
    "Envoy", "Chancellor", "Director", "Administrator", "Chairman", "Chair",
    "Chairperson", "Chairwoman", "Commissioner", "Governor", "Premier",
    "King", "Queen", "Emir", "Amir", "Sultan", "Counselor", "Coordinator",
    "Advisor", "Adviser", "Senator", "Mayor", "Lady", "Speaker",
    "Representative", "Chargé", "Charge", "Consul", "Councilor", "Attorney",
    "Secretary-General", "Under-Secretary", "Commander", "Prosecutor",
    "Ombudsman", "Rapporteur", "Leader", "Governor-General", "Director-General",
    "Administrator", "Chief", "Head", "Prince", "Vice-President", NULL};

/* Words that may precede or join head words inside an office name. */
static const char *const modifiers[] = {
    "Deputy", "Assistant", "Under", "Vice", "Acting", "Prime", "Foreign",
    "Special", "Senior", "Principal", "First", "Second", "Permanent", "High",
    "Executive", "Interim", "Presidential", "Crown", "Lead", "General",
    "d’Affaires", "d'Affaires", "a.i.", "Managing", "Associate", "Defense",
    "Defence", "Finance", "Interior", "Trade", "Health", "Economy", "Energy",
    "National", "Security", "State", "Foreign", "Chief", "Joint", "Federal",
    "Minister-Counselor", "Ad", "Co-Chair", "Alternate", "Senior", "Economic",
    "Political", NULL};

/* Words of the domain of an office ("of State", "for Economic Growth"). */
static const char *const domains[] = {
    "State", "Homeland", "Security", "Foreign", "Affairs", "Relations",
    "National", "Defense", "Defence", "Navy", "Army", "Air", "Force",
    "Finance", "Public", "Credit", "Government", "Interior", "Justice",
    "Economy", "Economic", "Trade", "Commerce", "Energy", "Health",
    "Education", "Agriculture", "Labor", "Labour", "Treasury", "Growth",
    "Environment", "Development", "International", "Cooperation",
    "Management", "Resources", "Political", "Arms", "Control", "Democracy",
    "Human", "Rights", "Civilian", "Western", "Hemisphere", "Near", "East",
    "Eastern", "Asian", "Pacific", "African", "Africa", "European", "Europe",
    "Eurasian", "South", "Central", "Asia", "Organization", "Climate",
    "Consular", "Counterterrorism", "Refugees", "Population", "Migration",
    "Religious", "Freedom", "Intelligence", "Research", "Diplomacy",
    "Legislative", "Budget", "Planning", "Policy", "Global", "Women’s",
    "Women's", "Issues", "Cyberspace", "Digital", "Transport",
    "Transportation", "Infrastructure", "Industry", "Investment", "Planning",
    "Mines", "Oil", "Gas", "Petroleum", "Water", "Fisheries", "Tourism",
    "Culture", "Sports", "Youth", "Science", "Technology", "Innovation",
    "Information", "Communications", "Media", "Social", "Welfare", "Family",
    "Land", "Lands", "Natural", "Mining", "Office", "Department", "Bureau",
    "Council", "Staff", "Operations", "Programs", "Services", "Military",
    "Strategic", "Nonproliferation", "Proliferation", "Verification",
    "Compliance", "Export", "Affairs", "Administration", "Americas",
    "Northern", "Southern", "Gulf", "Middle", "Region", "Regional", "Ocean",
    "Oceans", "Scientific", "Environmental", "Narcotics", "Law",
    "Enforcement", "Counter", "Terrorism", "Trafficking", "Persons",
    "Conflict", "Stabilization", "Humanitarian", "Assistance", "Aid",
    "Emergency", "Disaster", "Outreach", "Partnerships", "Partnership",
    "Business", "Affairs", "Territorial", "Integration", "Reintegration",
    "Reconstruction", "Reform", "Reforms", "Solidarity", "Sustainable",
    "Food", "Water", "Transition", "Commission", "Committee", "Union",
    "Community", "Parliament", "Assembly", "Senate", "House", "Cabinet",
    "Overseas", "Minority", "Minorities", "Indigenous", "Peoples", "Labor",
    "Employment", "Housing", "Urban", "Rural", "Cities", "Veterans",
    "Communications", "Postal", "Telecommunications", "Cyber", "Space",
    "Nuclear", "Atomic", "Chemical", "Biological", "Weapons", "Maritime",
    "Coast", "Guard", "Border", "Customs", "Immigration", "Citizenship",
    "Passport", "Visa", "Services", "Children", "Equality", "Gender",
    "Europe’s", "Large", "Peace", "Process", "Negotiations", "Relief",
    "Recovery", "External", "Triangle", "Horn", "Lakes", "Sahel", "Arctic",
    "Balkans", "Caucasus", "North", "America", "Protocol", NULL};

/* Words that close the domain of an office ("... Affairs", "... Issues"). */
static const char *const closers[] = {
    "Affairs", "Issues", "Relations", "Cooperation", "Policy", "Development",
    "Security", "Reconciliation", "Integration", "Rights", "Assistance", NULL};

/* Honorifics and ranks that start a name and stay part of it. */
static const char *const ranks[] = {
    "General", "Admiral", "Sheikh", "Shaikh", "Dr.", "Dr", "Sir", "Dame",
    "Lieutenant", "Colonel", "Major", "Gen.", "Adm.", "Lt.", "Col.",
    "Rear", "Vice", "Air", "Marshal", "Brigadier", "Captain", "Professor",
    "Prof.", "Rabbi", "Archbishop", "Cardinal", "Bishop", "Father", NULL};

/* Lowercase particles allowed inside a name before a capitalised word. */
static const char *const particles[] = {
    "bin", "bint", "al", "al-", "de", "da", "del", "della", "di", "du", "van",
    "von", "der", "den", "la", "le", "dos", "das", "y", "ibn", "ben", "abu",
    "e", "do", "ter", "op", NULL};

/* Capitalised words of title-case headlines that cannot be part of a name. */
static const char *const name_stops[] = {
    "At", "On", "In", "With", "To", "For", "Of", "The", "And", "By", "From",
    "During", "After", "Before", "Ahead", "Visits", "Visit", "Travels",
    "Travel", "Meets", "Meet", "Meeting", "Speaks", "Delivers", "Hosts",
    "Leads", "Announces", "Joins", "Attends", "Welcomes", "Calls", "Call",
    "Remarks", "Statement", "Trip", "Interview", "Discussion", "Participates",
    "Signs", "Launches", "Conversation", "Press", "Availability", "Joint",
    "Readout", "Briefing", "Opening", "Closing", "Virtual", "Video",
    "Congratulates", "Condemns", "Honors", "Celebrates", "Marks", "Commemorates",
    "Telephone", "Phone", "Bilateral", "Trilateral", "Secretary", "Minister",
    "President", "Ambassador", "Deputy", "Assistant", "Under", "Foreign",
    "Prime", "Special", "Acting", "Via", "Regarding", "Concerning", "About",
    "Update", "Conference", "Summit", "Dialogue", "Forum", "Ministerial",
    "U.S.", "United", "States", "Today", "Yesterday", "Statements",
    "Following", "Upcoming", "Message", "Tribute", "Lunch", "Dinner",
    "Returns", "Concludes", "Departs", "Heads", "Begins", "Arrives", NULL};

/* Abbreviations whose final period does not end a sentence. */
static const char *const abbrevs[] = {
    "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Jr.", "Sr.", "Gen.", "Adm.", "Lt.",
    "Col.", "Amb.", "Hon.", "Prof.", "No.", "U.S.", "U.K.", "U.N.", "E.U.",
    "D.C.", "a.i.", "Mt.", "Sen.", "Rep.", "Gov.", "Pres.", "Messrs.", NULL};

/* Whether w is one of list's words (a hashed set for the long lists; at the
 * end of the file, after every list). */
static int in_list(const char *const *list, const char *w);

/* ---- tokens ------------------------------------------------------------ */

enum { T_WORD, T_COMMA, T_SEMI, T_COLON, T_OPEN, T_CLOSE, T_END, T_QUOTE };

struct tok {
    char *w;     /* the word (possessive ending removed) or punctuation */
    int type;
    int poss;    /* word ended in 's */
};

struct toks {
    struct tok *v;
    size_t n, cap;
};

static void tok_push(struct toks *t, const char *w, size_t n, int type,
                     int poss)
{
    xgrow(&t->v, &t->cap, t->n + 1, sizeof *t->v);
    t->v[t->n].w = xstrndup(w, n);
    t->v[t->n].type = type;
    t->v[t->n].poss = poss;
    t->n++;
}

static void toks_free(struct toks *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->v[i].w);
    free(t->v);
    memset(t, 0, sizeof *t);
}

/* Split text into word and punctuation tokens.  A period ends a sentence
 * unless the word is an initial ("J.") or a known abbreviation. */
static void drop_abbrevs(struct toks *t);

static void tokenise(const char *s, struct toks *t)
{
    /* how a trailing punctuation token is spelled, by type ("”" too is '"') */
    static const char *const trail_text[] = {
        [T_COMMA] = ",", [T_SEMI] = ";", [T_COLON] = ":", [T_CLOSE] = ")",
        [T_QUOTE] = "\"", [T_END] = "."};
    const char *p = s;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        /* leading punctuation */
        while (p < e) {
            if (*p == '(' || *p == '[') {
                tok_push(t, p, 1, T_OPEN, 0);
                p++;
            } else if (*p == '"') {
                tok_push(t, p, 1, T_QUOTE, 0);
                p++;
            } else if (e - p >= 3 && (!strncmp(p, "\xE2\x80\x9C", 3) ||
                                      !strncmp(p, "\xE2\x80\x98", 3))) {
                tok_push(t, p, 3, T_QUOTE, 0);
                p += 3;
            } else {
                break;
            }
        }
        /* trailing punctuation, innermost last */
        int trail[8], nt = 0;
        const char *q = e;
        while (q > p && nt < 8) {
            char c = q[-1];
            if (c == ',' ) { trail[nt++] = T_COMMA; q--; }
            else if (c == ';') { trail[nt++] = T_SEMI; q--; }
            else if (c == ':') { trail[nt++] = T_COLON; q--; }
            else if (c == ')' || c == ']') { trail[nt++] = T_CLOSE; q--; }
            else if (c == '"' || c == '?' || c == '!') {
                trail[nt++] = c == '"' ? T_QUOTE : T_END; q--;
            } else if (q - p >= 3 && (!strncmp(q - 3, "\xE2\x80\x9D", 3))) {
                trail[nt++] = T_QUOTE; q -= 3;
            } else if (c == '.') {
                size_t n = (size_t)(q - p);
                char *w = xstrndup(p, n);
                int keep = in_list(abbrevs, w) ||
                           (n == 2 && uchar_is_upper_start(w)) ||
                           (n >= 4 && strchr(w, '.') != w + n - 1 &&
                            isupper((unsigned char)w[n - 2]));
                free(w);
                if (keep)
                    break;
                trail[nt++] = T_END; q--;
            } else {
                break;
            }
        }
        if (q > p) {
            size_t n = (size_t)(q - p);
            int poss = 0;
            /* "People's" in a country's name is no possessive */
            int people = (n == 10 && !strncmp(p, "People\xE2\x80\x99s", 10)) ||
                         (n == 8 && !strncmp(p, "People's", 8));
            if (people) {
                /* keep the word whole */
            } else if (n > 4 && !strncmp(q - 4, "\xE2\x80\x99s", 4)) {
                n -= 4; poss = 1;
            } else if (n > 2 && !strncmp(q - 2, "'s", 2)) {
                n -= 2; poss = 1;
            }
            tok_push(t, p, n, T_WORD, poss);
        }
        while (nt > 0) {
            nt--;
            tok_push(t, trail_text[trail[nt]], 1, trail[nt], 0);
        }
        p = e;
    }
    drop_abbrevs(t);
}

/* Drop parenthesised abbreviations, "(DRC)", "(ECA)", so that the words
 * around them read as one title or country. */
static void drop_abbrevs(struct toks *t)
{
    size_t o = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (i + 2 < t->n && t->v[i].type == T_OPEN && t->v[i + 1].type == T_WORD &&
            t->v[i + 2].type == T_CLOSE && strlen(t->v[i + 1].w) <= 8 &&
            uchar_is_upper_start(t->v[i + 1].w) &&
            isupper((unsigned char)t->v[i + 1].w[strlen(t->v[i + 1].w) - 1])) {
            for (size_t k = i; k < i + 3; k++)
                free(t->v[k].w);
            i += 2;
            continue;
        }
        t->v[o++] = t->v[i];
    }
    t->n = o;
}

/* ---- countries ---------------------------------------------------------- */

/* Country of the n tokens at v (joined with spaces), or NULL. */
static const char *country_of_toks(const struct tok *v, size_t n)
{
    struct buf b;
    buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (v[i].type != T_WORD)
            break;
        if (i)
            buf_addc(&b, ' ');
        buf_adds(&b, v[i].w);
    }
    const char *r = b.s ? part_country_of(b.s) : NULL;
    buf_free(&b);
    return r;
}

/* Longest country mention starting at token i: its length, country in *c. */
static size_t country_at(const struct toks *t, size_t i, const char **c)
{
    if (i < t->n && uchar_is_upper_start(t->v[i].w)) {
        /* up to five words, only the last possessive: joined once, then
         * tried longest first by cutting the string short */
        size_t m = 0, end[5];
        struct buf b;
        buf_init(&b);
        while (m < 5 && i + m < t->n && t->v[i + m].type == T_WORD) {
            if (m)
                buf_addc(&b, ' ');
            buf_adds(&b, t->v[i + m].w);
            end[m++] = b.len;
            if (t->v[i + m - 1].poss)
                break;
        }
        for (size_t n = m; n >= 1; n--) {
            b.s[end[n - 1]] = '\0';
            const char *r = part_country_of(b.s);
            if (r) {
                buf_free(&b);
                *c = r;
                return n;
            }
        }
        buf_free(&b);
    }
    /* "Republic of Iraq", "Hashemite Kingdom of Jordan", "Sultanate of
     * Oman": up to two words, a form of state, "of", [the] a country */
    static const char *const forms[] = {"Republic", "Kingdom", "Sultanate",
                                        "Principality", "Emirate", NULL};
    for (size_t k = i; k < i + 3 && k < t->n && uchar_is_upper_start(t->v[k].w) &&
                       t->v[k].type == T_WORD && !t->v[k].poss; k++) {
        if (!in_list(forms, t->v[k].w))
            continue;
        size_t j = k + 1;
        if (j >= t->n || t->v[j].type != T_WORD || strcmp(t->v[j].w, "of"))
            return 0;
        j++;
        if (j < t->n && t->v[j].type == T_WORD && !strcmp(t->v[j].w, "the"))
            j++;
        if (j < t->n && in_list(forms, t->v[j].w))
            return 0;
        size_t m = country_at(t, j, c);
        return m ? j + m - i : 0;
    }
    return 0;
}

/* ---- alias index ---------------------------------------------------------
 * Every alias of the country table in a hash table: a lookup is done for
 * most capitalised tokens of a statement, so scanning the whole table each
 * time would dominate recognition.  Built once (pthread_once: batch mode
 * recognises in several threads) into a fixed array, open addressing; an
 * alias listed under two countries keeps the first, as the table scan did.
 * A right single quote in a word reads as the ASCII apostrophe the table
 * spells ("People’s"). */

#define ALIAS_SLOTS 2048   /* a power of two, well above the alias count */

struct alias {
    const char *s;   /* into countries[].aliases, not terminated; NULL: free */
    size_t n;
    int country;     /* index into countries[] */
};

static struct alias alias_v[ALIAS_SLOTS];
static pthread_once_t alias_once = PTHREAD_ONCE_INIT;

/* The next byte of a word, a right single quote as '\''; *len its length. */
static unsigned char alias_byte(const char *w, size_t *len)
{
    if (!strncmp(w, "\xE2\x80\x99", 3)) {
        *len = 3;
        return '\'';
    }
    *len = 1;
    return (unsigned char)*w;
}

/* FNV-1a of word w as read by alias_byte (so that it equals the hash of
 * the alias it reads as); *nbytes gets the length so read. */
static uint32_t alias_hash_word(const char *w, size_t *nbytes)
{
    uint32_t h = HASH_FNV1A_BASIS;
    size_t n = 0, k;
    while (*w) {
        h = hash_fnv1a_step(h, alias_byte(w, &k));
        w += k;
        n++;
    }
    *nbytes = n;
    return h;
}

/* Whether alias a[0..n) reads as word w. */
static int alias_is(const char *a, size_t n, const char *w)
{
    size_t k;
    for (size_t i = 0; i < n; i++, w += k)
        if (!*w || alias_byte(w, &k) != (unsigned char)a[i])
            return 0;
    return *w == '\0';
}

static void alias_build(void)
{
    size_t count = 0;
    for (int i = 0; countries[i].name; i++) {
        const char *p = countries[i].aliases;
        while (*p) {
            size_t n = strcspn(p, "|");
            unsigned h = hash_fnv1a(p, n) & (ALIAS_SLOTS - 1);
            while (alias_v[h].s && !(alias_v[h].n == n && !memcmp(alias_v[h].s, p, n)))
                h = (h + 1) & (ALIAS_SLOTS - 1);
            if (!alias_v[h].s) {
                if (++count > ALIAS_SLOTS / 2)
                    abort();   /* the table outgrew ALIAS_SLOTS: raise it */
                alias_v[h] = (struct alias){p, n, i};
            }
            p += n;
            if (*p == '|')
                p++;
        }
    }
}

const char *part_country_of(const char *word)
{
    pthread_once(&alias_once, alias_build);
    size_t n;
    unsigned h = alias_hash_word(word, &n) & (ALIAS_SLOTS - 1);
    for (; alias_v[h].s; h = (h + 1) & (ALIAS_SLOTS - 1))
        if (alias_v[h].n == n && alias_is(alias_v[h].s, alias_v[h].n, word))
            return countries[alias_v[h].country].name;
    return NULL;
}

/* ---- one mention: [country] TITLE NAME [of COUNTRY] -------------------- */

struct person {
    char *delegation;  /* static string from the table, or NULL */
    char *title;
    char *name;
};

static int is_word(const struct toks *t, size_t i)
{
    return i < t->n && t->v[i].type == T_WORD;
}

static int is_cap_word(const struct toks *t, size_t i)
{
    return is_word(t, i) && uchar_is_upper_start(t->v[i].w);
}

/* Domain-like by form: abstract-noun endings. */
static int domain_form(const char *w)
{
    static const char *const ends[] = {"tion", "ment", "ity", "ance",
                                       "ence", "ics", "ism", "ness", "ship",
                                       "ure", "ies", "ery", "ology", NULL};
    size_t n = strlen(w);
    for (int i = 0; ends[i]; i++) {
        size_t k = strlen(ends[i]);
        if (n > k + 2 && !strcmp(w + n - k, ends[i]))
            return 1;
    }
    return 0;
}

/* An acronym: two or more capitals and nothing else ("ISIS", "WHO"). */
static int all_caps(const char *w)
{
    size_t n = 0;
    for (; *w; w++, n++)
        if (!isupper((unsigned char)*w))
            return 0;
    return n >= 2;
}

static int is_domain(const char *w)
{
    return in_list(domains, w) || domain_form(w);
}

static int is_head(const char *w);

/* Whether a head word follows within max tokens of capitalised words and
 * connectors: "High Council for National Reconciliation Chairman". */
static int head_ahead(const struct toks *t, size_t i, size_t max)
{
    for (size_t k = i; k < i + max && is_word(t, k); k++) {
        const char *w = t->v[k].w;
        if (uchar_is_upper_start(w) && is_head(w))
            return 1;
        if (t->v[k].poss)
            return 0;
        if (!uchar_is_upper_start(w) && strcmp(w, "for") && strcmp(w, "of") && strcmp(w, "the"))
            return 0;
    }
    return 0;
}

static int title_start(const struct toks *t, size_t i)
{
    if (!is_cap_word(t, i))
        return 0;
    const char *w = t->v[i].w;
    if (is_head(w) && strcmp(w, "Head") && strcmp(w, "Chief") &&
        strcmp(w, "Leader") && strcmp(w, "Lady") && strcmp(w, "Prince"))
        return 1;
    /* "Chief of Protocol", "Head of Delegation" */
    if ((!strcmp(w, "Chief") || !strcmp(w, "Head")) && !t->v[i].poss &&
        is_word(t, i + 1) && !strcmp(t->v[i + 1].w, "of") && is_cap_word(t, i + 2))
        return 1;
    /* modifiers or domain words followed by a head within three words */
    if (!in_list(modifiers, w) && !is_domain(w) && !(all_caps(w) && !part_country_of(w)))
        return 0;
    for (size_t k = i; k < i + 4 && is_cap_word(t, k); k++) {
        if (is_head(t->v[k].w))
            return 1;
        if (!in_list(modifiers, t->v[k].w) && !is_domain(t->v[k].w) &&
            !(all_caps(t->v[k].w) && !part_country_of(t->v[k].w)))
            break;
        if (t->v[k].poss)
            return 0;
    }
    /* an organ before its head: "High Council for ... Chairman" */
    return (is_domain(w) || in_list(modifiers, w)) && head_ahead(t, i, 7) &&
           !country_of_toks(&t->v[i], 1);
}

static void join(struct buf *b, const struct toks *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (t->v[i].type == T_COMMA) {
            buf_addc(b, ',');
            continue;
        }
        if (b->len)
            buf_addc(b, ' ');
        buf_adds(b, t->v[i].w);
    }
}

static int is_connector(const char *w)
{
    return !strcmp(w, "of") || !strcmp(w, "for") || !strcmp(w, "to") ||
           !strcmp(w, "on") || !strcmp(w, "at");
}

/* A head word of an office, also with "-designate" or "-elect" after it. */
static int is_head(const char *w)
{
    if (in_list(heads, w))
        return 1;
    size_t n = strlen(w);
    static const char *const sfx[] = {"-designate", "-elect", "-Designate", "-Elect", NULL};
    for (int i = 0; sfx[i]; i++) {
        size_t k = strlen(sfx[i]);
        if (n > k && !strcmp(w + n - k, sfx[i])) {
            char *h = xstrndup(w, n - k);
            int r = in_list(heads, h);
            free(h);
            return r;
        }
    }
    return 0;
}

/* Skip a style before a title or name: "His Majesty", "Her Excellency",
 * "His Royal Highness", "The Honorable", then "the". */
static size_t skip_styles(const struct toks *t, size_t i)
{
    if (is_word(t, i) && (!strcmp(t->v[i].w, "His") || !strcmp(t->v[i].w, "Her")) &&
        is_word(t, i + 1)) {
        size_t k = i + 1;
        if (!strcmp(t->v[k].w, "Royal"))
            k++;
        if (is_word(t, k) && (!strcmp(t->v[k].w, "Majesty") || !strcmp(t->v[k].w, "Highness") ||
                              !strcmp(t->v[k].w, "Excellency") || !strcmp(t->v[k].w, "Holiness")))
            i = k + 1;
    }
    if (is_word(t, i) && (!strcmp(t->v[i].w, "The") || !strcmp(t->v[i].w, "the")) &&
        is_word(t, i + 1) && !strcmp(t->v[i + 1].w, "Honorable"))
        i += 2;
    if (is_word(t, i) && (!strcmp(t->v[i].w, "the") || !strcmp(t->v[i].w, "The")))
        i++;
    return i;
}

/* A country or demonym prefix before a title at i ("Israeli", "Ukraine's",
 * "U.S.", also "... interim"): its country in *deleg and the index after
 * it; i itself and *deleg NULL when there is none. */
static size_t title_prefix(const struct toks *t, size_t i, const char **deleg)
{
    const char *c;
    size_t cn = country_at(t, i, &c);
    *deleg = NULL;
    if (cn && title_start(t, i + cn)) {
        *deleg = c;
        return i + cn;
    }
    if (cn && is_word(t, i + cn) && !strcmp(t->v[i + cn].w, "interim") &&
        title_start(t, i + cn + 1)) {
        *deleg = c;
        return i + cn + 1;
    }
    return i;
}

/* After a title's head and domain, at i: a domain running on to a word that
 * closes it with a name after ("for Korean Peninsula Peace and Security
 * Affairs Noh ..."): the index just past the closer, or 0. */
static size_t domain_closer_end(const struct toks *t, size_t i)
{
    size_t last = 0;
    for (size_t m = i; m < i + 6 && is_word(t, m); m++) {
        const char *w = t->v[m].w;
        if (!strcmp(w, "and")) {
            if (!is_cap_word(t, m + 1) || !is_domain(t->v[m + 1].w))
                break;
            continue;
        }
        if (!uchar_is_upper_start(w) || t->v[m].poss || title_start(t, m))
            break;
        if (in_list(closers, w) && is_cap_word(t, m + 1) &&
            !in_list(closers, t->v[m + 1].w))
            last = m + 1;
    }
    return last;
}

/* Where a title starting at ts runs to: head words, modifiers, connectors
 * and domain words, one office or two joined by "and".  *have_head tells
 * whether a head word was seen; *after_conn is 1 just after a connector, 2
 * once a domain word follows one. */
static size_t title_scan(const struct toks *t, size_t ts, int *have_head,
                         int *after_conn)
{
    size_t i = ts, cn;
    const char *c;
    *have_head = *after_conn = 0;
    while (i < t->n) {
        const struct tok *k = &t->v[i];
        if (k->type == T_WORD && is_connector(k->w) && *have_head &&
            (is_cap_word(t, i + 1) ||
             (is_word(t, i + 1) && !strcmp(t->v[i + 1].w, "the") &&
              is_cap_word(t, i + 2)))) {
            i++;
            *after_conn = 1;
            continue;
        }
        if (k->type == T_WORD && !strcmp(k->w, "the") && *after_conn &&
            is_cap_word(t, i + 1)) {
            i++;
            continue;
        }
        if (k->type == T_WORD && !*have_head && i > ts && is_connector(k->w) &&
            head_ahead(t, i + 1, 6)) {
            /* organ words before the head: "Council for National ..." */
            i++;
            continue;
        }
        if (k->type == T_WORD && !strcmp(k->w, "and") && *have_head &&
            title_start(t, i + 1)) {
            /* two offices: "Prime Minister and Foreign Minister" */
            i++;
            *have_head = 0;
            *after_conn = 0;
            continue;
        }
        if (k->type != T_WORD || !uchar_is_upper_start(k->w))
            break;
        if (*after_conn == 1 && (cn = country_at(t, i, &c)) > 1) {
            /* a country named in the domain: "of Saudi Arabia" */
            i += cn;
            *after_conn = 2;
            if (t->v[i - 1].poss)
                break;
            continue;
        }
        if (*after_conn == 1) {
            /* the first word after a connector is always domain */
            *after_conn = 2;
            i++;
            if (k->poss)
                break;
            continue;
        }
        if (is_head(k->w) && (!*have_head || !*after_conn)) {
            /* "General" after "Attorney" or "Secretary" is part of it */
            *have_head = 1;
            i++;
            if (is_word(t, i) && !strcmp(t->v[i].w, "General") &&
                (!strcmp(k->w, "Attorney") || !strcmp(k->w, "Secretary") ||
                 !strcmp(k->w, "Director") || !strcmp(k->w, "Governor") ||
                 !strcmp(k->w, "Consul")))
                i++;
            if (k->poss)
                break;
            continue;
        }
        if (!*have_head && (in_list(modifiers, k->w) || is_domain(k->w) ||
                            (all_caps(k->w) && !part_country_of(k->w)))) {
            i++;
            continue;
        }
        if (*have_head && *after_conn && (is_domain(k->w) || all_caps(k->w)) &&
            !in_list(ranks, k->w)) {
            i++;
            continue;
        }
        size_t last;
        if (*have_head && *after_conn == 2 && (last = domain_closer_end(t, i))) {
            i = last;
            continue;
        }
        if (*have_head && !*after_conn && in_list(modifiers, k->w) &&
            !in_list(ranks, k->w) && title_start(t, i)) {
            i++;
            continue;
        }
        break;
    }
    return i;
}

/* The end of the title [ts, *pi) that title_scan found: trailing
 * connectors and "the" dropped, then "and" + domain words taken back in
 * when a name follows them ("of Finance and Public Credit", "of Foreign
 * Affairs and International Cooperation").  Returns the end; *pi gets
 * where reading goes on. */
static size_t title_end(const struct toks *t, size_t ts, size_t *pi,
                        int after_conn)
{
    size_t te = *pi, i;
    while (te > ts && (t->v[te - 1].type != T_WORD ||
                       is_connector(t->v[te - 1].w) ||
                       !strcmp(t->v[te - 1].w, "the")))
        te--;
    i = te;
    while (after_conn && is_word(t, i) && !strcmp(t->v[i].w, "and") &&
           is_cap_word(t, i + 1) && !t->v[i].poss) {
        /* only if a further name follows after the domain words */
        size_t k = i + 1, nd = 0;
        while (is_cap_word(t, k) && (nd == 0 || is_domain(t->v[k].w)) &&
               !title_start(t, k) && !in_list(ranks, t->v[k].w)) {
            k++;
            nd++;
            if (t->v[k - 1].poss)
                break;
        }
        if (nd && is_cap_word(t, k) && !t->v[k - 1].poss) {
            i = k;
            te = k;
        } else {
            break;
        }
    }
    *pi = i;
    return te;
}

/* Parse an office at *pi: [COUNTRY] TITLE [of DOMAIN].  On success set
 * [*ts, *te) to the title's tokens, *deleg to the country prefix (or NULL),
 * advance *pi past the title and return 1. */
static int parse_title(const struct toks *t, size_t *pi, const char **deleg,
                       size_t *ts_out, size_t *te_out)
{
    size_t ts = title_prefix(t, *pi, deleg);
    if (!title_start(t, ts))
        return 0;
    int have_head, after_conn;
    size_t i = title_scan(t, ts, &have_head, &after_conn);
    size_t te = title_end(t, ts, &i, after_conn);
    if (!have_head || (te > ts && t->v[te - 1].poss && te == i))
        return 0;
    *ts_out = ts;
    *te_out = te;
    *pi = i;
    return 1;
}

/* A roman numeral after a name: "II", "III", "IV". */
static int is_regnal(const char *w)
{
    return !strcmp(w, "II") || !strcmp(w, "III") || !strcmp(w, "IV") ||
           !strcmp(w, "V") || !strcmp(w, "VI");
}

/* Parse a name at *pi: [ranks] capitalised words with particles.  Returns
 * its number of words (0 = none) and advances *pi.  headline: title case,
 * so stop words end the name. */
static size_t parse_name(const struct toks *t, size_t *pi, int headline)
{
    size_t i = *pi, nwords = 0;
    while (is_word(t, i) && in_list(ranks, t->v[i].w) && is_cap_word(t, i + 1)) {
        i++;
        nwords++;
    }
    size_t nranks = nwords;
    while (i < t->n && t->v[i].type == T_WORD) {
        const char *w = t->v[i].w;
        if (strpbrk(w, "0123456789/"))
            break;
        if (uchar_is_upper_start(w)) {
            if (nwords > nranks && is_regnal(w)) {
                nwords++;
                i++;
                break;
            }
            if (headline && in_list(name_stops, w))
                break;
            /* "Janet L. Yellen Commending ...", "John Kerry Meetings" */
            size_t wl = strlen(w);
            if (headline && nwords >= 2 && wl >= 8 &&
                (!strcmp(w + wl - 3, "ing") || !strcmp(w + wl - 4, "ings")))
                break;
            if (all_caps(w))
                break;
            if (!headline && (title_start(t, i) || !strcmp(w, "The")))
                break;
            if (country_of_toks(&t->v[i], 1) && nwords)
                break;
        } else if (in_list(particles, w) || !strncmp(w, "al-", 3) ||
                   !strncmp(w, "el-", 3)) {
            if (!is_cap_word(t, i + 1) || !nwords)
                break;
        } else {
            break;
        }
        nwords++;
        i++;
        if (t->v[i - 1].poss)
            break;
    }
    if (nwords == nranks)
        return 0;
    *pi = i;
    return nwords;
}

/* "[of] [the] COUNTRY" ending exactly at te: the index of its "of", else 0. */
static size_t trailing_country(const struct toks *t, size_t ts, size_t te,
                               const char **c)
{
    for (size_t k = ts + 1; k + 1 < te; k++) {
        if (strcmp(t->v[k].w, "of"))
            continue;
        size_t s = k + 1;
        if (!strcmp(t->v[s].w, "the"))
            s++;
        size_t n = country_at(t, s, c);
        if (n && s + n == te)
            return k;
    }
    return 0;
}

/* Fill *pp from title tokens [ts, te) and name tokens [ns, ne). */
static void make_person(const struct toks *t, size_t ts, size_t te, size_t ns,
                        size_t ne, const char *deleg, struct person *pp)
{
    const char *c;
    /* "Amir of Kuwait", "Chief of Protocol of the United States": the
     * country is the delegation, not part of the office */
    size_t of = trailing_country(t, ts, te, &c);
    if (of) {
        if (!deleg)
            deleg = c;
        te = of;
    }
    /* a country named in the title's domain: "Minister of Israel's ..." */
    if (!deleg) {
        for (size_t k = ts + 1; k < te; k++) {
            size_t n2 = country_at(t, k, &c);
            size_t b = k - 1;
            if (b > ts && !strcmp(t->v[b].w, "the"))
                b--;
            if (n2 && !strcmp(t->v[b].w, "of")) {
                deleg = c;
                break;
            }
        }
    }
    struct buf b;
    buf_init(&b);
    join(&b, t, ts, te);
    pp->title = buf_take(&b);
    join(&b, t, ns, ne);
    pp->name = buf_take(&b);
    pp->delegation = (char *)deleg;
}

/* Parse a mention at *pi; on success fill *pp, advance *pi, return 1.
 * headline: the text is title case (a headline), so stop words end names. */
static int parse_person(const struct toks *t, size_t *pi, int headline,
                        struct person *pp)
{
    size_t i = skip_styles(t, *pi), ts, te;
    const char *deleg;
    memset(pp, 0, sizeof *pp);
    if (!parse_title(t, &i, &deleg, &ts, &te))
        return 0;
    i = skip_styles(t, i);
    /* "Ambassador" as a rank before the name: "Envoy ... Ambassador Sung Kim" */
    if (is_word(t, i) && !strcmp(t->v[i].w, "Ambassador") && is_cap_word(t, i + 1) &&
        !title_start(t, i + 1))
        i++;
    size_t ns = i;
    size_t nw = parse_name(t, &i, headline);
    if (nw == 0 || nw > 7)
        return 0;
    /* the name must not be a bare country or office word */
    if (nw == 1 && (country_of_toks(&t->v[i - 1], 1) ||
                    in_list(heads, t->v[i - 1].w) ||
                    in_list(modifiers, t->v[i - 1].w)))
        return 0;
    size_t ne = i;
    const char *c;
    /* "of the Republic of Korea" after the name */
    if (!deleg && is_word(t, i) && !strcmp(t->v[i].w, "of")) {
        size_t k = i + 1;
        if (is_word(t, k) && !strcmp(t->v[k].w, "the"))
            k++;
        size_t n2 = country_at(t, k, &c);
        if (n2) {
            deleg = c;
            i = k + n2;
        }
    }
    make_person(t, ts, te, ns, ne, deleg, pp);
    *pi = i;
    return 1;
}

/* Parse the reverse form at *pi: NAME, [the] [COUNTRY('s)] TITLE
 * ("Dr. Fuad Hussein, Iraq's Minister of Foreign Affairs"). */
static int parse_name_title(const struct toks *t, size_t *pi, struct person *pp)
{
    size_t i = *pi;
    memset(pp, 0, sizeof *pp);
    if (is_word(t, i) && (!strcmp(t->v[i].w, "Mr.") || !strcmp(t->v[i].w, "Ms.") ||
                          !strcmp(t->v[i].w, "Mrs.")))
        i++;
    if (title_start(t, i) || country_at(t, i, &(const char *){NULL}))
        return 0;
    size_t ns = i;
    size_t nw = parse_name(t, &i, 0);
    if (nw < 2 || nw > 6 || t->v[i - 1].poss || i >= t->n || t->v[i].type != T_COMMA)
        return 0;
    size_t ne = i++;
    size_t ts, te;
    const char *deleg;
    i = skip_styles(t, i);
    if (!parse_title(t, &i, &deleg, &ts, &te))
        return 0;
    make_person(t, ts, te, ns, ne, deleg, pp);
    *pi = i;
    return 1;
}

/* Either form of mention. */
static int parse_any(const struct toks *t, size_t *pi, int headline, struct person *pp)
{
    return parse_person(t, pi, headline, pp) ||
           (!headline && parse_name_title(t, pi, pp));
}

/* ---- collecting --------------------------------------------------------- */

struct found {
    struct person *v;
    size_t n, cap;
};

static void found_add(struct found *f, struct person *p, const char *deleg)
{
    if (!p->delegation)
        p->delegation = (char *)deleg;
    xgrow(&f->v, &f->cap, f->n + 1, sizeof *f->v);
    f->v[f->n++] = *p;
}

/* Parse a list of mentions: A; B; and C  /  A, B, and C  /  A and B.  A
 * mention without a country of its own takes the one of the mention before
 * it ("Israeli Prime Minister A, Defense Minister B"), the first one deleg. */
static size_t parse_list(const struct toks *t, size_t i, int headline,
                         const char *deleg, struct found *f)
{
    struct person p;
    int after_comma = 0;
    size_t last = i;
    while (parse_any(t, &i, headline, &p)) {
        size_t k = i;
        int sep = k < t->n && (t->v[k].type == T_SEMI || t->v[k].type == T_COMMA);
        int more = sep || (is_word(t, k) && (!strcmp(t->v[k].w, "and") ||
                                             !strcmp(t->v[k].w, "And")));
        if (after_comma && !more) {
            /* "with A, B stressed": B is no list item */
            free(p.title);
            free(p.name);
            return last;
        }
        found_add(f, &p, deleg);
        deleg = p.delegation;
        last = i;
        after_comma = sep && t->v[k].type == T_COMMA;
        if (sep)
            k++;
        if (is_word(t, k) && (!strcmp(t->v[k].w, "and") || !strcmp(t->v[k].w, "And"))) {
            k++;
            after_comma = 0;
        }
        if (k == i)
            break;
        i = k;
    }
    return last;
}

static const char *const meet_words[] = {
    "spoke", "speak", "speaks", "met", "meet", "meets", "meeting", "meetings",
    "call", "calls", "Call", "Calls", "talked", "talk", "talks", "conversation",
    "Meeting", "Meets", "Meet", "Conversation", "discussion", "consultations",
    "Consultations", "Discussion", NULL};

/* Whether token i ("with") belongs to a meeting verb earlier in its clause
 * ("met today in Kuwait City with", "traveled ... for meetings with"). */
static int meeting_with(const struct toks *t, size_t i)
{
    for (size_t k = i; k > 0 && k + 14 > i; k--) {
        const struct tok *p = &t->v[k - 1];
        if (p->type == T_SEMI || p->type == T_COLON || p->type == T_END)
            return 0;
        if (p->type != T_WORD)
            continue;
        if (in_list(meet_words, p->w))
            return 1;
        if (!strcmp(p->w, "with") || !strcmp(p->w, "With"))
            return 0;
    }
    return 0;
}

/* Verbs that make the subject of a sentence a participant: it met, spoke,
 * travelled, hosted ...; auxiliaries and adverbs before them are skipped. */
static const char *const act_verbs[] = {
    "spoke", "speak", "speaks", "met", "meet", "meets", "travel", "travels",
    "traveled", "travelled", "traveling", "travelling", "arrived", "arrives",
    "arrive", "visited", "visits", "visit", "join", "joined", "joins",
    "host", "hosted", "hosts", "lead", "led", "leads", "deliver", "delivered",
    "delivers", "participate", "participated", "participates", "attend",
    "attended", "attends", "convened", "convenes", "co-chaired", "co-chair",
    "co-chairs", "departed", "concluded", "held", "hold", "holds", "talked",
    NULL};
static const char *const aux_words[] = {
    "will", "also", "today", "yesterday", "is", "was", "has", "have", "had",
    "recently", "again", "then", "virtually", "jointly", "separately", "both",
    NULL};

static int acts(const struct toks *t, size_t i)
{
    for (size_t n = 0; n < 4 && is_word(t, i); n++, i++) {
        if (in_list(act_verbs, t->v[i].w))
            return 1;
        if (!in_list(aux_words, t->v[i].w))
            return 0;
    }
    return 0;
}

/* The country named within the few tokens before i ("delegations of the
 * Republic of Iraq, led by"), or NULL. */
static const char *country_before(const struct toks *t, size_t i)
{
    const char *c = NULL;
    for (size_t k = i > 10 ? i - 10 : 0; k < i; k++) {
        const char *d;
        size_t n = country_at(t, k, &d);
        if (n) {
            c = d;
            k += n - 1;
        }
    }
    return c;
}

/* The one country named in s other than the United States; NULL when s
 * names none or several (then no country is safe to assume). */
static const char *context_country(const char *s)
{
    if (!s)
        return NULL;
    struct toks t = {0};
    tokenise(s, &t);
    const char *r = NULL;
    int several = 0;
    for (size_t i = 0; i < t.n; i++) {
        const char *c;
        size_t n = country_at(&t, i, &c);
        if (n && strcmp(c, "United States") && strcmp(c, "United Nations") &&
            strcmp(c, "European Union") && strcmp(c, "NATO") &&
            strcmp(c, "African Union") && strcmp(c, "Organization of American States")) {
            if (r && strcmp(r, c))
                several = 1;
            r = c;
        }
        if (n)
            i += n - 1;
    }
    toks_free(&t);
    return several ? NULL : r;
}

/* Mentions in a headline: persons before "with" issue the statement,
 * after it are counterparts. */
static void scan_title(const char *s, const char *ctx, struct found *f)
{
    struct toks t = {0};
    tokenise(s, &t);
    int after_with = 0;
    for (size_t i = 0; i < t.n;) {
        if (is_word(&t, i) && (!strcmp(t.v[i].w, "with") || !strcmp(t.v[i].w, "With"))) {
            after_with = meeting_with(&t, i) ? 2 : 1;
            i++;
            size_t j = parse_list(&t, i, 1, after_with == 2 ? ctx : NULL, f);
            i = j > i ? j : i;
            continue;
        }
        /* the issuing side opens the headline or follows "by" */
        size_t k = i;
        if (is_word(&t, k) && (!strcmp(t.v[k].w, "U.S.") || !strcmp(t.v[k].w, "The")))
            k++;
        int issuer = !after_with &&
                     (i == 0 || (is_word(&t, i - 1) && (!strcmp(t.v[i - 1].w, "by") ||
                                                        !strcmp(t.v[i - 1].w, "By"))));
        size_t j = issuer ? parse_list(&t, k, 1, "United States", f) : i;
        i = j > i ? j : i + 1;
    }
    toks_free(&t);
}

static int word_is(const struct toks *t, size_t i, const char *w)
{
    return is_word(t, i) && !strcmp(t->v[i].w, w);
}

/* Mentions in one sentence [from, to) of body tokens. */
static void scan_sentence(const struct toks *t, size_t from, size_t to,
                          const char *ctx, struct found *f)
{
    struct toks s = {t->v + from, to - from, 0};
    struct found objs = {0};
    int any = 0;
    for (size_t i = 0; i < s.n; i++) {
        if (!is_word(&s, i))
            continue;
        const char *w = s.v[i].w;
        size_t k = i + 1;
        const char *deleg = NULL;
        int go = 0;
        if (!strcmp(w, "with") || !strcmp(w, "With")) {
            int counterparts = 0;
            if (is_word(&s, k) && (!strcmp(s.v[k].w, "our") || !strcmp(s.v[k].w, "his") ||
                                   !strcmp(s.v[k].w, "her") || !strcmp(s.v[k].w, "their")))
                k++;
            if (is_word(&s, k) && (!strcmp(s.v[k].w, "counterparts") ||
                                   !strcmp(s.v[k].w, "counterpart"))) {
                k++;
                counterparts = 1;
                if (k < s.n && (s.v[k].type == T_COMMA || s.v[k].type == T_COLON))
                    k++;
            }
            go = counterparts || (k == i + 1 && meeting_with(&s, i));
            deleg = counterparts ? ctx : NULL;
        } else if (!strcmp(w, "by") && i > 0 &&
                   (word_is(&s, i - 1, "led") || word_is(&s, i - 1, "co-led") ||
                    word_is(&s, i - 1, "headed"))) {
            /* "the delegation of Iraq, led by ..." */
            go = 1;
            deleg = country_before(&s, i - 1);
        } else if (!strcmp(w, "by") && i > 0 &&
                   (word_is(&s, i - 1, "accompanied") || word_is(&s, i - 1, "joined"))) {
            /* the principal's own side */
            go = 1;
            deleg = "United States";
        } else if (!strcmp(w, "between")) {
            go = 1;
        } else if ((!strcmp(w, "join") || !strcmp(w, "joins") || !strcmp(w, "joined")) &&
                   title_start(&s, skip_styles(&s, k))) {
            /* "will join Chief of Protocol ... Rufus Gifford" */
            go = 1;
        }
        if (go) {
            size_t e = parse_list(&s, k, 0, deleg, &objs);
            if (e > k)
                any = 1;
            i = e > i ? e - 1 : i;
        }
    }
    /* the subject of a sentence that names a counterpart or says that
     * its subject met, spoke, travelled ... */
    size_t i = 0;
    if (is_word(&s, 0) && (!strcmp(s.v[0].w, "Today") || !strcmp(s.v[0].w, "Yesterday")))
        i = s.n > 1 && s.v[1].type == T_COMMA ? 2 : 1;
    struct person p;
    if (parse_person(&s, &i, 0, &p)) {
        if (is_word(&s, i) && !uchar_is_upper_start(s.v[i].w) && (any || acts(&s, i))) {
            found_add(f, &p, "United States");
        } else {
            free(p.title);
            free(p.name);
        }
    }
    for (size_t j = 0; j < objs.n; j++)
        found_add(f, &objs.v[j], NULL);
    free(objs.v);
}

int part_is_byline(const char *s)
{
    struct toks t = {0};
    tokenise(s, &t);
    size_t i = 0;
    struct person p;
    int r = parse_name_title(&t, &i, &p);
    if (r) {
        r = i == t.n;
        free(p.title);
        free(p.name);
    }
    toks_free(&t);
    return r;
}

/* A byline "Antony J. Blinken, Secretary of State" as one whole line: its
 * person is added (the issuing side unless a country is named). */
static void scan_byline(const char *s, struct found *f)
{
    struct toks t = {0};
    tokenise(s, &t);
    size_t i = 0;
    struct person p;
    if (parse_name_title(&t, &i, &p)) {
        if (i == t.n)
            found_add(f, &p, "United States");
        else {
            free(p.title);
            free(p.name);
        }
    }
    toks_free(&t);
}

/* The office line when it lists the speakers in "TITLE NAME" form ("Acting
 * Assistant Secretary ... Joey Hood, Acting Director ... Patrick Worman,
 * And ... Director Susannah Cooper"): the issuing side. */
static void scan_speakers(const char *s, struct found *f)
{
    struct toks t = {0};
    tokenise(s, &t);
    parse_list(&t, 0, 1, "United States", f);
    toks_free(&t);
}

static size_t nwords(const char *s)
{
    size_t n = 1;
    for (; *s; s++)
        n += *s == ' ';
    return n;
}

/* Whether every word of name a is a word of name b (ignoring case):
 * "Sheikh Bin Zayed" in "Sheikh Abdullah bin Zayed Al Nahyan". */
static int has_word(const char *a, const char *b)
{
    while (*a) {
        size_t n = strcspn(a, " ");
        int found = 0;
        for (const char *p = b; *p && !found;) {
            size_t m = strcspn(p, " ");
            found = m == n && !strncasecmp(p, a, n);
            p += m;
            while (*p == ' ')
                p++;
        }
        if (!found)
            return 0;
        a += n;
        while (*a == ' ')
            a++;
    }
    return 1;
}

static int same_deleg(const char *a, const char *b)
{
    return !a || !b || !strcmp(a, b);
}

void part_extract(struct statement *st)
{
    struct found f = {0};
    /* the host country: the one country the headline names */
    const char *ctx = context_country(st->title);
    if (st->office) {
        size_t n0 = f.n;
        scan_byline(st->office, &f);
        if (f.n == n0)
            scan_speakers(st->office, &f);
    }
    if (st->title)
        scan_title(st->title, ctx, &f);
    else if (st->short_title)
        scan_title(st->short_title, ctx, &f);
    size_t seen = 0;
    for (size_t bi = 0; bi < st->nblocks && seen < 3; bi++) {
        const struct block *b = &st->blocks[bi];
        if (b->kind != BLK_PARAGRAPH || (b->nspans && b->spans[0].style))
            continue;
        char *text = stmt_block_text(b);
        size_t tl = strlen(text);
        if (bi < 2 && tl && tl < 160 && !strchr(".:;!?", text[tl - 1])) {
            /* a further byline before the body: "Dr. S. Jaishankar, Indian
             * External Affairs Minister" */
            scan_byline(text, &f);
            free(text);
            continue;
        }
        seen++;
        struct toks t = {0};
        tokenise(text, &t);
        size_t from = 0;
        for (size_t i = 0; i <= t.n; i++) {
            if (i == t.n || t.v[i].type == T_END) {
                scan_sentence(&t, from, i, ctx, &f);
                from = i + 1;
            }
        }
        toks_free(&t);
        free(text);
    }
    /* merge mentions of the same person: same delegation, and the words of
     * one name all in the other ("Blinken", "Antony J. Blinken") */
    size_t n = 0;
    for (size_t i = 0; i < f.n; i++) {
        struct person *p = &f.v[i];
        size_t j;
        for (j = 0; j < n; j++) {
            struct person *q = &f.v[j];
            if (same_deleg(p->delegation, q->delegation) &&
                (has_word(p->name, q->name) || has_word(q->name, p->name)))
                break;
        }
        if (j == n) {
            f.v[n++] = *p;
            continue;
        }
        struct person *q = &f.v[j];
        if (nwords(p->name) > nwords(q->name)) {
            free(q->name);
            q->name = p->name;
        } else {
            free(p->name);
        }
        if (strlen(p->title) > strlen(q->title)) {
            free(q->title);
            q->title = p->title;
        } else {
            free(p->title);
        }
        if (!q->delegation)
            q->delegation = p->delegation;
    }
    /* counterparts of unknown country: the one country the headline
     * names, if any */
    for (size_t i = 0; i < n; i++)
        if (!f.v[i].delegation)
            f.v[i].delegation = (char *)ctx;
    /* group by delegation: the United States first, then in order of
     * first appearance */
    int *done = xcalloc(n + 1, sizeof *done);
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            if (done[i])
                continue;
            const char *d = f.v[i].delegation;
            if (pass == 0 && (!d || strcmp(d, "United States")))
                continue;
            for (size_t j = i; j < n; j++) {
                const char *e = f.v[j].delegation;
                if (!done[j] && ((!d && !e) || (d && e && !strcmp(d, e)))) {
                    stmt_add_participant(st, e, f.v[j].title, f.v[j].name);
                    done[j] = 1;
                }
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        free(f.v[i].title);
        free(f.v[i].name);
    }
    free(done);
    free(f.v);
}

/* ---- word sets ----------------------------------------------------------
 * in_list is asked about nearly every token, several lists each; the long
 * lists are hashed once (pthread_once: batch mode runs threads) so that a
 * question costs a hash and a strcmp or two, not a scan of hundreds. */

#define SET_SLOTS 1024   /* a power of two, at least twice the longest list */

struct wordset {
    const char *const *list;
    const char *slot[SET_SLOTS];   /* NULL: free */
};

static struct wordset wordsets[] = {
    {heads, {0}}, {modifiers, {0}}, {domains, {0}}, {closers, {0}},
    {ranks, {0}}, {particles, {0}}, {name_stops, {0}}, {abbrevs, {0}},
    {meet_words, {0}}, {act_verbs, {0}}, {aux_words, {0}},
};
#define NSETS (sizeof wordsets / sizeof wordsets[0])
static pthread_once_t wordsets_once = PTHREAD_ONCE_INIT;

static void wordsets_build(void)
{
    for (size_t k = 0; k < NSETS; k++) {
        struct wordset *ws = &wordsets[k];
        size_t count = 0;
        for (int i = 0; ws->list[i]; i++) {
            unsigned h = hash_fnv1a_str(ws->list[i]) & (SET_SLOTS - 1);
            while (ws->slot[h] && strcmp(ws->slot[h], ws->list[i]))
                h = (h + 1) & (SET_SLOTS - 1);
            if (!ws->slot[h]) {
                if (++count > SET_SLOTS / 2)
                    abort();   /* a list outgrew SET_SLOTS: raise it */
                ws->slot[h] = ws->list[i];
            }
        }
    }
}

static int in_list(const char *const *list, const char *w)
{
    pthread_once(&wordsets_once, wordsets_build);
    for (size_t k = 0; k < NSETS; k++) {
        if (wordsets[k].list != list)
            continue;
        const struct wordset *ws = &wordsets[k];
        for (unsigned h = hash_fnv1a_str(w) & (SET_SLOTS - 1); ws->slot[h];
             h = (h + 1) & (SET_SLOTS - 1))
            if (!strcmp(ws->slot[h], w))
                return 1;
        return 0;
    }
    for (int i = 0; list[i]; i++)
        if (!strcmp(list[i], w))
            return 1;
    return 0;
}

/* furniture.c -- site furniture a copied web page carries around a
 * statement: government banners ("An official website of the United States
 * government", "Here's how you know"), archive notices, site names, menus,
 * breadcrumbs, feed and blog headers, share, tag and footer lines, e-mail
 * digest lines.  Each recognised line gets a short reason for --dump-json. */
#include "recognise/rec_parts.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Whole lines (compared without case and without a final period or colon). */
static const struct {
    const char *text, *why;
} whole[] = {
    {"An official website of the United States government", "web banner"},
    {"Here's how you know", "web banner"},
    {"Here\xE2\x80\x99s how you know", "web banner"},
    {"Official websites use .gov", "web banner"},
    {"Secure .gov websites use HTTPS", "web banner"},
    {".gov website belongs to an official government organization in the United States",
     "web banner"},
    {"Search form", "site menu"}, {"Skip to main content", "site menu"},
    {"Main navigation", "site menu"}, {"Menu", "site menu"}, {"Search", "site menu"},
    {"Reading view", "reader furniture"},
    {"There are new articles available, click to refresh the page", "reader furniture"},
    {"Post has attachment", "feed furniture"}, {"Profile photo", "feed furniture"},
    {"Profile cover photo", "feed furniture"},
    {"No comments", "blog footer"}, {"Post a Comment", "blog footer"},
    {"Read More", "share or related links"}, {"Read More\xC2\xBB", "share or related links"},
    {"More News", "share or related links"}, {"Related News", "share or related links"},
    {"Related Articles", "share or related links"}, {"Related", "share or related links"},
    {"Share", "share or related links"}, {"Share this", "share or related links"},
    {"Share this page", "share or related links"}, {"Print", "share or related links"},
    {"Email", "share or related links"}, {"Tweet", "share or related links"},
    {"White House Shareables", "share or related links"},
    {"View Online", "e-mail digest"}, {"Unsubscribe", "e-mail digest"},
    {"Left", "e-mail digest"}, {"Right", "e-mail digest"},
    {"Pages", "site name"}, {"Media Center", "site name"},
    {"Media Center Media Center", "site name"}, {"The White House", "site name"},
    {"U.S. Department of State", "site name"}, {"Press Releases", "site section"},
    {"Countries & Regions", "site section"}, {"About", "site menu"},
    {"Release details", "release furniture"}, {"Release type", "release furniture"},
    {"Release content", "release furniture"}, {"Media contact", "release furniture"},
    {"Related ministers and contacts", "release furniture"},
    {"Unknown tag could not be displayed", "page error"},
    {"Overview", "site section"},
    {"Toggle navigation", "site menu"}, {"Navigation menu", "site menu"},
    {"Close", "site menu"}, {"Select Language", "site menu"}, {"Translate", "site menu"},
    {"Search this site", "site menu"}, {"Submit Search", "site menu"},
    {"Search GOV.UK", "site menu"}, {"GOV.UK", "site name"},
    {"Cookies on GOV.UK", "cookie notice"}, {"Accept additional cookies", "cookie notice"},
    {"Reject additional cookies", "cookie notice"}, {"View cookies", "cookie notice"},
    {"Hide this message", "cookie notice"}, {"Breadcrumb", "breadcrumb"},
    {"Briefing Room", "site section"}, {"Statements and Releases", "site section"},
    {"Statements & Releases", "site section"}, {"Speeches and Remarks", "site section"},
    {"Presidential Actions", "site section"}, {"Latest News", "site section"},
    {"News", "site section"}, {"Media Releases", "site section"},
    {"News Releases", "site section"}, {"Releases", "site section"},
    {"Share this page", "share or related links"}, {"Share this:", "share or related links"},
    {"Like this", "share or related links"}, {"Print this page", "share or related links"},
    {"Is this page useful?", "site footer"}, {"Back to top", "site footer"},
    {"Newer Post Older Post Home", "blog footer"}, {"Older Post Home", "blog footer"},
    {"Newer Post Home", "blog footer"}, {"Related Posts", "share or related links"},
    {"Related content", "share or related links"}, {"Explore more", "share or related links"},
};

/* Line starts (case-insensitive). */
static const struct {
    const char *text, *why;
} starts[] = {
    {"A lock ( lock ) or https:// means", "web banner"},
    {"A lock (", "web banner"},
    {"This is historical material", "archive notice"},
    {"You have accessed part of a historical collection", "archive notice"},
    {"This page is an archive", "archive notice"},
    {"The full text on this page is automatically extracted", "repost notice"},
    {"View original document", "repost notice"},
    {"Tag: ", "tag line"}, {"Tags: ", "tag line"}, {"Category: ", "tag line"},
    {"Categories: ", "tag line"}, {"Filed under", "tag line"},
    {"Subscribe: ", "feed header"}, {"Preview: ", "feed header"},
    {"Updated: ", "feed header"}, {"Announcements on GOV.UK", "feed header"},
    {"Welcome to the official", "site name"},
    {"This email was sent to", "e-mail digest"}, {"Unsubscribe |", "e-mail digest"},
    {"Source: ", "repost source"}, {"(Source: ", "repost source"},
    {"Home arrow ", "breadcrumb"}, {"Home > ", "breadcrumb"}, {"Home \xC2\xBB ", "breadcrumb"},
    {"Home / ", "breadcrumb"}, {"Home | ", "breadcrumb"},
    {"The Largest Security-Cleared Career Network", "advertisement"},
    {"Facebook Twitter", "share or related links"},
    {"You are here:", "breadcrumb"}, {"Skip to content", "site menu"},
    {"Email ThisBlogThis!", "blog footer"}, {"Subscribe to: Post Comments", "blog footer"},
    {"Labels: ", "tag line"}, {"Posted by ", "blog footer"}, {"Posted in ", "tag line"},
    {"Tagged ", "tag line"}, {"Share to Twitter", "share or related links"},
    {"Print Friendly", "share or related links"}, {"Copyright \xC2\xA9", "site footer"},
    {"\xC2\xA9 ", "site footer"}, {"All rights reserved", "site footer"},
    {"Was this page helpful", "site footer"}, {"Sign up for", "e-mail digest"},
    {"Stay connected", "share or related links"},
};

/* Whether s equals t without case, ignoring a final period, colon or space. */
static int same_line(const char *s, const char *t)
{
    size_t n = strlen(s), m = strlen(t);
    while (n && strchr(".: ", s[n - 1]))
        n--;
    return n == m && !strncasecmp(s, t, n);
}

/* A run of capitalised menu words without any sentence mark ("Home Issues &
 * Press Travel & Business Countries"), or "HomePolitics..." glued. */
static int menu_like(const char *s)
{
    if (!strncmp(s, "Home", 4) && isupper((unsigned char)s[4]))
        return 1;  /* "HomePoliticsJoint Statement on the..." */
    size_t words = 0, amp = 0;
    for (const char *p = s; *p; p++) {
        if (p != s && p[-1] != ' ')
            continue;
        if (*p == '&' || *p == '|')
            amp++;
        else if (!isupper((unsigned char)*p))
            return 0;
        words++;
    }
    return words >= 8 && amp >= 2 && !strpbrk(s, ".,;:!?");
}

/* "417,871 followers", "Webp 19edited": counters and image names. */
static int counter_like(const char *s)
{
    size_t n = strlen(s);
    if (n > 10 && !strcmp(s + n - 10, " followers"))
        return 1;
    if (n > 12 && !strcmp(s + n - 12, " followers -"))
        return 1;
    return !strncasecmp(s, "Webp ", 5) || !strncasecmp(s, "Jpg ", 4);
}

/* Whether s is a date of the Hijri calendar alone ("26 RABI UL THANI,
 * 1439H", "3 Ramadan 1445 AH"), which pages print beside the Gregorian
 * date line: a Hijri month name and a year of four digits then "H"/"AH". */
static int hijri_date(const char *s)
{
    static const char *const months[] = {"Muharram", "Safar", "Rabi", "Jumada", "Rajab",
                                         "Sha'ban", "Shaban", "Ramadan", "Shawwal", "Dhul",
                                         "Zul", NULL};
    if (strlen(s) > 40 || !isdigit((unsigned char)s[0]))
        return 0;
    int month = 0;
    for (int i = 0; months[i] && !month; i++)
        month = strcasestr(s, months[i]) != NULL;
    const char *y = s;
    while (*y && !(isdigit((unsigned char)y[0]) && isdigit((unsigned char)y[1]) &&
                   isdigit((unsigned char)y[2]) && isdigit((unsigned char)y[3])))
        y++;
    if (!month || !*y)
        return 0;
    y += 4;
    while (*y == ' ')
        y++;
    return !strcasecmp(y, "H") || !strcasecmp(y, "AH") || !strcasecmp(y, "A.H.");
}

/* Whether s is site text with a site name glued to its end, as a copy
 * that lost its line breaks gives it ("Other State Department Archive
 * SitesU.S. Department of State"): the name right after a lowercase letter. */
static int glued_site_name(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++) {
        size_t k = strlen(whole[i].text);
        if (strcmp(whole[i].why, "site name") || k < 8 || n <= k)
            continue;
        if (!strcmp(s + n - k, whole[i].text) && islower((unsigned char)s[n - k - 1]))
            return 1;
    }
    return 0;
}

const char *rec_furniture_why(const char *s)
{
    for (size_t i = 0; i < sizeof whole / sizeof whole[0]; i++)
        if (same_line(s, whole[i].text))
            return whole[i].why;
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
        if (!strncasecmp(s, starts[i].text, strlen(starts[i].text)))
            return starts[i].why;
    if (menu_like(s))
        return "site menu";
    if (glued_site_name(s))
        return "site name";
    if (hijri_date(s))
        return "Hijri date";
    if (counter_like(s))
        return "feed furniture";
    if (strstr(s, " arrow ") && strstr(s, "Home"))
        return "breadcrumb";
    return NULL;
}

const char *rec_footer_why(const char *s)
{
    const char *why = rec_furniture_why(s);
    if (why)
        return why;
    static const char *const foot[] = {
        "Facebook", "Twitter", "Instagram", "Youtube", "Contact Us", "ABOUT NEWS",
        "Press Advisories", "Speeches Publications", "Follow us", "Back to top",
        NULL};
    for (int i = 0; foot[i]; i++)
        if (!strncasecmp(s, foot[i], strlen(foot[i])))
            return "site footer";
    return NULL;
}

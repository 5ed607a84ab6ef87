/* dates.c -- dates as web pages write them: month first or day first, full,
 * abbreviated or in capitals, numeric (13/11/2019, 11.02.2021), ISO with or
 * without a time, with a weekday, a "Published"/"Updated" label or a time of
 * day around them; every date checked against the calendar. */
#include "recognise/rec_parts.h"
#include "recognise/hdr_parts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"

static const char *const months[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};

int rec_valid_date(int y, int m, int d)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap);
}

/* Length of the letters (and one final period) of the word at p. */
static size_t word_len(const char *p)
{
    size_t n = 0;
    while (isalpha((unsigned char)p[n]))
        n++;
    if (n && p[n] == '.')
        n++;
    return n;
}

/* Month number of a full or abbreviated month name of n bytes ("Dec.",
 * "SEPT", "february"), else 0. */
static int month_of(const char *w, size_t n)
{
    if (n && w[n - 1] == '.')
        n--;
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(months[m]);
        if (n == full && !strncasecmp(w, months[m], n))
            return m + 1;
        if ((n == 3 || (n == 4 && m == 8)) && !strncasecmp(w, months[m], n))
            return m + 1;
    }
    return 0;
}

/* Length of a weekday name at p ("Monday", "Mon."), with a following comma,
 * and the space after it; 0 if none. */
static size_t weekday_at(const char *p)
{
    size_t n = word_len(p), k = n && p[n - 1] == '.' ? n - 1 : n;
    if (k < 3)
        return 0;
    for (int i = 0; i < 7; i++) {
        if ((k == strlen(weekdays[i]) || k == 3) && !strncasecmp(p, weekdays[i], k)) {
            if (p[n] == ',')
                n++;
            return p[n] == ' ' ? n + 1 : 0;
        }
    }
    return 0;
}

/* Read 1..max digits at *p into *v; 0 when there are none or too many. */
static int digits(const char **p, int max, int *v)
{
    int n = 0;
    *v = 0;
    while (isdigit((unsigned char)**p) && n <= max) {
        *v = *v * 10 + (**p - '0');
        (*p)++;
        n++;
    }
    return n >= 1 && n <= max ? n : 0;
}

/* Skip an ordinal suffix ("st", "nd", "rd", "th") at *p. */
static void ordinal(const char **p)
{
    static const char *const suf[] = {"st", "nd", "rd", "th", NULL};
    for (int i = 0; suf[i]; i++)
        if (!strncasecmp(*p, suf[i], 2) && !isalpha((unsigned char)(*p)[2]))
            *p += 2;
}

/* A year after a month name or day: "[,] YYYY"; 0 when none. */
static int year_after(const char **p)
{
    const char *q = *p;
    if (*q == ',')
        q++;
    if (*q != ' ')
        return 0;
    q++;
    int y;
    if (digits(&q, 4, &y) != 4 || isalnum((unsigned char)*q))
        return 0;
    *p = q;
    return y;
}

/* A numeric date at p: YYYY-MM-DD, D/M/YYYY or M/D/YYYY (day first when
 * the first number cannot be a month), D.M.YYYY.  Returns its length. */
static size_t numeric_at(const char *p, int *y, int *m, int *d)
{
    const char *q = p;
    int a, b, c;
    int na = digits(&q, 4, &a);
    if (!na)
        return 0;
    char sep = *q;
    if (sep != '/' && sep != '.' && sep != '-')
        return 0;
    q++;
    if (!digits(&q, 2, &b) || *q != sep)
        return 0;
    q++;
    int nc = digits(&q, 4, &c);
    if (isdigit((unsigned char)*q))
        return 0;
    if (na == 4 && sep == '-' && nc == 2) {
        *y = a, *m = b, *d = c;
    } else if (na <= 2 && nc == 4 && sep != '-') {
        int day_first = sep == '.' || a > 12;
        *y = c, *m = day_first ? b : a, *d = day_first ? a : b;
    } else {
        return 0;
    }
    return (size_t)(q - p);
}

/* A date's shape at p (a word start), day of the calendar or not: its
 * length, 0 if none.  Without a year the date takes year_ctx. */
static size_t date_shape(const char *p, int year_ctx, int *y, int *m, int *d)
{
    const char *q = p;
    size_t wl = word_len(q);
    int mm;
    if (wl && (mm = month_of(q, wl))) {
        q += wl;
        if (*q != ' ')
            return 0;
        q++;
        if (!digits(&q, 2, d))
            return 0;
        ordinal(&q);
        *m = mm;
    } else if (isdigit((unsigned char)*q)) {
        size_t n = numeric_at(q, y, m, d);
        if (n)
            return n;
        if (!digits(&q, 2, d))
            return 0;
        ordinal(&q);
        if (*q == ' ')
            q++;
        wl = word_len(q);
        if (!wl || !(mm = month_of(q, wl)))
            return 0;
        q += wl;
        *m = mm;
    } else {
        return 0;
    }
    if (isalnum((unsigned char)*q))
        return 0;
    *y = year_after(&q);
    if (!*y)
        *y = year_ctx;
    return (size_t)(q - p);
}

/* A date at p (a word start) that is a day of the calendar: its length, 0
 * if none.  Without a year the date takes year_ctx (0: no such date). */
static size_t date_at(const char *p, int year_ctx, int *y, int *m, int *d)
{
    size_t n = date_shape(p, year_ctx, y, m, d);
    return n && rec_valid_date(*y, *m, *d) ? n : 0;
}

/* Length of the label before a date line ("Published:", "[Date]",
 * "Updated on"), with the space after it; 0 if none. */
static size_t label_at(const char *p)
{
    static const char *const labels[] = {
        "Published on: ", "Published on ", "Published: ", "Published ", "Last updated on: ", "Updated on ", "Updated: ",
        "Updated ", "Posted on ", "Posted: ", "Posted ", "Date: ", "[Date] ",
        "Released on ", "Released: ", "Last updated ", "Last updated: ",
        "For Immediate Release | ", "For Immediate Release ", "Release Date: ", "Dated ", NULL};
    for (int i = 0; labels[i]; i++) {
        size_t n = strlen(labels[i]);
        if (!strncasecmp(p, labels[i], n))
            return n;
    }
    return 0;
}

size_t rec_date_label(const char *s)
{
    return label_at(s + (*s == '('));
}

/* Whether the rest of a date line, rest, is only a time of day and a zone
 * ("12:01 AM EST", "at 2:42 p.m. EDT", "T17:29:23+01:00", ")"). */
static int only_time(const char *rest)
{
    const char *p = rest;
    while (*p) {
        while (*p == ' ' || *p == ',' || *p == '|' || *p == ')' || *p == '(')
            p++;
        if (!*p)
            break;
        size_t n = strcspn(p, " ,|)(");
        int ok = 0;
        size_t c = strspn(p, "0123456789:.+-TZ");
        if (memchr(p, ':', n) && c == n)
            ok = 1;  /* 12:01, T17:29:23+01:00, T10:19:00Z */
        else if (memchr(p, ':', c) && c + 2 == n && strchr("aApP", p[c]) &&
                 strchr("mM", p[c + 1]))
            ok = 1;  /* 12:00am */
        else if ((n == 2 || n == 4) && strchr("aApP", p[0]) &&
                 (!strncasecmp(p + 1, "m", 1) || !strncasecmp(p + 1, ".m.", 3)))
            ok = 1;  /* AM, p.m. */
        else if (n >= 2 && n <= 5 && strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == n)
            ok = 1;  /* EST, GMT */
        else if (n == 2 && !strncasecmp(p, "at", 2))
            ok = 1;
        else if (n == 1 && (*p == '.' || *p == '-'))
            ok = 1;
        if (!ok)
            return 0;
        p += n;
    }
    return 1;
}

int rec_time_line(const char *s)
{
    return isdigit((unsigned char)*s) && strchr(s, ':') && rec_count_words(s) <= 4 &&
           only_time(s);
}

/* Print y-m-d as a fresh ISO string. */
static char *iso(int y, int m, int d)
{
    struct buf b;
    buf_init(&b);
    buf_printf(&b, "%04d-%02d-%02d", y, m, d);
    return buf_take(&b);
}

/* The date part of a date line: past an opening parenthesis, a label and
 * a weekday; *st is set when those make it a stamp. */
static const char *date_part(const char *s, int *st)
{
    const char *p = s;
    *st = 0;
    if (*p == '(')
        p++;
    size_t n = label_at(p);
    if (n)
        *st = !strncasecmp(p, "Updated", 7) || !strncasecmp(p, "Last", 4);
    p += n;
    n = weekday_at(p);
    if (n)
        *st = 1;
    return p + n;
}

int rec_date_impossible(const char *s)
{
    int st, y, m, d;
    const char *p = date_part(s, &st);
    size_t n = date_shape(p, 0, &y, &m, &d);
    return n && only_time(p + n) && y >= 1900 && y <= 2100 && !rec_valid_date(y, m, d);
}

char *rec_date_line(const char *s, int year_ctx, int *stamp)
{
    int st, y, m, d;
    const char *p = date_part(s, &st);
    size_t n = date_at(p, year_ctx, &y, &m, &d);
    if (!n || !only_time(p + n))
        return NULL;
    if (p[n] == 'T')
        st = 1;  /* a feed's ISO timestamp */
    if (stamp)
        *stamp = st;
    return iso(y, m, d);
}

char *rec_date_in(const char *s, size_t *at, size_t *len)
{
    for (const char *p = s; *p; p++) {
        if (p != s && (isalnum((unsigned char)p[-1]) || p[-1] == '/' || p[-1] == '.'))
            continue;
        int y, m, d;
        size_t n = date_at(p, 0, &y, &m, &d);
        if (n) {
            if (at)
                *at = (size_t)(p - s);
            if (len)
                *len = n;
            return iso(y, m, d);
        }
    }
    return NULL;
}

char *rec_date_at(const char *s, int year_ctx, size_t *len)
{
    int y, m, d;
    size_t n = date_at(s, year_ctx, &y, &m, &d);
    if (!n)
        return NULL;
    if (len)
        *len = n;
    return iso(y, m, d);
}

/* The date of a labelled date line ("Published March 3, 2019", "Posted on
 * 2019-03-03"), or NULL: a posting line, which a page may put after the
 * text.  Caller frees. */
char *rec_posted_date(const char *s, int year_ctx)
{
    const char *p = *s == '(' ? s + 1 : s;
    return label_at(p) && strncmp(p, "[Date]", 6) ? rec_date_line(s, year_ctx, NULL) : NULL;
}

/* Length of a time of day at p ("4:46 p.m.", "10:05 AM", "18:30"), or 0. */
static size_t clock_at(const char *p)
{
    const char *q = p;
    int v;
    if (!digits(&q, 2, &v) || *q != ':' || !isdigit((unsigned char)q[1]) ||
        !isdigit((unsigned char)q[2]) || isdigit((unsigned char)q[3]))
        return 0;
    q += 3;
    static const char *const marks[] = {" a.m.", " p.m.", " am", " pm", NULL};
    for (int i = 0; marks[i]; i++) {
        size_t n = strlen(marks[i]);
        if (!strncasecmp(q, marks[i], n) && (q[n] == ' ' || q[n] == ',' || !q[n]))
            return (size_t)(q + n - p);
    }
    return (size_t)(q - p);
}

char *rec_date_time_rest(const char *s, int year_ctx, const char **rest)
{
    int st, y, m, d;
    const char *p = date_part(s, &st);
    size_t n = date_at(p, year_ctx, &y, &m, &d);
    if (!n)
        return NULL;
    p += n;
    while (*p == ',' || *p == ' ')
        p++;
    if (!strncmp(p, "at ", 3))
        p += 3;
    size_t t = clock_at(p);
    if (!t)
        return NULL;
    p += t;
    while (*p == ',' || *p == ' ')
        p++;
    if (!isupper((unsigned char)*p) || rec_count_words(p) > 6)
        return NULL;
    *rest = p;
    return iso(y, m, d);
}

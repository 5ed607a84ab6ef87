/* qr.c -- the footer's optional QR code: libqrencode's modules drawn as
 * rules, one per run of dark modules in a row, each as thick as a module
 * (butt-ended strokes tile into exact squares). */
#include "typeset/qr.h"

#include <errno.h>
#include <math.h>

#include <qrencode.h>

#include "base/util.h"

/* Dark modules' colour. */
#define QR_DARK 0x000000

double ts_qr(struct page *p, double right, double bottom, double room, const char *text)
{
    errno = 0;
    QRcode *q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!q) {
        if (errno == ENOMEM)
            xalloc_failed("encoding the QR code");
        return 0;
    }
    int n = q->width;
    double m = fmin(1.0, room / (n + 8));
    double x = right - (n + 4) * m;  /* the quiet zone on the right too */
    for (int r = 0; r < n; r++) {
        double yc = bottom + (n - r - 0.5) * m;  /* row 0 is the top one */
        const unsigned char *row = q->data + (size_t)r * (size_t)n;
        for (int c = 0; c < n;) {
            if (!(row[c] & 1)) {
                c++;
                continue;
            }
            int c0 = c;
            while (c < n && (row[c] & 1))
                c++;
            page_add_rule(p, x + c0 * m, yc, x + c * m, yc, m, QR_DARK);
        }
    }
    QRcode_free(q);
    return n * m;
}

/* exit.h -- the program's exit statuses, the one definition every stage
 * returns and main passes to exit(): 0 done, 1 bad input, 2 bad usage,
 * 3 environment (a font, a layout, the file system, a library).
 */
#ifndef IMPRINT_EXIT_H
#define IMPRINT_EXIT_H

enum exit_status {
    EXIT_OK = 0,     /* everything was done */
    EXIT_INPUT = 1,  /* the input is bad: invalid UTF-8, empty, unrecognisable */
    EXIT_USAGE = 2,  /* the command line is wrong */
    EXIT_ENV = 3     /* the environment failed: fonts, layouts, files, memory */
};

#endif

// Preflight.java -- PDF/A-1b validation of several files in one Java
// process, with Apache PDFBox Preflight (Debian libpdfbox2-java); used by
// validate.sh for more than one file, since starting the validator once a
// file costs more than validating it.  Prints what validate.sh prints:
// "VALID FILE", or "INVALID FILE" and the error lines, or "ERROR FILE".
// Exit status: 0 when every file is valid, 1 when any is not, 2 when one
// could not be read.
import java.io.File;

import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.ValidationResult.ValidationError;
import org.apache.pdfbox.preflight.exception.SyntaxValidationException;
import org.apache.pdfbox.preflight.parser.PreflightParser;

public class Preflight {
    // The validator's result for one file, a syntax failure included.
    static ValidationResult check(String name) throws Exception {
        PreflightParser parser = new PreflightParser(new File(name));
        try {
            parser.parse();
        } catch (SyntaxValidationException e) {
            return e.getResult();
        }
        try (PreflightDocument doc = parser.getPreflightDocument()) {
            doc.validate();
            return doc.getResult();
        }
    }

    public static void main(String[] args) {
        int status = 0;
        for (String name : args) {
            ValidationResult r;
            try {
                r = check(name);
            } catch (Exception e) {
                System.out.println("ERROR " + name + " (" + e + ")");
                status = 2;
                continue;
            }
            if (r.isValid()) {
                System.out.println("VALID " + name);
                continue;
            }
            System.out.println("INVALID " + name);
            int shown = 0;
            for (ValidationError e : r.getErrorsList()) {
                if (shown++ == 20)
                    break;
                System.out.println("    " + e.getErrorCode() + " : " + e.getDetails());
            }
            status = Math.max(status, 1);
        }
        System.exit(status);
    }
}

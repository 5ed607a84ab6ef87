// text.mjs -- the text pdf.js (the reader of Firefox and many web viewers)
// extracts from a PDF, page by page in its content order:
// page.getTextContent(), one line per text item that ends a line.
// Usage: node text.mjs FILE.pdf   (prints the text to standard output)
import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const doc = await getDocument({
  data: new Uint8Array(readFileSync(process.argv[2])),
  useSystemFonts: false,
  disableFontFace: true,
  verbosity: 0,
}).promise;

let out = "";
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  for (const item of content.items) {
    out += item.str;
    if (item.hasEOL) out += "\n";
  }
  out += "\n\f";
}
process.stdout.write(out);

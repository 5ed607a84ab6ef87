// structtree.mjs -- what pdf.js (the reader of Firefox and many web viewers)
// finds in a tagged PDF's structure tree: page.getStructTree() for every
// page.  Usage: node structtree.mjs FILE.pdf ROLE...
// Prints, per page, the roles in tree order; exits 1 when a page has no
// tree, when marked content ties no text to it, or when one of the ROLEs
// named is on no page.
import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const [file, ...want] = process.argv.slice(2);
const doc = await getDocument({
  data: new Uint8Array(readFileSync(file)),
  useSystemFonts: false,
  disableFontFace: true,
  verbosity: 0,
}).promise;

const seen = new Set();
let bad = 0;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const tree = await page.getStructTree();
  if (!tree) {
    console.log(`page ${n}: no structure tree`);
    bad = 1;
    continue;
  }
  const roles = [];
  let content = 0;
  const walk = (node) => {
    if (node.role) {
      roles.push(node.role);
      seen.add(node.role);
    }
    if (node.type === "content") content++;
    for (const kid of node.children || []) walk(kid);
  };
  walk(tree);
  console.log(`page ${n}: ${content} content items: ${roles.join(" ")}`);
  if (!content) bad = 1;
}
for (const r of want)
  if (!seen.has(r)) {
    console.log(`role ${r} is on no page`);
    bad = 1;
  }
process.exit(bad);

// A PDF file written from its objects, for the tests' hand-made PDFs (hostile files, blank pages,
// an encrypted file): the objects numbered from 1 (object 1 the catalogue), the cross-reference
// table of their byte offsets, and the trailer.

/**
 * The bytes of a PDF of `objects` (object 1 the catalogue); `trailer` adds entries to the trailer
 * (an /Encrypt, an /ID).
 * @param {string[]} objects
 * @param {string} [trailer]
 * @returns {Buffer}
 */
export function pdfOfObjects(objects, trailer = '') {
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

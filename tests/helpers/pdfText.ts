// Reads a PDF back as text, page by page (pdf.js, Mozilla's PDF reader), so tests check what a
// reader would see in the document rather than how it was produced.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  text: string;
  info: Record<string, unknown>;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    let line = '';
    for (const item of content.items) {
      if ('str' in item) line += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(line);
  }
  const meta = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, text: pages.join('\n'), info: (meta.info ?? {}) as Record<string, unknown> };
}

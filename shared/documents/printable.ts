// A document as data: the one structure both the PDF (server/documents/pdf.ts) and the web page
// render, so the screen and the paper always say the same thing in the same order.
export type PrintableBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'fields'; rows: { label: string; value: string }[] }
  | { type: 'table'; columns: string[]; rows: string[][]; numeric?: boolean[] };

export interface PrintableSection {
  heading: string;
  blocks: PrintableBlock[];
}

export interface PrintableDocument {
  /** The document's language (the PDF's /Lang and the page's lang attribute). */
  locale: 'fr-CA' | 'en-CA';
  title: string;
  subtitle: string[];
  sections: PrintableSection[];
  footer: string;
}

/** Fills {{name}} placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) =>
    k in params ? String(params[k]) : `{{${k}}}`,
  );
}

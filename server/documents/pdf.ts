// Draws a PrintableDocument (shared/documents/printable.ts) as a PDF with PDFKit, in Helvetica or,
// when the text needs it, DejaVu Sans (embedded, subset) so every name prints, whatever its
// alphabet. Deterministic: the same
// document and creation date give the same bytes (PDFKit derives the file ID from the info
// dictionary, fixed here), so the SHA-256 of what a party was shown is the SHA-256 of what they
// sign, and a page can be rendered again to check it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PrintableBlock, PrintableDocument } from '../../shared/documents/printable';
import { pdfKit } from '../lazyModule';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The fonts' files, read once. */
function fontBytes() {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

const MARGIN = 54;
const GREY = '#444444';
const RULE = '#999999';

export interface PdfMeta {
  /** Fixed creation date: part of the bytes, so it must not be "now" at each rendering. */
  createdAt: Date;
  subject: string;
}

// The characters Helvetica has in a PDF (WinAnsiEncoding): Latin-1 and a few typographic ones.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function isWinAnsi(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      !(
        (c >= 0x20 && c <= 0x7e) ||
        (c >= 0xa0 && c <= 0xff) ||
        c === 0x0a ||
        WIN_ANSI_EXTRA.has(ch)
      )
    )
      return false;
  }
  return true;
}

function allText(d: PrintableDocument): string {
  const parts = [d.title, ...d.subtitle, d.footer];
  for (const s of d.sections) {
    parts.push(s.heading);
    for (const b of s.blocks) {
      if (b.type === 'paragraph') parts.push(b.text);
      if (b.type === 'fields') for (const r of b.rows) parts.push(r.label, r.value);
      if (b.type === 'table') parts.push(...b.columns, ...b.rows.flat());
    }
  }
  return parts.join('\n');
}

export async function renderPdf(document: PrintableDocument, meta: PdfMeta): Promise<Buffer> {
  const PDFDocument = await pdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
      bufferPages: true,
      lang: document.locale,
      displayTitle: true,
      info: {
        Title: document.title,
        Author: 'Passerelle — programme FIT',
        Subject: meta.subject,
        Creator: 'Passerelle',
        Producer: 'Passerelle (PDFKit)',
        CreationDate: meta.createdAt,
        ModDate: meta.createdAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      // Helvetica (in every PDF reader, nothing to embed: fast and small) when every character
      // of the document has a place in it, as in most French and English text; DejaVu Sans,
      // embedded, for anything else (a name in Vietnamese, Arabic, Cyrillic…). The choice
      // depends only on the document, so the bytes stay deterministic.
      const standard = isWinAnsi(allText(document));
      doc.registerFont('body', standard ? 'Helvetica' : fontBytes().regular);
      doc.registerFont('bold', standard ? 'Helvetica-Bold' : fontBytes().bold);
      draw(doc, document);
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}

type Doc = PDFKit.PDFDocument;

function width(doc: Doc) {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc) {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when `height` does not fit on this one. */
function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function draw(doc: Doc, d: PrintableDocument) {
  const left = doc.page.margins.left;
  doc
    .font('bold')
    .fontSize(18)
    .fillColor('black')
    .text(d.title, left, doc.y, { width: width(doc) });
  doc.moveDown(0.3);
  doc.font('body').fontSize(9.5).fillColor(GREY);
  for (const line of d.subtitle) doc.text(line, { width: width(doc) });
  doc.moveDown(0.6);
  for (const section of d.sections) {
    ensureRoom(doc, 60);
    doc.moveDown(0.4);
    doc
      .font('bold')
      .fontSize(12)
      .fillColor('black')
      .text(section.heading, left, doc.y, {
        width: width(doc),
      });
    const y = doc.y + 2;
    doc
      .moveTo(left, y)
      .lineTo(left + width(doc), y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 5;
    for (const block of section.blocks) drawBlock(doc, block);
  }
  // Footer on every page: the document's reference and "page x / n".
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const footerY = doc.page.height - doc.page.margins.bottom + 20;
    doc.font('body').fontSize(8).fillColor(GREY);
    doc.text(`${d.footer} · ${i + 1} / ${range.count}`, left, footerY, {
      width: width(doc),
      align: 'center',
      lineBreak: false,
    });
  }
}

function drawBlock(doc: Doc, block: PrintableBlock) {
  const left = doc.page.margins.left;
  const w = width(doc);
  switch (block.type) {
    case 'paragraph': {
      doc.font('body').fontSize(10).fillColor('black');
      ensureRoom(doc, Math.min(doc.heightOfString(block.text, { width: w }), 120));
      doc.text(block.text, left, doc.y, { width: w, align: 'left' });
      doc.moveDown(0.5);
      return;
    }
    case 'fields': {
      const labelW = w * 0.38;
      const valueW = w - labelW - 10;
      for (const row of block.rows) {
        doc.font('bold').fontSize(9.5);
        const hl = doc.heightOfString(row.label, { width: labelW });
        doc.font('body').fontSize(10);
        const hv = doc.heightOfString(row.value, { width: valueW });
        const h = Math.max(hl, hv);
        ensureRoom(doc, h + 4);
        const y = doc.y;
        doc.font('bold').fontSize(9.5).fillColor(GREY).text(row.label, left, y, { width: labelW });
        doc
          .font('body')
          .fontSize(10)
          .fillColor('black')
          .text(row.value, left + labelW + 10, y, { width: valueW });
        doc.y = y + h + 4;
      }
      doc.moveDown(0.3);
      return;
    }
    case 'table': {
      const n = block.columns.length;
      const colW = w / n;
      const drawRow = (cells: string[], header: boolean) => {
        doc.font(header ? 'bold' : 'body').fontSize(9.5);
        const h = Math.max(...cells.map((c) => doc.heightOfString(c, { width: colW - 8 })));
        ensureRoom(doc, h + 6);
        const y = doc.y;
        cells.forEach((cell, i) => {
          doc.fillColor(header ? GREY : 'black').text(cell, left + i * colW, y, {
            width: colW - 8,
            align: block.numeric?.[i] && !header ? 'right' : 'left',
          });
        });
        const lineY = y + h + 2;
        doc
          .moveTo(left, lineY)
          .lineTo(left + w, lineY)
          .lineWidth(header ? 0.6 : 0.3)
          .strokeColor(RULE)
          .stroke();
        doc.y = lineY + 3;
      };
      drawRow(block.columns, true);
      for (const row of block.rows) drawRow(row, false);
      doc.moveDown(0.4);
      return;
    }
  }
}

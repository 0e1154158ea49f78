// A payment notice as a printable document (PDF, page, and the text of its email), in the
// payee's language. Pure: the same notice and locale give the same document.
import { quebecToday } from '../dates';
import { fill, type PrintableDocument } from '../documents/printable';
import { formatDate, formatMoney } from '../format';
import type { Locale } from '../locale';
import { noticeText } from './text';

export interface NoticeItemData {
  pairingId: number;
  postingTitle: string;
  amountCents: number;
  periodStart: string | null;
  periodEnd: string | null;
  milestone: 'hire' | 'completion' | 'retention' | null;
  correctsNoticeId: number | null;
}

export interface NoticeData {
  id: number;
  kind: 'payment' | 'correction';
  payeeName: string;
  paidOn: string;
  reference: string;
  totalCents: number;
  createdAt: string;
  items: NoticeItemData[];
}

export function buildNoticeDocument(n: NoticeData, locale: Locale): PrintableDocument {
  const tx = noticeText[locale];
  const money = (c: number) => formatMoney(c, locale);
  const date = (d: string) => formatDate(d, locale);
  const describe = (i: NoticeItemData) => {
    const what =
      i.periodStart && i.periodEnd
        ? fill(tx.period, { start: date(i.periodStart), end: date(i.periodEnd) })
        : i.milestone
          ? tx[`milestone_${i.milestone}`]
          : '';
    return n.kind === 'correction' ? fill(tx.reversal, { what }) : what;
  };
  const corrected = [
    ...new Set(n.items.map((i) => i.correctsNoticeId).filter((x): x is number => x !== null)),
  ];
  const sections: PrintableDocument['sections'] = [
    {
      heading: tx.itemsHeading,
      blocks: [
        {
          type: 'table',
          columns: [tx.pairing, tx.job, tx.what, tx.amount],
          numeric: [false, false, false, true],
          rows: [
            ...n.items.map((i) => [
              fill(tx.pairingNumber, { id: i.pairingId }),
              i.postingTitle,
              describe(i),
              money(i.amountCents),
            ]),
            [tx.total, '', '', money(n.totalCents)],
          ],
        },
      ],
    },
  ];
  if (n.kind === 'correction' && corrected.length > 0) {
    sections.push({
      heading: tx.correctionHeading,
      blocks: [
        { type: 'paragraph', text: fill(tx.correctionText, { notice: corrected.join(', ') }) },
      ],
    });
  }
  sections.push({
    heading: tx.questionsHeading,
    blocks: [{ type: 'paragraph', text: tx.questionsText }],
  });
  const issued = date(quebecToday(new Date(n.createdAt)));
  return {
    locale,
    title: fill(n.kind === 'payment' ? tx.title : tx.titleCorrection, { id: n.id }),
    subtitle: [
      tx.programme,
      fill(tx.payee, { name: n.payeeName }),
      fill(n.kind === 'payment' ? tx.paidOn : tx.correctedOn, {
        date: date(n.paidOn),
        reference: n.reference,
      }),
    ],
    sections,
    footer: fill(tx.footer, { id: n.id, date: issued }),
  };
}

/** The document as plain text (the body of the notice's email). */
export function documentAsText(d: PrintableDocument): string {
  const colon = d.locale === 'fr-CA' ? ' : ' : ': ';
  const lines: string[] = [d.title, ...d.subtitle, ''];
  for (const s of d.sections) {
    lines.push(s.heading.toUpperCase());
    for (const b of s.blocks) {
      if (b.type === 'paragraph') lines.push(b.text);
      if (b.type === 'fields') for (const r of b.rows) lines.push(`${r.label}${colon}${r.value}`);
      if (b.type === 'table') {
        for (const row of b.rows) lines.push(`- ${row.filter((c) => c !== '').join(' · ')}`);
      }
    }
    lines.push('');
  }
  lines.push(d.footer);
  return lines.join('\n');
}

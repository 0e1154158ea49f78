// The placement agreement (version 1) or an amendment (version n > 1) as a printable document in
// the reader's language: the same structure is drawn as a PDF by the server and as a page by the
// web. Pure: the same versions and locale always give the same document (so the PDF's bytes, and
// their SHA-256, are the same each time it is rendered).
import { quebecToday } from '../dates';
import { fill, type PrintableBlock, type PrintableDocument } from '../documents/printable';
import { formatDate, formatMoney } from '../format';
import type { Locale } from '../locale';
import { trancheAmounts } from '../money/calculator';
import { ratesOn, scheduleOf, type VersionTerms } from '../money/schedule';
import type { AgreementSnapshot } from './snapshot';
import { agreementText } from './text';

export interface AgreementVersionData extends VersionTerms {
  pairingId: number;
  plannedEndDate: string;
  maxWageSubsidyCents: number;
  comment: string;
  snapshot: AgreementSnapshot;
  createdAt: string;
}

function percent(bp: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    bp / 10_000,
  );
}

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

/**
 * `versions`: the pairing's versions up to and including the one to render (any order; later
 * ones are ignored).
 */
export function buildAgreementDocument(
  versions: readonly AgreementVersionData[],
  versionNumber: number,
  locale: Locale,
): PrintableDocument {
  const upTo = [...versions]
    .filter((v) => v.version <= versionNumber)
    .sort((a, b) => a.version - b.version);
  const current = upTo.at(-1);
  if (!current || current.version !== versionNumber) {
    throw new Error(`agreement version ${versionNumber} is missing`);
  }
  const previous = upTo.at(-2) ?? null;
  const tx = agreementText[locale];
  const s = current.snapshot;
  const rules = s.phase.rules;
  const money = (cents: number) => formatMoney(cents, locale);
  const date = (iso: string) => formatDate(iso, locale);
  const hours = (h: number) => fill(tx.hoursValue, { hours: h });
  const madeOn = date(quebecToday(new Date(current.createdAt)));
  const schedule = scheduleOf(s.pairingStartDate, upTo);

  const sections: PrintableDocument['sections'] = [];

  sections.push({
    heading: tx.partiesHeading,
    blocks: [
      {
        type: 'fields',
        rows: [
          {
            label: tx.employer,
            value: s.business.neq
              ? fill(tx.employerValue, {
                  name: s.business.legalName,
                  neq: s.business.neq,
                  city: s.business.city,
                })
              : fill(tx.employerValueNoNeq, { name: s.business.legalName, city: s.business.city }),
          },
          {
            label: tx.organisation,
            value: fill(tx.organisationValue, {
              name: s.organisation.name,
              city: s.organisation.city,
            }),
          },
          { label: tx.counsellor, value: s.counsellor.name || '—' },
          {
            label: tx.program,
            value: fill(tx.programValue, {
              number: s.phase.number,
              start: date(s.phase.startDate),
              end: date(s.phase.endDate),
            }),
          },
        ],
      },
      { type: 'paragraph', text: tx.partiesIntro },
    ],
  });

  sections.push({
    heading: tx.personHeading,
    blocks: [
      {
        type: 'fields',
        rows: [
          { label: tx.person, value: s.person.displayName },
          {
            label: tx.job,
            value: fill(tx.jobValue, { title: s.posting.title, noc: s.posting.nocCode }),
          },
        ],
      },
    ],
  });

  if (previous && current.kind !== 'hire') {
    const kindLabel = tx[`kind_${current.kind}`];
    let change = '';
    switch (current.kind) {
      case 'weeks':
        change = fill(tx.change_weeks, {
          before: previous.plannedWeeks,
          after: current.plannedWeeks,
          end: date(current.plannedEndDate),
        });
        break;
      case 'wage_hours': {
        const before = ratesOn(
          scheduleOf(s.pairingStartDate, upTo.slice(0, -1)),
          current.effectiveFrom,
        );
        change = fill(tx.change_wage_hours, {
          from: date(current.effectiveFrom),
          wageBefore: money(before?.hourlyWageCents ?? previous.hourlyWageCents),
          wageAfter: money(current.hourlyWageCents),
          hoursBefore: before?.hoursPerWeek ?? previous.hoursPerWeek,
          hoursAfter: current.hoursPerWeek,
        });
        break;
      }
      case 'leave':
        change = fill(tx.change_leave, {
          start: date(current.leaveStart ?? current.effectiveFrom),
          end: date(current.leaveEnd ?? current.effectiveFrom),
          days: daysBetween(
            current.leaveStart ?? current.effectiveFrom,
            current.leaveEnd ?? current.effectiveFrom,
          ),
          newEnd: date(current.plannedEndDate),
        });
        break;
      case 'counsellor':
        change = fill(tx.change_counsellor, {
          before: previous.snapshot.counsellor.name || '—',
          after: s.counsellor.name || '—',
        });
        break;
    }
    const rows = [
      { label: tx.amendmentKind, value: kindLabel },
      { label: tx.effectiveFrom, value: date(current.effectiveFrom) },
      { label: tx.change, value: change },
    ];
    if (previous.maxWageSubsidyCents !== current.maxWageSubsidyCents) {
      rows.push({
        label: tx.maxWage,
        value: fill(tx.maxChange, {
          before: money(previous.maxWageSubsidyCents),
          after: money(current.maxWageSubsidyCents),
        }),
      });
    }
    if (current.comment) rows.push({ label: tx.comment, value: current.comment });
    sections.push({ heading: tx.amendmentHeading, blocks: [{ type: 'fields', rows }] });
  }

  const first = schedule.rates[0];
  const terms: PrintableBlock[] = [
    {
      type: 'fields',
      rows: [
        { label: tx.startDate, value: date(s.pairingStartDate) },
        { label: tx.plannedWeeks, value: fill(tx.weeksValue, { weeks: current.plannedWeeks }) },
        { label: tx.plannedEnd, value: date(current.plannedEndDate) },
        ...(schedule.rates.length <= 1 && first
          ? [
              { label: tx.hourlyWage, value: money(first.hourlyWageCents) },
              { label: tx.hoursPerWeek, value: hours(first.hoursPerWeek) },
            ]
          : []),
      ],
    },
  ];
  if (schedule.rates.length > 1) {
    terms.push({ type: 'paragraph', text: tx.ratesIntro });
    terms.push({
      type: 'table',
      columns: [tx.ratesFrom, tx.hourlyWage, tx.hoursPerWeek],
      numeric: [false, true, true],
      rows: schedule.rates.map((r) => [
        date(r.from),
        money(r.hourlyWageCents),
        hours(r.hoursPerWeek),
      ]),
    });
  }
  if (schedule.leaves.length > 0) {
    terms.push({ type: 'paragraph', text: tx.leavesIntro });
    terms.push({
      type: 'table',
      columns: [tx.leaveFrom, tx.leaveTo, tx.leaveDays],
      numeric: [false, false, true],
      rows: schedule.leaves.map((l) => [
        date(l.start),
        date(l.end),
        String(daysBetween(l.start, l.end)),
      ]),
    });
  }
  sections.push({ heading: tx.termsHeading, blocks: terms });

  sections.push({
    heading: tx.rulesHeading,
    blocks: [
      {
        type: 'fields',
        rows: [
          {
            label: tx.rate,
            value: fill(tx.rateValue, { rate: percent(rules.wageSubsidyRateBp, locale) }),
          },
          { label: tx.cap, value: money(rules.hourlyWageCapCents) },
          { label: tx.minHours, value: hours(rules.minHoursPerWeek) },
          { label: tx.maxHours, value: hours(rules.maxHoursPerWeekCounted) },
          {
            label: tx.weeksRange,
            value: fill(tx.weeksRangeValue, { min: rules.minWeeks, max: rules.maxWeeks }),
          },
          { label: tx.maxWage, value: money(current.maxWageSubsidyCents) },
          { label: tx.accompaniment, value: money(rules.accompanimentAmountCents) },
        ],
      },
      { type: 'paragraph', text: tx.maxExplained },
    ],
  });

  sections.push({
    heading: tx.claimsHeading,
    blocks: [
      {
        type: 'paragraph',
        text: fill(tx.claimsText, {
          weeks: rules.claimPeriodWeeks,
          deadline: rules.claimDeadlineDays,
        }),
      },
    ],
  });

  const amounts = trancheAmounts(rules);
  sections.push({
    heading: tx.tranchesHeading,
    blocks: [
      { type: 'paragraph', text: tx.tranchesText },
      {
        type: 'table',
        columns: [tx.milestone, tx.share, tx.amount],
        numeric: [false, true, true],
        rows: rules.accompanimentTranches.map((t, i) => [
          tx[`milestone_${t.milestone}`],
          percent(t.shareBp, locale),
          money(amounts[i]?.amountCents ?? 0),
        ]),
      },
    ],
  });

  sections.push({
    heading: tx.privacyHeading,
    blocks: [{ type: 'paragraph', text: tx.privacyText }],
  });
  sections.push({
    heading: tx.acceptanceHeading,
    blocks: [{ type: 'paragraph', text: tx.acceptanceText }],
  });

  return {
    locale,
    title:
      current.version === 1 ? tx.title : fill(tx.titleAmendment, { number: current.version - 1 }),
    subtitle: [
      tx.programme,
      // A phase named only by its number (« Phase 10 ») is not named twice.
      fill(
        s.phase.name.trim().toLowerCase() === `phase ${s.phase.number}` || !s.phase.name.trim()
          ? tx.subtitlePairingUnnamed
          : tx.subtitlePairing,
        { pairingId: current.pairingId, phaseNumber: s.phase.number, phaseName: s.phase.name },
      ),
      fill(tx.subtitleVersion, { version: current.version, date: madeOn }),
    ],
    sections,
    footer: fill(tx.footer, {
      pairingId: current.pairingId,
      version: current.version,
      date: madeOn,
    }),
  };
}

// « À traiter »: employers' wage-subsidy claims and the accompaniment tranches due to
// organisations, approved in one click or rejected with a coded reason and a comment, right in
// the list; then « À payer »: approved entries not paid yet, marked paid with a date and a
// reference, one by one or as a batch (one server transaction). Each list comes in pages from
// the server, with its count and total computed there, and carries what it shows about each
// item's pairing: nothing is joined in the browser, so the page is right at any size.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type FormEvent,
  type ReactNode,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { rejectReasons } from '../../../../shared/money/machines';
import { markPaidInput, payBatchInput, reviewInput } from '../../../../shared/money/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { LoadingStatus } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { ReasonFields } from '../../components/ReasonFields';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import {
  type ClaimToReview,
  type EntryToPay,
  personName,
  type TrancheToReview,
  today,
  useCoordFormat,
  useFocusInvalid,
  useFocusOnToggle,
  useReviewQueue,
} from './common';

type Notify = (message: string, section: string) => void;

/** Everything that shows money figures, refreshed after a review, a payment or a reversal. */
export function useRefreshMoney() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: trpc.money.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.phases.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.pairings.pathKey() }),
    ]);
  };
}

/** What the queue's items tell about their pairing (read by the server with the item). */
interface PairingFacts {
  pairingId: number;
  firstName: string;
  lastName: string;
  postingTitle: string;
  phaseNumber: number;
}

/** « Jumelage n° 12 — Lucía Ramirez, Aide-boulanger·ère (phase 10) », linked to the pairing. */
function PairingLine({ item }: { item: PairingFacts }) {
  const { t } = useTranslation();
  return (
    <p className="coord-item__meta">
      <Link href={`/pairings/${item.pairingId}`}>
        {t('coordinator.common.pairing', { id: item.pairingId })}
      </Link>
      {' · '}
      {personName(item)} · {item.postingTitle} ·{' '}
      {t('coordinator.common.phaseLabel', { number: item.phaseNumber })}
    </p>
  );
}

function ReviewActions(props: {
  kind: 'claim' | 'tranche';
  id: number;
  payee: string;
  amount: string;
  /** « la réclamation de X, du … au … (740,00 $) », read after the button's verb. */
  context: string;
  notify: Notify;
  section: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, open);
  useFocusInvalid(box, error);
  const options = {
    onSuccess: async (r: { status: string }) => {
      const approved = r.status === 'approved';
      const key = `${props.kind}${approved ? 'Approved' : 'Rejected'}` as const;
      setOpen(false);
      props.notify(
        t(`coordinator.review.done.${key}`, { payee: props.payee, amount: props.amount }),
        props.section,
      );
      await refresh();
    },
    onError: (err: unknown) => setError(describeError(err, t)),
  };
  const claim = useMutation(trpc.money.reviewClaim.mutationOptions(options));
  const tranche = useMutation(trpc.money.reviewTranche.mutationOptions(options));
  const mutation = props.kind === 'claim' ? claim : tranche;

  function send(values: unknown) {
    const v = validate(reviewInput, values, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    mutation.mutate(v.data);
  }
  function submitReject(e: FormEvent) {
    e.preventDefault();
    send({ id: props.id, action: 'reject', reason: reason || undefined, comment });
  }

  return (
    <div ref={box} className="coord-item__actions">
      {open ? null : (
        <>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <div className="coord-actions">
            <button
              type="button"
              className="button button--primary button--small"
              disabled={mutation.isPending}
              onClick={() => send({ id: props.id, action: 'approve', comment: '' })}
            >
              {t('coordinator.review.approve')}
              <span className="visually-hidden"> {props.context}</span>
            </button>
            <button
              type="button"
              className="button button--small"
              data-opener
              aria-expanded={false}
              aria-controls={formId}
              onClick={() => {
                setError(null);
                setOpen(true);
              }}
            >
              {t('coordinator.review.reject')}
              <span className="visually-hidden"> {props.context}</span>
            </button>
          </div>
        </>
      )}
      {open ? (
        <form id={formId} className="stack coord-inline-form" onSubmit={submitReject} noValidate>
          <p className="coord-inline-form__title">
            {t('coordinator.review.rejectTitle', { context: props.context })}
          </p>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <ReasonFields
            reasonLabel={t('coordinator.review.reason')}
            chooseLabel={t('coordinator.review.choose')}
            reasons={rejectReasons}
            reasonText={(r) => t(`coordinator.rejectReason.${r}`)}
            reason={reason}
            onReasonChange={setReason}
            commentLabel={t('coordinator.review.comment')}
            commentHint={t('coordinator.review.commentHint')}
            comment={comment}
            onCommentChange={setComment}
            commentRows={3}
            errors={error?.fields}
          />
          <div className="coord-actions">
            <button type="submit" className="button coord-danger" disabled={mutation.isPending}>
              {mutation.isPending ? t('form.saving') : t('coordinator.review.confirmReject')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setError(null);
              }}
            >
              {t('coordinator.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** The payment date and bank reference, shared by the one-entry and the batch payment forms. */
function PaymentFields(props: {
  paidOn: string;
  onPaidOnChange: (v: string) => void;
  reference: string;
  onReferenceChange: (v: string) => void;
  error: ShownError | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="coord-form-grid">
      <TextField
        label={t('coordinator.review.paidOn')}
        type="date"
        value={props.paidOn}
        onChange={props.onPaidOnChange}
        error={props.error?.fields.paidOn}
        required
      />
      <TextField
        label={t('coordinator.review.reference')}
        hint={t('coordinator.review.referenceHint')}
        value={props.reference}
        onChange={props.onReferenceChange}
        error={props.error?.fields.reference}
        maxLength={80}
        autoComplete="off"
        required
      />
    </div>
  );
}

function MarkPaid(props: {
  ledgerEntryId: number;
  payee: string;
  amount: string;
  notify: Notify;
  section: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, open);
  useFocusInvalid(box, error);
  const markPaid = useMutation(
    trpc.money.markPaid.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        props.notify(
          t('coordinator.review.done.paid', { payee: props.payee, amount: props.amount }),
          props.section,
        );
        await refresh();
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(markPaidInput, { ledgerEntryId: props.ledgerEntryId, paidOn, reference }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    markPaid.mutate(v.data);
  }
  const context = t('coordinator.review.payContext', { payee: props.payee, amount: props.amount });
  return (
    <div ref={box} className="coord-item__actions">
      {open ? null : (
        <button
          type="button"
          className="button button--primary button--small"
          data-opener
          aria-expanded={false}
          aria-controls={formId}
          onClick={() => setOpen(true)}
        >
          {t('coordinator.review.markPaid')}
          <span className="visually-hidden"> — {context}</span>
        </button>
      )}
      {open ? (
        <form id={formId} className="stack coord-inline-form" onSubmit={submit} noValidate>
          <p className="coord-inline-form__title">
            {t('coordinator.review.payTitle', { payee: props.payee, amount: props.amount })}
          </p>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <PaymentFields
            paidOn={paidOn}
            onPaidOnChange={setPaidOn}
            reference={reference}
            onReferenceChange={setReference}
            error={error}
          />
          <div className="coord-actions">
            <button type="submit" className="button button--primary" disabled={markPaid.isPending}>
              {markPaid.isPending ? t('form.saving') : t('coordinator.review.confirmPaid')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setError(null);
              }}
            >
              {t('coordinator.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

function Total({ cents }: { cents: number }) {
  const { t } = useTranslation();
  const fmt = useCoordFormat();
  return (
    <span className="coord-total">
      {t('coordinator.review.total', { amount: fmt.money(cents) })}
    </span>
  );
}

/** The last confirmation, shown under the heading of the list it concerns. */
const MessageContext = createContext<{ text: string; section: string } | null>(null);

function SectionHeading(props: { id: string; title: string; count: number; totalCents: number }) {
  const message = useContext(MessageContext);
  return (
    <>
      <h2 id={props.id} tabIndex={-1} className="coord-section__title">
        {props.title} <span className="coord-pill">{props.count}</span>{' '}
        {props.count > 0 ? <Total cents={props.totalCents} /> : null}
      </h2>
      <StatusMessage>{message?.section === props.id ? message.text : null}</StatusMessage>
    </>
  );
}

function sum(items: readonly { amountCents: number }[]) {
  return items.reduce((s, i) => s + i.amountCents, 0);
}

/** One page of a queue list as the server sends it: items, next cursor, count and total. */
interface QueuePage<T> {
  items: T[];
  nextCursor: string | null;
  count: number;
  totalCents: number;
}

/** A queue list's pages, with the count and total of the whole list (from the latest page). */
function queueList<T>(pages: readonly QueuePage<T>[] | undefined) {
  const last = pages?.at(-1);
  return {
    items: pages?.flatMap((p) => p.items) ?? [],
    count: last?.count ?? 0,
    totalCents: last?.totalCents ?? 0,
  };
}

const pageOptions = {
  getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined,
};

/** One list of the review page: its heading with count and total, then the items or a note. */
function ReviewSection(props: {
  headingId: string;
  anchor: string;
  title: string;
  count: number;
  totalCents: number;
  emptyText: string;
  pending: boolean;
  error: unknown;
  more: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={props.headingId} id={props.anchor} className="coord-section">
      <SectionHeading
        id={props.headingId}
        title={props.title}
        count={props.count}
        totalCents={props.totalCents}
      />
      <ErrorAlert>{props.error ? describeError(props.error, t).message : null}</ErrorAlert>
      {props.pending ? (
        <LoadingStatus />
      ) : props.count === 0 ? (
        <p className="card coord-empty">{props.emptyText}</p>
      ) : (
        <>
          {props.children}
          <LoadMoreButton list={props.more} label={t('coordinator.review.more')} showLoading />
        </>
      )}
    </section>
  );
}

function Claims(props: { notify: Notify }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useCoordFormat();
  const query = useInfiniteQuery(trpc.money.claimsToReview.infiniteQueryOptions({}, pageOptions));
  const list = queueList(query.data?.pages);
  return (
    <ReviewSection
      headingId="review-claims"
      anchor="claims"
      title={t('coordinator.review.claimsTitle')}
      count={list.count}
      totalCents={list.totalCents}
      emptyText={t('coordinator.review.claimsEmpty')}
      pending={query.isPending}
      error={query.error}
      more={query}
    >
      <ul className="coord-items">
        {list.items.map((c: ClaimToReview) => {
          const amount = fmt.money(c.amountCents);
          const period = fmt.period(c.periodStart, c.periodEnd);
          const periodInline = fmt.periodInline(c.periodStart, c.periodEnd);
          return (
            <li key={c.id} className="card coord-item">
              <h3 className="coord-item__title">
                {t('coordinator.review.claimHeading', { payee: c.businessName, amount })}
              </h3>
              <PairingLine item={c} />
              <dl className="coord-item__facts">
                <div className="coord-item__wide">
                  <dt>{t('coordinator.review.period')}</dt>
                  <dd>{period}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.hours')}</dt>
                  <dd>
                    {t('coordinator.review.hoursValue', {
                      hours: fmt.number(c.hoursWorkedHundredths / 100),
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.gross')}</dt>
                  <dd>{fmt.money(c.grossWagesCents)}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.agreedWage')}</dt>
                  <dd>
                    {t('coordinator.common.perHour', {
                      amount: fmt.money(c.hourlyWageCents),
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.computed')}</dt>
                  <dd className="coord-strong">{amount}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.submittedAt')}</dt>
                  <dd>{fmt.instant(c.submittedAt, 'shortDate')}</dd>
                </div>
              </dl>
              <ReviewActions
                kind="claim"
                id={c.id}
                payee={c.businessName}
                amount={amount}
                context={t('coordinator.review.claimContext', {
                  payee: c.businessName,
                  period: periodInline,
                  amount,
                })}
                notify={props.notify}
                section="review-claims"
              />
            </li>
          );
        })}
      </ul>
    </ReviewSection>
  );
}

function Tranches(props: { notify: Notify }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useCoordFormat();
  const query = useInfiniteQuery(trpc.money.tranchesToReview.infiniteQueryOptions({}, pageOptions));
  const list = queueList(query.data?.pages);
  return (
    <ReviewSection
      headingId="review-tranches"
      anchor="tranches"
      title={t('coordinator.review.tranchesTitle')}
      count={list.count}
      totalCents={list.totalCents}
      emptyText={t('coordinator.review.tranchesEmpty')}
      pending={query.isPending}
      error={query.error}
      more={query}
    >
      <ul className="coord-items">
        {list.items.map((tr: TrancheToReview) => {
          const amount = fmt.money(tr.amountCents);
          const milestone = t(`coordinator.milestone.${tr.milestone}`);
          return (
            <li key={tr.id} className="card coord-item">
              <h3 className="coord-item__title">
                {t('coordinator.review.trancheHeading', {
                  payee: tr.organisationName,
                  amount,
                })}
              </h3>
              <PairingLine item={tr} />
              <dl className="coord-item__facts">
                <div>
                  <dt>{t('coordinator.review.milestone')}</dt>
                  <dd>{t(`coordinator.milestoneName.${tr.milestone}`)}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.dueOn')}</dt>
                  <dd>{fmt.shortDate(tr.dueOn)}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.computed')}</dt>
                  <dd className="coord-strong">{amount}</dd>
                </div>
              </dl>
              <ReviewActions
                kind="tranche"
                id={tr.id}
                payee={tr.organisationName}
                amount={amount}
                context={t('coordinator.review.trancheContext', {
                  payee: tr.organisationName,
                  milestone,
                  amount,
                })}
                notify={props.notify}
                section="review-tranches"
              />
            </li>
          );
        })}
      </ul>
    </ReviewSection>
  );
}

function payeeOf(e: EntryToPay): string {
  return e.payeeBusiness ?? e.payeeOrganisation ?? '—';
}

/** A random (version 4) UUID; crypto.randomUUID exists only on HTTPS pages and localhost. */
function newBatchKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Several approved entries paid the same day with the same reference (one batch of transfers):
 * ONE call, one server transaction: all are recorded, or none (the refusal says which entry
 * stopped it). The batch key is made when the form opens and kept for its life, so sending the
 * same batch again (a double click, a retry after a lost answer) records it once.
 */
function BatchPaid(props: {
  entries: EntryToPay[];
  notify: Notify;
  section: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useCoordFormat();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const [batchKey] = useState(newBatchKey);
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const titleRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  useFocusInvalid(formRef, error);
  const payBatch = useMutation(trpc.money.payBatch.mutationOptions());
  const total = fmt.money(sum(props.entries));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      payBatchInput,
      { batchKey, ledgerEntryIds: props.entries.map((entry) => entry.id), paidOn, reference },
      t,
    );
    if (!v.ok) return setError(v.error);
    setError(null);
    try {
      const done = await payBatch.mutateAsync(v.data);
      props.notify(
        t('coordinator.review.done.batchPaid', {
          count: done.count,
          amount: fmt.money(done.totalCents),
          reference: v.data.reference,
        }),
        props.section,
      );
      props.onClose();
      await refresh();
    } catch (err) {
      const shown = describeError(err, t);
      const entryId = (err as { data?: { params?: { entryId?: unknown } } }).data?.params?.entryId;
      const entry = props.entries.find((x) => x.id === entryId);
      setError(
        entry
          ? {
              message: t('coordinator.review.batchStopped', {
                payee: payeeOf(entry),
                amount: fmt.money(entry.amountCents),
                message: shown.message ?? '',
              }),
              fields: {},
            }
          : shown,
      );
      await refresh();
    }
  }
  return (
    <form ref={formRef} className="stack coord-inline-form" onSubmit={submit} noValidate>
      <p ref={titleRef} tabIndex={-1} className="coord-inline-form__title">
        {t('coordinator.review.batchTitle', { count: props.entries.length, amount: total })}
      </p>
      <p className="field__hint">{t('coordinator.review.batchHint')}</p>
      <ErrorAlert>{error?.message}</ErrorAlert>
      <PaymentFields
        paidOn={paidOn}
        onPaidOnChange={setPaidOn}
        reference={reference}
        onReferenceChange={setReference}
        error={error}
      />
      <div className="coord-actions">
        <button type="submit" className="button button--primary" disabled={payBatch.isPending}>
          {payBatch.isPending
            ? t('form.saving')
            : t('coordinator.review.confirmBatch', { count: props.entries.length })}
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onClose}
          disabled={payBatch.isPending}
        >
          {t('coordinator.common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ToPay(props: { notify: Notify }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useCoordFormat();
  const query = useInfiniteQuery(trpc.money.entriesToPay.infiniteQueryOptions({}, pageOptions));
  const list = queueList(query.data?.pages);
  const items = list.items;
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [batchOpen, setBatchOpen] = useState(false);
  const batchButton = useRef<HTMLButtonElement>(null);
  // Entries paid meanwhile (here or elsewhere) leave the selection.
  const chosen = items.filter((e) => selected.has(e.id));
  const allChosen = items.length > 0 && chosen.length === items.length;
  const toggle = (id: number, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <ReviewSection
      headingId="review-topay"
      anchor="to-pay"
      title={t('coordinator.review.toPayTitle')}
      count={list.count}
      totalCents={list.totalCents}
      emptyText={t('coordinator.review.toPayEmpty')}
      pending={query.isPending}
      error={query.error}
      more={query}
    >
      <div className="coord-batch">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={allChosen}
            onChange={(e) =>
              setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())
            }
          />
          {t('coordinator.review.selectAll')}
        </label>
        <span className="coord-muted" aria-live="polite">
          {chosen.length > 0
            ? t('coordinator.review.selected', {
                count: chosen.length,
                amount: fmt.money(sum(chosen)),
              })
            : null}
        </span>
        <button
          ref={batchButton}
          type="button"
          className="button button--small"
          disabled={chosen.length === 0}
          aria-expanded={batchOpen}
          onClick={() => setBatchOpen((o) => !o)}
        >
          {t('coordinator.review.batchPaid')}
        </button>
      </div>
      {batchOpen && chosen.length > 0 ? (
        <BatchPaid
          entries={chosen}
          notify={(text, section) => {
            setSelected(new Set());
            props.notify(text, section);
          }}
          section="review-topay"
          onClose={() => {
            setBatchOpen(false);
            batchButton.current?.focus();
          }}
        />
      ) : null}
      <ul className="coord-items coord-items--compact">
        {items.map((e) => {
          const payee = payeeOf(e);
          const amount = fmt.money(e.amountCents);
          return (
            <li key={e.id} className="card coord-item">
              <div className="coord-item__head">
                <input
                  type="checkbox"
                  className="coord-check"
                  checked={selected.has(e.id)}
                  onChange={(ev) => toggle(e.id, ev.target.checked)}
                  aria-label={t('coordinator.review.select', { payee, amount })}
                />
                <div>
                  <h3 className="coord-item__title">
                    {t('coordinator.review.claimHeading', { payee, amount })}
                  </h3>
                  <p className="coord-item__meta">
                    {t(`coordinator.ledgerKind.${e.kind}`)} ·{' '}
                    {t('coordinator.review.approvedOn', {
                      date: fmt.instant(e.createdAt, 'shortDate'),
                    })}{' '}
                    · {t('coordinator.review.entryRef', { id: e.id })}
                  </p>
                </div>
              </div>
              <MarkPaid
                ledgerEntryId={e.id}
                payee={payee}
                amount={amount}
                notify={props.notify}
                section="review-topay"
              />
            </li>
          );
        })}
      </ul>
    </ReviewSection>
  );
}

export function ReviewPage() {
  const { t } = useTranslation();
  const queue = useReviewQueue();
  const [message, setMessage] = useState<{ text: string; section: string } | null>(null);
  // After an item leaves its list, keyboard focus goes back to that list's heading.
  useEffect(() => {
    if (message) document.getElementById(message.section)?.focus();
  }, [message]);
  // Links from the home page (#to-pay) land on their section once it is there.
  const loaded = queue.data !== undefined;
  useEffect(() => {
    if (loaded && window.location.hash) {
      document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
    }
  }, [loaded]);
  const notify: Notify = (text, section) => setMessage({ text, section });
  return (
    <>
      <PageTitle>{t('coordinator.review.title')}</PageTitle>
      <p className="coord-intro">{t('coordinator.review.intro')}</p>
      <MessageContext.Provider value={message}>
        <Claims notify={notify} />
        <Tranches notify={notify} />
        <ToPay notify={notify} />
      </MessageContext.Provider>
    </>
  );
}

// Sorting a list: one select of "key, direction" choices (works the same on a phone and with a
// keyboard), and a sortable column header for tables that says its order to screen readers.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Dir, SortChoice } from '../lib/sortChoices';

export type { Dir, SortChoice };

export function SortSelect<K extends string>(props: {
  by: K;
  dir: Dir;
  choices: SortChoice<K>[];
  onChange: (by: K, dir: Dir) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const current = `${props.by}:${props.dir}`;
  return (
    <div className="field sort-select">
      <label htmlFor={id}>{t('lists.sortBy')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const choice = props.choices.find((c) => `${c.by}:${c.dir}` === e.target.value);
          if (choice) props.onChange(choice.by, choice.dir);
        }}
      >
        {props.choices.map((c) => (
          <option key={`${c.by}:${c.dir}`} value={`${c.by}:${c.dir}`}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A column header that sorts the table by its key; a second press reverses the order. */
export function SortableTh<K extends string>(props: {
  sortKey: K;
  by: K;
  dir: Dir;
  label: string;
  onChange: (by: K, dir: Dir) => void;
  className?: string;
}) {
  const { t } = useTranslation();
  const active = props.by === props.sortKey;
  const ariaSort = active ? (props.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  const nextDir: Dir = active && props.dir === 'desc' ? 'asc' : 'desc';
  return (
    <th scope="col" aria-sort={ariaSort} className={props.className}>
      <button
        type="button"
        className="sort-header"
        onClick={() => props.onChange(props.sortKey, active ? nextDir : 'desc')}
      >
        {props.label}
        <span aria-hidden="true">{active ? (props.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        <span className="visually-hidden">
          {active
            ? t(props.dir === 'asc' ? 'lists.sortedAsc' : 'lists.sortedDesc')
            : t('lists.sortable')}
        </span>
      </button>
    </th>
  );
}

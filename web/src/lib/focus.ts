// Keyboard focus around inline forms, so keyboard and screen reader users stay where they were.
import { type RefObject, useEffect, useRef } from 'react';

/**
 * Inline forms replace the button that opened them: when `state` changes (not on the first
 * render), focus moves to the element marked data-autofocus or the form's first field, or, when
 * the form closes, to the button that opened it (data-opener).
 */
export function useFocusOnToggle(container: RefObject<HTMLElement | null>, state: unknown) {
  const previous = useRef(state);
  useEffect(() => {
    if (previous.current === state) return;
    previous.current = state;
    const box = container.current;
    const target =
      box?.querySelector<HTMLElement>('[data-autofocus]') ??
      box?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea') ??
      box?.querySelector<HTMLElement>('[data-opener]') ??
      box?.querySelector<HTMLElement>('button');
    target?.focus();
  }, [container, state]);
}

/** After a refused submit, keyboard focus goes to the first field to correct. */
export function useFocusInvalid(container: RefObject<HTMLElement | null>, error: unknown) {
  useEffect(() => {
    if (error) container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [container, error]);
}

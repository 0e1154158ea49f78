// A dashboard chart is drawn when its box comes near the screen, and stays drawn; the printable
// report draws every chart at once; a browser that cannot tell draws it at once.
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearScreen } from '../../web/src/features/reports/nearScreen';

/** A stand-in for the browser's IntersectionObserver: the test says when the box is near. */
class FakeObserver {
  static all: FakeObserver[] = [];
  targets: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  report(isIntersecting: boolean) {
    const entries = this.targets.map((target) => ({ target, isIntersecting }));
    this.callback(entries as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}

function Box({ now }: { now: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearScreen(ref, now);
  return <div ref={ref}>{near ? 'dessiné' : 'pas encore'}</div>;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  FakeObserver.all = [];
});

describe('useNearScreen', () => {
  it('is false until the box comes near the screen, then stays true', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const view = render(<Box now={false} />);
    expect(screen.getByText('pas encore')).toBeTruthy();
    const [observer] = FakeObserver.all;
    expect(observer?.targets).toEqual([screen.getByText('pas encore')]);
    // Drawn a little before it is seen: the margin reaches beyond the screen's edges.
    expect(observer?.options.rootMargin).toMatch(/^[1-9]\d*px 0px$/);
    act(() => observer?.report(false));
    expect(screen.getByText('pas encore')).toBeTruthy();
    act(() => observer?.report(true));
    expect(screen.getByText('dessiné')).toBeTruthy();
    // Drawn once, it no longer watches, and scrolling away does not take it back.
    expect(observer?.disconnected).toBe(true);
    expect(FakeObserver.all).toHaveLength(1);
    view.unmount();
  });

  it('is true at once for the printable report, without watching', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<Box now />);
    expect(screen.getByText('dessiné')).toBeTruthy();
    expect(FakeObserver.all).toEqual([]);
  });

  it('stops watching when the box goes before it is near', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const view = render(<Box now={false} />);
    view.unmount();
    expect(FakeObserver.all[0]?.disconnected).toBe(true);
  });

  it('is true at once where the browser has no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Box now={false} />);
    expect(screen.getByText('dessiné')).toBeTruthy();
  });
});

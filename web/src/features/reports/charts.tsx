// The dashboard's one chart type, a bar chart. Each chart is an image with a text alternative;
// the same numbers are always in a table next to it. The box is sized here, at once, and the
// drawing (chart.js, chartCanvas.tsx) comes in its own chunk when the box nears the screen
// (nearScreen.ts; at once in the printable report): the dashboard's figures and tables do not
// wait for it, and nothing moves when it arrives.
import { lazy, Suspense, useRef } from 'react';
import type { BarChartProps } from './chartProps';
import { useNearScreen } from './nearScreen';

const ChartCanvas = lazy(async () => ({ default: (await import('./chartCanvas')).ChartCanvas }));

export function BarChart({ print, ...props }: BarChartProps & { print: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearScreen(box, print);
  const height = props.height ?? (props.horizontal ? Math.max(160, props.labels.length * 34) : 260);
  return (
    <div ref={box} className="dash-chart" style={{ height }}>
      {near ? (
        <Suspense fallback={null}>
          <ChartCanvas {...props} />
        </Suspense>
      ) : null}
    </div>
  );
}

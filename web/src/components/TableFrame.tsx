// The frame of every table: it scrolls sideways when the table is wider than the screen (a
// phone), and then it is a region named by the table's caption that takes the keyboard focus,
// so the arrow keys can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable). A frame
// whose table fits is a plain box: no extra tab stop, no extra landmark. Whether it scrolls is
// read when the browser lays the page out (a ResizeObserver), never by forcing a layout of its
// own while a page is being put together.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

export function TableFrame(props: {
  children: ReactNode;
  /** Extra classes of the frame (e.g. a maximum height). */
  className?: string;
  /** The region's name when the table has no caption. */
  label?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const [scrolls, setScrolls] = useState(false);
  const [labelledBy, setLabelledBy] = useState<string | undefined>(undefined);

  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const caption = frame.querySelector('caption');
    if (caption && !caption.id) caption.id = captionId;
    // Called once the frame is laid out, then whenever it or its table changes size; a frame
    // whose table fits is not drawn again.
    const measure = () => {
      const scrolls =
        frame.scrollWidth > frame.clientWidth + 1 || frame.scrollHeight > frame.clientHeight + 1;
      if (scrolls) setLabelledBy(caption?.id);
      setScrolls(scrolls);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    const table = frame.querySelector('table');
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, [captionId]);

  const className = props.className ? `table-wrap ${props.className}` : 'table-wrap';
  const region = scrolls
    ? {
        role: 'region',
        'aria-labelledby': labelledBy,
        'aria-label': labelledBy ? undefined : props.label,
        tabIndex: 0,
      }
    : {};
  return (
    <div ref={ref} className={className} {...region}>
      {props.children}
    </div>
  );
}

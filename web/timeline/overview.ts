import { linear } from './scale.js';
import type { Span } from './span.js';

const svgNs = 'http://www.w3.org/2000/svg';
const lanes = ['MEETING', 'EVENT', 'CLAIM'];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

export interface Mark {
  id: string;
  kind: string;
  start: number;
  end: number;
  open: boolean;
}

export interface Overview {
  /** Redraws the marks over a new whole span. */
  draw(whole: Span, marks: readonly Mark[]): void;
  /** Moves the window's frame to the days the axis shows. */
  frame(shown: Span): void;
}

/**
 * A strip of the whole span under the axis: a tick for every happening (one lane per kind) and a
 * frame round the days the axis shows. Drag the frame to move along, or click the strip to centre
 * the axis there; the zoom stays. However far the axis is zoomed in, the strip says where it is.
 */
export function overview(box: HTMLElement, move: (shown: Span) => void): Overview {
  const height = 42;
  // Year labels on top, then one lane per kind.
  const top = 13;
  const chart = svg('svg', { class: 'overview-strip', height, role: 'img', 'aria-label': 'The whole span: drag the frame to move along the axis' });
  const marks = svg('g', {});
  const years = svg('g', { class: 'years' });
  const frameRect = svg('rect', { class: 'overview-window', y: 0.5, height: height - 1, rx: 2 });
  chart.append(years, marks, frameRect);
  box.replaceChildren(chart);
  let whole: Span | null = null;
  let shown: Span | null = null;
  const width = () => Math.max(box.clientWidth, 100);
  const toX = () => linear([whole!.start, whole!.end], [0, width()]);
  const toTime = () => linear([0, width()], [whole!.start, whole!.end]);

  const frame = (next: Span) => {
    shown = next;
    if (!whole) return;
    const x = toX();
    const [from, to] = [Math.max(x(next.start), 0), Math.min(x(next.end), width())];
    frameRect.setAttribute('x', String(from));
    frameRect.setAttribute('width', String(Math.max(to - from, 3)));
    frameRect.dataset['start'] = new Date(next.start).toISOString();
    frameRect.dataset['end'] = new Date(next.end).toISOString();
  };

  const centreAt = (clientX: number) => {
    if (!whole || !shown) return;
    const middle = toTime()(clientX - chart.getBoundingClientRect().left);
    const half = (shown.end - shown.start) / 2;
    move({ start: middle - half, end: middle + half });
  };

  let dragging = false;
  chart.addEventListener('pointerdown', (event) => {
    dragging = true;
    chart.setPointerCapture(event.pointerId);
    centreAt(event.clientX);
  });
  chart.addEventListener('pointermove', (event) => {
    if (dragging) centreAt(event.clientX);
  });
  const stop = () => {
    dragging = false;
  };
  chart.addEventListener('pointerup', stop);
  chart.addEventListener('pointercancel', stop);

  return {
    draw(span, items) {
      whole = span;
      chart.setAttribute('width', String(width()));
      const x = toX();
      const lane = (height - top - 2) / lanes.length;
      marks.replaceChildren(
        ...items.map((item) =>
          svg('rect', {
            class: `mark kind-${item.kind}${item.open ? ' open' : ''}`,
            'data-id': item.id,
            x: x(item.start),
            width: Math.max(x(item.end) - x(item.start), 1.5),
            y: top + Math.max(lanes.indexOf(item.kind), 0) * lane + 1,
            height: lane - 2,
          }),
        ),
      );
      const first = new Date(span.start).getUTCFullYear() + 1;
      const last = new Date(span.end).getUTCFullYear();
      const every = Math.max(1, Math.ceil((last - first + 1) / Math.max(width() / 60, 1)));
      years.replaceChildren();
      for (let year = first; year <= last; year += 1) {
        const at = x(Date.UTC(year, 0, 1));
        years.append(svg('line', { x1: at, x2: at, y1: 0, y2: height }));
        if ((year - first) % every === 0) {
          const label = svg('text', { x: at + 3, y: 10 });
          label.textContent = String(year);
          years.append(label);
        }
      }
      if (shown) frame(shown);
    },
    frame,
  };
}

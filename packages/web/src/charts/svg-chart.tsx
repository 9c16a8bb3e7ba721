/**
 * Charts drawn as SVG on the server: no script, no client framework, and they print. Bars (stacked
 * or side by side) and lines over a category axis, with a legend and the values in `<title>`s so a
 * screen reader and a hover read the figures. Colours keep a 3:1 contrast on white.
 */

export interface ChartSeries {
  name: string;
  color: string;
  /** One value per category; null where there is nothing to draw (a rate with no cases). */
  values: readonly (number | null)[];
}

export interface ChartProps {
  title: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  kind: 'bar' | 'stacked' | 'line';
  /** Values are shares 0…1, drawn as percentages. */
  percent?: boolean;
  width?: number;
  height?: number;
}

export const CHART_COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#b91c1c', '#0e7490'] as const;

const PAD = { top: 16, right: 12, bottom: 40, left: 48 };

/** A round step for `ticks` gridlines up to `max`. */
function niceMax(max: number, percent: boolean): number {
  if (percent) return 1;
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * magnitude >= max) return m * magnitude;
  return 10 * magnitude;
}

const label = (v: number, percent: boolean) =>
  percent ? `${Math.round(v * 100)}%` : Number.isInteger(v) ? String(v) : v.toFixed(1);

export function SvgChart(props: ChartProps) {
  const width = props.width ?? 640;
  const height = props.height ?? 240;
  const percent = props.percent ?? false;
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const n = Math.max(1, props.categories.length);
  const totals = props.categories.map((_, i) =>
    props.kind === 'stacked'
      ? props.series.reduce((s, x) => s + (x.values[i] ?? 0), 0)
      : Math.max(0, ...props.series.map((x) => x.values[i] ?? 0)),
  );
  const max = niceMax(Math.max(0, ...totals), percent);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const band = plotW / n;
  const x = (i: number) => PAD.left + band * i + band / 2;
  // Label at most ~12 categories so they do not overlap.
  const every = Math.ceil(n / 12);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);

  const marks: unknown[] = [];
  if (props.kind === 'line') {
    for (const s of props.series) {
      let d = '';
      s.values.forEach((v, i) => {
        if (v === null) return;
        d += `${d === '' || s.values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      });
      marks.push(<path d={d} fill="none" stroke={s.color} stroke-width="2" />);
      s.values.forEach((v, i) => {
        if (v === null) return;
        marks.push(
          <circle cx={x(i).toFixed(1)} cy={y(v).toFixed(1)} r="2.5" fill={s.color}>
            <title>{`${props.categories[i]} ${s.name}: ${label(v, percent)}`}</title>
          </circle>,
        );
      });
    }
  } else {
    const groups = props.kind === 'stacked' ? 1 : props.series.length;
    const barW = Math.max(1, (band * 0.8) / groups);
    props.categories.forEach((category, i) => {
      let base = 0;
      props.series.forEach((s, k) => {
        const v = s.values[i] ?? 0;
        if (v <= 0) return;
        const left = PAD.left + band * i + band * 0.1 + (props.kind === 'stacked' ? 0 : k * barW);
        const top = props.kind === 'stacked' ? y(base + v) : y(v);
        const bottom = props.kind === 'stacked' ? y(base) : y(0);
        marks.push(
          <rect
            x={left.toFixed(1)}
            y={top.toFixed(1)}
            width={barW.toFixed(1)}
            height={(bottom - top).toFixed(1)}
            fill={s.color}
          >
            <title>{`${category} ${s.name}: ${label(v, percent)}`}</title>
          </rect>,
        );
        if (props.kind === 'stacked') base += v;
      });
    });
  }

  return (
    <figure class="chart">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={props.title}
      >
        <title>{props.title}</title>
        {ticks.map((t) => (
          <g>
            <line
              x1={PAD.left}
              x2={width - PAD.right}
              y1={y(t).toFixed(1)}
              y2={y(t).toFixed(1)}
              stroke="#d1d5db"
            />
            <text x={PAD.left - 6} y={(y(t) + 4).toFixed(1)} text-anchor="end" font-size="11" fill="#374151">
              {label(t, percent)}
            </text>
          </g>
        ))}
        {props.categories.map((c, i) =>
          i % every === 0 ? (
            <text
              x={x(i).toFixed(1)}
              y={height - PAD.bottom + 14}
              text-anchor="middle"
              font-size="11"
              fill="#374151"
            >
              {c.length === 10 ? c.slice(5) : c}
            </text>
          ) : null,
        )}
        {marks}
        {props.series.map((s, k) => (
          <g>
            <rect x={PAD.left + k * 110} y={height - 14} width="10" height="10" fill={s.color} />
            <text x={PAD.left + k * 110 + 14} y={height - 5} font-size="11" fill="#111827">
              {s.name}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  );
}

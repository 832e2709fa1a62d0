import { Layer, Rectangle, ResponsiveContainer, Sankey, type SankeyNodeProps as NodeProps } from 'recharts';
import { useTranslation } from '../../../i18n/i18n';
import type { Flow } from './traceQueries';

const COLOURS: Record<string, string> = { SOURCE: '#1d70b8', THEME: '#4c2c92', PROPOSAL: '#f47738', DECISION: '#00703c', CHANGE: '#003078' };

/**
 * The chain from voices to changes as a Sankey diagram (recharts): sources → themes → proposals →
 * decisions → changes, link widths the voices behind them. Suppressed links are drawn thin and
 * labelled "too few to show". Hidden from assistive technology: the timeline and table beside it
 * say the same in words.
 */
export default function FlowSankey({ flow }: { flow: Flow }) {
  const { t } = useTranslation();
  const index = new Map(flow.nodes.map((n, i) => [n.id, i]));
  const nominal = Math.max(1, Math.floor(flow.suppressionThreshold / 2));
  const data = {
    nodes: flow.nodes.map((n) => ({ name: n.kind === 'SOURCE' ? t(`trace.kind.${n.id}` as never) : n.label, kind: n.kind })),
    links: flow.links
      .filter((l) => index.has(l.source) && index.has(l.target))
      .map((l) => ({ source: index.get(l.source)!, target: index.get(l.target)!, value: l.value ?? nominal })),
  };
  const height = Math.max(360, flow.nodes.length * 44);

  function Node({ x, y, width, height: h, payload }: NodeProps) {
    const node = payload as unknown as { kind: string; name: string; targetLinks?: unknown[] };
    // Nodes with nothing after them (recharts' targetLinks: links leaving the node) sit on the
    // right: their labels go to their left; the others' labels sit just above them.
    const right = !node.targetLinks?.length && node.kind !== 'SOURCE';
    return (
      <Layer>
        <Rectangle x={x} y={y} width={width} height={Math.max(h, 2)} fill={COLOURS[node.kind] ?? '#505a5f'} fillOpacity={1} />
        <text
          x={right ? x - 6 : x}
          y={right ? y + h / 2 : y - 7}
          textAnchor={right ? 'end' : 'start'}
          dominantBaseline={right ? 'middle' : 'auto'}
          fontSize={13}
          fill="#0b0c0c"
          stroke="#ffffff"
          strokeWidth={4}
          paintOrder="stroke"
        >
          {String(node.name).length > 38 ? `${String(node.name).slice(0, 36)}…` : String(node.name)}
        </text>
      </Layer>
    );
  }

  return (
    <div className="trace-chart" aria-hidden="true" style={{ height }} data-testid="trace-sankey">
      <ResponsiveContainer width="100%" height="100%">
        <Sankey data={data} node={Node} nodePadding={28} nodeWidth={12} margin={{ top: 24, right: 16, bottom: 8, left: 16 }} link={{ stroke: '#b1b4b6' }} accessibilityLayer={false} />
      </ResponsiveContainer>
    </div>
  );
}

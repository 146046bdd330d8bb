'use client';
// ECharts with only the pieces the insight pages draw (bar, line, funnel, pie; grid, tooltip, legend), so the
// bundle carries a fraction of the library. Loaded in the browser only (see chart.tsx).
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, LineChart, FunnelChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export default function EChart({ option, height = 280, testId }: { option: EChartsCoreOption; height?: number; testId?: string }) {
  return (
    <div data-testid={testId} style={{ width: '100%', minWidth: 0 }}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge lazyUpdate style={{ height, width: '100%' }} opts={{ renderer: 'canvas' }} />
    </div>
  );
}

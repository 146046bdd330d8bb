'use client';
// The chart component for pages: ECharts is fetched in the browser only, after the page's own code.
import dynamic from 'next/dynamic';
import { Skeleton } from 'antd';

export const Chart = dynamic(() => import('./echart'), { ssr: false, loading: () => <Skeleton.Node active style={{ width: '100%', height: 200 }} /> });

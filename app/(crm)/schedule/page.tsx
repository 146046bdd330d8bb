// The schedule: month, week and day views of one's calendar (follow-ups' next contacts included).
import { Suspense } from 'react';
import { ScheduleView } from './_components/schedule-view';

export default function SchedulePage() {
  return <Suspense><ScheduleView /></Suspense>;
}

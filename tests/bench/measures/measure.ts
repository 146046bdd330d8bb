// What a measure that is not a GraphQL query reports (export, import), and the server's memory while it runs.
import { Server } from '../http/server';

export interface ExtraResult { name: string; value: string; target: string; ok: boolean }

/** Samples the server's resident memory every 200 ms from now until stop(). */
export function rssSampler(server: Server) {
  const idle = server.rssMiB();
  let peak = idle;
  const timer = setInterval(() => { peak = Math.max(peak, server.rssMiB()); }, 200);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, server.rssMiB());
      return { idle, peak };
    },
  };
}

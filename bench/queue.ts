/**
 * Live queue fan-out: 500 waiting-room displays on Server-Sent Events, 200
 * calls. For each call, the time from sending the call request to the moment
 * the last display has received the call event; a call is lost when any
 * display has not received it within 5 s.
 *
 * The server runs as `npm start` runs it, in its own process, on a fresh
 * SQLite database prepared with the demo data plus a desk open around the
 * clock so the bench can run at any hour. Baseline in the same run: the call request's own round
 * trip (response received), since machines are noisy.
 *
 * Options: --displays N (500), --calls N (200). Last line:
 * {"displays":…,"calls":…,"p50_ms":…,"p99_ms":…,"lost":…}
 */
import http from 'node:http';
import { startBenchServer } from './_server';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DISPLAYS = arg('displays', 500);
const CALLS = arg('calls', 200);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (n: number) => Math.round(n * 10) / 10;

/** A minimal cookie-keeping JSON client with the CSRF header, like the web app. */
class Session {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly base: string) {}
  async request(method: string, url: string, body?: unknown) {
    const response = await fetch(this.base + url, {
      method,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body !== undefined ? { 'content-type': 'application/json', 'x-csrf-token': this.csrf } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return response;
  }
  async refreshCsrf(url = '/api/auth/session') {
    this.csrf = ((await (await this.request('GET', url)).json()) as { csrfToken: string }).csrfToken;
  }
}

interface Display {
  received: Map<string, number>;
  ready: Promise<void>;
  close(): void;
}

function connectDisplay(base: string, cookie: string, waiters: Map<string, () => void>): Display {
  const received = new Map<string, number>();
  let resolveReady: () => void;
  const ready = new Promise<void>((r) => {
    resolveReady = r;
  });
  const agent = new http.Agent({ keepAlive: false });
  const request = http.get(`${base}/api/display/stream`, { agent, headers: { cookie } }, (response) => {
    response.setEncoding('utf8');
    let buffer = '';
    response.on('data', (chunk: string) => {
      buffer += chunk;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes('event: state')) resolveReady();
        if (block.includes('event: call')) {
          const code = /"code":"([^"]+)"/.exec(block)?.[1];
          if (code && !received.has(code)) {
            received.set(code, performance.now());
            waiters.get(code)?.();
          }
        }
        end = buffer.indexOf('\n\n');
      }
    });
  });
  request.on('error', () => undefined);
  return { received, ready, close: () => request.destroy() };
}

const { base, setup, stop } = await startBenchServer('queue');
try {
  const device = new Session(base);
  await device.refreshCsrf();
  await device.request('POST', '/api/device/pair', { code: setup.code });
  const deviceCookie = `sportello_device=${device.cookies.get('sportello_device')}`;

  const operator = new Session(base);
  await operator.refreshCsrf();
  await operator.request('POST', '/api/auth/login', setup.operator);
  await operator.refreshCsrf();
  await operator.request('POST', `/api/desks/${setup.deskId}/presence/check-in`, { counter: 'Postazione 1' });
  const codes: string[] = [];
  for (let i = 0; i < CALLS; i++) {
    const ticket = (await (
      await operator.request('POST', `/api/desks/${setup.deskId}/tickets`, { priorityReason: null })
    ).json()) as { code: string };
    codes.push(ticket.code);
  }
  console.log(`queue: ${CALLS} tickets issued; connecting ${DISPLAYS} displays`);

  const waiters = new Map<string, () => void>();
  const displays = Array.from({ length: DISPLAYS }, () => connectDisplay(base, deviceCookie, waiters));
  await Promise.all(displays.map((d) => d.ready));
  console.log(`queue: ${DISPLAYS} displays connected; making ${CALLS} calls`);

  const latencies: number[] = [];
  const roundTrips: number[] = [];
  let lost = 0;
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    const response = await operator.request('POST', `/api/desks/${setup.deskId}/queue/call-next`, {});
    roundTrips.push(performance.now() - started);
    const { ticket } = (await response.json()) as { ticket: { code: string } | null };
    if (!ticket) throw new Error(`call ${i + 1} found nobody waiting`);
    const everyone = new Promise<boolean>((resolve) => {
      const check = () => {
        if (displays.every((d) => d.received.has(ticket.code))) resolve(true);
      };
      waiters.set(ticket.code, check);
      check();
      setTimeout(() => resolve(false), 5000).unref();
    });
    if (!(await everyone)) {
      lost += 1;
      continue;
    }
    latencies.push(Math.max(...displays.map((d) => d.received.get(ticket.code)!)) - started);
    waiters.delete(ticket.code);
  }
  for (const display of displays) display.close();
  console.log(
    `queue: call → all ${DISPLAYS} displays p50 ${round(percentile(latencies, 50))} ms, p99 ${round(percentile(latencies, 99))} ms; ` +
      `call request round trip p50 ${round(percentile(roundTrips, 50))} ms`,
  );
  console.log(
    JSON.stringify({
      displays: DISPLAYS,
      calls: CALLS,
      p50_ms: round(percentile(latencies, 50)),
      p99_ms: round(percentile(latencies, 99)),
      lost,
      baseline_call_round_trip_p50_ms: round(percentile(roundTrips, 50)),
      p50_vs_round_trip: round(percentile(latencies, 50) / percentile(roundTrips, 50)),
    }),
  );
} finally {
  await stop();
}

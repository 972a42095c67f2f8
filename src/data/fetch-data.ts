// Fetches a dataset from a URL and says precisely what went wrong when it fails:
// an HTTP error, no network, too slow, too large, or not JSON.

export type FetchProblem = 'http' | 'network' | 'timeout' | 'too-large' | 'not-json' | 'aborted';

export class FetchDataError extends Error {
  constructor(
    message: string,
    readonly kind: FetchProblem,
  ) {
    super(message);
    this.name = 'FetchDataError';
  }
}

export interface FetchDataOptions {
  signal?: AbortSignal;
  /** Give up when nothing has come for this many ms: no answer, or no more of the data. */
  timeout?: number;
  /** Refuse a response larger than this many bytes. */
  maxBytes?: number;
}

/**
 * How long `src` may keep silent (ms): before the server answers, and between two parts of
 * the data. A large file on a slow line takes longer than this in all, and still arrives.
 */
export const fetchTimeout = 15_000;
/** The largest `src` read (bytes). */
export const maxSourceBytes = 64 * 1024 * 1024;

/** Fetches and parses the JSON at `url`; rejects with a FetchDataError. */
export async function fetchData(url: string, options: FetchDataOptions = {}): Promise<unknown> {
  const { signal, timeout = fetchTimeout, maxBytes = maxSourceBytes } = options;
  const controller = new AbortController();
  let timedOut = false;
  let answered = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Starts the wait for what comes next over again. */
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
  };
  wait();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch {
      throw failure();
    }
    answered = true;
    wait();
    if (!response.ok) {
      throw new FetchDataError(`Could not load ${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, 'http');
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(url, maxBytes);
    let text: string;
    try {
      text = await readText(response, maxBytes, url, wait);
    } catch (error) {
      if (error instanceof FetchDataError) throw error;
      if (signal?.aborted || timedOut) throw failure();
      throw new FetchDataError(`Could not load ${url}: the connection broke while the data was arriving.`, 'network');
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new FetchDataError(`${url} is not valid JSON (${(error as Error).message}).`, 'not-json');
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }

  function failure(): FetchDataError {
    if (signal?.aborted) return new FetchDataError('The request was replaced by a newer one.', 'aborted');
    if (timedOut) {
      const silence = answered ? 'the data stopped arriving for' : 'no answer within';
      return new FetchDataError(`Could not load ${url}: ${silence} ${timeout / 1000} seconds.`, 'timeout');
    }
    return new FetchDataError(`Could not load ${url}: the network request failed (offline, blocked, or not allowed by CORS).`, 'network');
  }
}

/** The body of `response` as text; `arrived` hears of each part as it comes. */
async function readText(response: Response, maxBytes: number, url: string, arrived: () => void): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    arrived();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(url: string, maxBytes: number): FetchDataError {
  return new FetchDataError(`${url} is larger than the ${Math.round(maxBytes / 1048576)} MB a timeline reads.`, 'too-large');
}

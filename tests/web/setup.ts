// Every web test: no request ever leaves the process. fetch and XMLHttpRequest throw, and a test
// that tried one fails after it, naming the address.
import { afterEach, expect } from 'vitest';

const attempts: string[] = [];

globalThis.fetch = (input: RequestInfo | URL) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  attempts.push(url);
  return Promise.reject(new TypeError(`network disabled in web tests: ${url}`));
};

class NoXhr {
  open(_method: string, url: string) {
    attempts.push(url);
    throw new TypeError(`network disabled in web tests: ${url}`);
  }
}
globalThis.XMLHttpRequest = NoXhr as unknown as typeof XMLHttpRequest;

afterEach(() => {
  const tried = attempts.splice(0);
  expect(tried, 'requests to the network').toEqual([]);
});
